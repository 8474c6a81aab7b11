import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CHUNK_SIZE, hashFile, readStable } from '../../../src/core/checksum/hash-file';
import { tempDir } from '../../helpers/tmp';

describe('hashFile', () => {
  it('hashes the exact bytes, across chunk boundaries, with sha256 and sha512', async () => {
    const dir = tempDir();
    for (const size of [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 17]) {
      const data = Buffer.alloc(size);
      for (let i = 0; i < size; i++) data[i] = (i * 31 + 7) & 0xff;
      const file = path.join(dir, `f${size}`);
      writeFileSync(file, data);
      assert.equal(await hashFile(file), createHash('sha256').update(data).digest('hex'), `size ${size}`);
      assert.equal(await hashFile(file, 'sha512'), createHash('sha512').update(data).digest('hex'));
    }
  });

  it('reports a missing file as PATH_NOT_FOUND', async () => {
    await assert.rejects(hashFile('/nonexistent/packdex/file'), { code: 'PATH_NOT_FOUND' });
  });

  it('refuses a directory', async () => {
    await assert.rejects(hashFile(tempDir()), { code: 'PATH_UNSUPPORTED' });
  });

  it('fails with FILE_CHANGED when the file grows while it is read', async () => {
    const file = path.join(tempDir(), 'growing');
    writeFileSync(file, Buffer.alloc(2 * CHUNK_SIZE, 1));
    await assert.rejects(
      readStable(file, () => undefined, { afterOpen: () => appendFileSync(file, 'more') }),
      { code: 'FILE_CHANGED' },
    );
  });
});
