import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { PackdexError, ioError } from '../errors';
import type { ChecksumAlgorithm } from './parse-checksum';

/**
 * Read size for streaming a large file: large enough that per-read round trips do not dominate
 * (measured: 1 MiB reads hash 256 MiB ~10% slower than 4 MiB), small enough to stay flat.
 */
export const CHUNK_SIZE = 4 << 20;

/**
 * Hash a file's exact bytes in constant memory. Returns the lowercase hex digest.
 * The file is stat-ed before and after: a file that changes while it is read is an error rather
 * than a checksum of bytes that never existed together.
 */
export async function hashFile(path: string, algorithm: ChecksumAlgorithm = 'sha256', onProgress?: (done: number, total: number) => void): Promise<string> {
  const hash = createHash(algorithm);
  // The size is only for progress; readStable itself refuses a file that changes while read.
  const total = onProgress === undefined ? 0 : await stat(path).then((s) => s.size, () => 0);
  let done = 0;
  await readStable(path, (chunk) => {
    hash.update(chunk);
    done += chunk.length;
    onProgress?.(done, total);
  });
  return hash.digest('hex');
}

export interface StableReadHooks {
  /** Called once the file is open, before its bytes are read (tests use it to race a writer). */
  afterOpen?: (path: string) => Promise<void> | void;
}

/**
 * Stream a regular file's bytes to `sink` (which must copy a chunk it keeps: the buffers are
 * reused), failing with FILE_CHANGED if its size or modification time moved while it was read.
 * Two buffers alternate so the next read is in flight while `sink` hashes or compresses the
 * current chunk: the reading thread and the main thread work at the same time.
 * Returns the number of bytes read.
 */
export async function readStable(
  path: string | Buffer,
  sink: (chunk: Buffer) => void | Promise<void>,
  hooks: StableReadHooks = {},
  displayPath: string = path.toString(),
): Promise<number> {
  const handle = await openRegular(path, displayPath);
  let reading: Promise<{ bytesRead: number }> | undefined;
  try {
    const before = await handle.stat({ bigint: true });
    checkRegular(before, displayPath);
    await hooks.afterOpen?.(displayPath);
    const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)];
    let total = 0;
    let turn = 0;
    reading = handle.read(buffers[0]!, 0, CHUNK_SIZE, null);
    for (;;) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      total += bytesRead;
      const current = buffers[turn]!;
      turn ^= 1;
      // The next read fills the other buffer while the sink consumes this one.
      reading = handle.read(buffers[turn]!, 0, CHUNK_SIZE, null);
      const pending = sink(current.subarray(0, bytesRead));
      if (pending !== undefined) await pending;
    }
    const after = await handle.stat({ bigint: true });
    if (BigInt(total) !== before.size || after.size !== before.size || after.mtimeNs !== before.mtimeNs) {
      throw fileChangedError(displayPath);
    }
    return total;
  } finally {
    // A sink that threw leaves one read in flight: let it land before the handle closes.
    await reading?.catch(() => undefined);
    await handle.close();
  }
}

async function openRegular(path: string | Buffer, displayPath: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (cause) {
    throw openError(cause, displayPath);
  }
}

/** Why a file could not be opened: PATH_NOT_FOUND when it is gone, else an IO error. */
function openError(cause: unknown, displayPath: string): PackdexError {
  if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
    return new PackdexError('PATH_NOT_FOUND', `No such file: '${displayPath}'.`, { value: displayPath, fix: 'Check the path.' });
  }
  return ioError('open', displayPath, cause);
}

function checkRegular(stats: BigIntStats, displayPath: string): void {
  if (!stats.isFile()) {
    throw new PackdexError('PATH_UNSUPPORTED', `'${displayPath}' is not a regular file.`, {
      value: displayPath,
      expected: 'a regular file',
      fix: 'Point packdex at a regular file or a directory.',
    });
  }
}

/**
 * A whole small file, read synchronously: open, one read, fstat, close. For thousands of small
 * files, four syscalls each on the main thread beat eight thread-pool round trips each by a wide
 * margin (measured in bench case 2). The size and mtime must match what the walk saw, and the
 * read asks for one byte more than that size, so a file that changed since is FILE_CHANGED.
 */
function readWholeSync(path: string | Buffer, expected: { size: number; mtimeNs?: bigint }, displayPath: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (cause) {
    throw openError(cause, displayPath);
  }
  try {
    const buffer = Buffer.allocUnsafe(expected.size + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total === buffer.length) break;
    }
    const after = fstatSync(fd, { bigint: true });
    checkRegular(after, displayPath);
    if (total !== expected.size || after.size !== BigInt(expected.size) || (expected.mtimeNs !== undefined && after.mtimeNs !== expected.mtimeNs)) {
      throw fileChangedError(displayPath);
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** Files at most this large are read whole, synchronously; larger ones are streamed. */
export const SMALL_FILE = 1 << 20;
/** After this many bytes of synchronous reads, let the event loop run (timers, other I/O). */
const YIELD_EVERY_BYTES = 8 << 20;

export interface OrderedFile {
  absPath: string | Buffer;
  relPath: string;
  /** The size seen when the file was listed; any other size at read time is FILE_CHANGED. */
  size: number;
  /** The modification time seen when the file was listed (nanoseconds), when known. */
  mtimeNs?: bigint;
}

/**
 * Feed many files' bytes to `sink`, strictly in the given order, as fast as the disk allows. Small
 * files are read whole with synchronous syscalls (per-file round trips, not bytes, are what a pack
 * of thousands of small files costs), yielding to the event loop every few megabytes; a large
 * file is streamed with readStable. With an `afterOpen` hook (tests racing a writer) every file
 * takes the streaming path, which is where the hook runs.
 */
export async function readFilesInOrder<F extends OrderedFile>(
  files: readonly F[],
  sink: { begin?: (file: F) => void | Promise<void>; chunk: (file: F, chunk: Buffer) => void | Promise<void>; end?: (file: F) => void | Promise<void> },
  hooks: StableReadHooks = {},
): Promise<void> {
  let sinceYield = 0;
  for (const file of files) {
    await sink.begin?.(file);
    if (file.size <= SMALL_FILE && hooks.afterOpen === undefined) {
      const bytes = readWholeSync(file.absPath, file, file.relPath);
      if (bytes.length > 0) await sink.chunk(file, bytes);
      sinceYield += bytes.length + 4096;
      if (sinceYield >= YIELD_EVERY_BYTES) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    } else {
      const read = await readStable(file.absPath, (chunk) => sink.chunk(file, chunk), hooks, file.relPath);
      if (read !== file.size) throw fileChangedError(file.relPath);
    }
    await sink.end?.(file);
  }
}

export function fileChangedError(displayPath: string): PackdexError {
  return new PackdexError('FILE_CHANGED', `'${displayPath}' changed while it was being read.`, {
    value: displayPath,
    expected: 'a file that stays the same while packdex reads it',
    fix: 'Stop whatever is writing to the file and run the command again.',
  });
}
