import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertValidIndex } from '../../src/core/index-file/index-rules';
import { inputEnv, runActionBundle, type ActionRun } from '../helpers/action-runner';
import { commitAndTag, git } from '../helpers/git';
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/loopback-github';
import { tempDir } from '../helpers/tmp';
// @ts-expect-error: a plain .mjs script shared with .ci/run
import { node24 } from '../../scripts/install-node24.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples', 'packs');
const BIN = path.join(ROOT, 'dist', 'packdex.cjs');
const TOKEN = 'ghs_WorkflowToken0123456789abcdef';
const READ_ONLY = 'ghs_ReadOnlyToken0123456789abcdef';
const OWN_REPO_ONLY = 'ghs_OwnRepoToken0123456789abcdef';
const REGISTRY_URL = 'https://registry.acme.example';


/**
 * The test world: a loopback GitHub (HTTPS, throwaway CA) with a pack repository per example,
 * tagged and checked out into a workspace as actions/checkout would, and an empty registry
 * repository whose main branch holds only a README.
 */
describe('the bundled Action: command publish, against a loopback GitHub', () => {
  let gh: LoopbackGitHub;
  let registryCounter = 0;

  before(async () => {
    gh = await startLoopbackGitHub();
    gh.tokens.set(TOKEN, { repos: '*', write: true, actions: true });
    gh.tokens.set(READ_ONLY, { repos: '*', write: false, actions: true });
  });
  after(async () => {
    await gh.stop();
    assert.deepEqual(gh.violations, [], 'every API request and response matched GitHub’s OpenAPI description');
  });

  /** A pack repository on the server, and its checkout at `tag`. */
  function packRepo(example: string, tag: string, edit?: (dir: string) => void): { workspace: string; fullName: string; sha: string } {
    const fullName = `acme/pack-${path.basename(example)}-${++registryCounter}`;
    gh.createRepo(fullName);
    const workspace = path.join(tempDir('packdex-workspace-'), path.basename(example));
    cpSync(path.isAbsolute(example) ? example : path.join(EXAMPLES, example), workspace, { recursive: true });
    edit?.(workspace);
    const sha = commitAndTag(workspace, `release ${tag}`, tag);
    git(workspace, 'push', '-q', gh.repo(fullName).bare, 'main', tag);
    return { workspace, fullName, sha };
  }

  function registryRepo(): string {
    const fullName = `acme/registry-${++registryCounter}`;
    gh.createRepo(fullName, { files: { 'README.md': '# Our packs\n' } });
    return fullName;
  }

  function publish(pack: { workspace: string; fullName: string; sha: string }, tag: string, inputs: Record<string, string>, options: { node?: string; token?: string; path?: string } = {}): Promise<ActionRun> {
    const event = path.join(tempDir('packdex-event-'), 'event.json');
    // The fields of a real tag-push payload the Action (and @actions/github's context) reads.
    writeFileSync(event, JSON.stringify({ ref: `refs/tags/${tag}`, before: '0'.repeat(40), after: pack.sha, created: true, deleted: false, forced: false, base_ref: 'refs/heads/main', repository: { full_name: pack.fullName, name: pack.fullName.split('/')[1], owner: { login: 'acme' }, default_branch: 'main' }, pusher: { name: 'author' }, sender: { login: 'author' } }));
    return runActionBundle({
      node: options.node,
      cwd: pack.workspace,
      env: {
        GITHUB_WORKSPACE: pack.workspace,
        GITHUB_REPOSITORY: pack.fullName,
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_SHA: pack.sha,
        GITHUB_REF: `refs/tags/${tag}`,
        GITHUB_REF_NAME: tag,
        GITHUB_REF_TYPE: 'tag',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_SERVER_URL: gh.serverUrl,
        GITHUB_API_URL: gh.apiUrl,
        // The runner's trust store: how both Node (the API) and git (the clone) trust the server.
        NODE_EXTRA_CA_CERTS: gh.caFile,
        GIT_SSL_CAINFO: gh.caFile,
        ...(options.path === undefined ? {} : { PATH: options.path }),
        ...inputEnv({ command: 'publish', ...inputs }, options.token ?? TOKEN),
      },
    });
  }

  const show = (registry: string, file: string, rev = 'main') => gh.git(registry, 'show', `${rev}:${file}`);
  const explain = (run: ActionRun) => `exit ${run.code}\n${run.stdout}\n${run.stderr}`;
  /** What the log shows: the runner swallows ::add-mask:: lines and masks their value everywhere. */
  const shown = (run: ActionRun) => run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.stderr;

  for (const runtime of ['current', 'node24'] as const) {
    it(`publishes by commit into an empty registry branch, then a rerun is unchanged (Node ${runtime === 'current' ? process.versions.node : 24})`, async () => {
      const node = runtime === 'node24' ? (node24() as string) : process.execPath;
      const pack = packRepo('slack', 'v2.1.0');
      const registry = registryRepo();
      // A git on PATH that logs its argv and the .git/config it runs against, then runs the real git.
      const shim = tempDir('packdex-git-shim-');
      const log = path.join(shim, 'git.log');
      const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
      // …and the environment each git child was started with, NUL-separated, to a second log.
      const envLog = path.join(shim, 'env.log');
      writeFileSync(path.join(shim, 'git'), `#!/bin/sh\nprintf 'argv: %s\\n' "$*" >> '${log}'\n[ -f .git/config ] && cat .git/config >> '${log}'\nenv -0 >> '${envLog}'\nprintf '\\001' >> '${envLog}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
      const run = await publish(pack, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, 'registry-name': 'Acme packs' }, { node, path: `${shim}:${process.env.PATH}` });
      assert.equal(run.code, 0, explain(run));
      if (runtime === 'node24') assert.equal(execFileSync(node, ['--version']).toString().trim().split('.')[0], 'v24');

      const out = run.outputs;
      assert.equal(out.operation, 'created');
      assert.equal(out['audit-status'], 'pass');
      const entry = JSON.parse(out.entry!);
      assert.equal(entry.ref, 'slack');
      const [gitSource, archiveSource] = entry.install_sources;
      assert.deepEqual(gitSource, { type: 'git', url: `${gh.serverUrl}/${pack.fullName}.git`, ref: pack.sha, checksum: out['directory-checksum'] });
      assert.match(gitSource.ref, /^[0-9a-f]{40}$/, 'pinned to the full commit');
      assert.equal(archiveSource.url, `${gh.serverUrl}/${pack.fullName}/releases/download/v2.1.0/slack-2.1.0.tar.gz`);
      assert.equal(out['archive-url'], archiveSource.url);
      assert.equal(out['archive-checksum'], archiveSource.checksum);
      assert.ok(existsSync(out['archive-path']!));

      // The release: created for the tag, carrying the archive's exact bytes.
      const releases = gh.repo(pack.fullName).releases;
      assert.deepEqual(releases.map((r) => [r.tag, r.assets.map((a) => a.name)]), [['v2.1.0', ['slack-2.1.0.tar.gz']]]);
      assert.deepEqual(releases[0]!.assets[0]!.bytes, readFileSync(out['archive-path']!));

      // The registry: one commit on main with a new registry and the package.
      assert.equal(gh.git(registry, 'rev-parse', 'main'), out['commit-sha']);
      const files = gh.git(registry, 'show', '--name-only', '--format=%s', 'main').split('\n');
      assert.equal(files[0], 'Publish slack 2.1.0');
      for (const f of ['registry.json', 'index.json', 'packages/sl/ac/slack.json', 'index.html']) assert.ok(files.includes(f), `${f} committed`);
      assertValidIndex(JSON.parse(show(registry, 'index.json')));
      assert.equal(JSON.parse(show(registry, 'registry.json')).name, 'Acme packs');
      assert.equal(JSON.parse(show(registry, 'packages/sl/ac/slack.json')).owner, `${new URL(gh.serverUrl).host}/${pack.fullName}`, 'the name belongs to the publishing repository');

      // The token went to git as a header, and nowhere else.
      assert.ok(gh.gitAuthorizations.includes(`basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`));
      assert.doesNotMatch(shown(run) + run.summary + JSON.stringify(run.outputs), new RegExp(TOKEN));
      assert.match(run.stdout, new RegExp(`::add-mask::${TOKEN}`), 'masked first');
      const gitLog = readFileSync(log, 'utf8');
      assert.match(gitLog, /argv: push --quiet --porcelain --end-of-options origin HEAD:refs\/heads\/main/);
      assert.match(gitLog, /\[remote "origin"\]/, 'the log saw the clone\'s config');
      for (const secret of [TOKEN, Buffer.from(`x-access-token:${TOKEN}`).toString('base64'), 'extraheader']) assert.ok(!gitLog.includes(secret), `${secret} is in no argv and no .git/config`);
      // Each git child saw an allowlisted environment: no INPUT_TOKEN (nor any INPUT_*), no GITHUB_*,
      // and the token only inside the http.extraheader of the pushes and fetches.
      const envs = readFileSync(envLog, 'utf8').split('\u0001').filter((e) => e !== '').map((e) => e.split('\0').filter(Boolean));
      assert.ok(envs.length >= 10, `every git child logged its environment (${envs.length})`);
      for (const env of envs) {
        assert.deepEqual(env.filter((v) => /^(INPUT_|GITHUB_|RUNNER_|NODE_EXTRA_CA_CERTS=)/.test(v)), [], 'nothing of the job beyond the allowlist');
        assert.ok(!env.some((v) => v.includes(TOKEN)), 'the raw token is in no git child\'s environment');
        assert.ok(env.includes('GIT_ALLOW_PROTOCOL=https:http:ssh:file'));
      }
      assert.ok(envs.some((env) => env.includes(`GIT_CONFIG_VALUE_0=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`)), 'the header reaches the git calls that talk to the server');

      // The job summary links what was published where.
      assert.match(run.summary, /## packdex publish: slack 2\.1\.0/);
      assert.ok(run.summary.includes(`${gh.serverUrl}/${registry}/commit/${out['commit-sha']}`));
      assert.ok(run.summary.includes(archiveSource.url));

      const again = await publish(pack, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL }, { node });
      assert.equal(again.code, 0, explain(again));
      assert.equal(again.outputs.operation, 'unchanged');
      assert.equal(again.outputs['commit-sha'], out['commit-sha']);
      assert.equal(gh.git(registry, 'rev-list', '--count', 'main'), '2', 'no new commit');
      assert.equal(gh.repo(pack.fullName).releases[0]!.assets.length, 1, 'no second upload');
    });
  }

  it('lets a consumer install what the Action published: registry from the branch, archive from the release', async () => {
    const registry = registryRepo();
    for (const [example, tag] of [['slack', 'v2.1.0'], ['jira', 'v0.9.3']] as const) {
      const run = await publish(packRepo(example, tag), tag, { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL });
      assert.equal(run.code, 0, explain(run));
    }
    const site = tempDir('packdex-site-');
    git(site, 'clone', '-q', gh.repo(registry).bare, 'registry');
    const target = path.join(site, 'packs');
    const installed = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'install', 'jira@^0.9', '--registry', path.join(site, 'registry'), '--dir', target], {
        env: { PATH: process.env.PATH, HOME: site, PACKDEX_CACHE_DIR: path.join(site, 'cache'), NODE_EXTRA_CA_CERTS: gh.caFile },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });
    assert.equal(installed.code, 0, installed.out);
    for (const name of ['jira', 'slack']) assert.ok(existsSync(path.join(target, name, 'pack.yaml')), `${name} installed (jira depends on slack)`);
  });

  it('opens a pull request from packdex/publish/<name>/<version>; a rerun updates it instead of opening another', async () => {
    const pack = packRepo('deploy_kit', 'v1.0.0');
    const registry = registryRepo();
    const before = gh.git(registry, 'rev-parse', 'main');
    const run = await publish(pack, 'v1.0.0', { registry, 'registry-url': REGISTRY_URL });
    assert.equal(run.code, 0, explain(run));
    assert.equal(run.outputs.operation, 'pr-opened');
    assert.equal(run.outputs['pull-request-number'], '1');
    assert.equal(run.outputs['pull-request-url'], `${gh.serverUrl}/${registry}/pull/1`);
    assert.equal(gh.git(registry, 'rev-parse', 'main'), before, 'the registry branch is untouched');
    assert.equal(gh.git(registry, 'rev-parse', 'packdex/publish/deploy_kit/1.0.0'), run.outputs['commit-sha']);
    const [pull] = gh.repo(registry).pulls;
    assert.equal(pull!.title, 'Publish deploy_kit 1.0.0');
    assert.match(pull!.body!, /Creates the registry and publishes its first package, \*\*deploy_kit 1\.0\.0\*\*/);
    assert.ok(pull!.body!.includes(run.outputs['archive-checksum']!));
    assert.ok(pull!.body!.includes(run.outputs['directory-checksum']!));
    assert.match(pull!.body!, /\*\*Audit:\*\* PASS: \d+, WARN: 0, FAIL: 0/);

    const again = await publish(pack, 'v1.0.0', { registry, 'registry-url': REGISTRY_URL });
    assert.equal(again.code, 0, explain(again));
    assert.equal(again.outputs.operation, 'pr-updated');
    assert.equal(again.outputs['pull-request-number'], '1');
    assert.equal(gh.git(registry, 'rev-parse', 'packdex/publish/deploy_kit/1.0.0'), again.outputs['commit-sha'], 'the branch is rebuilt on the tip');
    assert.equal(gh.git(registry, 'rev-parse', `${again.outputs['commit-sha']}^`), before);
    assert.equal(gh.repo(registry).pulls.length, 1);

    // Merged (here: fast-forwarded by the maintainer), a rerun finds the version published.
    gh.git(registry, 'update-ref', 'refs/heads/main', again.outputs['commit-sha']!);
    const merged = await publish(pack, 'v1.0.0', { registry, 'registry-url': REGISTRY_URL });
    assert.equal(merged.outputs.operation, 'unchanged', explain(merged));
  });

  it('takes an archive the workflow built (archive: PATH), or publishes the git source only (archive: none)', async () => {
    const registry = registryRepo();
    const slack = packRepo('slack', 'v2.1.0');
    const built = path.join(tempDir('packdex-built-'), 'slack-2.1.0.tar.gz');
    execFileSync(process.execPath, [BIN, 'archive', slack.workspace, '--output', built, '--source', 'git']);
    const run = await publish(slack, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, archive: built });
    assert.equal(run.code, 0, explain(run));
    assert.deepEqual(gh.repo(slack.fullName).releases[0]!.assets[0]!.bytes, readFileSync(built));
    assert.equal(JSON.parse(run.outputs.entry!).install_sources[1].url, `${gh.serverUrl}/${slack.fullName}/releases/download/v2.1.0/slack-2.1.0.tar.gz`);

    const jira = packRepo('jira', 'v0.9.3');
    const none = await publish(jira, 'v0.9.3', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, archive: 'none' });
    assert.equal(none.code, 0, explain(none));
    assert.deepEqual(JSON.parse(none.outputs.entry!).install_sources.map((s: { type: string }) => s.type), ['git']);
    assert.equal(none.outputs['archive-url'], undefined);
    assert.deepEqual(gh.repo(jira.fullName).releases, [], 'no release without an archive');

    const missing = await publish(packRepo('deploy_kit', 'v1.0.0'), 'v1.0.0', { registry, 'registry-url': REGISTRY_URL, archive: 'dist/nope.tar.gz' });
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /::error::PATH_NOT_FOUND: The archive '.*dist\/nope\.tar\.gz' does not exist\./);
  });

  it('opens archive: PATH before attaching it: an archive of another package or version is refused, nothing uploaded or pushed', async () => {
    const registry = registryRepo();
    const head = gh.git(registry, 'rev-parse', 'main');
    const slack = path.join(tempDir('packdex-built-'), 'slack-2.1.0.tar.gz');
    execFileSync(process.execPath, [BIN, 'archive', path.join(EXAMPLES, 'slack'), '--output', slack, '--source', 'directory']);
    const notTar = path.join(tempDir('packdex-built-'), 'deploy_kit-1.0.0.tar.gz');
    writeFileSync(notTar, 'not an archive');
    for (const [file, code, message] of [
      [slack, 'ARCHIVE_MISMATCH', /Input 'archive' '.*slack-2\.1\.0\.tar\.gz' holds slack 2\.1\.0, not deploy_kit 1\.0\.0\. Nothing was published\./],
      [notTar, 'ARCHIVE_INVALID', /Input 'archive' '.*deploy_kit-1\.0\.0\.tar\.gz' does not hold deploy_kit 1\.0\.0/],
    ] as const) {
      const pack = packRepo('deploy_kit', 'v1.0.0');
      const run = await publish(pack, 'v1.0.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, archive: file });
      assert.equal(run.code, 1, explain(run));
      assert.match(run.stdout, new RegExp(`::error::${code}: `));
      assert.match(run.stdout, message);
      assert.deepEqual(gh.repo(pack.fullName).releases, [], 'no release, no asset');
    }
    assert.equal(gh.git(registry, 'rev-parse', 'main'), head, 'the registry is untouched');
  });

  it('dry-run prints the diff and writes nothing: no release, no push, no pull request', async () => {
    const pack = packRepo('slack', 'v2.1.0');
    const registry = registryRepo();
    const before = gh.git(registry, 'for-each-ref');
    const run = await publish(pack, 'v2.1.0', { registry, 'registry-url': REGISTRY_URL, 'dry-run': 'true' });
    assert.equal(run.code, 0, explain(run));
    assert.equal(run.outputs.operation, 'created');
    assert.match(run.stdout, /Dry run: the registry change would be/);
    assert.match(run.stdout, /\+\+\+ b\/packages\/sl\/ac\/slack\.json/);
    assert.match(run.summary, /Dry run: would be `created`; nothing was written/);
    assert.equal(gh.git(registry, 'for-each-ref'), before);
    assert.deepEqual(gh.repo(pack.fullName).releases, []);
    assert.deepEqual(gh.repo(registry).pulls, []);
  });

  it('refuses the same version with different bytes before uploading anything (published versions are immutable)', async () => {
    const pack = packRepo('slack', 'v2.1.0');
    const registry = registryRepo();
    assert.equal((await publish(pack, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL })).code, 0);
    const head = gh.git(registry, 'rev-parse', 'main');
    // The author changes a file and moves the tag: same version, other bytes.
    writeFileSync(path.join(pack.workspace, 'README.md'), 'changed after release\n');
    git(pack.workspace, 'commit', '-qam', 'change');
    git(pack.workspace, 'tag', '-f', 'v2.1.0');
    const moved = { ...pack, sha: git(pack.workspace, 'rev-parse', 'HEAD') };
    const run = await publish(moved, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::VERSION_IMMUTABLE: slack 2\.1\.0 is already published with different contents\./);
    assert.match(run.stdout, /Fix: Published versions never change: bump the version \(e\.g\. '2\.1\.1'\)/);
    assert.equal(gh.git(registry, 'rev-parse', 'main'), head);
    assert.equal(gh.repo(pack.fullName).releases[0]!.assets.length, 1);
  });

  it('stops on an audit FAIL: annotations, audit-status fail, nothing published', async () => {
    const pack = packRepo('slack', 'v9.9.9');
    const registry = registryRepo();
    const run = await publish(pack, 'v9.9.9', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error title=packdex audit%3A expected-version,file=pack\.yaml,line=5::version is not 9\.9\.9/);
    assert.equal(run.outputs['audit-status'], 'fail');
    assert.equal(run.outputs.operation, undefined);
    assert.equal(gh.git(registry, 'rev-list', '--count', 'main'), '1');
    assert.deepEqual(gh.repo(pack.fullName).releases, []);
  });

  it('publishes packages of the other profiles: a scoped AAM package, a pbg package, and a pbg outline without audit', async () => {
    const registry = registryRepo();
    const profiles = path.join(ROOT, 'test', 'fixtures', 'profiles');
    const aam = packRepo(path.join(profiles, 'aam', 'auditor'), 'v1.1.0');
    const aamRun = await publish(aam, 'v1.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL });
    assert.equal(aamRun.code, 0, explain(aamRun));
    const aamEntry = JSON.parse(aamRun.outputs.entry!);
    assert.equal(aamEntry.ref, '@myorg/asvc-auditor');
    assert.deepEqual(aamEntry.contents.agents.map((a: { name: string }) => a.name), ['asvc-auditor']);
    // The release asset's name is one path segment; the document sits under packages/@myorg/.
    assert.equal(aamEntry.install_sources[1].url, `${gh.serverUrl}/${aam.fullName}/releases/download/v1.1.0/asvc-auditor-1.1.0.tar.gz`);
    assert.equal(JSON.parse(show(registry, 'packages/@myorg/as/vc/asvc-auditor.json')).name, '@myorg/asvc-auditor');

    const pbg = packRepo(path.join(profiles, 'pbg', 'compliant'), 'v0.3.1');
    const pbgRun = await publish(pbg, 'v0.3.1', { registry, 'publish-via': 'commit', profile: 'pbg' });
    assert.equal(pbgRun.code, 0, explain(pbgRun));
    assert.equal(pbgRun.outputs['audit-status'], 'pass');
    const pbgEntry = JSON.parse(pbgRun.outputs.entry!);
    assert.equal(pbgEntry.ref, 'pbg-cobra');
    assert.ok(pbgEntry.contents.processes.length > 0);

    // A repository described by an outline: no audit, the outline's classes in the entry.
    // The archive is built from pack-dir, so its pyproject names the outline's package and version.
    const outlined = packRepo(path.join(profiles, 'pbg', 'missing-schema'), 'v1.0.0', (dir) => {
      writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "pbg-tiny-outlined"\nversion = "1.0.0"\n');
      writeFileSync(path.join(dir, 'outline.json'), JSON.stringify({ package_type: 'pypi', name: 'pbg-tiny-outlined', version: '1.0.0', compute: [{ module: 'pbg_tiny', name: 'Tiny', compute_type: 'process', inputs: '{}', outputs: '{}' }] }));
    });
    const outlineRun = await publish(outlined, 'v1.0.0', { registry, 'publish-via': 'commit', outline: 'outline.json' });
    assert.equal(outlineRun.code, 0, explain(outlineRun));
    assert.equal(outlineRun.outputs['audit-status'], undefined, 'no audit ran');
    assert.deepEqual(JSON.parse(outlineRun.outputs.entry!).contents.processes, [{ name: 'pbg_tiny.Tiny', description: '' }]);
    const index = JSON.parse(show(registry, 'index.json'));
    assert.deepEqual(index.packs.map((p: { ref: string }) => p.ref), ['@myorg/asvc-auditor', 'pbg-cobra', 'pbg-tiny-outlined']);
  });

  it('registers another repository by URL (source-url at source-ref): git source only, owned by that repository', async () => {
    const registry = registryRepo();
    const compliant = path.join(ROOT, 'test', 'fixtures', 'profiles', 'pbg', 'compliant');
    const fullName = `vivarium-collective/pbg-cobra-${++registryCounter}`;
    const files = Object.fromEntries(['pyproject.toml', 'src/pbg_cobra/__init__.py', 'src/pbg_cobra/processes/__init__.py', 'src/pbg_cobra/processes/fba.py'].map((f) => [f, readFileSync(path.join(compliant, f), 'utf8')]));
    gh.createRepo(fullName, { files });
    gh.git(fullName, 'tag', 'v0.3.1', 'main');
    // The workflow runs in the registry's own checkout, dispatched by hand: no tag of its own.
    const workspace = tempDir('packdex-dispatch-');
    const sourceUrl = `${gh.serverUrl}/${fullName}.git`;
    const dispatch = { workspace, fullName: registry, sha: gh.git(registry, 'rev-parse', 'main') };
    const refused = await publish(dispatch, 'v0.3.1', { registry, 'publish-via': 'commit', 'source-url': sourceUrl, 'source-ref': 'v0.3.1' });
    assert.equal(refused.code, 1);
    assert.match(shown(refused), /::error::USAGE: Input 'source-url' publishes another repository[^\n]*%0AExpected: archive: none/);
    const run = await publish(dispatch, 'v0.3.1', { registry, 'publish-via': 'commit', 'source-url': sourceUrl, 'source-ref': 'v0.3.1', archive: 'none', 'registry-url': REGISTRY_URL });
    assert.equal(run.code, 0, explain(run));
    const entry = JSON.parse(run.outputs.entry!);
    assert.equal(entry.ref, 'pbg-cobra');
    assert.deepEqual(entry.install_sources.map((s: { type: string; url: string; ref?: string }) => [s.type, s.url, s.ref]), [['git', sourceUrl, gh.git(fullName, 'rev-parse', 'v0.3.1^{commit}')]]);
    const doc = JSON.parse(show(registry, 'packages/pb/g-/pbg-cobra.json'));
    assert.equal(doc.owner, `${new URL(gh.serverUrl).host}/${fullName}`);
  });

  it('registry-token: the job token creates the release here, the registry token alone reads, pushes to and opens the pull request on the registry', async () => {
    const pack = packRepo('slack', 'v2.1.0');
    const registry = registryRepo();
    // As on GitHub: the workflow's GITHUB_TOKEN sees only its own repository, and the App token
    // only the registry, whose settings forbid GitHub Actions to open pull requests.
    const jobToken = 'ghs_JobTokenForThePackRepo0123456789';
    const appToken = 'ghs_AppTokenForTheRegistry0123456789';
    gh.tokens.set(jobToken, { repos: [pack.fullName], write: true, actions: true });
    gh.tokens.set(appToken, { repos: [registry], write: true, actions: false });
    gh.repo(registry).actionsMayCreatePullRequests = false;
    const [callsBefore, gitBefore] = [gh.calls.length, gh.gitAuthorizations.length];
    const run = await publish(pack, 'v2.1.0', { registry, 'registry-token': appToken, 'registry-url': REGISTRY_URL }, { token: jobToken });
    assert.equal(run.code, 0, explain(run));
    assert.equal(run.outputs.operation, 'pr-opened');
    assert.deepEqual(gh.repo(pack.fullName).releases.map((r) => [r.tag, r.assets.map((a) => a.name)]), [['v2.1.0', ['slack-2.1.0.tar.gz']]]);
    assert.equal(gh.repo(registry).pulls.length, 1);

    const calls = gh.calls.slice(callsBefore);
    const on = (repo: string) => calls.filter((c) => c.path.startsWith(`/repos/${repo}/`) || c.path === `/repos/${repo}`);
    assert.equal(on(pack.fullName).length + on(registry).length, calls.length, 'every call went to one of the two repositories');
    assert.deepEqual([...new Set(on(pack.fullName).map((c) => c.token))], [jobToken]);
    assert.deepEqual([...new Set(on(registry).map((c) => c.token))], [appToken]);
    const tokenOf = (operationId: string) => calls.filter((c) => c.operationId === operationId).map((c) => c.token);
    assert.deepEqual(tokenOf('repos/create-release'), [jobToken]);
    assert.deepEqual(tokenOf('repos/upload-release-asset'), [jobToken]);
    assert.deepEqual(tokenOf('pulls/create'), [appToken]);
    const gitAuth = gh.gitAuthorizations.slice(gitBefore).filter((a) => a !== '');
    assert.ok(gitAuth.length > 0);
    assert.deepEqual([...new Set(gitAuth)], [`basic ${Buffer.from(`x-access-token:${appToken}`).toString('base64')}`], 'git pushed to the registry with the registry token only');
    for (const secret of [jobToken, appToken]) {
      assert.match(run.stdout, new RegExp(`::add-mask::${secret}`));
      assert.doesNotMatch(shown(run) + run.summary + JSON.stringify(run.outputs), new RegExp(secret));
    }
  });

  it('without registry-token, a job token that sees only its own repository is refused with a fix naming registry-token, before any release', async () => {
    const pack = packRepo('slack', 'v2.1.0');
    const registry = registryRepo();
    const jobToken = 'ghs_JobTokenAloneForPack0123456789';
    gh.tokens.set(jobToken, { repos: [pack.fullName], write: true, actions: true });
    const run = await publish(pack, 'v2.1.0', { registry, 'registry-url': REGISTRY_URL }, { token: jobToken });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::GITHUB_NOT_FOUND: .*as 'registry-token'\./);
    assert.deepEqual(gh.repo(pack.fullName).releases, []);
    assert.deepEqual(gh.repo(registry).pulls, []);
  });

  describe('common GitHub failures, each with a message that says how to fix it', () => {
    it('a read-only token cannot push to the registry', async () => {
      const pack = packRepo('slack', 'v2.1.0');
      const registry = registryRepo();
      const run = await publish(pack, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, archive: 'none' }, { token: READ_ONLY });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::GITHUB_FORBIDDEN: git push of 'main' was refused/);
      assert.match(run.stdout, /permissions: contents: write/);
      assert.doesNotMatch(shown(run), new RegExp(READ_ONLY));
    });

    it('the workflow token cannot see another repository', async () => {
      const pack = packRepo('slack', 'v2.1.0');
      const registry = registryRepo();
      gh.tokens.set(OWN_REPO_ONLY, { repos: [pack.fullName], write: true, actions: true });
      const run = await publish(pack, 'v2.1.0', { registry, 'registry-url': REGISTRY_URL }, { token: OWN_REPO_ONLY });
      assert.equal(run.code, 1);
      assert.match(run.stdout, new RegExp(`::error::GITHUB_NOT_FOUND: Could not read the repository on ${registry}: HTTP 404 Not Found`));
      assert.match(run.stdout, /The default GITHUB_TOKEN sees only the workflow's own repository/);
      assert.deepEqual(gh.repo(pack.fullName).releases, [], 'failed before the release');
    });

    it('GitHub Actions is not permitted to create pull requests', async () => {
      const pack = packRepo('slack', 'v2.1.0');
      const registry = registryRepo();
      gh.repo(registry).actionsMayCreatePullRequests = false;
      const run = await publish(pack, 'v2.1.0', { registry, 'registry-url': REGISTRY_URL });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::GITHUB_FORBIDDEN: Could not open a pull request on .*: HTTP 403 GitHub Actions is not permitted to create or approve pull requests\./);
      assert.match(run.stdout, /Allow GitHub Actions to create and approve pull requests/);
    });

    it('the registry branch does not exist', async () => {
      const pack = packRepo('slack', 'v2.1.0');
      const registry = registryRepo();
      const run = await publish(pack, 'v2.1.0', { registry, 'registry-branch': 'gh-pages', 'registry-url': REGISTRY_URL });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::REGISTRY_NOT_FOUND: The registry repository .* has no branch 'gh-pages'\./);
      assert.deepEqual(gh.repo(pack.fullName).releases, []);
    });

    it('a run that was not started by a tag, with no version input', async () => {
      const pack = packRepo('slack', 'v2.1.0');
      const run = await runActionBundle({
        cwd: pack.workspace,
        env: { GITHUB_WORKSPACE: pack.workspace, GITHUB_REPOSITORY: pack.fullName, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch', GITHUB_SERVER_URL: gh.serverUrl, GITHUB_API_URL: gh.apiUrl, ...inputEnv({ command: 'publish' }, TOKEN) },
      });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::USAGE: command: publish needs the version being released, and this run was not started by a tag\./);
    });

    it('an input with a value it does not take', async () => {
      const pack = packRepo('slack', 'v2.1.0');
      const run = await publish(pack, 'v2.1.0', { 'publish-via': 'email' });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::USAGE: Input 'publish-via' is 'email'\.%0AExpected: pull-request or commit/);
    });
  });
});
