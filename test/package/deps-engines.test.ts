import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import semver from 'semver';
import { tempDir } from '../helpers/tmp';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'check-engines.mjs');
const OWN = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

function check(root?: string) {
  const result = spawnSync(process.execPath, [SCRIPT, ...(root === undefined ? [] : [root])], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A project folder holding a package.json and a package-lock.json with the given locked packages. */
function project(packages: Record<string, { version: string; engines?: unknown; dependencies?: Record<string, string> }>, engines = OWN.engines.node): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'p', version: '1.0.0', engines: { node: engines } }));
  writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ name: 'p', lockfileVersion: 3, packages: { '': { name: 'p', engines: { node: engines } }, ...packages } }));
  return dir;
}

describe('scripts/check-engines.mjs: no dependency requires more than the Node versions packdex supports', () => {
  it('passes on this repository: every package npm ci installs runs on Node 20, 22 and 24', () => {
    const result = check();
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /runs on Node 20\.19\.0, 20\.99\.0, 22\.13\.0, 22\.99\.0, 24\.0\.0, 24\.99\.0/);
  });

  it('package.json supports Node 20, 22 and 24, and the lock holds no content-type that needs Node 22', () => {
    for (const v of ['20.19.0', '22.13.0', '24.0.0']) assert.ok(semver.satisfies(v, OWN.engines.node), v);
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    const copies = Object.entries(lock.packages).filter(([where]) => where.endsWith('node_modules/content-type'));
    assert.ok(copies.length > 0, 'Octokit still pulls in content-type');
    for (const [where, pkg] of copies) assert.ok(semver.major(pkg.version) < 3, `${where} is ${pkg.version}`);
  });

  it('fails on content-type@3.1.1 (node >=22), naming the package, the versions it excludes and what pulls it in', () => {
    const dir = project({
      'node_modules/@octokit/request': { version: '10.0.16', dependencies: { 'content-type': '^3.0.0' } },
      'node_modules/content-type': { version: '3.1.1', engines: { node: '>=22' } },
      'node_modules/fine': { version: '1.0.0', engines: { node: '>=18' } },
    });
    const result = check(dir);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /content-type@3\.1\.1 requires node >=22, which excludes 20\.19\.0, 20\.99\.0 \(pulled in by @octokit\/request\)/);
    assert.doesNotMatch(result.stderr, /fine@/);
    assert.match(result.stderr, /Fix: pin a version/);
  });

  it('catches a ceiling (<24) and a nested copy, and reads an unparsable range as excluding everything', () => {
    const dir = project({
      'node_modules/a/node_modules/old': { version: '2.0.0', engines: { node: '>=14 <24' } },
      'node_modules/odd': { version: '1.0.0', engines: { node: 'node 20 please' } },
      'node_modules/arrayish': { version: '1.0.0', engines: ['node >=0.4'] },
    });
    const result = check(dir);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /old@2\.0\.0 requires node >=14 <24, which excludes 24\.0\.0, 24\.99\.0/);
    assert.match(result.stderr, /odd@1\.0\.0 requires node node 20 please, which excludes 20\.19\.0/);
    assert.doesNotMatch(result.stderr, /arrayish/, 'the old array form of engines says nothing about node versions');
  });

  it('refuses an engines.node of our own that leaves out a supported major', () => {
    const result = check(project({}, '>=22'));
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /engines\.node \(>=22\) leaves out Node 20/);
  });
});
