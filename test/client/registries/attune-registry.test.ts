import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { attunePackageDocument } from '../../../src/client/fetch/attune-package-document';
import { createStaticHandler } from '../../../src/cli/static-server';
import { buildArchive } from '../../../src/core/archive/build-archive';
import { hashDirectory } from '../../../src/core/checksum/directory-checksum';
import type { AttunePackIndexEntry } from '../../../src/core/schema-types';
import { assertValidDocument } from '../../../src/core/site/package-document';
import { buildRegistry } from '../../helpers/client';
import { cli } from '../../helpers/cli';
import { packdexProcess } from '../../helpers/cli-process';
import { commitAndTag } from '../../helpers/git';
import { runHttpBackend } from '../../helpers/git-http-server';
import { index as indexOf } from '../../helpers/index-data';
import { makeTestCa } from '../../helpers/registry-server';
import { packYaml } from '../../helpers/site';
import { snapshot, tempDir, writeTree } from '../../helpers/tmp';

const CONTENTS = { actions: [], sensors: [], triggers: [], rules: [], workflows: [] };
const WRONG = `sha256:${'0'.repeat(64)}`;

/** An index entry as Attune's own index holds one: only the fields it needs, sources as given. */
function attuneEntry(ref: string, version: string, sources: AttunePackIndexEntry['install_sources'], packs?: string[]): AttunePackIndexEntry {
  return {
    ref,
    label: ref,
    description: `The ${ref} pack`,
    version,
    author: 'Tester',
    license: 'MIT',
    keywords: [],
    runtime_deps: [],
    install_sources: sources,
    contents: CONTENTS,
    ...(packs === undefined ? {} : { dependencies: { packs } }),
  };
}

/** A pack folder: pack.yaml and a README. */
function packDir(ref: string, version: string, extra = ''): string {
  return writeTree(tempDir(`packdex-${ref}-`), { 'pack.yaml': packYaml(ref, version, extra), 'README.md': `# ${ref}\n` });
}

/** The pack as a bare repository under `gitRoot`, tagged v<version>; the directory checksum of its files. */
async function publishGit(gitRoot: string, ref: string, version: string): Promise<string> {
  const dir = packDir(ref, version);
  commitAndTag(dir, `${ref} ${version}`, `v${version}`);
  execFileSync('git', ['clone', '-q', '--bare', dir, path.join(gitRoot, `${ref}.git`)]);
  return `sha256:${await hashDirectory(dir)}`;
}

describe('a plain Attune registry (one index.json) over loopback HTTPS with a throwaway CA', () => {
  let ca: ReturnType<typeof makeTestCa>;
  let server: Server;
  let url = '';
  const requests: string[] = [];
  let coreChecksum = '';
  let slackChecksum = '';
  let msexchangeChecksum = '';
  let packdexRegistry = '';

  before(async () => {
    ca = makeTestCa();
    const root = tempDir('packdex-attune-site-');
    const gitRoot = tempDir('packdex-attune-git-');
    server = createServer({ key: ca.key, cert: ca.cert }, (req, res) => {
      const u = new URL(req.url ?? '/', 'https://x');
      requests.push(u.pathname);
      if (u.pathname.startsWith('/git/')) runHttpBackend(req, res, gitRoot, u.pathname.slice('/git'.length), u.search.slice(1));
      else createStaticHandler(root)(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `https://localhost:${(server.address() as { port: number }).port}/`;

    mkdirSync(path.join(root, 'archives'));
    coreChecksum = await publishGit(gitRoot, 'core', '1.0.0');
    await publishGit(gitRoot, 'badgit', '1.0.0');
    const slack = await buildArchive({ packDir: packDir('slack', '2.1.0', 'dependencies:\n  - core@^1.0.0\n'), topFolder: 'slack-2.1.0', output: path.join(root, 'archives/slack-2.1.0.tar.gz'), source: 'directory' });
    slackChecksum = slack.checksum;
    // The real Attune index holds a bare ref as a dependency (msexchange → "core"), as its builder writes it.
    msexchangeChecksum = (await buildArchive({ packDir: packDir('msexchange', '1.2.0', 'dependencies:\n  - core\n'), topFolder: 'msexchange-1.2.0', output: path.join(root, 'archives/msexchange-1.2.0.tar.gz'), source: 'directory' })).checksum;
    await buildArchive({ packDir: packDir('broken', '1.0.0'), topFolder: 'broken-1.0.0', output: path.join(root, 'archives/broken-1.0.0.tar.gz'), source: 'directory' });
    const index = indexOf(
      [
        attuneEntry('badgit', '1.0.0', [{ type: 'git', url: `${url}git/badgit.git`, ref: 'v1.0.0', checksum: WRONG }]),
        attuneEntry('broken', '1.0.0', [{ type: 'archive', url: `${url}archives/broken-1.0.0.tar.gz`, checksum: WRONG }]),
        attuneEntry('core', '1.0.0', [{ type: 'git', url: `${url}git/core.git`, ref: 'v1.0.0', checksum: coreChecksum }]),
        attuneEntry('msexchange', '1.2.0', [{ type: 'archive', url: `${url}archives/msexchange-1.2.0.tar.gz`, checksum: msexchangeChecksum }], ['core']),
        // Both sources: the git one names a repository that does not exist, so only the archive can work.
        attuneEntry(
          'slack',
          '2.1.0',
          [
            { type: 'git', url: `${url}git/missing.git`, ref: 'v2.1.0', checksum: WRONG },
            { type: 'archive', url: `${url}archives/slack-2.1.0.tar.gz`, checksum: slackChecksum },
          ],
          ['core@>=1.0.0 <2.0.0'],
        ),
      ],
      { registry_name: 'Attune packs', registry_url: 'https://github.com/attune/pack-index' },
    );
    const text = `${JSON.stringify(index, null, 2)}\n`;
    // Attune also allows its index to be called registry.json.
    writeTree(root, { 'attune/index.json': text, 'named/registry.json': text, 'bad/index.json': '{"version": "1.0", "packs": []}\n' });
    packdexRegistry = await buildRegistry([{ ref: 'core', version: '1.5.0' }, { ref: 'jira', version: '3.0.0' }]);
  });
  after(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  /** A user's environment: their own home and cache, the throwaway CA trusted by Node and by git. */
  const userEnv = (home: string, cache = 'cache') => ({ HOME: home, PACKDEX_CACHE_DIR: path.join(home, cache), NODE_EXTRA_CA_CERTS: ca.caFile, GIT_SSL_CAINFO: ca.caFile });
  const json = async (args: string[]) => {
    const home = tempDir('packdex-home-');
    const r = await packdexProcess([...args, '--json'], userEnv(home), home);
    return { home, code: r.code, body: JSON.parse(r.stdout || '{}'), text: r.stdout + r.stderr };
  };

  for (const form of ['attune/index.json', 'attune/', 'named/', 'named/registry.json']) {
    it(`search lists the index's packs from ${form}; an index URL asks for nothing else`, async () => {
      requests.length = 0;
      const r = await json(['search', '', '--registry', `${url}${form}`]);
      assert.equal(r.code, 0, r.text);
      assert.deepEqual(r.body.results.map((h: { name: string; version: string }) => `${h.name}@${h.version}`).sort(), ['badgit@1.0.0', 'broken@1.0.0', 'core@1.0.0', 'msexchange@1.2.0', 'slack@2.1.0']);
      const asked = { 'attune/index.json': ['/attune/index.json'], 'attune/': ['/attune/registry.json', '/attune/index.json'], 'named/': ['/named/registry.json'], 'named/registry.json': ['/named/registry.json'] }[form];
      assert.deepEqual(requests, asked);
    });
  }

  it('show says the registry is an Attune index and lists its one version', async () => {
    const r = await json(['show', 'slack', '--registry', `${url}attune/index.json`]);
    assert.equal(r.code, 0, r.text);
    assert.equal(r.body.registry_kind, 'attune');
    assert.deepEqual(r.body.package.versions.map((v: { version: string }) => v.version), ['2.1.0']);
    assert.deepEqual(r.body.package.dist_tags, { latest: '2.1.0' });
    const home = tempDir('packdex-home-');
    const human = await packdexProcess(['show', 'slack', '--registry', `${url}attune/`], userEnv(home), home);
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /registry: +cli-1 \(an Attune index: it lists only the newest version/);
  });

  it('resolve gives the listed version (latest, exact, a range it meets) and prefers the archive source', async () => {
    for (const spec of ['slack', 'slack@2.1.0', 'slack@^2.0.0', 'slack@>=2.0.0 <3.0.0']) {
      const r = await json(['resolve', spec, '--registry', `${url}attune/`]);
      assert.equal(r.code, 0, `${spec}: ${r.text}`);
      assert.equal(r.body.version, '2.1.0');
      assert.equal(r.body.source, 'archive');
      assert.equal(r.body.artifact_url, `${url}archives/slack-2.1.0.tar.gz`);
      assert.equal(r.body.artifact_checksum, slackChecksum);
      assert.deepEqual(r.body.dependencies, { core: '>=1.0.0 <2.0.0' });
    }
    const git = await json(['resolve', 'core', '--registry', `${url}attune/index.json`]);
    assert.equal(git.code, 0, git.text);
    assert.equal(git.body.source, 'git');
    assert.equal(git.body.artifact_checksum, coreChecksum);
  });

  it('a constraint the listed version does not meet is NO_MATCHING_VERSION, saying an Attune index lists only the newest version', async () => {
    for (const spec of ['slack@^1.0.0', 'slack@2.0.0', 'slack@beta']) {
      const r = await json(['resolve', spec, '--registry', `${url}attune/`]);
      assert.equal(r.code, 1, r.text);
      assert.equal(r.body.error.code, 'NO_MATCHING_VERSION');
      assert.match(r.body.error.message, /Attune index, which lists only the newest version of each pack \(2\.1\.0\)/);
      assert.match(r.body.error.fix, /slack@2\.1\.0/);
    }
  });

  it('install fetches the archive by checksum and the git dependency by directory checksum, and lock pins both', async () => {
    const r = await json(['install', 'slack', '--registry', `${url}attune/index.json`, '--dir', 'packs']);
    assert.equal(r.code, 0, r.text);
    const byName = Object.fromEntries(r.body.packs.map((p: { pack_ref: string }) => [p.pack_ref, p]));
    assert.deepEqual(Object.keys(byName).sort(), ['core', 'slack']);
    assert.equal(byName.slack.checksum, slackChecksum);
    assert.equal(byName.core.checksum, coreChecksum);
    assert.equal(byName.core.installed_from.ref, 'v1.0.0');
    assert.equal(readFileSync(path.join(r.home, 'packs/core/README.md'), 'utf8'), '# core\n');
    assert.ok(existsSync(path.join(r.home, 'packs/slack/pack.yaml')));

    const locked = await json(['lock', 'slack', '--registry', `${url}attune/`, '--output', 'packdex.lock.json']);
    assert.equal(locked.code, 0, locked.text);
    const lock = JSON.parse(readFileSync(path.join(locked.home, 'packdex.lock.json'), 'utf8'));
    assert.deepEqual(Object.keys(lock.packages), ['core', 'slack']);
    assert.deepEqual([lock.packages.core.source, lock.packages.core.git_ref, lock.packages.core.artifact_checksum], ['git', 'v1.0.0', coreChecksum]);
    assert.deepEqual([lock.packages.slack.source, lock.packages.slack.artifact_checksum], ['archive', slackChecksum]);
    // A locked install asks the registry nothing: only the artifacts are fetched.
    requests.length = 0;
    const fromLock = await packdexProcess(['install', '--lockfile', path.join(locked.home, 'packdex.lock.json'), '--dir', 'packs', '--json'], userEnv(locked.home, 'cache2'), locked.home);
    assert.equal(fromLock.code, 0, fromLock.stdout + fromLock.stderr);
    assert.ok(!requests.some((p) => p.endsWith('.json')), requests.join(' '));
    assert.ok(existsSync(path.join(locked.home, 'packs/core/pack.yaml')));
  });

  it('a bare-ref dependency ("core", as the real index holds) means any version: resolve and install take it', async () => {
    const resolved = await json(['resolve', 'msexchange', '--registry', `${url}attune/`]);
    assert.equal(resolved.code, 0, resolved.text);
    assert.deepEqual(resolved.body.dependencies, { core: '*' });
    const r = await json(['install', 'msexchange', '--registry', `${url}attune/index.json`, '--dir', 'packs']);
    assert.equal(r.code, 0, r.text);
    assert.deepEqual(r.body.packs.map((p: { pack_ref: string }) => p.pack_ref).sort(), ['core', 'msexchange']);
    assert.ok(existsSync(path.join(r.home, 'packs/msexchange/pack.yaml')));
  });

  for (const [name, what] of [['broken', 'an archive'], ['badgit', 'a git checkout']] as const) {
    it(`${what} whose checksum differs from the index is refused, and nothing is installed`, async () => {
      const home = tempDir('packdex-home-');
      writeFileSync(path.join(home, 'keep.txt'), 'x');
      const before = snapshot(home);
      const r = await packdexProcess(['install', name, '--registry', `${url}attune/`, '--dir', 'packs', '--json', '--no-cache'], userEnv(home), home);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(JSON.parse(r.stdout).error.code, 'CHECKSUM_MISMATCH');
      assert.deepEqual(snapshot(home), before);
    });
  }

  it('registries mixed with a packdex registry are asked in priority order, each name from the first that holds it', async () => {
    const first = await json(['search', '', '--registry', packdexRegistry, '--registry', `${url}attune/`]);
    assert.equal(first.code, 0, first.text);
    const from = (hits: { name: string; version: string; registry: string }[]) => Object.fromEntries(hits.map((h) => [h.name, `${h.version} ${h.registry}`]));
    assert.deepEqual(from(first.body.results), { badgit: '1.0.0 cli-2', broken: '1.0.0 cli-2', core: '1.5.0 cli-1', jira: '3.0.0 cli-1', msexchange: '1.2.0 cli-2', slack: '2.1.0 cli-2' });
    const listed = await json(['list', '--registry', `${url}attune/index.json`, '--registry', packdexRegistry]);
    assert.equal(listed.code, 0, listed.text);
    assert.deepEqual(
      listed.body.packages.map((p: { name: string; version: string; registry: string; shadowed: string[] }) => `${p.name} ${p.version} ${p.registry} [${p.shadowed.join(',')}]`),
      ['badgit 1.0.0 cli-1 []', 'broken 1.0.0 cli-1 []', 'core 1.0.0 cli-1 [cli-2]', 'jira 3.0.0 cli-2 []', 'msexchange 1.2.0 cli-1 []', 'slack 2.1.0 cli-1 []'],
    );
    const packdexFirst = await json(['resolve', 'core', '--registry', packdexRegistry, '--registry', `${url}attune/`]);
    assert.deepEqual([packdexFirst.body.version, packdexFirst.body.registry.name], ['1.5.0', 'cli-1']);
    const attuneFirst = await json(['resolve', 'core', '--registry', `${url}attune/index.json`, '--registry', packdexRegistry]);
    assert.deepEqual([attuneFirst.body.version, attuneFirst.body.registry.name], ['1.0.0', 'cli-1']);
    // The Attune registry answers for core: a version only the later packdex registry has is not fetched from it.
    const pinned = await json(['resolve', 'core@1.5.0', '--registry', `${url}attune/index.json`, '--registry', packdexRegistry]);
    assert.equal(pinned.body.error.code, 'NO_MATCHING_VERSION');
    // One install across both kinds: each pack, and its dependencies, from the registry that answers for it.
    const mixed = await json(['install', 'slack', 'jira', '--registry', `${url}attune/index.json`, '--registry', packdexRegistry, '--dir', 'packs']);
    assert.equal(mixed.code, 0, mixed.text);
    assert.deepEqual(
      mixed.body.packs.map((p: { pack_ref: string; version: string; registry: { name: string } }) => `${p.pack_ref} ${p.version} ${p.registry.name}`).sort(),
      ['core 1.0.0 cli-1', 'jira 3.0.0 cli-2', 'slack 2.1.0 cli-1'],
    );
    const jira = await json(['resolve', 'jira', '--registry', `${url}attune/index.json`, '--registry', packdexRegistry]);
    assert.deepEqual([jira.body.version, jira.body.registry.name], ['3.0.0', 'cli-2']);
  });

  it('a folder with neither registry.json nor index.json, a missing index file, and an invalid index are coded errors', async () => {
    const none = await json(['resolve', 'core', '--registry', `${url}nothing/`]);
    assert.equal(none.body.error.code, 'REGISTRY_NOT_FOUND');
    assert.match(none.body.error.message, /neither registry\.json nor index\.json/);
    const missing = await json(['resolve', 'core', '--registry', `${url}nothing/index.json`]);
    assert.equal(missing.body.error.code, 'REGISTRY_NOT_FOUND');
    assert.match(missing.body.error.message, /no index file at/);
    const invalid = await json(['search', 'core', '--registry', `${url}bad/`]);
    assert.equal(invalid.body.error.code, 'INDEX_INVALID');
  });
});

describe('packdex registry list', () => {
  it('says which configured URLs name an Attune index (read-only) and which a registry folder', async () => {
    const home = tempDir('packdex-home-');
    const config = path.join(home, 'config.yaml');
    writeFileSync(config, 'registries:\n  - name: attune\n    url: https://raw.githubusercontent.com/org/pack-index/main/index.json\n    priority: 1\n  - name: acme\n    url: https://acme.github.io/packs/\n');
    const env = { HOME: home, PACKDEX_CONFIG: config };
    const human = await cli(['registry', 'list'], { cwd: home, env });
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /^1 +attune +\S+index\.json +attune index \(read-only\) +enabled$/m);
    assert.match(human.stdout, /^100 +acme +\S+ +registry folder +enabled$/m);
    const json = await cli(['registry', 'list', '--json'], { cwd: home, env });
    assert.deepEqual(json.json<{ registries: { kind: string }[] }>().registries.map((r) => r.kind), ['attune index (read-only)', 'registry folder']);
  });
});

describe('attunePackageDocument', () => {
  it('one version, tagged latest, dependencies as name → range with a bare ref meaning any version', () => {
    const index = indexOf([], { last_updated: '2025-06-01T12:00:00.123456+02:00' });
    const entry = attuneEntry('slack', '2.1.0', [{ type: 'archive', url: 'https://dl.example.com/s.tgz', checksum: WRONG }], ['core', 'http@>=1.0.0 <2.0.0']);
    const doc = attunePackageDocument(index, entry);
    assert.deepEqual(doc.dist_tags, { latest: '2.1.0' });
    assert.equal(doc.versions.length, 1);
    assert.deepEqual(doc.versions[0]!.dependencies, { core: '*', http: '>=1.0.0 <2.0.0' });
    assert.equal(doc.versions[0]!.entry, entry);
    // In the documents' own form: whole seconds, UTC.
    assert.equal(doc.versions[0]!.published_at, '2025-06-01T10:00:00Z');
    assert.equal(doc.updated_at, '2025-06-01T10:00:00Z');
    assert.equal(doc.owner, 'https://registry.example.com');
    // What show --json prints is a package document by packdex's own rules.
    assert.doesNotThrow(() => assertValidDocument(attunePackageDocument(index, attuneEntry('core', '1.0.0', [{ type: 'git', url: 'https://git.example.com/core.git', ref: 'v1.0.0', checksum: WRONG }], ['base@^1.0.0']))));
  });
});
