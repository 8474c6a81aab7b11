import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { effectiveRegistries } from '../../src/client/registries/effective-registries';
import { loadEffectiveConfig } from '../../src/client/registries/registry-config';
import { cli } from '../helpers/cli';
import { initRegistry, publish } from '../helpers/site';
import { snapshot, tempDir } from '../helpers/tmp';

/** A project folder with its own HOME, and a folder registry inside it holding demo 1.0.0 and 1.1.0, other 1.0.0. */
async function project() {
  const cwd = tempDir('packdex-project-');
  const env = { HOME: path.join(cwd, 'home'), PACKDEX_CACHE_DIR: path.join(cwd, 'cache') };
  const reg = await initRegistry(path.join(cwd, 'reg'));
  for (const v of ['1.0.0', '1.1.0']) await publish(reg, 'demo', v);
  await publish(reg, 'other', '1.0.0');
  writeFileSync(path.join(cwd, 'packdex.yaml'), '# our project\nregistries:\n  - name: local\n    url: ./reg\n');
  return { cwd, env, reg, run: (args: string[], at = cwd) => cli(args, { cwd: at, env }) };
}

const lockOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'packdex.lock.json'), 'utf8')) as { packages: Record<string, { version: string; artifact_url: string; registry: { url: string } }> };

describe('add, update, and install that follows the lockfile', () => {
  it('add writes ^VERSION into packdex.yaml (comments kept) and the lock; install follows the lock', async () => {
    const p = await project();
    const added = await p.run(['add', 'demo']);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(readFileSync(path.join(p.cwd, 'packdex.yaml'), 'utf8'), '# our project\nregistries:\n  - name: local\n    url: ./reg\ndependencies:\n  demo: ^1.1.0\n');
    assert.equal(lockOf(p.cwd).packages.demo!.version, '1.1.0');
    // A newer version appears; the lock still pins 1.1.0 and install follows it.
    await publish(p.reg, 'demo', '1.2.0');
    const installed = await p.run(['install', '--json']);
    assert.equal(installed.code, 0, installed.stdout);
    assert.deepEqual(installed.json<{ packs: { name: string; version: string }[] }>().packs.map((x) => [x.name, x.version]), [['demo', '1.1.0']]);
    const text = await p.run(['install', '--dir', 'other-packs']);
    assert.match(text.stdout, /into other-packs \(as packdex\.lock\.json pins\)\n$/);
    // update re-resolves: 1.2.0.
    assert.equal((await p.run(['update'])).code, 0);
    assert.equal(lockOf(p.cwd).packages.demo!.version, '1.2.0');
  });

  it('add in a folder with no packdex.yaml creates one, reading the registries of the user config', async () => {
    const p = await project();
    const fresh = tempDir('packdex-fresh-');
    const home = path.join(fresh, 'home');
    mkdirSync(path.join(home, '.config/packdex'), { recursive: true });
    writeFileSync(path.join(home, '.config/packdex/config.yaml'), `registries:\n  - name: local\n    url: ${p.reg}\n`);
    const r = await cli(['add', 'other'], { cwd: fresh, env: { HOME: home, PACKDEX_CACHE_DIR: path.join(fresh, 'cache') } });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^created packdex\.yaml: other@\^1\.0\.0\n/);
    assert.equal(readFileSync(path.join(fresh, 'packdex.yaml'), 'utf8'), 'dependencies:\n  other: ^1.0.0\n');
    assert.equal(lockOf(fresh).packages.other!.version, '1.0.0');
  });

  it('add NAME@RANGE keeps the range as given', async () => {
    const p = await project();
    assert.equal((await p.run(['add', 'demo@~1.0.0', 'other'])).code, 0);
    assert.match(readFileSync(path.join(p.cwd, 'packdex.yaml'), 'utf8'), /dependencies:\n {2}demo: ~1\.0\.0\n {2}other: \^1\.0\.0\n$/);
    assert.deepEqual(Object.entries(lockOf(p.cwd).packages).map(([n, x]) => [n, x.version]), [['demo', '1.0.0'], ['other', '1.0.0']]);
  });

  it('an add that does not resolve changes neither packdex.yaml nor the lock', async () => {
    const p = await project();
    assert.equal((await p.run(['add', 'demo'])).code, 0);
    const before = snapshot(p.cwd);
    const r = await p.run(['add', 'nope']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error PACK_NOT_FOUND/);
    assert.deepEqual(snapshot(p.cwd), before);
  });

  it('update NAME moves only NAME; the others keep their pins', async () => {
    const p = await project();
    assert.equal((await p.run(['add', 'demo', 'other'])).code, 0);
    await publish(p.reg, 'demo', '1.3.0');
    await publish(p.reg, 'other', '1.5.0');
    assert.equal((await p.run(['update', 'other'])).code, 0);
    assert.deepEqual(Object.entries(lockOf(p.cwd).packages).map(([n, x]) => [n, x.version]), [['demo', '1.1.0'], ['other', '1.5.0']]);
    const unknown = await p.run(['update', 'zzz']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'error USAGE: zzz is not a dependency in packdex.yaml. Add it with packdex add zzz.\nsee packdex update --help\n');
  });

  it('install refuses a lock that is out of date with packdex.yaml, and installs nothing', async () => {
    const p = await project();
    assert.equal((await p.run(['add', 'demo'])).code, 0);
    writeFileSync(path.join(p.cwd, 'packdex.yaml'), 'registries:\n  - name: local\n    url: ./reg\ndependencies:\n  demo: ^2.0.0\n  other: ^1.0.0\n');
    const r = await p.run(['install']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'error LOCKFILE_STALE: packdex.lock.json is out of date with packdex.yaml: demo is locked at 1.1.0, which ^2.0.0 does not allow; other is not locked.\nFix: Run packdex update to re-resolve and rewrite the lock, then install again.\n');
    assert.equal(existsSync(path.join(p.cwd, 'packs')), false);
    writeFileSync(path.join(p.cwd, 'packdex.yaml'), 'registries:\n  - name: local\n    url: ./reg\ndependencies: {}\n');
    assert.match((await p.run(['install'])).stderr, /demo is locked but nothing requires it/);
  });

  it('a lock made from specs is followed as it is when packdex.yaml lists no dependencies', async () => {
    const p = await project();
    assert.equal((await p.run(['lock', 'other'])).code, 0);
    const r = await p.run(['install', '--json']);
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(r.json<{ packs: { name: string }[] }>().packs.map((x) => x.name), ['other']);
  });

  it('a lock of a folder registry holds paths relative to it, so the project can move', async () => {
    const p = await project();
    assert.equal((await p.run(['add', 'demo'])).code, 0);
    const lock = lockOf(p.cwd);
    assert.equal(lock.packages.demo!.artifact_url, './reg/archives/demo-1.1.0.tar.gz');
    assert.equal(lock.packages.demo!.registry.url, './reg');
    const moved = path.join(tempDir('packdex-moved-'), 'project');
    cpSync(p.cwd, moved, { recursive: true });
    rmSync(p.cwd, { recursive: true, force: true });
    const r = await cli(['install', '--json', '--no-cache'], { cwd: moved, env: { HOME: path.join(moved, 'home') } });
    assert.equal(r.code, 0, r.stdout);
    assert.ok(existsSync(path.join(moved, 'packs/demo/pack.yaml')));
  });
});

describe('a project packdex.yaml adds to the user config', () => {
  it('registries merge by name, the project winning; dependencies are the project\'s', async () => {
    const cwd = tempDir('packdex-merge-');
    const home = path.join(cwd, 'home');
    mkdirSync(path.join(home, '.config/packdex'), { recursive: true });
    writeFileSync(path.join(home, '.config/packdex/config.yaml'), 'registries:\n  - name: shared\n    url: https://shared.example/\n  - name: company\n    url: https://old.example/\n    priority: 5\ndependencies:\n  userdep: ^1.0.0\ncache_ttl: 60\n');
    writeFileSync(path.join(cwd, 'packdex.yaml'), 'registries:\n  - name: company\n    url: https://new.example/\n    priority: 1\n');
    const merged = await loadEffectiveConfig(cwd, { HOME: home });
    assert.deepEqual(merged.config.registries, [{ name: 'shared', url: 'https://shared.example/' }, { name: 'company', url: 'https://new.example/', priority: 1 }]);
    assert.equal(merged.config.cache_ttl, 60);
    assert.equal(merged.config.dependencies, undefined);
    assert.equal(merged.file, path.join(cwd, 'packdex.yaml'));
    // Both registries are read, in priority order: the user's shared one is not dropped by the project file.
    const endpoints = effectiveRegistries({ config: merged.config, env: {}, flags: [], cwd, allowHttp: false });
    assert.deepEqual(endpoints.map((e) => [e.name, e.url]), [['company', 'https://new.example/'], ['shared', 'https://shared.example/']]);
    const listed = await cli(['registry', 'list'], { cwd, env: { HOME: home } });
    assert.equal(listed.stdout, `PRIORITY  NAME     URL                      STATUS\n1         company  https://new.example/     enabled\n100       shared   https://shared.example/  enabled\nfrom ${path.join(home, '.config/packdex/config.yaml')} and ${path.join(cwd, 'packdex.yaml')} (the project's setting wins for a name in both)\n`);
    const onlyUser = await loadEffectiveConfig(tempDir(), { HOME: home });
    assert.deepEqual(onlyUser.config.dependencies, { userdep: '^1.0.0' });
    const pinned = await loadEffectiveConfig(cwd, { HOME: home, PACKDEX_CONFIG: path.join(cwd, 'packdex.yaml') });
    assert.deepEqual(pinned.config.registries, [{ name: 'company', url: 'https://new.example/', priority: 1 }]);
  });
});
