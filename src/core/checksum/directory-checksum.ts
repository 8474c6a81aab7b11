import { createHash } from 'node:crypto';
import { readFilesInOrder, type StableReadHooks } from './hash-file';
import { walkPackFiles } from '../pack-files/walk-pack-files';

const MAGIC = Buffer.from('attune-pack-file-v1', 'utf8');

function u64(n: number | bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/**
 * The directory checksum of DESIGN.md, used for git install sources: for each regular file in
 * component-wise path order, SHA-256 is fed the magic `attune-pack-file-v1`, the path's byte
 * length (u64 BE), the path, the content's byte length (u64 BE) and the content. Framing every
 * field by length means no two different trees can feed the hash the same byte stream.
 * Only regular files count: a FIFO, socket or device is skipped, as Attune skips it.
 * Returns the lowercase hex digest.
 */
export async function hashDirectory(root: string, hooks: StableReadHooks = {}, onProgress?: (done: number, total: number) => void): Promise<string> {
  // A FIFO, socket or device is left out, as Attune's checksum leaves it out.
  const files = await walkPackFiles(root, { special: 'skip' });
  // Progress is bytes of content hashed of the total the walk saw (the CLI draws it on a terminal).
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  const hash = createHash('sha256');
  await readFilesInOrder(
    files,
    {
      begin(file) {
        const pathBytes = Buffer.from(file.relPath, 'utf8');
        hash.update(MAGIC);
        hash.update(u64(pathBytes.length));
        hash.update(pathBytes);
        // The length goes in before the content, so it is the size seen at walk time; the reader
        // fails if the file is any other length by the time it has been read.
        hash.update(u64(file.size));
      },
      chunk(_file, chunk) {
        hash.update(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      },
    },
    hooks,
  );
  return hash.digest('hex');
}
