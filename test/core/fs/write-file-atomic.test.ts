import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applyFileChanges } from '../../../src/core/fs/file-change';
import { writeFileAtomic } from '../../../src/core/fs/write-file-atomic';
import { tempDir } from '../../helpers/tmp';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'index.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['index.json']);
  });

  it('fails with NOT_A_DIRECTORY, leaving the target and the folder as they were, when a folder stands where the file goes', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'index.json');
    mkdirSync(target); // a folder where the file should go: rename fails after the temp file is written
    await assert.rejects(writeFileAtomic(target, 'data'), { code: 'NOT_A_DIRECTORY' });
    assert.deepEqual(readdirSync(dir), ['index.json']);
    assert.deepEqual(readdirSync(target), []);
  });

  it('applyFileChanges skips changes whose bytes are unchanged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'same.json');
    writeFileSync(file, 'same');
    const { mtimeMs } = statSync(file);
    await new Promise((r) => setTimeout(r, 20));
    await applyFileChanges([{ path: file, before: 'same', after: 'same' }]);
    assert.equal(statSync(file).mtimeMs, mtimeMs);
  });
});
