import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertValidIndex } from '../../src/core/index-file/index-rules';
import { inputEnv, runActionBundle, type ActionRun } from '../helpers/action-runner';
import { commitAndTag, git } from '../helpers/git';
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/loopback-github';
import { makeKey } from '../helpers/openpgp-keys';
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy';
import { provenanceStatement, startSigstore, type SigstoreInstance } from '../helpers/sigstore-mock';
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

  /** A consumer's `packdex install jira@^0.9` from `registry` into `target`, trusting the loopback GitHub for the archives. */
  const installJira = (registry: string, target: string, home: string) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'install', 'jira@^0.9', '--registry', registry, '--dir', target], {
        env: { PATH: process.env.PATH, HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache'), NODE_EXTRA_CA_CERTS: gh.caFile },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });
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
    const installed = await installJira(path.join(site, 'registry'), target, site);
    assert.equal(installed.code, 0, installed.out);
    for (const name of ['jira', 'slack']) assert.ok(existsSync(path.join(target, name, 'pack.yaml')), `${name} installed (jira depends on slack)`);
  });

  it('publishes into a sources-only registry (derived: deployed): each commit holds the document and README only; command build makes the served site, which a consumer installs from', async () => {
    // registry.json as `packdex registry init --derived deployed` writes it, on the registry branch.
    const init = tempDir('packdex-init-');
    execFileSync(process.execPath, [BIN, 'registry', 'init', init, '--name', 'Ours', '--url', REGISTRY_URL, '--derived', 'deployed']);
    const fullName = `acme/registry-${++registryCounter}`;
    gh.createRepo(fullName, { files: { 'README.md': '# Our packs\n', 'registry.json': readFileSync(path.join(init, 'registry.json'), 'utf8') } });
    for (const [example, tag] of [['slack', 'v2.1.0'], ['jira', 'v0.9.3']] as const) {
      const run = await publish(packRepo(example, tag), tag, { registry: fullName, 'publish-via': 'commit' });
      assert.equal(run.code, 0, explain(run));
      const files = gh.git(fullName, 'show', '--name-only', '--format=', 'main').split('\n').filter(Boolean);
      assert.ok(files.length >= 1 && files.length <= 2 && files.every((f) => f.startsWith('packages/') || f.startsWith('readmes/')), `one publish commits its document (and README) only: ${files.join(', ')}`);
    }
    const tree = gh.git(fullName, 'ls-tree', '-r', '--name-only', 'main').split('\n');
    for (const derived of ['index.json', 'recent.json', 'index.html', 'search/manifest.json']) assert.ok(!tree.includes(derived), `${derived} is never committed`);
    // The deploying workflow: check out the branch, command build, upload the folder.
    const workspace = tempDir('packdex-deploy-');
    git(workspace, 'clone', '-q', gh.repo(fullName).bare, 'registry');
    const built = await runActionBundle({ cwd: workspace, env: { GITHUB_WORKSPACE: path.join(workspace, 'registry'), ...inputEnv({ command: 'build', 'registry-path': '.', 'site-out': '../_site' }, TOKEN) } });
    assert.equal(built.code, 0, explain(built));
    const site = path.join(workspace, '_site');
    for (const f of ['registry.json', 'index.json', 'index.html', 'search/manifest.json', 'packages/ji/ra/jira.json']) assert.ok(existsSync(path.join(site, f)), f);
    assertValidIndex(JSON.parse(readFileSync(path.join(site, 'index.json'), 'utf8')));
    const target = path.join(workspace, 'packs');
    const installed = await installJira(site, target, workspace);
    assert.equal(installed.code, 0, installed.out);
    for (const name of ['jira', 'slack']) assert.ok(existsSync(path.join(target, name, 'pack.yaml')), `${name} installed from the built site, its archive from the release`);
  });

  it('signs the archive with sign-key: <archive>.asc on the release, URL and fingerprint in the registry, key and passphrase masked; a consumer verifies it', async () => {
    const key = await makeKey({ name: 'Release Bot', passphrase: 'pass-phrase-77' });
    const pack = packRepo('jira', 'v0.9.3');
    const registry = registryRepo();
    const inputs = { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, 'sign-key': key.privateArmored, 'sign-key-passphrase': 'pass-phrase-77' };
    const run = await publish(pack, 'v0.9.3', inputs);
    assert.equal(run.code, 0, explain(run));
    const assets = gh.repo(pack.fullName).releases[0]!.assets;
    assert.deepEqual(assets.map((a) => a.name), ['jira-0.9.3.tar.gz', 'jira-0.9.3.tar.gz.asc']);
    const version = JSON.parse(show(registry, 'packages/ji/ra/jira.json')).versions[0];
    assert.equal(version.signature_url, `${gh.serverUrl}/${pack.fullName}/releases/download/v0.9.3/jira-0.9.3.tar.gz.asc`);
    assert.equal(version.publisher_key_fingerprint, key.fingerprint);
    const masked = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
    assert.ok(masked.includes('pass-phrase-77'), 'the passphrase is masked');
    const keyLines = key.privateArmored.split('\n').map((l) => l.trim()).filter((l) => l.length > 3 && !l.startsWith('-----'));
    assert.ok(keyLines.every((l) => masked.includes(l)), 'every line of the key is masked');
    assert.ok(keyLines.every((l) => !shown(run).includes(l)) && !shown(run).includes('pass-phrase-77'), 'neither appears in the log');
    const again = await publish(pack, 'v0.9.3', inputs);
    assert.equal(again.code, 0, explain(again));
    assert.equal(again.outputs.operation, 'unchanged');
    assert.equal(gh.repo(pack.fullName).releases[0]!.assets.length, 2, 'the signature is kept, not uploaded again');

    const site = tempDir('packdex-site-');
    git(site, 'clone', '-q', gh.repo(registry).bare, 'registry');
    const cliRun = (args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: site, PACKDEX_CACHE_DIR: path.join(site, 'cache'), NODE_EXTRA_CA_CERTS: gh.caFile } });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (code) => resolve({ code, out }));
      });
    const refused = await cliRun(['install', 'jira', '--registry', path.join(site, 'registry'), '--dir', path.join(site, 'packs'), '--skip-deps']);
    assert.equal(refused.code, 1, refused.out);
    assert.match(refused.out, /SIGNATURE_KEY_UNKNOWN/);
    assert.equal(existsSync(path.join(site, 'packs')), false, 'nothing installed');
    writeFileSync(path.join(site, 'release-bot.asc'), key.publicArmored);
    assert.equal((await cliRun(['keys', 'add', path.join(site, 'release-bot.asc')])).code, 0);
    const installed = await cliRun(['install', 'jira', '--registry', path.join(site, 'registry'), '--dir', path.join(site, 'packs'), '--skip-deps', '--json']);
    assert.equal(installed.code, 0, installed.out);
    assert.equal(JSON.parse(installed.out).packs[0].signed_by, key.fingerprint);
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

  it('provenance: auto without id-token says how to grant it and publishes without; required refuses before writing anything', async () => {
    const pack = packRepo('slack', 'v2.1.0');
    const registry = registryRepo();
    const before = gh.git(registry, 'for-each-ref');
    const required = await publish(pack, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, provenance: 'required' });
    assert.equal(required.code, 1, explain(required));
    assert.match(required.stdout, /::error::PROVENANCE_UNAVAILABLE: provenance: required, and this job cannot ask GitHub for an OIDC token/);
    assert.match(required.stdout, /id-token: write, attestations: write/);
    assert.deepEqual(gh.repo(pack.fullName).releases, [], 'no release, no asset');
    assert.equal(gh.git(registry, 'for-each-ref'), before, 'the registry is untouched');

    const auto = await publish(pack, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL });
    assert.equal(auto.code, 0, explain(auto));
    assert.match(auto.stdout, /::notice::Publishing without build provenance: this job has no OIDC token\. Give the publishing job `permissions: \{ contents: write, id-token: write, attestations: write \}`/);
    assert.deepEqual(gh.repo(pack.fullName).releases[0]!.assets.map((a) => a.name), ['slack-2.1.0.tar.gz']);
    assert.equal(JSON.parse(show(registry, 'packages/sl/ac/slack.json')).versions[0].provenance, undefined);
    assert.equal(auto.outputs['provenance-bundle-url'], undefined);

    const off = await publish(pack, 'v2.1.0', { registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, provenance: 'off' });
    assert.equal(off.code, 0, explain(off));
    assert.doesNotMatch(off.stdout, /build provenance/);
    assert.equal(off.outputs.operation, 'unchanged');
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

/**
 * @actions/attest's own signing, end to end and offline. It builds its endpoints from fixed hosts
 * (a public repository: https://fulcio.sigstore.dev and https://rekor.sigstore.dev; its OIDC
 * issuer https://token.actions.githubusercontent.com, required of GITHUB_SERVER_URL=https://github.com),
 * so the job runs behind a forward proxy on loopback (HTTPS_PROXY, as on a runner behind a
 * corporate proxy): it ends TLS for those hosts with the throwaway CA's certificate and answers
 * from @sigstore/mock, and tunnels github.com (git) to the loopback GitHub. The REST API and the
 * OIDC token service stay on loopback addresses, which every client reaches directly. Anything
 * else the proxy refuses, and the test fails on it.
 */
describe('the bundled Action attests the archive with @actions/attest itself: loopback Sigstore behind a proxy', () => {
  const HOSTED = ['fulcio.sigstore.dev', 'rekor.sigstore.dev', 'token.actions.githubusercontent.com', 'fulcio.githubapp.com', 'timestamp.githubapp.com'];
  let gh: LoopbackGitHub;
  let sigstore: SigstoreInstance;
  let proxy: ConnectProxy;
  let rootFile: string;
  let counter = 0;
  before(async () => {
    sigstore = await startSigstore();
    gh = await startLoopbackGitHub({ hostNames: ['github.com', ...HOSTED] });
    gh.tokens.set(TOKEN, { repos: '*', write: true, actions: true, attestations: true });
    proxy = await startConnectProxy({ tunnels: { 'github.com': gh.port }, terminate: { hosts: HOSTED, tls: gh.tls!, handler: (req, res) => sigstore.serveHosted(req, res) } });
    rootFile = path.join(tempDir('packdex-root-'), 'trusted_root.json');
    writeFileSync(rootFile, JSON.stringify(sigstore.trustedRoot));
  });
  after(async () => {
    await proxy.stop();
    await gh.stop();
    await sigstore.close();
    assert.deepEqual(gh.violations, [], 'every API request and response matched GitHub’s OpenAPI description');
    assert.deepEqual(proxy.refused, [], 'nothing was headed anywhere but loopback');
  });

  function world(tag: string) {
    const n = ++counter;
    const fullName = `acme/pack-attested-${n}`;
    gh.createRepo(fullName);
    const workspace = path.join(tempDir('packdex-workspace-'), 'slack');
    cpSync(path.join(EXAMPLES, 'slack'), workspace, { recursive: true });
    const sha = commitAndTag(workspace, `release ${tag}`, tag);
    git(workspace, 'push', '-q', gh.repo(fullName).bare, 'main', tag);
    const registry = `acme/attested-registry-${n}`;
    gh.createRepo(registry, { files: { 'README.md': '# Our packs\n' } });
    return { fullName, workspace, sha, registry, tag };
  }

  function publishAttested(w: ReturnType<typeof world>, options: { node?: string; crashAt?: string; visibility?: 'public' | 'private'; trustedRoot?: string } = {}): Promise<ActionRun> {
    const visibility = options.visibility ?? 'public';
    const workflowRef = `${w.fullName}/.github/workflows/release.yml@refs/tags/${w.tag}`;
    const oidc = sigstore.githubOidc({
      sub: `repo:${w.fullName}:ref:refs/tags/${w.tag}`, ref: `refs/tags/${w.tag}`, ref_type: 'tag', sha: w.sha, repository: w.fullName, repository_owner: 'acme',
      repository_id: '4242', repository_owner_id: '77', repository_visibility: visibility, event_name: 'push', workflow: 'release', workflow_ref: workflowRef,
      job_workflow_ref: workflowRef, runner_environment: 'github-hosted', run_id: '9001', run_number: '3', run_attempt: '1', actor: 'author',
    });
    const event = path.join(tempDir('packdex-event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ ref: `refs/tags/${w.tag}`, before: '0'.repeat(40), after: w.sha, created: true, deleted: false, forced: false, base_ref: 'refs/heads/main', repository: { full_name: w.fullName, name: w.fullName.split('/')[1], owner: { login: 'acme' }, default_branch: 'main', visibility, private: visibility === 'private' }, pusher: { name: 'author' }, sender: { login: 'author' } }));
    return runActionBundle({
      node: options.node,
      cwd: w.workspace,
      env: {
        GITHUB_WORKSPACE: w.workspace,
        GITHUB_REPOSITORY: w.fullName,
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_SHA: w.sha,
        GITHUB_REF: `refs/tags/${w.tag}`,
        GITHUB_REF_NAME: w.tag,
        GITHUB_REF_TYPE: 'tag',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_WORKFLOW_REF: workflowRef,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: gh.apiUrl,
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        HTTPS_PROXY: proxy.url,
        https_proxy: proxy.url,
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
        NODE_EXTRA_CA_CERTS: gh.caFile,
        GIT_SSL_CAINFO: gh.caFile,
        ...(options.crashAt === undefined ? {} : { PACKDEX_TEST_CRASH_AT: options.crashAt }),
        ...inputEnv({ command: 'publish', registry: w.registry, 'publish-via': 'commit', 'registry-url': REGISTRY_URL, provenance: 'required', 'trusted-root': options.trustedRoot ?? rootFile }, TOKEN),
      },
    });
  }

  const explain = (run: ActionRun) => `exit ${run.code}\n${run.stdout}\n${run.stderr}`;
  const versionOf = (w: ReturnType<typeof world>) => JSON.parse(gh.git(w.registry, 'show', 'main:packages/sl/ac/slack.json')).versions[0];

  /** dist/packdex.cjs installs slack from a clone of the registry, verifying its bundle against `roots` (undefined: the shipped roots). */
  async function install(w: ReturnType<typeof world>, roots: string | undefined, node = process.execPath): Promise<{ code: number | null; out: string; dir: string }> {
    const site = tempDir('packdex-site-');
    git(site, 'clone', '-q', gh.repo(w.registry).bare, 'registry');
    const dir = path.join(site, 'packs');
    return new Promise((resolve) => {
      const child = spawn(node, [BIN, 'install', 'slack', '--registry', path.join(site, 'registry'), '--dir', dir, '--skip-deps', '--json', ...(roots === undefined ? [] : ['--trusted-root', roots])], {
        env: { PATH: process.env.PATH, HOME: site, PACKDEX_CACHE_DIR: path.join(site, 'cache'), NODE_EXTRA_CA_CERTS: gh.caFile, HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1,localhost' },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out, dir }));
    });
  }

  for (const runtime of ['current', 'node24'] as const) {
    it(`signs through @actions/attest: Fulcio, Rekor and the attestations API; the bundle is a release asset, the entry records it, the client verifies it (Node ${runtime === 'current' ? process.versions.node : 24})`, async () => {
      const node = runtime === 'node24' ? (node24() as string) : process.execPath;
      const w = world('v2.1.0');
      const hostedBefore = sigstore.hostedRequests.length;
      const run = await publishAttested(w, { node });
      assert.equal(run.code, 0, explain(run));
      const hosted = sigstore.hostedRequests.slice(hostedBefore);
      for (const expected of ['token.actions.githubusercontent.com /.well-known/openid-configuration', 'token.actions.githubusercontent.com /.well-known/jwks', 'fulcio.sigstore.dev /api/v2/signingCert', 'rekor.sigstore.dev /api/v1/log/entries']) {
        assert.ok(hosted.includes(expected), `${expected} was asked (${hosted.join(', ')})`);
      }
      assert.ok(proxy.connects.includes('github.com:443'), 'git reached github.com through the proxy');
      const [release] = gh.repo(w.fullName).releases;
      assert.deepEqual(release!.assets.map((a) => a.name), ['slack-2.1.0.tar.gz', 'slack-2.1.0.tar.gz.sigstore.json']);
      const uploaded = JSON.parse(release!.assets[1]!.bytes.toString('utf8'));
      assert.deepEqual(gh.repo(w.fullName).attestations.map((a) => a.bundle), [uploaded], 'the attestations API stored the same bundle');
      const version = versionOf(w);
      assert.deepEqual(version.provenance, {
        bundle_url: `${gh.serverUrl}/${w.fullName}/releases/download/v2.1.0/slack-2.1.0.tar.gz.sigstore.json`,
        identity: { repository: w.fullName, workflow: '.github/workflows/release.yml', ref: 'refs/tags/v2.1.0' },
        issuer: 'https://token.actions.githubusercontent.com',
      });
      assert.equal(run.outputs['provenance-bundle-url'], version.provenance.bundle_url);
      const installed = await install(w, rootFile, node);
      assert.equal(installed.code, 0, installed.out);
      assert.ok(existsSync(path.join(installed.dir, 'slack', 'pack.yaml')));
      // Against the shipped roots only, the loopback instance is a stranger: refused, nothing installed.
      const refused = await install(w, undefined, node);
      assert.equal(refused.code, 1, refused.out);
      assert.match(refused.out, /PROVENANCE_/);
      assert.equal(existsSync(path.join(refused.dir, 'slack')), false);
    });
  }

  it('a private repository signs with GitHub\'s instance instead: fulcio.githubapp.com and a timestamp from timestamp.githubapp.com, no transparency log; the client verifies the timestamp', async () => {
    const w = world('v2.1.0');
    const hostedBefore = sigstore.hostedRequests.length;
    const run = await publishAttested(w, { visibility: 'private' });
    assert.equal(run.code, 0, explain(run));
    const hosted = sigstore.hostedRequests.slice(hostedBefore);
    assert.ok(hosted.includes('fulcio.githubapp.com /api/v2/signingCert'), hosted.join(', '));
    assert.ok(hosted.includes('timestamp.githubapp.com /api/v1/timestamp'), hosted.join(', '));
    assert.ok(!hosted.some((h) => h.startsWith('rekor.') || h.startsWith('fulcio.sigstore.dev')), 'public good is not used for a private repository');
    const bundle = JSON.parse(gh.repo(w.fullName).releases[0]!.assets[1]!.bytes.toString('utf8'));
    assert.equal((bundle.verificationMaterial.tlogEntries ?? []).length, 0, 'no transparency-log entry');
    assert.equal(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps.length, 1);
    assert.equal(gh.repo(w.fullName).attestations.length, 1);
    const installed = await install(w, rootFile);
    assert.equal(installed.code, 0, installed.out);
  });

  it('killed right after the bundle upload: the rerun reuses the bundle (no second attestation, one asset), records it, and the install verifies', async () => {
    const w = world('v2.1.0');
    const killed = await publishAttested(w, { crashAt: 'after-bundle-upload' });
    assert.equal(killed.code, null, explain(killed));
    assert.deepEqual(gh.repo(w.fullName).releases[0]!.assets.map((a) => a.name), ['slack-2.1.0.tar.gz', 'slack-2.1.0.tar.gz.sigstore.json']);
    assert.equal(gh.git(w.registry, 'rev-list', '--count', 'main'), '1', 'nothing pushed before the kill');
    assert.equal(gh.repo(w.fullName).attestations.length, 1);
    const bundleBytes = gh.repo(w.fullName).releases[0]!.assets[1]!.bytes;
    const fulcioBefore = sigstore.hostedRequests.filter((r) => r.endsWith('/api/v2/signingCert')).length;

    const rerun = await publishAttested(w);
    assert.equal(rerun.code, 0, explain(rerun));
    assert.match(rerun.stdout, /already carries slack-2\.1\.0\.tar\.gz\.sigstore\.json, a verified bundle .* reusing it instead of attesting again/);
    assert.equal(sigstore.hostedRequests.filter((r) => r.endsWith('/api/v2/signingCert')).length, fulcioBefore, 'no second certificate');
    assert.equal(gh.repo(w.fullName).attestations.length, 1, 'no second attestation');
    const assets = gh.repo(w.fullName).releases[0]!.assets;
    assert.deepEqual(assets.map((a) => a.name), ['slack-2.1.0.tar.gz', 'slack-2.1.0.tar.gz.sigstore.json'], 'one bundle asset');
    assert.deepEqual(assets[1]!.bytes, bundleBytes, 'the first run\'s bundle, untouched');
    assert.equal(versionOf(w).provenance.bundle_url, `${gh.serverUrl}/${w.fullName}/releases/download/v2.1.0/slack-2.1.0.tar.gz.sigstore.json`);
    const installed = await install(w, rootFile);
    assert.equal(installed.code, 0, installed.out);
  });

  it('a trusted-root that is not a trusted root fails before anything is uploaded or attested', async () => {
    const w = world('v2.1.0');
    const bad = path.join(tempDir('packdex-root-'), 'not-a-root.json');
    writeFileSync(bad, '{"mediaType": "something else"}\n');
    const fulcioBefore = sigstore.hostedRequests.filter((r) => r.endsWith('/api/v2/signingCert')).length;
    const run = await publishAttested(w, { trustedRoot: bad });
    assert.equal(run.code, 1, explain(run));
    assert.match(run.stdout, /::error::TRUSTED_ROOT_INVALID: /);
    assert.deepEqual(gh.repo(w.fullName).releases, [], 'no release, no asset');
    assert.equal(sigstore.hostedRequests.filter((r) => r.endsWith('/api/v2/signingCert')).length, fulcioBefore, 'nothing signed');
    assert.equal(gh.git(w.registry, 'rev-list', '--count', 'main'), '1');
  });

  it('a stale bundle on the release (another digest) fails with RELEASE_ASSET_CONFLICT naming it, before anything is pushed or attested', async () => {
    const w = world('v2.1.0');
    const workflowRef = { repository: w.fullName, path: '.github/workflows/release.yml', ref: 'refs/tags/v2.1.0' };
    const stale = await sigstore.attest(provenanceStatement('slack-2.1.0.tar.gz', 'cd'.repeat(32), workflowRef), { san: `https://github.com/${w.fullName}/.github/workflows/release.yml@refs/tags/v2.1.0` });
    const staleBytes = Buffer.from(`${JSON.stringify(stale)}\n`);
    gh.repo(w.fullName).releases.push({ id: 990_000 + counter, tag: 'v2.1.0', name: 'slack 2.1.0', body: null, targetCommitish: 'main', createdAt: '2026-06-01T00:00:00Z', assets: [{ id: 991_000 + counter, name: 'slack-2.1.0.tar.gz.sigstore.json', bytes: staleBytes, contentType: 'application/json', createdAt: '2026-06-01T00:00:00Z' }] });
    const run = await publishAttested(w);
    assert.equal(run.code, 1, explain(run));
    assert.match(run.stdout, /::error::RELEASE_ASSET_CONFLICT: The release 'v2\.1\.0' already has 'slack-2\.1\.0\.tar\.gz\.sigstore\.json', and it is not a provenance bundle for this archive/);
    assert.match(run.stdout, /PROVENANCE_DIGEST_MISMATCH/);
    assert.match(run.stdout + run.summary, /Delete slack-2\.1\.0\.tar\.gz\.sigstore\.json from the release v2\.1\.0 and rerun/);
    assert.equal(gh.git(w.registry, 'rev-list', '--count', 'main'), '1', 'nothing pushed');
    assert.deepEqual(gh.repo(w.fullName).attestations, [], 'nothing attested');
    assert.deepEqual(gh.repo(w.fullName).releases[0]!.assets.find((a) => a.name.endsWith('.sigstore.json'))!.bytes, staleBytes, 'the asset is left as it was');
  });
});
