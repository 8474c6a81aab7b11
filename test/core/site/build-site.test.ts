import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyFileChanges, isNoop } from '../../../src/core/fs/file-change';
import { planSiteBuild } from '../../../src/core/site/build-site';
import { setDistTag, yankVersion } from '../../../src/core/site/change-package';
import { planInitRegistry } from '../../../src/core/site/init-registry';
import { planPackageChange } from '../../../src/core/site/plan-package-change';
import { assertValidIndex } from '../../../src/core/index-file/index-rules';
import { initRegistry, publish, T0 } from '../../helpers/site';
import { snapshot, tempDir } from '../../helpers/tmp';

const at = (s: number) => new Date(T0.getTime() + s * 1000);

/** Rebuild a copy of the registry from its documents alone and assert the same bytes. */
async function assertRebuildIdentical(registry: string): Promise<void> {
  const copy = tempDir('packdex-rebuild-');
  cpSync(registry, copy, { recursive: true });
  rmSync(path.join(copy, 'index.json'));
  rmSync(path.join(copy, 'index.html'));
  rmSync(path.join(copy, 'search'), { recursive: true, force: true });
  rmSync(path.join(copy, 'recent.json'), { force: true });
  const plan = await planSiteBuild(copy);
  await applyFileChanges(plan.changes);
  assert.deepEqual(snapshot(copy), snapshot(registry));
  const check = await planSiteBuild(registry);
  assert.deepEqual(check.changes.filter((c) => !isNoop(c)).map((c) => c.path), [], 'site build --check finds no drift');
}

describe('planInitRegistry', () => {
  it('writes registry.json, an empty index.json, the page and .nojekyll', async () => {
    const dir = await initRegistry();
    assert.deepEqual(Object.keys(snapshot(dir)).sort(), ['.nojekyll', 'assets/app.js', 'assets/style.css', 'index.html', 'index.json', 'recent.json', 'registry.json', 'search/manifest.json', 'search/rows/0.json', 'search/terms/_.json']);
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
    assertValidIndex(index);
    assert.equal(index.last_updated, '2026-02-03T04:05:06Z');
  });

  it('refuses an existing registry unless --force, which keeps packages and the creation date', async () => {
    const dir = await initRegistry();
    await publish(dir, 'demo', '1.0.0', { now: at(10) });
    const before = snapshot(dir);
    await assert.rejects(planInitRegistry({ registryDir: dir, name: 'Again', url: 'https://x.example', force: false, now: at(20) }), { code: 'REGISTRY_EXISTS' });
    assert.deepEqual(snapshot(dir), before);
    await applyFileChanges((await planInitRegistry({ registryDir: dir, name: 'Renamed', url: 'https://x.example', force: true, now: at(20) })).changes);
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
    assert.equal(index.registry_name, 'Renamed');
    assert.deepEqual(index.packs.map((p: { ref: string }) => p.ref), ['demo']);
    assert.match(readFileSync(path.join(dir, 'registry.json'), 'utf8'), /"created_at": "2026-02-03T04:05:06Z"/);
  });

  for (const [name, url, code] of [
    ['', 'https://x.example', 'USAGE'],
    ['x', 'http://x.example', 'URL_INVALID'],
    ['x', 'https://user:pw@x.example', 'URL_INVALID'],
  ] as const) {
    it(`refuses name ${JSON.stringify(name)} url ${url} with ${code}`, async () => {
      const dir = tempDir();
      await assert.rejects(planInitRegistry({ registryDir: dir, name, url, force: false, now: T0 }), { code });
    });
  }
});

describe('planSiteBuild', () => {
  it('gives byte-identical files to incremental publishes, yanks and tags', async () => {
    const registry = await initRegistry();
    await publish(registry, 'slack', '1.0.0', { now: at(1) });
    await publish(registry, 'jira', '0.3.0', { now: at(2) });
    await publish(registry, 'slack', '2.0.0', { now: at(3) });
    await publish(registry, 'slack', '1.5.0', { now: at(4) });
    await publish(registry, 'abc', '1.0.0', { now: at(5) });
    const change = async (name: string, op: Parameters<typeof planPackageChange>[2]) => applyFileChanges((await planPackageChange(registry, name, op)).changes);
    await change('slack', (d) => yankVersion(d!, '2.0.0', { reason: 'bad' }, at(6)));
    await change('slack', (d) => setDistTag(d!, 'old', '1.0.0', at(7)));
    await change('abc', (d) => yankVersion(d!, '1.0.0', {}, at(8)));
    const index = JSON.parse(readFileSync(path.join(registry, 'index.json'), 'utf8'));
    assert.deepEqual(index.packs.map((p: { ref: string; version: string }) => `${p.ref}@${p.version}`), ['jira@0.3.0', 'slack@1.5.0']);
    assert.equal(index.last_updated, at(8).toISOString().replace('.000', ''));
    await assertRebuildIdentical(registry);
  });

  it('stays identical for any order of publishes and yanks (property)', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('publish' as const), name: fc.constantFrom('aa', 'bbb', 'cccc'), version: fc.constantFrom('1.0.0', '1.1.0', '2.0.0', '2.1.0-rc.1') }),
      fc.record({ kind: fc.constant('yank' as const), name: fc.constantFrom('aa', 'bbb', 'cccc'), version: fc.constantFrom('1.0.0', '2.0.0'), undo: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const registry = await initRegistry();
        let second = 0;
        for (const o of ops) {
          second += 1;
          if (o.kind === 'publish') await publish(registry, o.name, o.version, { now: at(second) });
          else {
            const plan = await planPackageChange(registry, o.name, (d) => (d === undefined || !d.versions.some((v) => v.version === o.version) ? { doc: d!, outcome: 'unchanged' } : yankVersion(d, o.version, { undo: o.undo }, at(second)))).catch(() => undefined);
            if (plan !== undefined && plan.outcome !== 'unchanged') await applyFileChanges(plan.changes);
          }
        }
        await assertRebuildIdentical(registry);
      }),
      { numRuns: 15, seed: 42 },
    );
  });

  it('refuses a document stored under the wrong shard', async () => {
    const registry = await initRegistry();
    await publish(registry, 'slack', '1.0.0');
    const doc = readFileSync(path.join(registry, 'packages/sl/ac/slack.json'));
    writeFileSync(path.join(registry, 'packages/sl/ac/slick.json'), doc);
    await assert.rejects(planSiteBuild(registry), { code: 'PACKAGE_INVALID' });
  });

  it('refuses a broken document with its path', async () => {
    const registry = await initRegistry();
    await publish(registry, 'slack', '1.0.0');
    const file = path.join(registry, 'packages/sl/ac/slack.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"yanked": false', '"yanked": "no"'));
    await assert.rejects(planSiteBuild(registry), (e: Error & { code?: string; path?: string }) => e.code === 'PACKAGE_INVALID' && e.path === '/versions/0/yanked');
  });
});
