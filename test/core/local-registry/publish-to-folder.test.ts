import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { publishToFolder } from '../../../src/core/local-registry/publish-to-folder';
import { makePack, tempDir } from '../../helpers/tmp';

const settings = (packDir: string, registryDir: string, now = new Date('2026-02-03T04:05:06Z')) => ({
  packDir,
  registryDir,
  registryName: 'Test',
  registryUrl: 'https://packs.example.com/',
  now,
});

describe('publishToFolder', () => {
  it('archives, checksums and merges; the entry points at the archive it wrote', async () => {
    const registry = tempDir();
    const result = await publishToFolder(settings(makePack(), registry));
    assert.equal(result.outcome, 'created');
    assert.deepEqual(readdirSync(path.join(registry, 'archives')), ['demo-1.0.0.tar.gz']);
    const index = JSON.parse(readFileSync(path.join(registry, 'index.json'), 'utf8'));
    assert.deepEqual(index.packs[0].install_sources, [
      { type: 'archive', url: 'https://packs.example.com/archives/demo-1.0.0.tar.gz', checksum: result.archive!.checksum },
    ]);
  });

  it('is idempotent: the same pack again is unchanged and leaves index.json byte-identical', async () => {
    const registry = tempDir();
    const pack = makePack();
    await publishToFolder(settings(pack, registry));
    const before = readFileSync(path.join(registry, 'index.json'));
    const again = await publishToFolder(settings(pack, registry, new Date('2030-01-01T00:00:00Z')));
    assert.equal(again.outcome, 'unchanged');
    assert.deepEqual(readFileSync(path.join(registry, 'index.json')), before);
  });

  it('refuses the same version with different bytes, and changes nothing', async () => {
    const registry = tempDir();
    const pack = makePack();
    await publishToFolder(settings(pack, registry));
    const index = readFileSync(path.join(registry, 'index.json'));
    const archive = readFileSync(path.join(registry, 'archives/demo-1.0.0.tar.gz'));
    writeFileSync(path.join(pack, 'README.md'), '# changed after release\n');
    await assert.rejects(publishToFolder(settings(pack, registry)), (e: Error & { code?: string; fix?: string }) => {
      assert.equal(e.code, 'PACK_EXISTS');
      assert.match(e.fix!, /bump the version.*1\.0\.1/);
      return true;
    });
    assert.deepEqual(readFileSync(path.join(registry, 'index.json')), index);
    assert.deepEqual(readFileSync(path.join(registry, 'archives/demo-1.0.0.tar.gz')), archive);
    assert.deepEqual(readdirSync(path.join(registry, 'archives')), ['demo-1.0.0.tar.gz'], 'no staged archive left behind');
  });

  it('keeps the newest version in index.json when an older one is published later', async () => {
    const registry = tempDir();
    await publishToFolder(settings(makePack({ 'pack.yaml': 'ref: demo\nversion: "2.0.0"\nlicense: MIT\n' }), registry));
    const older = await publishToFolder(settings(makePack(), registry));
    assert.equal(older.outcome, 'unchanged');
    assert.equal(JSON.parse(readFileSync(path.join(registry, 'index.json'), 'utf8')).packs[0].version, '2.0.0');
  });

  it('stops at a failing audit and writes nothing', async () => {
    const registry = tempDir();
    const result = await publishToFolder(settings(makePack({ 'pack.yaml': 'ref: demo\nversion: "1.0"\n' }), registry));
    assert.equal(result.entry, undefined);
    assert.ok(result.audit.counts.fail > 0);
    assert.deepEqual(readdirSync(registry), []);
  });
});
