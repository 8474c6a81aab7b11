import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { canonicalEntry } from '../../src/core/entry/canonical-entry';
import type { AttunePackIndex } from '../../src/core/schema-types';
import { cli } from '../helpers/cli';
import { initRegistry } from '../helpers/site';
import { makePack, snapshot, tempDir } from '../helpers/tmp';

/**
 * packdex in place of `attune pack …` in a CI recipe: the same verbs take Attune's real index as it
 * is, and `--json` carries the fields Attune's CLI prints (crates/cli pack_index.rs), beside
 * packdex's own.
 */
const VALID = path.join(import.meta.dirname, '..', 'fixtures', 'index', 'valid');
const HEX = 'f'.repeat(64);

/** A copy of a fixture in a fresh folder (the commands write next to it). */
function copyFixture(name: string): string {
  const file = path.join(tempDir('packdex-attune-'), 'index.json');
  copyFileSync(path.join(VALID, name), file);
  return file;
}

describe('packdex as a drop-in for attune pack index-update / index-merge / checksum', () => {
  it('index-update --json prints Attune\'s success, index_file, pack_ref, version, directory_checksum and action (added, then updated)', async () => {
    const file = copyFixture('attune-builder-44.json');
    const pack = makePack({ 'pack.yaml': 'ref: keycloak\nlabel: Keycloak\nversion: "0.1.0"\nauthor: Attune\nlicense: Apache-2.0\n' });
    const sources = ['--git-url', 'https://github.com/attune-packs/keycloak.git', '--git-ref', 'v0.1.0', '--archive-url', 'https://codeload.github.com/attune-packs/keycloak/tar.gz/v0.1.0', '--archive-checksum', `sha256:${HEX}`];
    const added = await cli(['index-update', '--index', file, '--pack-dir', pack, ...sources, '--json']);
    assert.equal(added.code, 0, added.stderr);
    const sum = (await cli(['checksum', pack, '--json'])).json<{ path: string; checksum: string }>();
    assert.equal(sum.path, pack);
    assert.match(sum.checksum, /^sha256:[0-9a-f]{64}$/);
    const out = added.json();
    assert.deepEqual(
      { success: out.success, index_file: out.index_file, pack_ref: out.pack_ref, version: out.version, directory_checksum: out.directory_checksum, action: out.action },
      { success: true, index_file: file, pack_ref: 'keycloak', version: '0.1.0', directory_checksum: sum.checksum, action: 'added' },
    );
    assert.equal(out.outcome, 'created', 'packdex\'s own fields are still there');
    writeFileSync(path.join(pack, 'pack.yaml'), 'ref: keycloak\nlabel: Keycloak\nversion: "0.2.0"\nauthor: Attune\nlicense: Apache-2.0\n');
    const updated = (await cli(['index-update', '--index', file, '--pack-dir', pack, ...sources, '--update', '--json'])).json();
    assert.equal(updated.action, 'updated');
    assert.equal(updated.version, '0.2.0');
  });

  it('index-update of one entry of the real-shaped index (Python builder key order) changes that entry and last_updated only', async () => {
    const file = copyFixture('attune-builder-44.json');
    const before = readFileSync(file, 'utf8');
    const jira = (JSON.parse(before) as AttunePackIndex).packs.find((p) => p.ref === 'jira')!;
    const entryFile = path.join(path.dirname(file), 'entry.json');
    writeFileSync(entryFile, JSON.stringify({ ...jira, version: '0.1.1' }));
    const dry = await cli(['index-update', '--index', file, '--entry', entryFile, '--update', '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(readFileSync(file, 'utf8'), before, 'a dry run writes nothing');
    const run = await cli(['index-update', '--index', file, '--entry', entryFile, '--update', '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.json().directory_checksum, jira.install_sources.find((s) => s.type === 'git')!.checksum);
    const after = readFileSync(file, 'utf8');
    const a = before.split('\n');
    const b = after.split('\n');
    const changed = a.map((line, i) => (line === b[i] ? undefined : i)).filter((i) => i !== undefined);
    // The builder writes meta, repository, email, homepage, dependencies after contents: the
    // canonical entry moves those keys, so jira's lines differ; nothing outside jira but last_updated.
    const start = a.indexOf('      "ref": "jira",') - 1;
    const end = a.indexOf('    },', start);
    assert.deepEqual(changed.filter((i) => i! < start || i! > end), [a.findIndex((l) => l.includes('"last_updated"'))]);
    assert.equal(a.length, b.length, 'the same number of lines: one entry rewritten in place');
    // And the 43 other entries parse to exactly what they were.
    const [x, y] = [before, after].map((t) => (JSON.parse(t) as AttunePackIndex).packs.filter((p) => p.ref !== 'jira'));
    assert.deepEqual(y, x);
    const again = await cli(['index-update', '--index', file, '--entry', entryFile, '--update', '--json']);
    assert.equal(again.json().outcome, 'unchanged');
    assert.equal(readFileSync(file, 'utf8'), after, 'an update that changes nothing leaves the file byte-identical');
  });

  it('index-merge --json prints Attune\'s success, output_file, sources_count, total_loaded, unique_packs, duplicates_resolved', async () => {
    const dir = tempDir('packdex-merge-');
    const inputs = ['attune-builder-44.json', 'attune-history-early.json', 'attune-history-middle.json'].map((f) => path.join(VALID, f));
    const output = path.join(dir, 'combined.json');
    const run = await cli(['index-merge', '--output', output, ...inputs, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const out = run.json();
    assert.deepEqual(
      { success: out.success, output_file: out.output_file, sources_count: out.sources_count, total_loaded: out.total_loaded, unique_packs: out.unique_packs, duplicates_resolved: out.duplicates_resolved },
      { success: true, output_file: output, sources_count: 3, total_loaded: 44 + 5 + 12, unique_packs: 44, duplicates_resolved: 17 },
    );
    const merged = await cli(['validate', output, '--canonical', '--attune']);
    assert.equal(merged.code, 0, merged.stdout);
    assert.match(merged.stdout, /valid, in packdex's canonical layout/);
  });

  it('validate accepts every Attune-shaped fixture; --canonical lists each deviation with its JSON path', async () => {
    for (const name of ['attune-builder-44.json', 'attune-history-early.json', 'attune-history-middle.json', 'attune-quirk-dependency-bare-ref.json']) {
      const run = await cli(['validate', path.join(VALID, name), '--attune']);
      assert.equal(run.code, 0, `${name}: ${run.stdout}`);
    }
    const early = await cli(['validate', path.join(VALID, 'attune-history-early.json'), '--canonical', '--json']);
    assert.equal(early.code, 1);
    const report = early.json<{ ok: boolean; violations: unknown[]; deviations: { path: string; message: string }[] }>();
    assert.deepEqual(report.violations, []);
    const paths = report.deviations.map((d) => d.path);
    for (const p of ['/last_updated', '/packs/0/keywords/1', '/packs/0/runtime_deps/1', '/packs/0/install_sources/1', '/packs/0/contents/actions/1']) assert.ok(paths.includes(p), `${p} in ${paths.join(' ')}`);
    const human = await cli(['validate', path.join(VALID, 'attune-history-early.json'), '--canonical']);
    assert.match(human.stdout, /valid, but \d+ deviations from the layout packdex writes/);
    assert.match(human.stdout, /^ {2}\/last_updated: '2026-03-02T09:15:00\+00:00' is not whole seconds in UTC with Z; packdex writes '2026-03-02T09:15:00Z'$/m);
  });

  it('an entry read from a foreign index is written canonically (index-merge of one Attune file)', async () => {
    const output = path.join(tempDir('packdex-merge-'), 'out.json');
    assert.equal((await cli(['index-merge', '--output', output, path.join(VALID, 'attune-quirk-sources-archive-first.json')])).code, 0);
    const merged = JSON.parse(readFileSync(output, 'utf8')) as AttunePackIndex;
    const source = JSON.parse(readFileSync(path.join(VALID, 'attune-quirk-sources-archive-first.json'), 'utf8')) as AttunePackIndex;
    assert.deepEqual(merged.packs[0]!.install_sources.map((s) => s.type), ['git', 'archive']);
    assert.deepEqual(merged.packs[0], canonicalEntry(source.packs[0]!));
  });
});

describe('every publishing verb has the same audit switch', () => {
  const failing = { 'pack.yaml': 'ref: demo\nlabel: Demo\ndescription: d\nversion: "1.0.0"\nauthor: T\nlicense: not-a-license\n' };

  it('publish --no-audit publishes what the audit refuses, as register --no-audit does', async () => {
    const registry = await initRegistry();
    const pack = makePack(failing);
    const before = snapshot(registry);
    const refused = await cli(['publish', '--pack-dir', pack, '--registry', registry]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /^FAIL {2}license/m);
    assert.deepEqual(snapshot(registry), before, 'nothing written');
    const run = await cli(['publish', '--pack-dir', pack, '--registry', registry, '--no-audit', '--json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.json().audit, undefined);
    assert.equal(run.json().outcome, 'created');
  });

  it('publish and register both document --no-audit in their usage', async () => {
    for (const verb of ['publish', 'register']) assert.match((await cli([verb, '--help'])).stdout, /--no-audit +(publish|register) without the audit/);
  });
});
