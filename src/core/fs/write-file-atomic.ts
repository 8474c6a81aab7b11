import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ioError } from '../errors';

/**
 * Write a file so that readers see either the old bytes or the new, never a torn file: write a
 * temporary file beside the target, fsync it, rename it over the target. On failure the
 * temporary file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // Site files live in shard folders that appear with their first package.
    await mkdir(dir, { recursive: true });
    const handle = await open(tmp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw ioError('write', target, cause);
  }
}
