import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { startServer, type TestServer } from '../helpers/registry-server';
import { packYaml } from '../helpers/site';
import { makePack, snapshot, tempDir } from '../helpers/tmp';

/** A work folder with its own HOME and cache, so no test reads the real user's config. */
function workspace() {
  const cwd = tempDir('packdex-ws-');
  const env = { HOME: cwd, PACKDEX_CACHE_DIR: path.join(cwd, '.cache') };
  return { cwd, env, run: (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => cli(args, { cwd, env: { ...env, ...extraEnv } }) };
}

describe('site verbs: registry init, publish, yank, dist-tag, site build', () => {
  it('runs the whole registry life cycle and keeps site build --check clean', async () => {
    const ws = workspace();
    assert.equal((await ws.run(['registry', 'init', 'reg', '--name', 'Acme', '--url', 'https://acme.example/packs'])).code, 0);
    const again = await ws.run(['registry', 'init', 'reg', '--json']);
    assert.equal(again.code, 1);
    assert.equal(again.json<{ error: { code: string } }>().error.code, 'REGISTRY_EXISTS');
    for (const v of ['1.0.0', '1.1.0', '2.0.0-beta.1']) {
      const pack = makePack({ 'pack.yaml': packYaml('demo', v) });
      const r = await ws.run(['publish', '--pack-dir', pack, '--registry', 'reg', '--json']);
      assert.equal(r.code, 0, r.stdout);
      // A prerelease is not latest: index.json keeps its bytes.
      const expected = v.includes('-') ? ['packages/de/mo/demo.json'] : ['packages/de/mo/demo.json', 'index.json'];
      assert.deepEqual(r.json<{ written: string[] }>().written.map((w) => path.relative(path.join(ws.cwd, 'reg'), w)), expected);
    }
    const tag = await ws.run(['dist-tag', 'demo', 'beta', '2.0.0-beta.1', '--registry', 'reg', '--json']);
    assert.deepEqual(tag.json<{ dist_tags: object }>().dist_tags, { beta: '2.0.0-beta.1', latest: '1.1.0' });
    const yank = await ws.run(['yank', 'demo@1.1.0', '--reason', 'data loss', '--registry', 'reg']);
    assert.match(yank.stdout, /latest is 1\.0\.0/);
    const index = JSON.parse(readFileSync(path.join(ws.cwd, 'reg/index.json'), 'utf8'));
    assert.equal(index.packs[0].version, '1.0.0');
    assert.equal((await ws.run(['site', 'build', '--registry', 'reg', '--check'])).code, 0);
    writeFileSync(path.join(ws.cwd, 'reg/index.json'), '{}\n');
    const drift = await ws.run(['site', 'build', '--registry', 'reg', '--check', '--json']);
    assert.equal(drift.code, 1);
    assert.equal(drift.json<{ error: { code: string; value: string[] } }>().error.code, 'SITE_DRIFT');
    assert.equal((await ws.run(['site', 'build', '--registry', 'reg'])).code, 0);
    assert.equal(JSON.parse(readFileSync(path.join(ws.cwd, 'reg/index.json'), 'utf8')).packs[0].version, '1.0.0');
  });

  const hostile: [string, string[], string, (cwd: string) => void][] = [
    ['publish into a folder that is not a registry', ['publish', '--pack-dir', 'pack', '--registry', 'nowhere'], 'REGISTRY_NOT_FOUND', () => undefined],
    ['yank without a version', ['yank', 'demo', '--registry', 'reg'], 'USAGE', () => undefined],
    ['yank an unknown package', ['yank', 'nope@1.0.0', '--registry', 'reg'], 'PACK_NOT_FOUND', () => undefined],
    ['yank an unknown version', ['yank', 'demo@9.9.9', '--registry', 'reg'], 'VERSION_NOT_FOUND', () => undefined],
    ['set latest by hand', ['dist-tag', 'demo', 'latest', '1.0.0', '--registry', 'reg'], 'DIST_TAG_INVALID', () => undefined],
    ['tag a version that does not exist', ['dist-tag', 'demo', 'beta', '3.0.0', '--registry', 'reg'], 'VERSION_NOT_FOUND', () => undefined],
    ['publish under a name another repository owns', ['publish', '--pack-dir', 'other', '--registry', 'reg'], 'NAME_OWNED', () => undefined],
    ['publish a version that differs from --version', ['publish', '--pack-dir', 'pack', '--registry', 'reg', '--version', '2.0.0'], 'AUDIT', () => undefined],
    ['a registry.json of an unknown format', ['publish', '--pack-dir', 'pack', '--registry', 'reg'], 'REGISTRY_INVALID', (cwd) => writeFileSync(path.join(cwd, 'reg/registry.json'), '{"format":"packdex-registry","format_version":7}\n')],
    ['a truncated package document', ['yank', 'demo@1.0.0', '--registry', 'reg'], 'INDEX_JSON_INVALID', (cwd) => writeFileSync(path.join(cwd, 'reg/packages/de/mo/demo.json'), '{"name": "demo", "ver')],
    ['a package document in the wrong shard', ['site', 'build', '--registry', 'reg'], 'PACKAGE_INVALID', (cwd) => writeFileSync(path.join(cwd, 'reg/packages/de/mo/demx.json'), readFileSync(path.join(cwd, 'reg/packages/de/mo/demo.json')))],
  ];
  for (const [what, args, code, spoil] of hostile) {
    it(`${what}: ${code}, and nothing changes`, async () => {
      const ws = workspace();
      await ws.run(['registry', 'init', 'reg', '--url', 'https://acme.example']);
      writeFileSync(path.join(ws.cwd, 'x'), '');
      const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0', 'repository: https://github.com/acme/demo\n') });
      assert.equal((await ws.run(['publish', '--pack-dir', pack, '--registry', 'reg'])).code, 0);
      cpSync(pack, path.join(ws.cwd, 'pack'), { recursive: true });
      cpSync(makePack({ 'pack.yaml': packYaml('demo', '1.1.0', 'repository: https://github.com/mallory/demo\n') }), path.join(ws.cwd, 'other'), { recursive: true });
      spoil(ws.cwd);
      const before = snapshot(ws.cwd);
      const r = await ws.run([...args, '--json']);
      if (code === 'AUDIT') {
        assert.equal(r.code, 1);
        assert.equal(r.json<{ ok: boolean }>().ok, false);
      } else {
        assert.equal(r.json<{ error: { code: string } }>().error.code, code, r.stdout);
        assert.equal(r.code, code === 'USAGE' ? 2 : 1);
      }
      assert.deepEqual(snapshot(ws.cwd), before);
    });
  }
});

describe('client verbs against a served registry', () => {
  let server: TestServer;
  let reg: string;
  before(async () => {
    const ws = workspace();
    await ws.run(['registry', 'init', 'reg', '--url', 'https://acme.example']);
    for (const [ref, v, extra] of [['core', '1.0.0', ''], ['slack', '2.1.0', 'keywords: [chat]\ndependencies:\n  - core@^1.0.0\n']] as const) {
      assert.equal((await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml(ref, v, extra) }), '--registry', 'reg'])).code, 0);
    }
    reg = path.join(ws.cwd, 'reg');
    server = await startServer(reg);
  });
  after(() => server.stop());

  it('registry add / list / remove edit packdex.yaml, keeping comments; the client then reads it', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws.cwd, 'packdex.yaml'), '# our registries\ndependencies:\n  slack: ^2.0.0\n');
    assert.equal((await ws.run(['registry', 'add', 'acme', server.url, '--priority', '5', '--header', 'Authorization: Bearer ${ACME_TOKEN}'], { ACME_TOKEN: 'x' })).code, 0);
    assert.equal((await ws.run(['registry', 'add', 'mirror', reg, '--default'])).code, 0);
    const text = readFileSync(path.join(ws.cwd, 'packdex.yaml'), 'utf8');
    assert.match(text, /^# our registries/);
    assert.match(text, /Bearer \$\{ACME_TOKEN\}/, 'stored unexpanded');
    const list = await ws.run(['registry', 'list'], { ACME_TOKEN: 'x' });
    assert.match(list.stdout, /4 +mirror[\s\S]*5 +acme .*headers: Authorization/);
    assert.doesNotMatch(list.stdout, /Bearer/);
    const dup = await ws.run(['registry', 'add', 'acme', server.url, '--json']);
    assert.equal(dup.json<{ error: { code: string } }>().error.code, 'CONFIG_INVALID');
    const insecure = await ws.run(['registry', 'add', 'plain', 'http://packs.example.com/', '--json']);
    assert.equal(insecure.json<{ error: { code: string } }>().error.code, 'URL_INSECURE');
    const search = await ws.run(['search', 'chat'], { ACME_TOKEN: 'x' });
    assert.match(search.stdout, /REGISTRY +NAME +VERSION +DESCRIPTION\nmirror +slack +2\.1\.0 +The slack pack/);
    assert.equal((await ws.run(['registry', 'remove', 'mirror'])).code, 0);
    const resolve = await ws.run(['resolve', 'slack@^2', '--json', '--refresh'], { ACME_TOKEN: 'x' });
    assert.equal(resolve.json<{ registry: { name: string } }>().registry.name, 'acme');
    assert.equal(resolve.json<{ requests: number }>().requests, 2, 'registry.json (revalidated) and the package document');
    assert.deepEqual(server.authorizations.slice(-2), ['Bearer x', 'Bearer x'], '${ACME_TOKEN} expanded from the environment');
    const noToken = await ws.run(['resolve', 'slack', '--json']);
    assert.equal(noToken.json<{ error: { code: string } }>().error.code, 'CONFIG_INVALID');
    const lock = await ws.run(['lock'], { ACME_TOKEN: 'x' });
    assert.equal(lock.code, 0, lock.stderr);
    const locked = JSON.parse(readFileSync(path.join(ws.cwd, 'packdex.lock.json'), 'utf8'));
    assert.deepEqual(Object.keys(locked.packages), ['core', 'slack']);
    const install = await ws.run(['install', '--lockfile', '--dir', 'packs', '--json']);
    assert.equal(install.code, 0, install.stdout);
    assert.ok(existsSync(path.join(ws.cwd, 'packs/slack/pack.yaml')));
  });

  it('resolve prints the dbpm answer, and PACKDEX_REGISTRIES replaces the config', async () => {
    const ws = workspace();
    const r = await ws.run(['resolve', 'core'], { PACKDEX_REGISTRIES: server.url });
    assert.match(r.stdout, /^package: core\nversion: 1\.0\.0\nartifact_url: http:\/\/127\.0\.0\.1:\d+\/archives\/core-1\.0\.0\.tar\.gz\nartifact_checksum: sha256:[0-9a-f]{64}\nregistry: env-1\n$/);
  });

  const bad: [string, string[], string][] = [
    ['an invalid spec', ['install', 'Bad Name!'], 'SPEC_INVALID'],
    ['a path that does not exist', ['install', './missing-pack'], 'PATH_NOT_FOUND'],
    ['a missing lockfile', ['install', '--lockfile', 'nope.lock.json'], 'LOCKFILE_INVALID'],
    ['a lockfile with specs', ['install', 'slack', '--lockfile'], 'USAGE'],
    ['a bad --max-size', ['install', 'slack', '--max-size', 'lots'], 'USAGE'],
    ['a plain-http registry', ['resolve', 'slack', '--registry', 'http://packs.example.com/'], 'URL_INSECURE'],
    ['no registry at all', ['resolve', 'slack'], 'REGISTRY_NOT_FOUND'],
    ['a broken packdex.yaml', ['resolve', 'slack'], 'CONFIG_INVALID'],
  ];
  for (const [what, args, code] of bad) {
    it(`${what}: ${code}, and nothing is written`, async () => {
      const ws = workspace();
      if (what === 'a broken packdex.yaml') writeFileSync(path.join(ws.cwd, 'packdex.yaml'), 'registries: [{name: x}]\n');
      const before = snapshot(ws.cwd);
      const r = await ws.run([...args, '--json']);
      assert.equal(r.json<{ error: { code: string } }>().error.code, code, r.stdout);
      assert.deepEqual(snapshot(ws.cwd), before);
    });
  }
});

describe('verify', () => {
  it('passes an unchanged registry and fails an altered version with file:line', async () => {
    const ws = workspace();
    await ws.run(['registry', 'init', 'base', '--url', 'https://acme.example']);
    assert.equal((await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('demo', '1.0.0') }), '--registry', 'base'])).code, 0);
    cpSync(path.join(ws.cwd, 'base'), path.join(ws.cwd, 'head'), { recursive: true });
    assert.equal((await ws.run(['verify', '--base', 'base', '--head', 'head'])).code, 0);
    const doc = path.join(ws.cwd, 'head/packages/de/mo/demo.json');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('"description": "The demo pack"', '"description": "changed"'));
    const r = await ws.run(['verify', '--base', 'base', '--head', 'head']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^FAIL VERSION_IMMUTABLE packages\/de\/mo\/demo\.json:\d+: demo 1\.0\.0 was altered \(entry\)/);
    assert.equal((await ws.run(['verify', '--base', 'base'])).code, 2, '--head is required');
  });
});
