import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { auditAam } from '../../../../src/core/profiles/aam/audit-aam';
import { splitPackageName } from '../../../../src/core/names/package-name';
import { tempDir } from '../../../helpers/tmp';

const FIXTURE = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'profiles', 'aam', 'auditor');
const summary = (r: Awaited<ReturnType<typeof auditAam>>) => r.checks.map((c) => `${c.name}: ${c.status}`);

function withManifest(text: string): string {
  const dir = tempDir('packdex-aam-');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'aam.yaml'), text);
  return dir;
}

describe('AAM profile: the audit of an aam.yaml package', () => {
  it('passes a scoped package with artifacts and dependencies', async () => {
    const report = await auditAam(FIXTURE, { expectVersion: 'v1.1.0' });
    assert.deepEqual(summary(report), ['manifest: PASS', 'schema: PASS', 'unknown-keys: PASS', 'version: PASS', 'expected-version: PASS', 'license: PASS', 'artifacts: PASS', 'dependencies: PASS', 'metadata: PASS']);
    assert.equal(report.checks.find((c) => c.name === 'artifacts')!.detail, '1 agents, 1 skills, 1 prompts, 0 instructions');
    assert.deepEqual(report.aam?.dependencies, { '@myorg/generic-auditor': '>=1.0.0', 'report-templates': '^2.0.0' });
  });

  it('applies the scoped-name rules: lowercase, hyphens, one @scope/', async () => {
    for (const bad of ['@MyOrg/agent', '@myorg/', 'my_agent', '@a/b/c', '-agent', '@/agent']) {
      const report = await auditAam(withManifest(`name: "${bad}"\nversion: 1.0.0\nartifacts: {}\n`));
      assert.equal(report.checks.find((c) => c.name === 'schema')!.status, 'FAIL', bad);
    }
    for (const good of ['shared-skills', '@myorg/my-agent', 'a', '@a1/b2']) {
      const report = await auditAam(withManifest(`name: "${good}"\nversion: 1.0.0\nartifacts: {}\n`));
      assert.equal(report.checks.find((c) => c.name === 'schema')!.status, 'PASS', good);
    }
    assert.deepEqual(splitPackageName('@myorg/my-agent'), { scope: 'myorg', base: 'my-agent' });
    assert.deepEqual(splitPackageName('shared-skills'), { base: 'shared-skills' });
  });

  it('fails artifacts that are missing, outside the package, or named twice; and constraints that are not semver', async () => {
    const report = await auditAam(
      withManifest(
        'name: x\nversion: 1.0.0\nartifacts:\n  agents:\n    - name: a\n      path: agents/nope\n    - name: a\n      path: ../outside\n  skills:\n    - name: s\n      path: /etc\ndependencies:\n  "@myorg/dep": "latest-ish"\n',
      ),
    );
    const artifacts = report.checks.find((c) => c.name === 'artifacts')!;
    assert.equal(artifacts.status, 'FAIL');
    assert.deepEqual(artifacts.locations.map((l) => [l.line, l.message]), [
      [6, "'agents/nope' does not exist"],
      [7, "duplicate agents name 'a'"],
      [8, "'../outside' leaves the package"],
      [11, "'/etc' leaves the package"],
    ]);
    const deps = report.checks.find((c) => c.name === 'dependencies')!;
    assert.deepEqual([deps.status, deps.locations[0]!.line], ['FAIL', 13]);
    assert.equal(report.aam, undefined);
  });

  it('warns on a package with no artifacts, unknown keys, no license and no author; stops without aam.yaml', async () => {
    assert.deepEqual(summary(await auditAam(withManifest('name: x\nversion: 1.0.0\nartifacts: {}\nsponsor: y\ndescription: d\n'))), [
      'manifest: PASS', 'schema: PASS', 'unknown-keys: WARN', 'version: PASS', 'license: WARN', 'artifacts: WARN', 'dependencies: PASS', 'metadata: WARN',
    ]);
    assert.deepEqual(summary(await auditAam(tempDir('packdex-aam-'))), ['manifest: FAIL']);
  });
});
