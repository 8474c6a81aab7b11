import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { auditDbpm } from '../../../../src/core/profiles/dbpm/audit-dbpm';
import { tempDir } from '../../../helpers/tmp';

const FIXTURE = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'profiles', 'dbpm', 'scheduler');
const summary = (r: Awaited<ReturnType<typeof auditDbpm>>) => r.checks.map((c) => `${c.name}: ${c.status}`);

/** The fixture with dbpm.yaml replaced. */
function withManifest(text: string): string {
  const dir = tempDir('packdex-dbpm-');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'dbpm.yaml'), text);
  return dir;
}

describe('dbpm profile: the audit of a dbpm.yaml package', () => {
  it('passes a package with exact, ~ and ^ dependencies, and checks the release version', async () => {
    const report = await auditDbpm(FIXTURE, { expectVersion: 'v1.1.0' });
    assert.deepEqual(summary(report), ['manifest: PASS', 'schema: PASS', 'unknown-keys: PASS', 'version: PASS', 'expected-version: PASS', 'license: PASS', 'core: PASS', 'metadata: PASS']);
    assert.deepEqual(report.dbpm?.dependencies, { utl_interval: '^1.0.0', utl_log: '~2.3.1', utl_text: '1.2.3' });
    const wrongTag = await auditDbpm(FIXTURE, { expectVersion: 'v2.0.0' });
    assert.equal(wrongTag.checks.find((c) => c.name === 'expected-version')!.status, 'FAIL');
  });

  it('fails a range constraint and a bad name on their lines, each with a fix', async () => {
    const report = await auditDbpm(withManifest('name: Simple-Scheduler\nversion: 1.1.0\ndependencies:\n  utl_interval: ">=1.0.0"\n'));
    const schema = report.checks.find((c) => c.name === 'schema')!;
    assert.equal(schema.status, 'FAIL');
    assert.deepEqual(schema.locations.map((l) => [l.line, l.message.split(' ')[0]]), [[1, '/name'], [4, '/dependencies/utl_interval']]);
    assert.match(schema.fix!, /exact \(1\.2\.3\), ~1\.2\.3 or \^1\.2\.3/);
    assert.equal(report.dbpm, undefined);
  });

  it('refuses Core as an ordinary dependency, and warns on unknown keys, no license and no vendor', async () => {
    const report = await auditDbpm(withManifest('name: sched\nversion: 1.0.0\nmaintainer: x\ndependencies:\n  core: ^1.0.0\n'));
    assert.deepEqual(summary(report), ['manifest: PASS', 'schema: PASS', 'unknown-keys: WARN', 'version: PASS', 'license: WARN', 'core: FAIL', 'metadata: WARN']);
    const core = report.checks.find((c) => c.name === 'core')!;
    assert.match(core.fix!, /set core_minimum_version instead/);
    assert.equal(core.locations[0]!.line, 5);
  });

  it('stops on a missing manifest, invalid YAML, or a version that is not semver', async () => {
    assert.deepEqual(summary(await auditDbpm(tempDir('packdex-dbpm-'))), ['manifest: FAIL']);
    const yaml = await auditDbpm(withManifest('name: [unclosed\n'));
    assert.deepEqual([summary(yaml), yaml.checks[0]!.locations[0]!.line !== undefined], [['manifest: FAIL'], true]);
    const version = await auditDbpm(withManifest('name: sched\nversion: one\nvendor: a\ndescription: b\nlicense: MIT\n'));
    assert.equal(version.checks.find((c) => c.name === 'version')!.status, 'FAIL');
  });
});
