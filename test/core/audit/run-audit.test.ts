import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runAudit, versionFromTag } from '../../../src/core/audit/run-audit';
import { makePack } from '../../helpers/tmp';

const status = async (dir: string, options = {}) =>
  Object.fromEntries((await runAudit(dir, options)).checks.map((c) => [c.name, c.status]));

describe('runAudit', () => {
  it('runs the named checks in order and counts them', async () => {
    const report = await runAudit(makePack(), { expectVersion: 'v1.0.0' });
    assert.deepEqual(report.checks.map((c) => c.name), [
      'manifest', 'schema', 'unknown-keys', 'spellings', 'ref', 'version', 'expected-version',
      'license', 'urls', 'components', 'symlinks', 'paths', 'file-size', 'readme', 'metadata',
    ]);
    assert.deepEqual(report.counts, { pass: 15, warn: 0, fail: 0 });
  });

  it('stops after the manifest when it cannot be read', async () => {
    const report = await runAudit(makePack({ 'pack.yaml': 'ref: [\n' }));
    assert.equal(report.stopped, true);
    assert.deepEqual(report.checks.map((c) => [c.name, c.status]), [['manifest', 'FAIL']]);
    assert.equal(report.checks[0]!.locations[0]!.line, 2);
  });

  it('fails a version that differs from the tag being released', async () => {
    const report = await runAudit(makePack(), { expectVersion: 'v1.0.1' });
    const check = report.checks.find((c) => c.name === 'expected-version')!;
    assert.equal(check.status, 'FAIL');
    assert.match(check.detail, /'1\.0\.0'.*'1\.0\.1'/);
    assert.equal(check.locations[0]!.line, 4);
  });

  it('checks the license as an SPDX expression', async () => {
    assert.equal((await status(makePack({ 'pack.yaml': 'ref: demo\nversion: "1.0.0"\nlicense: MIT OR (Apache-2.0 AND BSD-3-Clause)\n' }))).license, 'PASS');
    assert.equal((await status(makePack({ 'pack.yaml': 'ref: demo\nversion: "1.0.0"\nlicense: Apache 2\n' }))).license, 'FAIL');
    assert.equal((await status(makePack({ 'pack.yaml': 'ref: demo\nversion: "1.0.0"\n' }))).license, 'WARN');
  });

  it('warns, without failing, about unknown keys, a missing README and thin metadata', async () => {
    const dir = makePack({ 'pack.yaml': 'ref: demo\nversion: "1.0.0"\nlicense: MIT\nrunner: x\n' });
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'README.md'));
    const report = await runAudit(dir);
    const s = Object.fromEntries(report.checks.map((c) => [c.name, c.status]));
    assert.equal(s['unknown-keys'], 'WARN');
    assert.equal(s.readme, 'WARN');
    assert.equal(s.metadata, 'WARN');
    assert.equal(report.counts.fail, 0);
  });

  it('lists every symlink, not only the first', async () => {
    const dir = makePack();
    symlinkSync('README.md', path.join(dir, 'one'));
    symlinkSync('/etc/passwd', path.join(dir, 'two'));
    const check = (await runAudit(dir)).checks.find((c) => c.name === 'symlinks')!;
    assert.equal(check.status, 'FAIL');
    assert.deepEqual(check.locations.map((l) => l.file).sort(), ['one', 'two']);
  });

  it('fails files over the size limit', async () => {
    const dir = makePack();
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.alloc(2048));
    const check = (await runAudit(dir, { maxFileSize: 1024 })).checks.find((c) => c.name === 'file-size')!;
    assert.equal(check.status, 'FAIL');
    assert.equal(check.locations[0]!.file, 'blob.bin');
  });

  it('fails duplicate component names and unparsable component files', async () => {
    const s = await status(makePack({ 'actions/again.yaml': 'name: hello\n', 'sensors/bad.yaml': 'a: [\n' }));
    assert.equal(s.components, 'FAIL');
  });

  it('reads versions from tags', () => {
    assert.equal(versionFromTag('v1.2.3'), '1.2.3');
    assert.equal(versionFromTag('refs/tags/v1.2.3-rc.1'), '1.2.3-rc.1');
    assert.equal(versionFromTag('1.2.3'), '1.2.3');
    assert.equal(versionFromTag('version-1'), 'version-1');
  });
});
