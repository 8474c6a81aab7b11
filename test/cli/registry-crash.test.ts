import assert from 'node:assert/strict';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { packYaml } from '../helpers/site';
import { copyRegistry, registryState, runBundle } from '../helpers/run-bundle';
import { makePack, tempDir } from '../helpers/tmp';

// Each case kills the real CLI (SIGKILL through PACKDEX_TEST_CRASH_AT, as kill -9 or a power cut
// would) at every step of its registry transaction, then runs another command that changes the
// registry, and asserts that the registry is then byte for byte what it was before the killed
// command (killed before its journal was written) or what the command gives when it runs whole
// (killed after). Nothing is left behind either way: lock, journal and staged files are in the
// snapshot, so a leftover fails the comparison.

const URL = 'https://packs.example.com';
let base: string;
let demo11: string;
let third: string;

async function ok(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const run = await runBundle(args, { env });
  assert.equal(run.code, 0, `packdex ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

before(async () => {
  base = path.join(tempDir('packdex-crash-'), 'registry');
  await ok(['registry', 'init', base, '--name', 'Crash test', '--url', URL]);
  await ok(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('demo', '1.0.0') }), '--registry', base]);
  await ok(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('other', '2.0.0') }), '--registry', base]);
  demo11 = makePack({ 'pack.yaml': packYaml('demo', '1.1.0') });
  third = makePack({ 'pack.yaml': packYaml('third', '1.0.0') });
});

/** A command that changes nothing in a consistent registry but, as a writer, recovers one. */
const RECOVER = (dir: string) => ['dist-tag', 'demo', 'probe', '--rm', '--registry', dir];

interface Case {
  name: string;
  args: (dir: string) => string[];
  /** Make the starting state from a copy of the base registry. */
  prepare?: (dir: string) => void;
}

const CASES: Case[] = [
  { name: 'publish of a new version (archive, document, index.json)', args: (dir) => ['publish', '--pack-dir', demo11, '--registry', dir] },
  { name: 'yank (document and index.json)', args: (dir) => ['yank', 'demo@1.0.0', '--reason', 'broken', '--registry', dir] },
  { name: 'dist-tag (the document alone)', args: (dir) => ['dist-tag', 'demo', 'stable', '1.0.0', '--registry', dir] },
  { name: 'registry init --force (registry.json and index.json)', args: (dir) => ['registry', 'init', dir, '--force', '--name', 'Renamed', '--url', URL] },
  {
    name: 'publish that takes index.json past registry.json\'s limit (registry.json rewritten, index.json removed)',
    args: (dir) => ['publish', '--pack-dir', third, '--registry', dir],
    prepare: (dir) => {
      // The limit sits just above index.json as it is: one more package passes it.
      const size = readFileSync(path.join(dir, 'index.json')).length;
      const file = path.join(dir, 'registry.json');
      writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), index_policy: { max_bytes: size + 10 } }, null, 2)}\n`);
    },
  },
  {
    name: 'site build (index.json and the page)',
    args: (dir) => ['site', 'build', '--registry', dir],
    prepare: (dir) => {
      // Drift that every command can still read: the page is gone and last_updated is stale.
      unlinkSync(path.join(dir, 'index.html'));
      const file = path.join(dir, 'index.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"last_updated": "[^"]+"/, '"last_updated": "2020-01-01T00:00:00Z"'));
    },
  },
];

function changedFiles(a: Record<string, string>, b: Record<string, string>): number {
  return new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => a[k] !== b[k])).size;
}

describe('a registry change killed at any step leaves the registry as before or after', () => {
  for (const c of CASES) {
    it(`${c.name}: every step`, async (t) => {
      const start = copyRegistry(base);
      c.prepare?.(start);
      const beforeState = registryState(start);
      const whole = copyRegistry(start);
      await ok(c.args(whole));
      const afterState = registryState(whole);
      const files = changedFiles(beforeState, afterState);
      assert.ok(files > 0, 'the command changes the registry');
      const steps = ['locked', 'planned', 'staged', 'journaled', ...Array.from({ length: files }, (_, i) => `applied-${i + 1}`), 'synced', 'unjournaled'];
      const outcomes: string[] = [];
      for (const step of steps) {
        const dir = copyRegistry(start);
        const killed = await runBundle(c.args(dir), { env: { PACKDEX_TEST_CRASH_AT: step } });
        assert.equal(killed.signal, 'SIGKILL', `${step}: the hook killed the process (${killed.stderr})`);
        // Readers take no lock: whatever the kill left, the client still reads the package whole.
        const shown = await runBundle(['show', 'demo', '--registry', dir, '--json']);
        assert.equal(shown.code, 0, `${step}: the client reads the registry mid-change: ${shown.stdout}${shown.stderr}`);
        const recovered = await runBundle(RECOVER(dir));
        assert.equal(recovered.code, 0, `${step}: the next command runs: ${recovered.stderr}`);
        const state = registryState(dir);
        const journaled = steps.indexOf(step) >= steps.indexOf('journaled');
        assert.deepEqual(state, journaled ? afterState : beforeState, `${step}: the registry is ${journaled ? 'after' : 'before'} the change`);
        assert.match(recovered.stderr, /recovered the registry: removed the lock of packdex \S+.* \(pid \d+ on /, `${step}: the next command says it removed the dead holder's lock`);
        if (journaled && step !== 'unjournaled') assert.match(recovered.stderr, /finished an interrupted change/, `${step}: and finished the journaled change`);
        outcomes.push(`${step}=${journaled ? 'after' : 'before'}`);
      }
      // The count of steps is part of the evidence: a hook that never fires would fail above.
      assert.equal(outcomes.length, steps.length);
      t.diagnostic(`${steps.length} kills: ${outcomes.join(' ')}`);
    });
  }

  it('a recovery that is itself killed is finished by the next command', async () => {
    const start = copyRegistry(base);
    const whole = copyRegistry(start);
    await ok(['publish', '--pack-dir', demo11, '--registry', whole]);
    const afterState = registryState(whole);
    for (const at of ['recovered-1', 'recovered-2', 'recovered-3']) {
      const dir = copyRegistry(start);
      assert.equal((await runBundle(['publish', '--pack-dir', demo11, '--registry', dir], { env: { PACKDEX_TEST_CRASH_AT: 'applied-1' } })).signal, 'SIGKILL');
      assert.equal((await runBundle(RECOVER(dir), { env: { PACKDEX_TEST_CRASH_AT: at } })).signal, 'SIGKILL', `${at}: the recovery was killed`);
      assert.equal((await runBundle(RECOVER(dir))).code, 0);
      assert.deepEqual(registryState(dir), afterState, `${at}: finished on the second try`);
    }
  });

  it('a rerun of the killed publish says what it did: created after a kill before the journal, unchanged after one past it', async () => {
    const early = copyRegistry(base);
    await runBundle(['publish', '--pack-dir', demo11, '--registry', early], { env: { PACKDEX_TEST_CRASH_AT: 'staged' } });
    const first = await runBundle(['publish', '--pack-dir', demo11, '--registry', early]);
    assert.match(first.stdout, /^updated: demo 1\.1\.0/m);
    const late = copyRegistry(base);
    await runBundle(['publish', '--pack-dir', demo11, '--registry', late], { env: { PACKDEX_TEST_CRASH_AT: 'applied-2' } });
    const second = await runBundle(['publish', '--pack-dir', demo11, '--registry', late]);
    assert.match(second.stdout, /^unchanged: demo 1\.1\.0 in \S+\n/m, 'the journal was finished, so nothing is left to do, and no note about a newer version');
    assert.deepEqual(registryState(early), registryState(late));
    rmSync(early, { recursive: true });
  });
});
