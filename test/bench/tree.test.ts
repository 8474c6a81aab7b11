import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { linkCopy, replaceFile } from '../../bench/lib/generate';
import { treeChange, treeSnapshot, treeStats } from '../../bench/lib/tree';
import { tempDir } from '../helpers/tmp';

// What case 10 counts as a publish's commit: every file added, replaced or removed, whatever its
// size; and the hard-link copies it publishes into never reach the cache they were made from.
describe('bench tree snapshots', () => {
  it('see a file replaced by rename with the same size, an added file and a removed one', async () => {
    const dir = tempDir('packdex-bench-tree-');
    mkdirSync(path.join(dir, 'packages', 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'registry.json'), '{}');
    writeFileSync(path.join(dir, 'packages', 'a', 'one.json'), 'aaaa');
    writeFileSync(path.join(dir, 'packages', 'a', 'two.json'), 'bb');
    const before = await treeSnapshot(dir);
    assert.deepEqual(treeChange(before, await treeSnapshot(dir)), { paths: [], removed: [], bytes: 0 });
    writeFileSync(path.join(dir, 'packages', 'a', '.one.tmp'), 'cccc');
    renameSync(path.join(dir, 'packages', 'a', '.one.tmp'), path.join(dir, 'packages', 'a', 'one.json'));
    rmSync(path.join(dir, 'packages', 'a', 'two.json'));
    mkdirSync(path.join(dir, 'readmes', 'one'), { recursive: true });
    writeFileSync(path.join(dir, 'readmes', 'one', '1.0.0.md'), '# one\n');
    const change = treeChange(before, await treeSnapshot(dir));
    assert.deepEqual(change.paths, ['packages/a/one.json', 'packages/a/two.json', 'readmes/one/1.0.0.md']);
    assert.deepEqual(change.removed, ['packages/a/two.json']);
    assert.equal(change.bytes, 4 + 6);
    const stats = await treeStats(dir);
    assert.deepEqual(stats, { files: 3, bytes: 2 + 4 + 6, largest: { path: 'readmes/one/1.0.0.md', size: 6 } });
  });

  it('keep a hard-link copy apart from its source when files are replaced', () => {
    const dir = tempDir('packdex-bench-tree-');
    const src = path.join(dir, 'src');
    mkdirSync(path.join(src, 'packages'), { recursive: true });
    writeFileSync(path.join(src, 'registry.json'), 'source');
    linkCopy(src, path.join(dir, 'copy'));
    replaceFile(path.join(dir, 'copy', 'registry.json'), 'copy');
    assert.equal(readFileSync(path.join(src, 'registry.json'), 'utf8'), 'source');
    assert.equal(readFileSync(path.join(dir, 'copy', 'registry.json'), 'utf8'), 'copy');
  });
});
