import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildSite, findSiteDrift, planSiteBuild } from '../../../src/core/site/build-site';
import { setDistTag, yankVersion } from '../../../src/core/site/change-package';
import { readRegistryIdentity, serializeIdentity, type RegistryIdentity } from '../../../src/core/site/read-site';
import { updatePackage } from '../../../src/core/site/update-package';
import { verifyRegistryChange } from '../../../src/core/site/verify-change';
import { checkDerivedFiles } from '../../../src/core/site/verify/check-derived';
import { listRegistryTree } from '../../../src/core/site/verify/registry-tree';
import type { VerifyFinding } from '../../../src/core/site/verify/verify-finding';
import { writeSiteOutput } from '../../../src/core/site/write-site-output';
import { initRegistry, publish, T0 } from '../../helpers/site';
import { syntheticRegistry } from '../../helpers/synthetic-registry';
import { snapshot, tempDir } from '../../helpers/tmp';

const at = (s: number) => new Date(T0.getTime() + s * 1000);

function identityOf(dir: string): RegistryIdentity {
  return JSON.parse(readFileSync(path.join(dir, 'registry.json'), 'utf8')) as RegistryIdentity;
}

function setIdentity(dir: string, change: (id: RegistryIdentity) => Record<string, unknown>): void {
  writeFileSync(path.join(dir, 'registry.json'), serializeIdentity(change(identityOf(dir)) as unknown as RegistryIdentity));
}

async function verifyDerived(dir: string): Promise<VerifyFinding[]> {
  const findings: VerifyFinding[] = [];
  await checkDerivedFiles(dir, await listRegistryTree(dir), true, findings);
  return findings;
}

describe('index.json above registry.json\'s limit (committed registry)', () => {
  it('site build leaves it out in the same transaction that rewrites registry.json; verify accepts exactly that; raising the limit brings it back', async () => {
    const dir = tempDir('packdex-limit-');
    syntheticRegistry(dir, 60);
    await buildSite(dir);
    const size = readFileSync(path.join(dir, 'index.json')).length;
    assert.deepEqual(await verifyDerived(dir), []);
    setIdentity(dir, (id) => ({ ...id, index_policy: { max_bytes: size - 1 } }));
    const built = await buildSite(dir);
    assert.deepEqual(built.index, { produced: false, reason: 'over-limit', maxBytes: size - 1 });
    assert.ok(built.changed.includes(path.join(dir, 'index.json')) && built.changed.includes(path.join(dir, 'registry.json')));
    assert.equal(existsSync(path.join(dir, 'index.json')), false);
    assert.equal(existsSync(path.join(dir, '.packdex-tx')), false);
    assert.equal(identityOf(dir).index, null);
    assert.deepEqual(identityOf(dir).index_omitted, { reason: 'over-limit', max_bytes: size - 1 });
    assert.deepEqual((await findSiteDrift(dir)).drift, []);
    assert.deepEqual(await verifyDerived(dir), []);
    const again = snapshot(dir);
    assert.deepEqual((await buildSite(dir)).changed, [], 'a second build changes nothing');
    assert.deepEqual(snapshot(dir), again);
    setIdentity(dir, (id) => ({ ...id, index_policy: { max_bytes: size } }));
    assert.deepEqual((await findSiteDrift(dir)).drift.sort(), ['index.json', 'registry.json']);
    await buildSite(dir);
    assert.equal(readFileSync(path.join(dir, 'index.json')).length, size);
    assert.equal(identityOf(dir).index, 'index.json');
    assert.equal(identityOf(dir).index_omitted, undefined);
    assert.deepEqual(await verifyDerived(dir), []);
  });

  it('verify refuses an index.json the build leaves out, a registry.json that disagrees with the build, and a policy GitHub could not take', async () => {
    const dir = tempDir('packdex-limit-');
    syntheticRegistry(dir, 30, { index_policy: { produce: 'never' } });
    await buildSite(dir);
    assert.deepEqual(await verifyDerived(dir), []);
    writeFileSync(path.join(dir, 'index.json'), '{}\n');
    const kept = await verifyDerived(dir);
    assert.deepEqual(kept.map((f) => [f.code, f.file]), [['DERIVED_FILE_CHANGED', 'index.json']]);
    assert.match(kept[0]!.message, /never to produce index\.json/);
    await buildSite(dir);
    setIdentity(dir, (id) => ({ ...id, index: 'index.json', index_omitted: undefined }));
    const disagrees = await verifyDerived(dir);
    assert.deepEqual(disagrees.map((f) => [f.code, f.file]), [['DERIVED_FILE_CHANGED', 'registry.json']]);
    assert.match(disagrees[0]!.message, /registry\.json says index "index\.json", but site build gives index null/);
    setIdentity(dir, (id) => ({ ...id, index_policy: { max_bytes: 100 * 1024 * 1024 } }));
    assert.deepEqual((await verifyDerived(dir)).map((f) => [f.code, f.file]), [['INDEX_POLICY_INVALID', 'registry.json']]);
  });

  it('publish, yank and dist-tag keep working across the limit: the publish that passes it drops index.json and says so; none is lost; index.json returns when it fits', async () => {
    const dir = await initRegistry();
    await publish(dir, 'alpha', '1.0.0', { now: at(1) });
    const one = readFileSync(path.join(dir, 'index.json')).length;
    setIdentity(dir, (id) => ({ ...id, index_policy: { max_bytes: one + 200 } }));
    const second = await publish(dir, 'beta', '1.0.0', { now: at(2) });
    assert.deepEqual(second.removed, [path.join(dir, 'index.json')]);
    assert.deepEqual(second.index, { produced: false, reason: 'over-limit', maxBytes: one + 200 });
    assert.equal(existsSync(path.join(dir, 'index.json')), false);
    assert.equal(identityOf(dir).index, null);
    assert.deepEqual((await findSiteDrift(dir)).drift, [], 'what publish wrote is what site build gives');
    const third = await publish(dir, 'gamma', '1.0.0', { now: at(3) });
    assert.deepEqual(third.removed, []);
    await updatePackage(dir, 'alpha', (doc) => yankVersion(doc!, '1.0.0', { reason: 'bad' }, at(4)));
    await updatePackage(dir, 'beta', (doc) => setDistTag(doc!, 'stable', '1.0.0', at(5)));
    assert.deepEqual((await findSiteDrift(dir)).drift, []);
    assert.deepEqual(await verifyDerived(dir), []);
    for (const name of ['alpha', 'beta', 'gamma']) assert.ok(existsSync(path.join(dir, 'packages', name.slice(0, 2), name.slice(2, 4), `${name}.json`)), `${name} is published`);
    const rows = readFileSync(path.join(dir, 'search', 'manifest.json'), 'utf8');
    assert.match(rows, /"packages": ?2/, 'search counts the two packages index.json would list (alpha is yanked)');
    // A higher limit: the next change builds index.json again, and registry.json says so.
    setIdentity(dir, (id) => ({ ...id, index_policy: { max_bytes: 1024 * 1024 } }));
    const back = await publish(dir, 'delta', '1.0.0', { now: at(6) });
    assert.deepEqual(back.index, { produced: true });
    assert.equal(identityOf(dir).index, 'index.json');
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { packs: { ref: string }[] };
    assert.deepEqual(index.packs.map((p) => p.ref), ['beta', 'delta', 'gamma']);
    assert.deepEqual((await findSiteDrift(dir)).drift, []);
  });

  it('verify of the change that crosses the limit (registry.json rewritten, index.json removed) passes whole, and one that keeps index.json or leaves registry.json as it was does not', async () => {
    const base = await initRegistry();
    await publish(base, 'alpha', '1.0.0', { now: at(1) });
    setIdentity(base, (id) => ({ ...id, index_policy: { max_bytes: readFileSync(path.join(base, 'index.json')).length + 200 } }));
    const head = tempDir('packdex-head-');
    cpSync(base, head, { recursive: true });
    const crossed = await publish(head, 'beta', '1.0.0', { now: at(2), settings: { owner: 'local' } });
    assert.deepEqual(crossed.removed, [path.join(head, 'index.json')]);
    assert.deepEqual(await verifyRegistryChange(base, head), []);
    const kept = tempDir('packdex-head-');
    cpSync(head, kept, { recursive: true });
    writeFileSync(path.join(kept, 'index.json'), readFileSync(path.join(base, 'index.json')));
    assert.deepEqual((await verifyRegistryChange(base, kept)).map((f) => [f.code, f.file]), [['DERIVED_FILE_CHANGED', 'index.json']]);
    const unsaid = tempDir('packdex-head-');
    cpSync(head, unsaid, { recursive: true });
    writeFileSync(path.join(unsaid, 'registry.json'), readFileSync(path.join(base, 'registry.json')));
    assert.deepEqual((await verifyRegistryChange(base, unsaid)).map((f) => [f.code, f.file]), [['DERIVED_FILE_CHANGED', 'registry.json']]);
  });

  it('site build --out of a deployed registry over the limit serves a registry.json that says so, and no index.json; the sources are untouched', async () => {
    const dir = tempDir('packdex-deployed-');
    syntheticRegistry(dir, 40, { derived: 'deployed', index_policy: { max_bytes: 1000 } });
    const sources = snapshot(dir);
    const out = path.join(tempDir(), '_site');
    const built = await writeSiteOutput(dir, out);
    assert.equal(built.index.produced, false);
    assert.equal(existsSync(path.join(out, 'index.json')), false);
    const served = identityOf(out);
    assert.equal(served.index, null);
    assert.deepEqual(served.index_omitted, { reason: 'over-limit', max_bytes: 1000 });
    assert.ok(existsSync(path.join(out, 'search', 'manifest.json')));
    assert.deepEqual(snapshot(dir), sources);
    assert.deepEqual(readdirNames(path.dirname(out)), ['_site'], 'no staging or work folder is left beside the output');
  });
});

function readdirNames(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('bad index policies are refused, and nothing changes', () => {
  const cases: [string, (id: RegistryIdentity) => Record<string, unknown>, string][] = [
    ['a limit of 100 MiB in a committed registry', (id) => ({ ...id, index_policy: { max_bytes: 100 * 1024 * 1024 } }), 'INDEX_POLICY_INVALID'],
    ['a limit of 0', (id) => ({ ...id, index_policy: { max_bytes: 0 } }), 'REGISTRY_INVALID'],
    ['a limit above 1 GiB', (id) => ({ ...id, index_policy: { max_bytes: 2 * 1024 * 1024 * 1024 } }), 'REGISTRY_INVALID'],
    ['an unknown mode', (id) => ({ ...id, index_policy: { produce: 'sometimes' } }), 'REGISTRY_INVALID'],
    ['index null that does not say why', (id) => ({ ...id, index: null }), 'REGISTRY_INVALID'],
    ['a reason beside index.json', (id) => ({ ...id, index_omitted: { reason: 'never', max_bytes: 5 } }), 'REGISTRY_INVALID'],
  ];
  for (const [what, change, code] of cases) {
    it(`${what}: ${code} from site build and from publish`, async () => {
      const dir = await initRegistry();
      await publish(dir, 'alpha', '1.0.0', { now: at(1) });
      setIdentity(dir, change);
      const before = snapshot(dir);
      await assert.rejects(buildSite(dir), { code });
      assert.deepEqual(snapshot(dir), before);
      await assert.rejects(publish(dir, 'beta', '1.0.0', { now: at(2) }), { code });
      assert.deepEqual(snapshot(dir), before);
      await assert.rejects(planSiteBuild(dir), { code });
    });
  }

  it('always, in a committed registry, refuses an index.json of 100 MiB or more (INDEX_TOO_LARGE, with the fix), before writing it whole; nothing changes', async () => {
    const dir = tempDir('packdex-huge-');
    // Eight documents of 13 MiB descriptions: an index.json over GitHub's 100 MiB refusal.
    syntheticRegistry(dir, 8, { index_policy: { produce: 'always' } }, (i) => `${i}${'d'.repeat(13 * 1024 * 1024)}`);
    const before = snapshot(dir);
    await assert.rejects(buildSite(dir), (e: Error & { code?: string; fix?: string }) => e.code === 'INDEX_TOO_LARGE' && /produce to auto/.test(e.fix ?? '') && /derived": "deployed"/.test(e.fix ?? ''));
    assert.deepEqual(snapshot(dir), before);
    const findings = await verifyDerived(dir);
    assert.deepEqual(findings.map((f) => [f.code, f.file]), [['INDEX_TOO_LARGE', 'registry.json']]);
    await readRegistryIdentity(dir);
  });
});
