import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { validateSchema } from '../../src/core/schemas';
import { cli } from '../helpers/cli';
import { initRegistry, packYaml } from '../helpers/site';
import { makePack, tempDir, writeTree } from '../helpers/tmp';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'profiles');

/** A small AAM package: one skill, optional dependencies. */
function aamPackage(name: string, version: string, deps = ''): string {
  return writeTree(tempDir('packdex-aam-'), {
    'aam.yaml': `name: "${name}"\nversion: ${version}\ndescription: "${name} for tests"\nauthor: tester\nlicense: MIT\nartifacts:\n  skills:\n    - name: helper\n      path: skills/helper\n${deps}`,
    'skills/helper/SKILL.md': '# helper\n',
  });
}

/** A small dbpm package with one SQL script. */
function dbpmPackage(name: string, version: string): string {
  return writeTree(tempDir('packdex-dbpm-'), {
    'dbpm.yaml': `name: ${name}\nversion: ${version}\ndescription: ${name}\nvendor: Acme\nlicense: Apache-2.0\n`,
    'sql/install.sql': `-- ${name}\n`,
  });
}

describe('one registry for all four kinds of package: audited, published, found, resolved, installed', () => {
  let registry: string;
  const published: Record<string, { code: number; json: Record<string, unknown> }> = {};

  async function publish(dir: string, extra: string[] = []) {
    const run = await cli(['publish', '--pack-dir', dir, '--registry', registry, '--json', ...extra]);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    published[String(json.name)] = { code: run.code, json };
    assert.equal(run.code, 0, run.stdout + run.stderr);
    return json;
  }

  before(async () => {
    // Created before the CLI's fixed clock, so index.json's last_updated is the publishes' time.
    registry = await initRegistry(undefined, new Date('2026-01-01T00:00:00Z'));
    await publish(makePack({ 'pack.yaml': packYaml('slack', '2.1.0') }));
    await publish(path.join(FIXTURES, 'pbg', 'compliant'), ['--version', '0.3.1']);
    for (const [name, version] of [['utl_interval', '1.2.0'], ['utl_log', '2.3.4'], ['utl_text', '1.2.3']] as const) await publish(dbpmPackage(name, version));
    await publish(path.join(FIXTURES, 'dbpm', 'scheduler'), ['--version', 'v1.1.0']);
    await publish(aamPackage('@myorg/generic-auditor', '1.4.0'));
    await publish(aamPackage('report-templates', '2.1.0'));
    await publish(path.join(FIXTURES, 'aam', 'auditor'));
  });

  it('publishes each kind through its profile, with the entry the index documents', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(published).map(([n, p]) => [n, p.json.profile])),
      { slack: 'attune', 'pbg-cobra': 'pbg', utl_interval: 'dbpm', utl_log: 'dbpm', utl_text: 'dbpm', simple_scheduler: 'dbpm', '@myorg/generic-auditor': 'aam', 'report-templates': 'aam', '@myorg/asvc-auditor': 'aam' },
    );
    const index = JSON.parse(readFileSync(path.join(registry, 'index.json'), 'utf8'));
    const byRef = Object.fromEntries(index.packs.map((p: { ref: string }) => [p.ref, p]));
    // pbg: the classes as processes/steps, the outline in meta, requires-python as python_version.
    const pbg = byRef['pbg-cobra'];
    assert.equal(pbg.label, 'pbg-cobra');
    assert.deepEqual(pbg.runtime_deps, ['python3']);
    assert.deepEqual(pbg.dependencies, { python_version: '>=3.10' });
    assert.ok(pbg.contents.processes.length > 0);
    assert.ok(pbg.contents.processes.every((c: { name: string }) => c.name.startsWith('pbg_cobra.processes.')));
    assert.equal(pbg.meta.compute.length, pbg.contents.processes.length + pbg.contents.steps.length);
    assert.deepEqual(pbg.meta.python_dependencies, ['Bigraph_Schema>=0.0.50', 'process-bigraph>=0.0.30', 'cobra>=0.29']);
    assert.equal(pbg.meta.profile, 'pbg');
    // dbpm: dependencies as name@constraint, Core's minimum in meta, the vendor as author.
    const dbpm = byRef.simple_scheduler;
    assert.deepEqual(dbpm.dependencies, { packs: ['utl_interval@^1.0.0', 'utl_log@~2.3.1', 'utl_text@1.2.3'] });
    assert.deepEqual(dbpm.meta, { profile: 'dbpm', core_minimum_version: '1.0.0', oracle_minimum_version: '19' });
    assert.equal(dbpm.author, 'Acme');
    // AAM: the scoped name kept, artifacts as contents kinds.
    const aam = byRef['@myorg/asvc-auditor'];
    assert.deepEqual(aam.contents.agents, [{ name: 'asvc-auditor', description: 'Audits a codebase against ASVC' }]);
    assert.deepEqual(aam.contents.skills, [{ name: 'read-policy', description: '' }]);
    assert.deepEqual(aam.dependencies.packs, ['@myorg/generic-auditor@>=1.0.0', 'report-templates@^2.0.0']);
    // Scoped packages live under packages/@scope/ and archives/@scope/, never beside unscoped names.
    assert.ok(existsSync(path.join(registry, 'packages/@myorg/as/vc/asvc-auditor.json')));
    assert.ok(existsSync(path.join(registry, 'archives/@myorg/asvc-auditor-1.1.0.tar.gz')));
    assert.equal(byRef.slack.meta, undefined, 'an Attune pack gets no profile marker');
  });

  it('validates as a packdex index, and --attune names exactly what strict Attune refuses', async () => {
    const file = path.join(registry, 'index.json');
    assert.equal((await cli(['validate', file])).code, 0);
    const strict = await cli(['validate', file, '--attune', '--json']);
    assert.equal(strict.code, 1);
    const paths = strict.json<{ violations: { path: string; message: string }[] }>().violations.map((v) => v.path);
    const index = JSON.parse(readFileSync(file, 'utf8'));
    const at = (ref: string) => `/packs/${index.packs.findIndex((p: { ref: string }) => p.ref === ref)}`;
    assert.deepEqual(
      paths.sort(),
      [
        `${at('@myorg/asvc-auditor')}/ref`,
        `${at('@myorg/asvc-auditor')}/contents/agents`,
        `${at('@myorg/asvc-auditor')}/contents/skills`,
        `${at('@myorg/asvc-auditor')}/contents/prompts`,
        `${at('@myorg/generic-auditor')}/ref`,
        `${at('@myorg/generic-auditor')}/contents/skills`,
        `${at('pbg-cobra')}/contents/processes`,
        `${at('pbg-cobra')}/contents/steps`,
        `${at('report-templates')}/contents/skills`,
      ].sort(),
    );
    // Attune packs and dbpm packages alone pass the strict rules. (A scoped dependency with a spaced
    // range is not among the refusals: Attune's schema takes any string in dependencies.packs.)
    assert.ok(!paths.some((p) => p.startsWith(at('slack')) || p.startsWith(at('simple_scheduler'))));
  });

  it('rebuilds to the same bytes and verifies: scoped documents are where the shard rule puts them', async () => {
    const check = await cli(['site', 'build', '--registry', registry, '--check']);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    const verify = await cli(['verify', '--head', registry]);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  });

  it('finds every kind: list, search and show (a scoped name included)', async () => {
    const list = (await cli(['list', '--registry', registry, '--json'])).json<{ packages: { name: string }[] }>();
    assert.deepEqual(list.packages.map((p) => p.name).sort(), Object.keys(published).sort());
    const search = await cli(['search', 'auditor', '--registry', registry]);
    assert.equal(search.code, 0, search.stderr);
    assert.match(search.stdout, /@myorg\/asvc-auditor/);
    const show = await cli(['show', '@myorg/asvc-auditor', '--registry', registry, '--json']);
    assert.equal(show.code, 0, show.stderr);
    assert.equal(show.json<{ package: { name: string; owner: string } }>().package.name, '@myorg/asvc-auditor');
    assert.equal(show.json<{ package: { name: string; owner: string } }>().package.owner, 'github.com/myorg/asvc-auditor');
  });

  it('resolves a dbpm package in seed 002 field names, Core and Oracle minimums included', async () => {
    const run = await cli(['resolve', 'simple_scheduler@^1.0.0', '--registry', registry, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const answer = run.json<Record<string, unknown>>();
    assert.equal(answer.package, 'simple_scheduler');
    assert.equal(answer.version, '1.1.0');
    assert.match(String(answer.artifact_url), /simple_scheduler-1\.1\.0\.tar\.gz$/);
    assert.match(String(answer.artifact_checksum), /^sha256:[0-9a-f]{64}$/);
    assert.equal(answer.core_minimum_version, '1.0.0');
    assert.equal(answer.oracle_minimum_version, '19');
    const text = await cli(['resolve', '@myorg/asvc-auditor@^1', '--registry', registry]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^package: @myorg\/asvc-auditor\nversion: 1\.1\.0\n/);
  });

  it('installs each kind with its dependencies, scoped names under @scope/, and locks them', async () => {
    const packs = tempDir('packdex-packs-');
    const run = await cli(['install', 'slack', 'pbg-cobra@0.3.1', 'simple_scheduler@^1.1.0', '@myorg/asvc-auditor@^1.0.0', '--registry', registry, '--dir', packs, '--json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const names = run.json<{ packs: { name: string }[] }>().packs.map((i) => i.name).sort();
    assert.deepEqual(names, ['@myorg/asvc-auditor', '@myorg/generic-auditor', 'pbg-cobra', 'report-templates', 'simple_scheduler', 'slack', 'utl_interval', 'utl_log', 'utl_text']);
    assert.ok(existsSync(path.join(packs, '@myorg', 'asvc-auditor', 'aam.yaml')));
    assert.ok(existsSync(path.join(packs, 'pbg-cobra', 'pyproject.toml')));
    assert.ok(existsSync(path.join(packs, 'simple_scheduler', 'dbpm.yaml')));
    assert.deepEqual(readdirSync(path.join(packs, '@myorg')).sort(), ['asvc-auditor', 'generic-auditor']);
    // A second run finds everything installed, scoped records included.
    const again = await cli(['install', '@myorg/asvc-auditor@^1.0.0', '--registry', registry, '--dir', packs, '--json']);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(again.json<{ packs: { outcome: string }[] }>().packs.map((i) => i.outcome), ['unchanged']);
    const lockfile = path.join(tempDir('packdex-lock-'), 'packdex-lock.json');
    const lock = await cli(['lock', '@myorg/asvc-auditor@^1.0.0', 'simple_scheduler', '--registry', registry, '--output', lockfile]);
    assert.equal(lock.code, 0, lock.stderr);
    const locked = JSON.parse(readFileSync(lockfile, 'utf8'));
    assert.deepEqual(validateSchema('lockfile', locked), []);
    assert.deepEqual(Object.keys(locked.packages).sort(), ['@myorg/asvc-auditor', '@myorg/generic-auditor', 'report-templates', 'simple_scheduler', 'utl_interval', 'utl_log', 'utl_text']);
  });
});

describe('packdex index-entry for every profile', () => {
  const ARCHIVE = ['--archive-url', 'https://files.example/x.tar.gz', '--archive-checksum', `sha256:${'a'.repeat(64)}`];
  it('prints the entry of a dbpm package, detected from dbpm.yaml; --profile forces another reading', async () => {
    const dir = path.join(FIXTURES, 'dbpm', 'scheduler');
    const run = await cli(['index-entry', '--pack-dir', dir, ...ARCHIVE]);
    assert.equal(run.code, 0, run.stderr);
    const entry = JSON.parse(run.stdout);
    assert.equal(entry.ref, 'simple_scheduler');
    assert.deepEqual(validateSchema('index-entry', entry), []);
    const forced = await cli(['index-entry', '--pack-dir', dir, '--profile', 'pbg', ...ARCHIVE]);
    assert.equal(forced.code, 1);
    assert.match(forced.stderr, /^error MANIFEST_NOT_FOUND: pyproject\.toml is missing\./m);
  });
});
