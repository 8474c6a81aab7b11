import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { publishToFolder, ownerFromRepository } from '../../../src/core/site/publish-to-folder';
import { initRegistry, publish, REGISTRY_URL, T0 } from '../../helpers/site';
import { makePack, snapshot, tempDir } from '../../helpers/tmp';

const read = (registry: string, rel: string) => JSON.parse(readFileSync(path.join(registry, rel), 'utf8'));

describe('publishToFolder', () => {
  it('archives, checksums and writes the package document and index.json; the entry points at the archive', async () => {
    const registry = await initRegistry();
    const result = await publishToFolder({ packDir: makePack(), registryDir: registry, now: T0 });
    assert.equal(result.outcome, 'created');
    assert.deepEqual(readdirSync(path.join(registry, 'archives')), ['demo-1.0.0.tar.gz']);
    const index = read(registry, 'index.json');
    assert.deepEqual(index.packs[0].install_sources, [{ type: 'archive', url: `${REGISTRY_URL}/archives/demo-1.0.0.tar.gz`, checksum: result.archive!.checksum }]);
    const doc = read(registry, 'packages/de/mo/demo.json');
    assert.equal(doc.owner, 'local');
    assert.deepEqual(doc.dist_tags, { latest: '1.0.0' });
    assert.equal(doc.versions[0].archive_size, result.archive!.size);
    // The document records the archive relative to the registry; index.json holds it absolute.
    assert.deepEqual(doc.versions[0].entry, { ...index.packs[0], install_sources: [{ ...index.packs[0].install_sources[0], url: 'archives/demo-1.0.0.tar.gz' }] });
  });

  it('is idempotent: the same pack again is unchanged and rewrites nothing', async () => {
    const registry = await initRegistry();
    const pack = makePack();
    await publishToFolder({ packDir: pack, registryDir: registry, now: T0 });
    const before = snapshot(registry);
    const again = await publishToFolder({ packDir: pack, registryDir: registry, now: new Date('2030-01-01T00:00:00Z') });
    assert.equal(again.outcome, 'unchanged');
    assert.deepEqual(snapshot(registry), before);
  });

  it('refuses the same version with different bytes, and changes nothing', async () => {
    const registry = await initRegistry();
    const pack = makePack();
    await publishToFolder({ packDir: pack, registryDir: registry, now: T0 });
    const before = snapshot(registry);
    writeFileSync(path.join(pack, 'README.md'), '# changed after release\n');
    await assert.rejects(publishToFolder({ packDir: pack, registryDir: registry, now: T0 }), (e: Error & { code?: string; fix?: string }) => {
      assert.equal(e.code, 'VERSION_IMMUTABLE');
      assert.match(e.fix!, /bump the version.*1\.0\.1/);
      return true;
    });
    assert.deepEqual(snapshot(registry), before, 'no staged archive or document left behind');
  });

  it('adds an older version to the document and leaves index.json on the newest', async () => {
    const registry = await initRegistry();
    await publish(registry, 'demo', '2.0.0');
    const index = readFileSync(path.join(registry, 'index.json'));
    const older = await publish(registry, 'demo', '1.5.0', { now: new Date('2026-03-01T00:00:00Z') });
    assert.equal(older.outcome, 'updated');
    assert.equal(older.indexChanged, false);
    assert.deepEqual(readFileSync(path.join(registry, 'index.json')), index);
    assert.deepEqual(read(registry, 'packages/de/mo/demo.json').versions.map((v: { version: string }) => v.version), ['1.5.0', '2.0.0']);
  });

  it('refuses a name owned by another repository', async () => {
    const registry = await initRegistry();
    await publish(registry, 'demo', '1.0.0', { extra: 'repository: https://github.com/acme/pack-demo.git\n' });
    const before = snapshot(registry);
    await assert.rejects(publish(registry, 'demo', '1.1.0', { extra: 'repository: https://github.com/mallory/pack-demo\n' }), { code: 'NAME_OWNED' });
    assert.deepEqual(snapshot(registry), before);
  });

  it('stops at a failing audit and writes nothing', async () => {
    const registry = await initRegistry();
    const before = snapshot(registry);
    const result = await publishToFolder({ packDir: makePack({ 'pack.yaml': 'ref: demo\nversion: "1.0"\n' }), registryDir: registry, now: T0 });
    assert.equal(result.entry, undefined);
    assert.ok(result.audit!.counts.fail > 0);
    assert.deepEqual(snapshot(registry), before);
  });

  it('refuses a folder that is not a registry', async () => {
    await assert.rejects(publishToFolder({ packDir: makePack(), registryDir: tempDir(), now: T0 }), { code: 'REGISTRY_NOT_FOUND' });
  });

  it('dry-run plans the document, index.json, the feed and the search files, and writes nothing', async () => {
    const registry = await initRegistry();
    const before = snapshot(registry);
    const result = await publishToFolder({ packDir: makePack(), registryDir: registry, now: T0, dryRun: true });
    assert.deepEqual(result.changes!.map((c) => path.relative(registry, c.path)), ['packages/de/mo/demo.json', 'index.json', 'recent.json', 'readmes/demo/1.0.0.md', 'search/manifest.json', 'search/rows/0.json', 'search/terms/_.json']);
    assert.deepEqual(snapshot(registry), before);
  });

  it('derives the owner from the repository URL', () => {
    assert.equal(ownerFromRepository('https://github.com/Acme/pack-slack.git'), 'github.com/Acme/pack-slack');
    assert.equal(ownerFromRepository('https://www.GitLab.com/g/sub/p/'), 'gitlab.com/g/sub/p');
    assert.equal(ownerFromRepository(undefined), 'local');
  });
});
