import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { startServer, type TestServer } from '../helpers/registry-server';
import { packYaml } from '../helpers/site';
import { makePack, snapshot, tempDir } from '../helpers/tmp';

function workspace() {
  const cwd = tempDir('packdex-ws-');
  const env = { HOME: cwd, PACKDEX_CACHE_DIR: path.join(cwd, '.cache') };
  return { cwd, run: (args: string[], extra: NodeJS.ProcessEnv = {}) => cli(args, { cwd, env: { ...env, ...extra } }) };
}

function setPolicy(reg: string, policy: Record<string, unknown>): void {
  const file = path.join(reg, 'registry.json');
  writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), index_policy: policy }, null, 2)}\n`);
}

describe('a registry whose registry.json says index.json is left out: the client needs it for nothing', () => {
  let server: TestServer;
  let reg: string;
  before(async () => {
    const ws = workspace();
    await ws.run(['registry', 'init', 'reg', '--url', 'https://acme.example']);
    reg = path.join(ws.cwd, 'reg');
    for (const [ref, v, extra] of [['core', '1.0.0', ''], ['slack', '2.1.0', 'keywords: [chat]\ndependencies:\n  - core@^1.0.0\n'], ['jira', '0.9.3', 'description: Issue tracking\n']] as const) {
      assert.equal((await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml(ref, v, extra) }), '--registry', 'reg'])).code, 0);
    }
    setPolicy(reg, { produce: 'never' });
    const built = await ws.run(['site', 'build', '--registry', 'reg']);
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stderr, /never to produce index\.json; registry\.json says so/);
    assert.equal(existsSync(path.join(reg, 'index.json')), false);
    server = await startServer(reg);
  });
  after(() => server.stop());

  it('registry add, list (from the search rows), search (words and a fuzzy subsequence), show, resolve, lock and install all work over HTTP, and index.json is never requested', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws.cwd, 'packdex.yaml'), 'dependencies:\n  slack: ^2.0.0\n');
    assert.equal((await ws.run(['registry', 'add', 'acme', server.url])).code, 0);
    const list = await ws.run(['list', '--json']);
    assert.equal(list.code, 0, list.stderr);
    assert.deepEqual(list.json<{ packages: { name: string; version: string }[] }>().packages.map((p) => [p.name, p.version]), [['core', '1.0.0'], ['jira', '0.9.3'], ['slack', '2.1.0']]);
    const search = await ws.run(['search', 'chat']);
    assert.match(search.stdout, /acme +slack +2\.1\.0/);
    assert.match((await ws.run(['search', 'slk'])).stdout, /acme +slack/, 'a fuzzy query falls back to the rows, not index.json');
    assert.match((await ws.run(['show', 'jira'])).stdout, /0\.9\.3/);
    const resolve = await ws.run(['resolve', 'slack@^2', '--json']);
    assert.equal(resolve.json<{ version: string }>().version, '2.1.0');
    assert.equal((await ws.run(['lock'])).code, 0);
    const install = await ws.run(['install', '--lockfile', '--dir', 'packs', '--json']);
    assert.equal(install.code, 0, install.stdout);
    assert.ok(existsSync(path.join(ws.cwd, 'packs/slack/pack.yaml')));
    assert.ok(!server.requests.some((r) => r.includes('index.json')), `index.json was requested: ${server.requests.filter((r) => r.includes('index.json')).join(', ')}`);
  });

  it('a registry that says index.json is left out and has no search files either: list says why, with INDEX_ABSENT', async () => {
    const ws = workspace();
    const bare = path.join(ws.cwd, 'bare');
    await ws.run(['registry', 'init', 'bare', '--url', 'https://acme.example']);
    assert.equal((await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('demo', '1.0.0') }), '--registry', 'bare'])).code, 0);
    setPolicy(bare, { produce: 'never' });
    assert.equal((await ws.run(['site', 'build', '--registry', 'bare'])).code, 0);
    const { rmSync } = await import('node:fs');
    rmSync(path.join(bare, 'search'), { recursive: true });
    const r = await ws.run(['list', '--json'], { PACKDEX_REGISTRIES: bare });
    assert.equal(r.json<{ error: { code: string; message: string } }>().error.code, 'INDEX_ABSENT', r.stdout);
    assert.match(r.json<{ error: { message: string } }>().error.message, /has no index\.json: registry\.json's index_policy says never to produce index\.json, and it has no search files/);
  });
});

describe('the publish that takes index.json past the limit says so', () => {
  it('publish drops index.json, says so on stderr and in --json, and site build --check stays clean', async () => {
    const ws = workspace();
    await ws.run(['registry', 'init', 'reg', '--url', 'https://acme.example']);
    assert.equal((await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('alpha', '1.0.0') }), '--registry', 'reg'])).code, 0);
    setPolicy(path.join(ws.cwd, 'reg'), { max_bytes: readFileSync(path.join(ws.cwd, 'reg/index.json')).length + 10 });
    const r = await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('beta', '1.0.0') }), '--registry', 'reg']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^left index\.json out: index\.json would be larger than registry\.json's limit of .* registry\.json now says index: null/m);
    assert.equal(existsSync(path.join(ws.cwd, 'reg/index.json')), false);
    const yank = await ws.run(['yank', 'alpha@1.0.0', '--registry-dir', 'reg', '--json']);
    assert.equal(yank.code, 0, yank.stderr);
    assert.equal(yank.stderr, '', 'nothing more to say: index.json was already left out');
    const next = await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('gamma', '1.0.0') }), '--registry', 'reg', '--json']);
    assert.equal(next.json<{ index: unknown }>().index, null);
    assert.equal((await ws.run(['site', 'build', '--check', '--registry', 'reg'])).code, 0);
  });
});

describe('packdex registry init --derived', () => {
  it('deployed: registry.json alone (derived: deployed), and site build --out builds the served site from it', async () => {
    const ws = workspace();
    const r = await ws.run(['registry', 'init', 'reg', '--url', 'https://acme.example', '--derived', 'deployed']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Derived files are deployed, not committed/);
    assert.deepEqual(Object.keys(snapshot(path.join(ws.cwd, 'reg'))), ['registry.json']);
    assert.equal(JSON.parse(readFileSync(path.join(ws.cwd, 'reg/registry.json'), 'utf8')).derived, 'deployed');
    assert.equal((await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('demo', '1.0.0') }), '--registry', 'reg'])).code, 0);
    assert.ok(!existsSync(path.join(ws.cwd, 'reg/index.json')), 'publish writes no derived file');
    const out = await ws.run(['site', 'build', '--registry', 'reg', '--out', '_site']);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /search\/ \(\d+ files\)/, 'the search files are counted, not listed');
    assert.ok(existsSync(path.join(ws.cwd, '_site/index.json')));
  });

  it('committed (the default) writes the derived files; --force --derived deployed switches an existing registry and removes them; --force alone keeps the layout', async () => {
    const ws = workspace();
    assert.equal((await ws.run(['registry', 'init', 'reg', '--url', 'https://acme.example', '--derived', 'committed'])).code, 0);
    assert.ok(existsSync(path.join(ws.cwd, 'reg/index.json')));
    assert.equal(JSON.parse(readFileSync(path.join(ws.cwd, 'reg/registry.json'), 'utf8')).derived, 'committed');
    assert.equal((await ws.run(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('demo', '1.0.0') }), '--registry', 'reg'])).code, 0);
    const switched = await ws.run(['registry', 'init', 'reg', '--force', '--derived', 'deployed']);
    assert.equal(switched.code, 0, switched.stderr);
    assert.deepEqual(Object.keys(snapshot(path.join(ws.cwd, 'reg'))).filter((f) => !/^(packages|archives|readmes)\//.test(f)), ['registry.json']);
    assert.equal((await ws.run(['registry', 'init', 'reg', '--force', '--name', 'Renamed'])).code, 0);
    const identity = JSON.parse(readFileSync(path.join(ws.cwd, 'reg/registry.json'), 'utf8'));
    assert.equal(identity.derived, 'deployed');
    assert.equal(identity.name, 'Renamed');
    assert.ok(!existsSync(path.join(ws.cwd, 'reg/index.json')));
  });

  for (const value of ['deploy', 'Committed', '']) {
    it(`refuses --derived ${JSON.stringify(value)} as a usage error, and writes nothing`, async () => {
      const ws = workspace();
      const before = snapshot(ws.cwd);
      const r = await ws.run(['registry', 'init', 'reg', '--url', 'https://acme.example', '--derived', value, '--json']);
      assert.equal(r.code, 2);
      assert.equal(r.json<{ error: { code: string } }>().error.code, 'USAGE');
      assert.deepEqual(snapshot(ws.cwd), before);
    });
  }
});
