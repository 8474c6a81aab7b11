import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { README_MAX_BYTES, readmeOf, readPackReadme } from '../../../../src/core/site/readme/read-pack-readme';
import { tempDir } from '../../../helpers/tmp';

describe('readPackReadme', () => {
  it('reads README.md whatever its case, and records its size and checksum', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'readme.MD'), '# Hi\n');
    const got = (await readPackReadme(dir))!;
    assert.equal(got.text, '# Hi\n');
    assert.equal(got.size, 5);
    assert.equal(got.checksum, `sha256:${createHash('sha256').update('# Hi\n').digest('hex')}`);
    assert.equal(got.truncated, false);
  });

  it('prefers README.md over README, and ignores folders and other formats', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'README.markdown'));
    writeFileSync(path.join(dir, 'README'), 'plain');
    writeFileSync(path.join(dir, 'README.rst'), 'rst');
    writeFileSync(path.join(dir, 'README.md'), 'md');
    assert.equal((await readPackReadme(dir))!.text, 'md');
    assert.equal(await readPackReadme(tempDir()), undefined);
  });

  it('cuts a long README at a character boundary, at most 64 KiB', () => {
    // "é" is two bytes: a cut at an odd byte would split one.
    const got = readmeOf(Buffer.from(`a${'é'.repeat(README_MAX_BYTES)}`));
    assert.equal(got.truncated, true);
    assert.ok(got.size <= README_MAX_BYTES);
    assert.equal(got.size, Buffer.byteLength(got.text));
    assert.ok(!got.text.includes('\uFFFD'));
    assert.ok(got.text.endsWith('é'));
  });
});
