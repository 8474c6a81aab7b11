import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { acquireRegistryLock } from '../../src/core/site/registry-lock';
import { packYaml } from '../helpers/site';
import { registryState, runBundle, type BundleRun } from '../helpers/run-bundle';
import { makePack, tempDir } from '../helpers/tmp';

// Real processes of the shipped CLI, started at once into one registry folder: the lock
// serialises their read → plan → write, so none is lost and none is told something untrue.

const URL = 'https://packs.example.com';

async function newRegistry(): Promise<string> {
  const dir = path.join(tempDir('packdex-concurrent-'), 'registry');
  const run = await runBundle(['registry', 'init', dir, '--name', 'Concurrent', '--url', URL]);
  assert.equal(run.code, 0, run.stderr);
  return dir;
}

function publishAll(registry: string, packs: string[]): Promise<BundleRun[]> {
  return Promise.all(packs.map((pack) => runBundle(['publish', '--pack-dir', pack, '--registry', registry, '--json'])));
}

function indexRefs(registry: string): { ref: string; version: string }[] {
  return (JSON.parse(readFileSync(path.join(registry, 'index.json'), 'utf8')) as { packs: { ref: string; version: string }[] }).packs.map((p) => ({ ref: p.ref, version: p.version }));
}

async function assertConsistent(registry: string): Promise<void> {
  const check = await runBundle(['site', 'build', '--check', '--registry', registry]);
  assert.equal(check.code, 0, `index.json follows the documents: ${check.stderr}`);
  const names = Object.keys(registryState(registry));
  assert.deepEqual(names.filter((n) => n.includes('.packdex') || /\.(tmp|staged)$/.test(n)), [], 'no lock, journal or staged file is left');
}

describe('concurrent changes of one registry folder', () => {
  it('20 publishers of different packages at once: 20 created, 20 entries', async () => {
    const registry = await newRegistry();
    const refs = Array.from({ length: 20 }, (_, i) => `pack${String(i + 1).padStart(2, '0')}`);
    const runs = await publishAll(registry, refs.map((ref) => makePack({ 'pack.yaml': packYaml(ref, '1.0.0') })));
    for (const run of runs) assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(runs.map((r) => r.json<{ outcome: string }>().outcome), refs.map(() => 'created'));
    assert.deepEqual(indexRefs(registry), refs.map((ref) => ({ ref, version: '1.0.0' })));
    await assertConsistent(registry);
  });

  it('10 versions of one package at once: all 10 in its document, the newest in index.json', async () => {
    const registry = await newRegistry();
    const versions = Array.from({ length: 10 }, (_, i) => `1.${i}.0`);
    const runs = await publishAll(registry, versions.map((v) => makePack({ 'pack.yaml': packYaml('multi', v) })));
    for (const run of runs) assert.equal(run.code, 0, run.stdout + run.stderr);
    const outcomes = runs.map((r) => r.json<{ outcome: string }>().outcome).sort();
    assert.deepEqual(outcomes, ['created', ...Array(9).fill('updated')]);
    const doc = JSON.parse(readFileSync(path.join(registry, 'packages/mu/lt/multi.json'), 'utf8')) as { versions: { version: string }[] };
    assert.deepEqual(doc.versions.map((v) => v.version), versions);
    assert.deepEqual(indexRefs(registry), [{ ref: 'multi', version: '1.9.0' }]);
    await assertConsistent(registry);
  });

  it('the same version with different bytes, twice at once (five rounds): exactly one created, the other VERSION_IMMUTABLE', async () => {
    for (let round = 0; round < 5; round++) {
      const registry = await newRegistry();
      const packs = ['one', 'two'].map((word) => makePack({ 'pack.yaml': packYaml('same', '1.0.0'), 'README.md': `# ${word}\n` }));
      const runs = await publishAll(registry, packs);
      const winners = runs.filter((r) => r.code === 0);
      const losers = runs.filter((r) => r.code !== 0);
      assert.equal(winners.length, 1, `round ${round}: one publisher wins: ${runs.map((r) => r.stdout).join('\n')}`);
      assert.equal(winners[0]!.json<{ outcome: string }>().outcome, 'created');
      assert.equal(losers[0]!.json<{ error: { code: string } }>().error.code, 'VERSION_IMMUTABLE');
      // The registry holds the winner's archive, and the document names exactly its checksum.
      const won = winners[0]!.json<{ archive: { checksum: string } }>().archive.checksum;
      const doc = JSON.parse(readFileSync(path.join(registry, 'packages/sa/me/same.json'), 'utf8')) as { versions: { entry: { install_sources: { checksum: string }[] } }[] };
      assert.equal(doc.versions[0]!.entry.install_sources[0]!.checksum, won);
      await assertConsistent(registry);
    }
  });

  it('10 publishers at once into a registry a killed publish left locked, with staged files: the dead lock is broken once, all 10 land', async () => {
    const registry = await newRegistry();
    const killed = await runBundle(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('crashed', '1.0.0') }), '--registry', registry], { env: { PACKDEX_TEST_CRASH_AT: 'staged' } });
    assert.equal(killed.signal, 'SIGKILL');
    const refs = Array.from({ length: 10 }, (_, i) => `after${i}`);
    const runs = await publishAll(registry, refs.map((ref) => makePack({ 'pack.yaml': packYaml(ref, '1.0.0') })));
    for (const run of runs) assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(runs.filter((r) => /removed the lock of packdex publish/.test(r.stderr)).length, 1, 'exactly one process broke the dead lock');
    assert.deepEqual(indexRefs(registry), refs.map((ref) => ({ ref, version: '1.0.0' })), 'the killed publish left nothing, the others everything');
    await assertConsistent(registry);
  });

  it('a publisher that finds the lock held by a live process says who holds it, and gives up after the bound with REGISTRY_LOCKED', async () => {
    const registry = await newRegistry();
    const before = registryState(registry);
    const lock = await acquireRegistryLock(registry, { command: 'test holder', timeoutMs: 0 });
    try {
      const run = await runBundle(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('late', '1.0.0') }), '--registry', registry], { env: { PACKDEX_LOCK_TIMEOUT: '0.3' } });
      assert.equal(run.code, 1);
      assert.match(run.stderr, new RegExp(`waiting for the registry lock, held by packdex test holder \\(pid ${process.pid} on `));
      assert.match(run.stderr, new RegExp(`error REGISTRY_LOCKED: The registry '.*' is locked by packdex test holder \\(pid ${process.pid} on .*gave up after 0\\.3 s`));
    } finally {
      await lock.release();
    }
    assert.deepEqual(registryState(registry), before, 'the refused publish wrote nothing');
  });
});
