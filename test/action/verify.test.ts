import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { VerifyOptions } from '../../src/core/site/verify-change';
import { inputEnv, runActionBundle, type ActionRun } from '../helpers/action-runner';
import { commitAndTag, git } from '../helpers/git';
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/loopback-github';
import { SITE_FILES } from '../../src/core/site/build-site';
import { makeDeployed } from '../helpers/git-registry';
import { ACCEPTED, ATTACKS, baseRegistry, editJson, type RegistryCase } from '../helpers/registry-attacks';
import { tempDir } from '../helpers/tmp';

const EXAMPLES = path.join(import.meta.dirname, '..', '..', 'examples', 'packs');
const REGISTRY_REPO = 'acme/registry';

/**
 * The fields of a real `pull_request` event payload (GitHub's webhook schema) that a runner
 * writes to GITHUB_EVENT_PATH; verify reads the base commit and the author from it.
 */
function pullRequestEvent(options: { baseSha: string; headSha: string; author: string; number?: number; headRef?: string }): string {
  const number = options.number ?? 42;
  const user = { login: options.author, id: 1001, type: options.author.endsWith('[bot]') ? 'Bot' : 'User' };
  const repository = { id: 7, name: 'registry', full_name: REGISTRY_REPO, owner: { login: 'acme', id: 9, type: 'Organization' }, private: false, default_branch: 'main' };
  const event = path.join(tempDir('packdex-event-'), 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'opened',
      number,
      pull_request: {
        url: `https://api.github.com/repos/${REGISTRY_REPO}/pulls/${number}`,
        id: 5000 + number,
        number,
        state: 'open',
        title: 'Registry change',
        user,
        author_association: 'CONTRIBUTOR',
        draft: false,
        head: { label: `${options.author}:${options.headRef ?? 'change'}`, ref: options.headRef ?? 'change', sha: options.headSha, user, repo: repository },
        base: { label: 'acme:main', ref: 'main', sha: options.baseSha, user: repository.owner, repo: repository },
      },
      repository,
      sender: user,
    }),
  );
  return event;
}

/** The `with:` inputs that give `options` (the author comes from the payload). */
function verifyInputs(options: VerifyOptions = {}): Record<string, string> {
  return {
    command: 'verify',
    ...(options.allowIdentityChange === true ? { 'allow-identity-change': 'true' } : {}),
    ...(options.allowOwnerTransfer === true ? { 'allow-owner-transfer': 'true' } : {}),
    ...(options.maxChangeBytes === undefined ? {} : { 'max-change-bytes': String(options.maxChangeBytes) }),
  };
}

function runVerify(workspace: string, event: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  return runActionBundle({
    cwd: workspace,
    env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: REGISTRY_REPO, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, ...env, ...inputEnv(inputs, 'ghs_unused') },
  });
}

/**
 * A registry repository whose main holds the base registry under `registry/` (registry-path), and
 * a workspace at the pull request's head as actions/checkout leaves it. The head is committed
 * when it is small; a 300 MB document stays in the working tree, which is all verify reads.
 */
async function pullRequestWorkspace(c: RegistryCase, deployed = false): Promise<{ repo: string; baseSha: string; headSha: string }> {
  const repo = tempDir('packdex-registry-repo-');
  const registry = path.join(repo, 'registry');
  await baseRegistry(registry);
  await c.base?.(registry);
  if (deployed) await makeDeployed(registry);
  writeFileSync(path.join(repo, 'README.md'), '# Outside the registry folder: not verify\'s business\n');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  const baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'change');
  await c.change(registry);
  // A sources-only registry's publisher writes no derived file; what a case rebuilt is dropped.
  if (deployed) for (const rel of [...SITE_FILES, 'search']) rmSync(path.join(registry, rel), { recursive: true, force: true });
  const huge = git(repo, 'ls-files', '--others', '--modified', '-z').split('\0').some((f) => f !== '' && readSize(path.join(repo, f)) > 16 << 20);
  // The git verify judges commits, so a sources-only registry's head is committed whatever its size.
  const committed = !huge || deployed;
  if (committed) {
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'head', '--allow-empty');
  }
  return { repo, baseSha, headSha: committed ? git(repo, 'rev-parse', 'HEAD') : 'f'.repeat(40) };
}

function readSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the bundled Action: command verify, on real pull_request payloads', { concurrency: 4 }, () => {
  for (const attack of ATTACKS) {
    it(`refuses ${attack.what} with an annotation on ${attack.file}`, async () => {
      const { repo, baseSha, headSha } = await pullRequestWorkspace(attack);
      const event = pullRequestEvent({ baseSha, headSha, author: attack.options?.author ?? 'octocat' });
      const run = await runVerify(repo, event, { ...verifyInputs(attack.options), 'registry-path': 'registry' });
      assert.equal(run.code, 1, run.stdout + run.stderr);
      const annotation = new RegExp(`^::error title=packdex verify%3A ${attack.code},file=${escape(`registry/${attack.file}`)}${attack.line ? ',line=\\d+' : ''}::.+ Fix: .+$`, 'm');
      assert.match(run.stdout, annotation);
      assert.match(run.output, /verify-status<<.*\nfail\n/);
      assert.match(run.summary, new RegExp(attack.code));
      assert.equal(git(repo, 'worktree', 'list').split('\n').length, 1, 'the base worktree is removed');
    });
  }

  for (const accepted of ACCEPTED) {
    it(`passes ${accepted.what}`, async () => {
      const { repo, baseSha, headSha } = await pullRequestWorkspace(accepted);
      const event = pullRequestEvent({ baseSha, headSha, author: accepted.options?.author ?? 'octocat' });
      const run = await runVerify(repo, event, { ...verifyInputs(accepted.options), 'registry-path': 'registry' });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.output, /verify-status<<.*\npass\n/);
      assert.doesNotMatch(run.stdout, /::error/);
    });
  }

  // A registry that keeps only its sources in git is verified from the commits: same annotations, no base checkout.
  // (The 300 MB documents are left to the core's git-verify test: committing them twice over is slow, and adds nothing here.)
  for (const attack of ATTACKS.filter((a) => a.code !== 'DERIVED_FILE_CHANGED' && !/300 MB/.test(a.what))) {
    it(`refuses ${attack.what} in a sources-only registry, from the commits, with an annotation on ${attack.file}`, async () => {
      const { repo, baseSha, headSha } = await pullRequestWorkspace(attack, true);
      const event = pullRequestEvent({ baseSha, headSha, author: attack.options?.author ?? 'octocat' });
      const run = await runVerify(repo, event, { ...verifyInputs(attack.options), 'registry-path': 'registry' });
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /Verified from the commits \(registry\.json: derived: deployed\): read \d+ files?, \d+ bytes\./);
      const annotation = new RegExp(`^::error title=packdex verify%3A ${attack.code},file=${escape(`registry/${attack.file}`)}${attack.line ? ',line=\\d+' : ''}::.+ Fix: .+$`, 'm');
      assert.match(run.stdout, annotation);
      assert.match(run.output, /verify-status<<.*\nfail\n/);
      assert.match(run.summary, new RegExp(attack.code));
    });
  }
  for (const accepted of ACCEPTED) {
    it(`passes ${accepted.what} in a sources-only registry, from the commits`, async () => {
      const { repo, baseSha, headSha } = await pullRequestWorkspace(accepted, true);
      const event = pullRequestEvent({ baseSha, headSha, author: accepted.options?.author ?? 'octocat' });
      const run = await runVerify(repo, event, { ...verifyInputs(accepted.options), 'registry-path': 'registry' });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /Verified from the commits/);
      assert.match(run.output, /verify-status<<.*\npass\n/);
      assert.match(run.summary, /keeps every rule/);
    });
  }

  it("compares GitHub's merge commit (fetched with depth 2) with its first parent, even when the event's base.sha is older", async () => {
    const origin = tempDir('packdex-registry-origin-');
    await baseRegistry(origin);
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'base');
    const stale = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '-b', 'change');
    await ACCEPTED[0]!.change(origin);
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'the pull request');
    const headSha = git(origin, 'rev-parse', 'HEAD');
    // The base branch moves on after the event: someone renames nothing, but touches the README.
    git(origin, 'checkout', '-q', 'main');
    editJson(origin, 'registry.json', (d) => (d.extra_files = ['README.md']));
    git(origin, 'commit', '-qam', 'list the README');
    const movedBase = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '--detach');
    git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge change into main', 'change');
    git(origin, 'update-ref', 'refs/pull/42/merge', 'HEAD');
    git(origin, 'checkout', '-q', 'main');
    // What actions/checkout does with ref: refs/pull/42/merge and fetch-depth: 2.
    const workspace = tempDir('packdex-checkout-');
    git(workspace, 'init', '-q');
    git(workspace, 'remote', 'add', 'origin', `file://${origin}`);
    git(workspace, 'fetch', '-q', '--depth', '2', 'origin', '+refs/pull/42/merge:refs/remotes/pull/42/merge');
    git(workspace, 'checkout', '-q', '--detach', 'refs/remotes/pull/42/merge');
    const run = await runVerify(workspace, pullRequestEvent({ baseSha: stale, headSha, author: 'octocat' }), { command: 'verify' });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`Comparing the registry in \\. with the base ${movedBase}\\.`));
  });

  it('refuses an allow input that is not true or false', async () => {
    const { repo, baseSha, headSha } = await pullRequestWorkspace(ACCEPTED.at(-1)!);
    const run = await runVerify(repo, pullRequestEvent({ baseSha, headSha, author: 'octocat' }), { command: 'verify', 'registry-path': 'registry', 'allow-owner-transfer': 'yes' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::USAGE: Input 'allow-owner-transfer' is 'yes'/);
  });
});

/**
 * What `command: publish` writes into a registry (by commit, and by pull request) passes the
 * registry's own verify: the owner is the publishing repository, the git source and the archive
 * lie in it, and the author is the publisher registry.json lists.
 */
describe('the bundled Action: verify passes what command: publish wrote, against a loopback GitHub', () => {
  const TOKEN = 'ghs_WorkflowToken0123456789abcdef';
  const PUBLISHER = 'acme-publisher[bot]';
  let gh: LoopbackGitHub;
  before(async () => {
    gh = await startLoopbackGitHub();
    gh.tokens.set(TOKEN, { repos: '*', write: true, actions: true });
  });
  after(async () => {
    await gh.stop();
    assert.deepEqual(gh.violations, []);
  });

  function publish(workspace: string, fullName: string, tag: string, sha: string, inputs: Record<string, string>): Promise<ActionRun> {
    const event = path.join(tempDir('packdex-event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ ref: `refs/tags/${tag}`, after: sha, created: true, repository: { full_name: fullName, name: fullName.split('/')[1], owner: { login: 'acme' }, default_branch: 'main' }, sender: { login: 'author' } }));
    return runActionBundle({
      cwd: workspace,
      env: {
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: fullName,
        GITHUB_SHA: sha,
        GITHUB_REF: `refs/tags/${tag}`,
        GITHUB_REF_NAME: tag,
        GITHUB_REF_TYPE: 'tag',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_SERVER_URL: gh.serverUrl,
        GITHUB_API_URL: gh.apiUrl,
        NODE_EXTRA_CA_CERTS: gh.caFile,
        GIT_SSL_CAINFO: gh.caFile,
        ...inputEnv({ command: 'publish', ...inputs }, TOKEN),
      },
    });
  }

  /** Tag the pack workspace at `version` (a new commit after the first) and push it. */
  function release(workspace: string, fullName: string, version: string, first: boolean): string {
    const file = path.join(workspace, 'pack.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: "${version}"`));
    let sha: string;
    if (first) sha = commitAndTag(workspace, `release ${version}`, `v${version}`);
    else {
      git(workspace, 'commit', '-qam', `release ${version}`);
      git(workspace, 'tag', `v${version}`);
      sha = git(workspace, 'rev-parse', 'HEAD');
    }
    git(workspace, 'push', '-q', gh.repo(fullName).bare, 'main', `v${version}`);
    return sha;
  }

  it('by commit and by pull request, with the author checked against registry.json publishers', async () => {
    const pack = 'acme/pack-slack';
    gh.createRepo(pack);
    gh.createRepo(REGISTRY_REPO, { files: { 'README.md': '# Our packs\n' } });
    const workspace = path.join(tempDir('packdex-workspace-'), 'slack');
    cpSync(path.join(EXAMPLES, 'slack'), workspace, { recursive: true });
    const inputs = { registry: REGISTRY_REPO, 'registry-url': 'https://registry.acme.example', 'registry-name': 'Acme packs' };

    // 2.0.0 creates the registry by commit; the registry's maintainers then name their publisher.
    const first = await publish(workspace, pack, 'v2.0.0', release(workspace, pack, '2.0.0', true), { ...inputs, 'publish-via': 'commit' });
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const site = tempDir('packdex-registry-checkout-');
    git(site, 'clone', '-q', gh.repo(REGISTRY_REPO).bare, 'registry');
    const checkout = path.join(site, 'registry');
    const identity = path.join(checkout, 'registry.json');
    writeFileSync(identity, JSON.stringify({ ...JSON.parse(readFileSync(identity, 'utf8')), publishers: [PUBLISHER], extra_files: ['README.md'] }, null, 2) + '\n');
    git(checkout, 'commit', '-qam', 'Name the publisher');
    git(checkout, 'push', '-q', 'origin', 'main');

    // 2.1.0 by commit: verify the pushed commit against its parent.
    const beforeCommit = gh.git(REGISTRY_REPO, 'rev-parse', 'main');
    const byCommit = await publish(workspace, pack, 'v2.1.0', release(workspace, pack, '2.1.0', false), { ...inputs, 'publish-via': 'commit' });
    assert.equal(byCommit.code, 0, byCommit.stdout + byCommit.stderr);
    git(checkout, 'pull', '-q', '--ff-only');
    const afterCommit = git(checkout, 'rev-parse', 'HEAD');
    const passed = await runVerify(checkout, pullRequestEvent({ baseSha: beforeCommit, headSha: afterCommit, author: PUBLISHER }), { command: 'verify' });
    assert.equal(passed.code, 0, passed.stdout + passed.stderr);

    // 2.2.0 by pull request: verify its branch against main, as the publisher and as someone else.
    const byPull = await publish(workspace, pack, 'v2.2.0', release(workspace, pack, '2.2.0', false), inputs);
    assert.equal(byPull.code, 0, byPull.stdout + byPull.stderr);
    assert.equal(byPull.outputs.operation, 'pr-opened');
    git(checkout, 'fetch', '-q', 'origin', 'packdex/publish/slack/2.2.0');
    git(checkout, 'checkout', '-q', 'FETCH_HEAD');
    const head = git(checkout, 'rev-parse', 'HEAD');
    const main = gh.git(REGISTRY_REPO, 'rev-parse', 'main');
    const ok = await runVerify(checkout, pullRequestEvent({ baseSha: main, headSha: head, author: PUBLISHER, headRef: 'packdex/publish/slack/2.2.0' }), { command: 'verify' });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.summary, /keeps every rule/);
    const other = await runVerify(checkout, pullRequestEvent({ baseSha: main, headSha: head, author: 'mallory' }), { command: 'verify' });
    assert.equal(other.code, 1);
    assert.match(other.stdout, /^::error title=packdex verify%3A AUTHOR_NOT_ALLOWED,file=packages\/sl\/ac\/slack\.json,line=1::The pull request's author 'mallory' may not change 'slack'/m);
  });
});
