import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CHUNK_SIZE, hashFile, readFilesInOrder, readStable, SMALL_FILE } from '../../../src/core/checksum/hash-file';
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

describe('readFilesInOrder', () => {
  const listed = (file: string, relPath: string) => {
    const st = statSync(file, { bigint: true });
    return { absPath: file, relPath, size: Number(st.size), mtimeNs: st.mtimeNs };
  };

  it('feeds every byte in order, small files whole and large ones streamed', async () => {
    const dir = tempDir();
    const sizes = [0, 5, SMALL_FILE - 1, SMALL_FILE, SMALL_FILE + 1, 2 * CHUNK_SIZE + 3];
    const files = sizes.map((size, i) => {
      const file = path.join(dir, `f${i}`);
      writeFileSync(file, Buffer.alloc(size, i + 1));
      return listed(file, `f${i}`);
    });
    const seen: string[] = [];
    const hash = createHash('sha256');
    await readFilesInOrder(files, { begin: (f) => void seen.push(`begin ${f.relPath}`), chunk: (_f, c) => void hash.update(c), end: (f) => void seen.push(`end ${f.relPath}`) });
    const expected = createHash('sha256');
    sizes.forEach((size, i) => expected.update(Buffer.alloc(size, i + 1)));
    assert.equal(hash.digest('hex'), expected.digest('hex'));
    assert.deepEqual(seen, files.flatMap((f) => [`begin ${f.relPath}`, `end ${f.relPath}`]));
  });

  it('fails with FILE_CHANGED when a small file read whole is not what the walk saw (size or mtime)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'small.txt');
    writeFileSync(file, 'first');
    const seen = listed(file, 'small.txt');
    writeFileSync(file, 'first, then more');
    await assert.rejects(readFilesInOrder([seen], { chunk: () => undefined }), { code: 'FILE_CHANGED' });
    writeFileSync(file, 'sixth');
    await assert.rejects(readFilesInOrder([{ ...seen, mtimeNs: seen.mtimeNs - 1n }], { chunk: () => undefined }), { code: 'FILE_CHANGED' });
  });
});
