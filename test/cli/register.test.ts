import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { commitAndTag } from '../helpers/git';
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/loopback-github';
import { initRegistry } from '../helpers/site';
import { snapshot, tempDir, writeTree } from '../helpers/tmp';
import { buildArchive } from '../../src/core/archive/build-archive';

const ROOT = path.join(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'dist', 'packdex.cjs');
const PBG = path.join(ROOT, 'test', 'fixtures', 'profiles', 'pbg');

/** A local git repository holding the compliant pbg package, tagged v0.3.1. */
function pbgRepository(): { dir: string; commit: string } {
  const dir = tempDir('packdex-pbg-repo-');
  cpSync(path.join(PBG, 'compliant'), dir, { recursive: true });
  return { dir, commit: commitAndTag(dir, 'pbg-cobra 0.3.1', 'v0.3.1') };
}

describe('packdex register (seed 000: a local path, a repository URL, an inline outline)', () => {
  it('registers a local path after its audit; the same name and version again is unchanged', async () => {
    const registry = await initRegistry();
    const args = ['register', path.join(PBG, 'compliant'), '--registry', registry];
    const first = await cli([...args, '--json']);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const out = first.json<{ kind: string; profile: string; outcome: string; name: string; owner: string; audit: { counts: { fail: number } } }>();
    assert.deepEqual([out.kind, out.profile, out.outcome, out.name, out.owner, out.audit.counts.fail], ['local_path', 'pbg', 'created', 'pbg-cobra', 'local', 0]);
    const before = snapshot(registry);
    const again = await cli(args);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^unchanged: pbg-cobra 0\.3\.1 \(pbg, owner local\) in /m);
    assert.deepEqual(snapshot(registry), before);
  });

  it('refuses a package whose audit fails, unless --no-audit', async () => {
    const registry = await initRegistry();
    const before = snapshot(registry);
    const refused = await cli(['register', path.join(PBG, 'missing-schema'), '--registry', registry]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /^FAIL {2}bigraph-schema dep/m);
    assert.match(refused.stderr, /--no-audit/);
    assert.deepEqual(snapshot(registry), before, 'nothing written');
    const forced = await cli(['register', path.join(PBG, 'missing-schema'), '--registry', registry, '--no-audit', '--json']);
    assert.equal(forced.code, 0, forced.stdout + forced.stderr);
    assert.equal(forced.json<{ audit?: unknown }>().audit, undefined);
    assert.equal(forced.json<{ outcome: string }>().outcome, 'created');
  });

  it('clones a repository URL at --ref, registers the commit, and refuses the name from another repository (409)', async () => {
    const registry = await initRegistry();
    const { dir, commit } = pbgRepository();
    const url = `file://${dir}`;
    const run = await cli(['register', url, '--ref', 'v0.3.1', '--registry', registry, '--json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const out = run.json<{ kind: string; commit: string; owner: string; entry: { install_sources: { type: string }[] } }>();
    assert.equal(out.kind, 'repo_url');
    assert.equal(out.commit, commit);
    assert.equal(out.owner, url);
    assert.deepEqual(out.entry.install_sources.map((s) => s.type), ['archive'], 'a file:// URL is no git source a client may use');
    // The same package from another repository is a conflict, and changes nothing.
    const other = pbgRepository();
    const before = snapshot(registry);
    const conflict = await cli(['register', `file://${other.dir}`, '--ref', 'v0.3.1', '--registry', registry]);
    assert.equal(conflict.code, 1);
    assert.match(conflict.stderr, /NAME_OWNED/);
    assert.match(conflict.stderr, /Conflict: The name 'pbg-cobra' belongs to/);
    assert.deepEqual(snapshot(registry), before);
    // A ref that does not exist is git's error, with the URL.
    const missing = await cli(['register', url, '--ref', 'v9.9.9', '--registry', registry]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /GIT_FAILED/);
  });

  it('registers an inline outline without an audit, pointing at an archive it hashes', async () => {
    const registry = await initRegistry();
    const work = tempDir('packdex-outline-');
    const outline = path.join(work, 'outline.json');
    writeFileSync(outline, JSON.stringify({ package_type: 'pypi', name: 'my_custom.pkg', version: '1.0.0', compute: [{ module: 'my_pkg.processes', name: 'MyProcess', compute_type: 'process', inputs: '{}', outputs: '{"mass": "float"}' }, { module: 'my_pkg.steps', name: 'Prepare', compute_type: 'step', inputs: '{}', outputs: '{}' }] }));
    // The package the outline describes, archived: register opens it and finds that package.
    const archive = path.join(work, 'my-custom-pkg-1.0.0.tar.gz');
    const pkg = writeTree(tempDir('packdex-outlined-'), { 'pyproject.toml': '[project]\nname = "my_custom.pkg"\nversion = "1.0.0"\n', 'my_pkg/__init__.py': '' });
    const built = await buildArchive({ packDir: pkg, topFolder: 'my-custom-pkg-1.0.0', output: archive, source: 'directory' });
    const run = await cli(['register', '--from-file', outline, '--archive-url', 'https://files.example/my-custom-pkg-1.0.0.tar.gz', '--archive', archive, '--registry', registry, '--json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const out = run.json<{ kind: string; name: string; entry: { contents: Record<string, { name: string }[]>; meta: { compute: unknown[] } } }>();
    assert.equal(out.kind, 'outline');
    assert.equal(out.name, 'my-custom-pkg', 'PEP 503 normalisation');
    assert.deepEqual(out.entry.contents.processes!.map((c) => c.name), ['my_pkg.processes.MyProcess']);
    assert.deepEqual(out.entry.contents.steps!.map((c) => c.name), ['my_pkg.steps.Prepare']);
    assert.equal(out.entry.meta.compute.length, 2);
    const doc = JSON.parse(readFileSync(path.join(registry, 'packages/my/-c/my-custom-pkg.json'), 'utf8'));
    assert.equal(doc.versions[0].archive_size, built.size);
  });

  for (const [what, make, code] of [
    ['a Slack pack', (file: string) => buildArchive({ packDir: path.join(ROOT, 'examples', 'packs', 'slack'), topFolder: 'slack-2.1.0', output: file, source: 'directory' }), 'ARCHIVE_MISMATCH'],
    ['the package at another version', (file: string) => buildArchive({ packDir: writeTree(tempDir('packdex-outlined-'), { 'pyproject.toml': '[project]\nname = "my-custom-pkg"\nversion = "0.9.0"\n' }), topFolder: 'my-custom-pkg-0.9.0', output: file, source: 'directory' }), 'ARCHIVE_MISMATCH'],
    ['bytes that are no archive', async (file: string) => writeFileSync(file, 'not really a tarball, but bytes to hash'), 'ARCHIVE_INVALID'],
  ] as const) {
    it(`refuses an outline whose --archive is ${what} (${code}), writing nothing`, async () => {
      const registry = await initRegistry();
      const work = tempDir('packdex-outline-');
      const outline = path.join(work, 'outline.json');
      writeFileSync(outline, JSON.stringify({ package_type: 'pypi', name: 'my_custom.pkg', version: '1.0.0', compute: [] }));
      const archive = path.join(work, 'claimed-1.0.0.tar.gz');
      await make(archive);
      const before = snapshot(registry);
      const run = await cli(['register', '--from-file', outline, '--archive-url', 'https://files.example/my-custom-pkg-1.0.0.tar.gz', '--archive', archive, '--registry', registry]);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stderr, new RegExp(`error ${code}: --archive '.*claimed-1\\.0\\.0\\.tar\\.gz' (holds|does not hold)`));
      assert.deepEqual(snapshot(registry), before);
    });
  }
  it('registers an outline with a PEP 440 version under its semver form, and its items\' description, config_schema and dynamic ports', async () => {
    const registry = await initRegistry();
    const outline = path.join(tempDir('packdex-outline-'), 'outline.json');
    const item = { module: 'm', name: 'P', compute_type: 'process', description: 'Grows.', inputs: 'dynamic', outputs: '{"mass":"float"}', config_schema: '{"rate":"float"}' };
    writeFileSync(outline, JSON.stringify({ name: 'pep-pkg', version: '1.0rc1', compute: [item] }));
    const run = await cli(['register', '--from-file', outline, '--archive-url', 'https://files.example/p.tar.gz', '--archive-checksum', 'a'.repeat(64), '--registry', registry, '--json']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const { entry } = run.json<{ entry: { version: string; contents: { processes: unknown[] }; meta: { compute: unknown[]; pep440_version: string } } }>();
    assert.deepEqual([entry.version, entry.meta.pep440_version], ['1.0.0-rc.1', '1.0rc1']);
    assert.deepEqual(entry.meta.compute, [item]);
    assert.deepEqual(entry.contents.processes, [{ name: 'm.P', description: 'Grows.' }]);
  });

  for (const [what, outline, code, message] of [
    ['not JSON', '{"name": ', 'OUTLINE_INVALID', /not valid JSON/],
    ['no version', JSON.stringify({ name: 'x', compute: [] }), 'OUTLINE_INVALID', /\/version required key 'version' is missing/],
    ['a compute_type that is neither process nor step', JSON.stringify({ name: 'x', version: '1.0.0', compute: [{ module: 'm', name: 'X', compute_type: 'function', inputs: '{}', outputs: '{}' }] }), 'OUTLINE_INVALID', /\/compute\/0\/compute_type/],
    ['ports that are not JSON text', JSON.stringify({ name: 'x', version: '1.0.0', compute: [{ module: 'm', name: 'X', compute_type: 'process', inputs: '{mass: float}', outputs: '{}' }] }), 'OUTLINE_INVALID', /inputs '\{mass: float\}' is not JSON text/],
    ['a class listed twice', JSON.stringify({ name: 'x', version: '1.0.0', compute: [1, 2].map(() => ({ module: 'm', name: 'X', compute_type: 'process', inputs: '{}', outputs: '{}' })) }), 'OUTLINE_INVALID', /m\.X is listed twice/],
    ['a version that has no semver form', JSON.stringify({ name: 'x', version: '1.0.post1', compute: [] }), 'MANIFEST_VERSION_INVALID', /'1\.0\.post1' is a post-release \(\.post1\), which has no exact semantic version form/],
    ['a config_schema that is not JSON text', JSON.stringify({ name: 'x', version: '1.0.0', compute: [{ module: 'm', name: 'X', compute_type: 'process', inputs: '{}', outputs: '{}', config_schema: "{'a': 1}" }] }), 'OUTLINE_INVALID', /config_schema '\{'a': 1\}' is not JSON text/],
  ] as const) {
    it(`refuses an outline with ${what} (${code}), writing nothing`, async () => {
      const registry = await initRegistry();
      const file = path.join(tempDir('packdex-outline-'), 'outline.json');
      writeFileSync(file, outline);
      const before = snapshot(registry);
      const run = await cli(['register', '--from-file', file, '--archive-url', 'https://files.example/x.tar.gz', '--archive-checksum', 'a'.repeat(64), '--registry', registry]);
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stderr, new RegExp(code));
      assert.match(run.stderr, message);
      assert.deepEqual(snapshot(registry), before);
    });
  }

  it('says what an outline needs when no archive is given, and what a SOURCE is', async () => {
    const noArchive = await cli(['register', '--from-file', 'outline.json']);
    assert.equal(noArchive.code, 2);
    assert.match(noArchive.stderr, /--archive-url URL with --archive FILE or --archive-checksum SUM/);
    const nothing = await cli(['register', 'no/such/folder']);
    assert.equal(nothing.code, 1);
    assert.match(nothing.stderr, /PATH_NOT_FOUND.*neither a folder nor a repository URL/);
  });

  describe('over https, from the bundled CLI', () => {
    let gh: LoopbackGitHub;
    before(async () => {
      gh = await startLoopbackGitHub();
    });
    after(async () => gh.stop());

    it('records the https clone URL and commit as the git source beside the archive', async () => {
      const fullName = 'vivarium-collective/pbg-cobra';
      const files = Object.fromEntries(
        ['pyproject.toml', 'src/pbg_cobra/__init__.py', 'src/pbg_cobra/processes/__init__.py', 'src/pbg_cobra/processes/fba.py'].map((f) => [f, readFileSync(path.join(PBG, 'compliant', f), 'utf8')]),
      );
      gh.createRepo(fullName, { files });
      gh.git(fullName, 'tag', 'v0.3.1', 'main');
      const registry = await initRegistry();
      const url = `${gh.serverUrl}/${fullName}.git`;
      // Asynchronously: the loopback server answers from this process.
      const run = await promisify(execFile)(process.execPath, [BIN, 'register', url, '--ref', 'v0.3.1', '--registry', registry, '--json'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: registry, GIT_SSL_CAINFO: gh.caFile, NODE_EXTRA_CA_CERTS: gh.caFile },
      });
      const out = JSON.parse(run.stdout);
      assert.equal(out.owner, `${new URL(gh.serverUrl).host}/${fullName}`);
      const git = out.entry.install_sources[0];
      assert.deepEqual([git.type, git.url, git.ref], ['git', url, gh.git(fullName, 'rev-parse', 'v0.3.1^{commit}')]);
      assert.match(git.checksum, /^sha256:[0-9a-f]{64}$/);
      assert.equal(out.entry.install_sources[1].type, 'archive');
    });
  });
});
