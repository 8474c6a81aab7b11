import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers/cli';

const ROOT = path.join(import.meta.dirname, '..', '..');
const PBG = path.join(ROOT, 'test', 'fixtures', 'profiles', 'pbg');

describe('packdex audit with profiles', () => {
  it('detects a pbg package from pyproject.toml and exits 1 on its FAIL, listing the discovered classes', async () => {
    const run = await cli(['audit', path.join(PBG, 'missing-schema')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^FAIL {2}bigraph-schema dep +bigraph-schema is not in \[project\]\.dependencies\n +pyproject\.toml:4: bigraph-schema is not a dependency\n +fix: Add "bigraph-schema" to \[project\]\.dependencies$/m);
    assert.match(run.stdout, /PASS: 3, WARN: 1, FAIL: 1\n {2}process {2}pbg_tiny\.Tiny {2}\(pbg_tiny\/__init__\.py:3\)\n$/);
  });

  it('prints the compute outline as JSON', async () => {
    const run = await cli(['audit', path.join(PBG, 'nested'), '--json']);
    assert.equal(run.code, 0);
    const out = JSON.parse(run.stdout);
    assert.equal(out.profile, 'pbg');
    assert.deepEqual(out.compute.map((c: { module: string; name: string }) => `${c.module}.${c.name}`), ['pbg_deep.a.Init', 'pbg_deep.a.b.inner.Deep', 'pbg_deep.a.b.inner.Configured']);
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
