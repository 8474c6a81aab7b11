import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
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

  it('explains an in-tree symlink (a StackStorm-Exchange fixture): why it fails and how to fix it', async () => {
    const dir = makePack({ 'x.yaml.example': 'a: 1\n', 'tests/fixtures/other.yaml': 'b: 2\n' });
    symlinkSync('../../x.yaml.example', path.join(dir, 'tests/fixtures/full.yaml'));
    const check = (await runAudit(dir)).checks.find((c) => c.name === 'symlinks')!;
    assert.equal(check.status, 'FAIL');
    assert.match(check.detail, /'tests\/fixtures\/full\.yaml' is a symbolic link/);
    assert.match(check.detail, /Attune's too\) hashes regular files only, so it cannot represent a link/);
    assert.match(check.fix ?? '', /Replace the link with a copy of what it points to/);
    assert.match(check.fix ?? '', /move the folder that holds it out of the pack/);
    assert.deepEqual(check.locations.map((l) => l.file), ['tests/fixtures/full.yaml']);
  });

  it('warns, naming each path, about a FIFO and a socket that the checksum and archive leave out', async () => {
    const dir = makePack();
    mkdirSync(path.join(dir, 'run'));
    execFileSync('mkfifo', [path.join(dir, 'run/pipe')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'agent.sock'), resolve));
    try {
      const report = await runAudit(dir);
      const check = report.checks.find((c) => c.name === 'paths')!;
      assert.equal(check.status, 'WARN');
      assert.match(check.detail, /'agent\.sock', 'run\/pipe' are not regular files or folders/);
      assert.match(check.detail, /left out of the checksum and the archive/);
      assert.deepEqual(check.locations.map((l) => l.file), ['agent.sock', 'run/pipe']);
      assert.equal(report.counts.fail, 0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
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
