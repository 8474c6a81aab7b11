import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { initRegistry } from '../helpers/site';
import { snapshot, tempDir } from '../helpers/tmp';

const ROOT = path.join(import.meta.dirname, '..', '..');
const PBG = path.join(ROOT, 'test', 'fixtures', 'profiles', 'pbg');

describe('packdex audit with profiles', () => {
  it('detects a pbg package from pyproject.toml and exits 1 on its FAIL, listing the discovered classes', async () => {
    const run = await cli(['audit', path.join(PBG, 'missing-schema')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^FAIL {2}bigraph-schema dep +bigraph-schema is not in \[project\]\.dependencies\n +pyproject\.toml:4: bigraph-schema is not a dependency\n +fix: Add "bigraph-schema" to \[project\]\.dependencies$/m);
    assert.match(run.stdout, /PASS: 4, WARN: 1, FAIL: 1\n {2}process {2}pbg_tiny\.Tiny {2}\(pbg_tiny\/__init__\.py:3\)\n$/);
  });

  it('prints the compute outline as JSON', async () => {
    const run = await cli(['audit', path.join(PBG, 'nested'), '--json']);
    assert.equal(run.code, 0);
    const out = JSON.parse(run.stdout);
    assert.equal(out.profile, 'pbg');
    assert.deepEqual(out.compute.map((c: { module: string; name: string }) => `${c.module}.${c.name}`), ['pbg_deep.a.Init', 'pbg_deep.a.b.inner.Deep', 'pbg_deep.a.b.inner.Configured']);
  });

  it('pbg: audit and publish agree on a PEP 440 version: 0.3 passes and is published as 0.3.0 with its outline; a wrong tag fails both', async () => {
    const dir = path.join(PBG, 'outlined');
    const audit = await cli(['audit', dir, '--tag', 'v0.3.0', '--json']);
    assert.equal(audit.code, 0, audit.stdout);
    const checks = audit.json<{ checks: { name: string; status: string; detail: string }[] }>().checks;
    assert.deepEqual(checks.slice(-2), [
      { name: 'version', status: 'PASS', detail: "version '0.3', published as 0.3.0", locations: [] },
      { name: 'expected-version', status: 'PASS', detail: "version matches 'v0.3.0'", locations: [] },
    ]);

    const registry = await initRegistry();
    const before = snapshot(registry);
    const wrong = await cli(['publish', '--pack-dir', dir, '--registry', registry, '--version', '0.3.1']);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stdout, /^FAIL {2}expected-version +pyproject\.toml says version '0\.3' but '0\.3\.1' is being published\.\n +fix: Set the version in pyproject\.toml to "0\.3\.1", or publish 0\.3\.$/m);
    const wrongAudit = await cli(['audit', dir, '--tag', 'v0.3.1', '--json']);
    assert.equal(wrongAudit.json<{ checks: { name: string; code?: string }[] }>().checks.find((c) => c.name === 'expected-version')?.code, 'MANIFEST_VERSION_MISMATCH');
    assert.deepEqual(snapshot(registry), before);

    const run = await cli(['publish', '--pack-dir', dir, '--registry', registry, '--version', '0.3']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const index = JSON.parse(readFileSync(path.join(registry, 'index.json'), 'utf8'));
    const entry = index.packs.find((p: { ref: string }) => p.ref === 'pbg-outlined');
    assert.equal(entry.version, '0.3.0');
    assert.equal(entry.meta.pep440_version, '0.3');
    assert.deepEqual(entry.contents.steps.slice(0, 2), [
      { name: 'pbg_outlined.base.BaseReader', description: 'Reads a model file into the state.' },
      { name: 'pbg_outlined.processes.growth.Computed', description: '' },
    ]);
    const growth = entry.meta.compute.find((c: { name: string }) => c.name === 'Growth');
    assert.deepEqual(Object.keys(growth), ['module', 'name', 'compute_type', 'description', 'inputs', 'outputs', 'config_schema']);
    assert.deepEqual(JSON.parse(growth.inputs), { mass: 'float', env: { temperature: 'float', concentrations: 'map[float]' } });
    assert.equal(entry.meta.compute.find((c: { name: string }) => c.name === 'Scaled').outputs, 'dynamic');
    assert.ok(readFileSync(path.join(registry, 'packages', 'pb', 'g-', 'pbg-outlined.json'), 'utf8').includes('"version": "0.3.0"'));
    // Installed, its pyproject.toml's 0.3 is the 0.3.0 the index promised.
    const packs = tempDir('packdex-pbg-packs-');
    const install = await cli(['install', 'pbg-outlined@^0.3.0', '--registry', registry, '--dir', packs]);
    assert.equal(install.code, 0, install.stdout + install.stderr);
    assert.ok(existsSync(path.join(packs, 'pbg-outlined', 'pyproject.toml')));
  });

  it('detects a dbpm package from dbpm.yaml and checks the tag', async () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'profiles', 'dbpm', 'scheduler');
    const run = await cli(['audit', dir, '--tag', 'v1.1.0']);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /^PASS {2}core +Core is not listed as an ordinary dependency$/m);
    assert.match(run.stdout, /PASS: 8, WARN: 0, FAIL: 0\n$/);
    assert.equal((await cli(['audit', dir, '--tag', 'v2.0.0'])).code, 1);
  });

  it('detects an AAM package from aam.yaml', async () => {
    const run = await cli(['audit', path.join(ROOT, 'test', 'fixtures', 'profiles', 'aam', 'auditor'), '--json']);
    assert.equal(run.code, 0, run.stdout);
    const out = run.json<{ profile: string; manifest: { name: string } }>();
    assert.deepEqual([out.profile, out.manifest.name], ['aam', '@myorg/asvc-auditor']);
  });

  it('keeps pack.yaml folders on the Attune audit, and refuses an unknown profile with exit 2', async () => {
    assert.match((await cli(['audit', path.join(ROOT, 'examples', 'packs', 'slack')])).stdout, /PASS {2}manifest/);
    const bad = await cli(['audit', '.', '--profile', 'npm']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /USAGE: Unknown profile 'npm'\. Expected: auto, attune, pbg, dbpm, aam.*\nsee packdex audit --help\n$/);
  });
});
