import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { PackdexError, ioError } from '../errors';
import type { ChecksumAlgorithm } from './parse-checksum';

/** Read size for hashing: large enough that syscalls do not dominate, small enough to stay flat. */
export const CHUNK_SIZE = 1 << 20;

/**
 * Hash a file's exact bytes in constant memory. Returns the lowercase hex digest.
 * The file is stat-ed before and after: a file that changes while it is read is an error rather
 * than a checksum of bytes that never existed together.
 */
export async function hashFile(path: string, algorithm: ChecksumAlgorithm = 'sha256'): Promise<string> {
  const hash = createHash(algorithm);
  await readStable(path, (chunk) => {
    hash.update(chunk);
  });
  return hash.digest('hex');
}

export interface StableReadHooks {
  /** Called once the file is open, before its bytes are read (tests use it to race a writer). */
  afterOpen?: (path: string) => Promise<void> | void;
}

/**
 * Stream a regular file's bytes to `sink` (which must copy a chunk it keeps: the buffer is
 * reused), failing with FILE_CHANGED if its size or modification
 * time moved while it was read. Returns the number of bytes read.
 */
export async function readStable(
  path: string | Buffer,
  sink: (chunk: Buffer) => void | Promise<void>,
  hooks: StableReadHooks = {},
  displayPath: string = path.toString(),
): Promise<number> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new PackdexError('PATH_NOT_FOUND', `No such file: '${displayPath}'.`, {
        value: displayPath,
        fix: 'Check the path.',
      });
    }
    throw ioError('open', displayPath, cause);
  }
  try {
    const before = await handle.stat({ bigint: true });
    if (!before.isFile()) {
      throw new PackdexError('PATH_UNSUPPORTED', `'${displayPath}' is not a regular file.`, {
        value: displayPath,
        expected: 'a regular file',
        fix: 'Point packdex at a regular file or a directory.',
      });
    }
    await hooks.afterOpen?.(displayPath);
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_SIZE, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      // Copy-free: the sink consumes (or copies) the chunk before the next read reuses the buffer.
      const pending = sink(buffer.subarray(0, bytesRead));
      if (pending !== undefined) await pending;
    }
    const after = await handle.stat({ bigint: true });
    if (BigInt(total) !== before.size || after.size !== before.size || after.mtimeNs !== before.mtimeNs) {
      throw fileChangedError(displayPath);
    }
    return total;
  } finally {
    await handle.close();
  }
}

export function fileChangedError(displayPath: string): PackdexError {
  return new PackdexError('FILE_CHANGED', `'${displayPath}' changed while it was being read.`, {
    value: displayPath,
    expected: 'a file that stays the same while packdex reads it',
    fix: 'Stop whatever is writing to the file and run the command again.',
  });
}
