import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inputEnv, runActionBundle, type ActionRun } from '../helpers/action-runner';
import { commitAndTag, git } from '../helpers/git';
import { HOSTILE_REFS, HOSTILE_URLS, pwnedFiles } from '../helpers/git-injection';
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/loopback-github';
import { initRegistry } from '../helpers/site';
import { tempDir } from '../helpers/tmp';

const ROOT = path.join(import.meta.dirname, '..', '..');
const TOKEN = 'ghs_InjectionToken0123456789abcdef';
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git']).toString().trim();

/** A git first on PATH that logs each argv, one per line, then runs the real git. */
function gitShim(): { dir: string; argv: () => string[] } {
  const dir = tempDir('packdex-git-shim-');
  const log = path.join(dir, 'argv.log');
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${REAL_GIT}' "$@"\n`, { mode: 0o755 });
  return { dir, argv: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []) };
}

const explain = (run: ActionRun) => `exit ${run.code}\n${run.stdout}\n${run.stderr}`;

/**
 * Issue 12 §5: every input and document value that reaches git is checked as a ref (or a remote)
 * and passed after `--`. Each option-shaped value goes to the bundled Action through the input
 * that carries it; each run must stop with the refusal's code, and no PWNED file may exist in
 * the workspace, the runner's temp folder, the remote's folder or the test's own folder.
 */
describe('the bundled Action gives git no option through an input', () => {
  let gh: LoopbackGitHub;
  let counter = 0;
  before(async () => {
    gh = await startLoopbackGitHub();
    gh.tokens.set(TOKEN, { repos: '*', write: true, actions: true });
  });
  after(async () => {
    await gh.stop();
    assert.deepEqual(gh.violations, []);
  });

  /** Run the bundle in `workspace` with its own TMPDIR and RUNNER_TEMP, git logged by the shim. */
  async function run(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<{ run: ActionRun; argv: string[]; temp: string }> {
    const shim = gitShim();
    const temp = tempDir('packdex-injection-tmp-');
    const result = await runActionBundle({
      cwd: workspace,
      env: {
        PATH: `${shim.dir}:${process.env.PATH}`,
        TMPDIR: temp,
        RUNNER_TEMP: temp,
        GITHUB_WORKSPACE: workspace,
        GITHUB_SERVER_URL: gh.serverUrl,
        GITHUB_API_URL: gh.apiUrl,
        NODE_EXTRA_CA_CERTS: gh.caFile,
        GIT_SSL_CAINFO: gh.caFile,
        ...env,
        ...inputEnv(inputs, TOKEN),
      },
    });
    return { run: result, argv: shim.argv(), temp };
  }

  function assertRefused(outcome: { run: ActionRun; argv: string[]; temp: string }, code: string, message: RegExp, value: string, dirs: string[]): void {
    assert.equal(outcome.run.code, 1, explain(outcome.run));
    assert.match(outcome.run.stdout, new RegExp(`::error::${code}: `), explain(outcome.run));
    assert.match(outcome.run.stdout, message);
    assert.deepEqual(pwnedFiles([outcome.temp, ...dirs]), [], 'nothing ran');
    assert.deepEqual(outcome.argv.filter((a) => a.includes(value) || a.includes('PWNED')), [], 'the value never reached git');
  }

  describe('command: verify', () => {
    /** A registry checkout whose origin is a local bare repository: the transport --upload-pack abuses. */
    async function registryCheckout(): Promise<{ workspace: string; bare: string }> {
      const root = tempDir('packdex-verify-');
      const bare = path.join(root, 'origin.git');
      const workspace = path.join(root, 'work');
      mkdirSync(workspace);
      await initRegistry(workspace);
      commitAndTag(workspace, 'registry', 'v0');
      git(root, 'clone', '-q', '--bare', workspace, bare);
      git(workspace, 'remote', 'add', 'origin', bare);
      return { workspace, bare };
    }

    for (const value of HOSTILE_REFS) {
      it(`base-ref ${JSON.stringify(value)} is refused before git sees it (GIT_REF_INVALID)`, async () => {
        const { workspace, bare } = await registryCheckout();
        const outcome = await run(workspace, { command: 'verify', 'base-ref': value });
        assertRefused(outcome, 'GIT_REF_INVALID', /The base \(input 'base-ref', else the pull request's base\) '.*' is not a git ref name: it starts with "-"/, value, [workspace, bare, path.dirname(workspace)]);
      });
    }

    it("the pull request's base from the event payload is checked the same way", async () => {
      const { workspace, bare } = await registryCheckout();
      const event = path.join(tempDir('packdex-event-'), 'event.json');
      const value = HOSTILE_REFS[0]!;
      writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: value } } }));
      const outcome = await run(workspace, { command: 'verify' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
      assertRefused(outcome, 'GIT_REF_INVALID', /is not a git ref name/, value, [workspace, bare, path.dirname(workspace)]);
    });

    it('a well-formed base-ref still works (the checks refuse only what is not a ref)', async () => {
      const { workspace } = await registryCheckout();
      const outcome = await run(workspace, { command: 'verify', 'base-ref': 'v0' });
      assert.equal(outcome.run.code, 0, explain(outcome.run));
      assert.ok(outcome.argv.some((a) => a.startsWith('worktree add --detach --quiet -- ')), outcome.argv.join('\n'));
    });
  });

  describe('command: publish', () => {
    /** A pack repository on the loopback GitHub, checked out at its tag, and an empty registry. */
    function world(): { workspace: string; fullName: string; registry: string; sha: string } {
      const fullName = `acme/pack-slack-${++counter}`;
      gh.createRepo(fullName);
      const registry = `acme/registry-${counter}`;
      gh.createRepo(registry, { files: { 'README.md': '# packs\n' } });
      const workspace = path.join(tempDir('packdex-workspace-'), 'slack');
      cpSync(path.join(ROOT, 'examples', 'packs', 'slack'), workspace, { recursive: true });
      const sha = commitAndTag(workspace, 'release', 'v2.1.0');
      git(workspace, 'push', '-q', gh.repo(fullName).bare, 'main', 'v2.1.0');
      return { workspace, fullName, registry, sha };
    }

    const tagEnv = (w: { fullName: string; sha: string }, tag = 'v2.1.0'): NodeJS.ProcessEnv => ({
      GITHUB_REPOSITORY: w.fullName,
      GITHUB_SHA: w.sha,
      GITHUB_REF: `refs/tags/${tag}`,
      GITHUB_REF_NAME: tag,
      GITHUB_REF_TYPE: 'tag',
      GITHUB_EVENT_NAME: 'push',
    });

    for (const value of HOSTILE_REFS) {
      it(`registry-branch ${JSON.stringify(value)} is refused (GIT_REF_INVALID)`, async () => {
        const w = world();
        const outcome = await run(w.workspace, { command: 'publish', registry: w.registry, 'publish-via': 'commit', 'registry-branch': value }, tagEnv(w));
        assertRefused(outcome, 'GIT_REF_INVALID', /Input 'registry-branch' '.*' is not a git ref name/, value, [w.workspace, gh.repo(w.registry).bare]);
        assert.equal(gh.git(w.registry, 'rev-list', '--count', 'main'), '1', 'the registry is untouched');
        assert.deepEqual(gh.repo(w.fullName).releases, [], 'no release');
      });

      it(`source-ref ${JSON.stringify(value)} is refused (GIT_REF_INVALID)`, async () => {
        const w = world();
        const outcome = await run(w.workspace, { command: 'publish', registry: w.registry, 'source-url': `${gh.serverUrl}/${w.fullName}.git`, 'source-ref': value, archive: 'none', version: '2.1.0' }, { GITHUB_REPOSITORY: w.registry });
        assertRefused(outcome, 'GIT_REF_INVALID', /Input 'source-ref' '.*' is not a git ref name/, value, [w.workspace, gh.repo(w.fullName).bare]);
      });

      it(`a tag ${JSON.stringify(value)} (GITHUB_REF_NAME) is refused (GIT_REF_INVALID)`, async () => {
        const w = world();
        const outcome = await run(w.workspace, { command: 'publish', registry: w.registry, 'publish-via': 'commit' }, tagEnv(w, value));
        assertRefused(outcome, 'GIT_REF_INVALID', /The tag of this run \(GITHUB_REF_NAME\) '.*' is not a git ref name/, value, [w.workspace]);
      });

      it(`version ${JSON.stringify(value)} is refused (VERSION_INVALID)`, async () => {
        const w = world();
        const outcome = await run(w.workspace, { command: 'publish', registry: w.registry, version: value }, tagEnv(w));
        assertRefused(outcome, 'VERSION_INVALID', /Input 'version' gives the version '.*', which is not semver/, value, [w.workspace]);
      });
    }

    for (const value of HOSTILE_URLS) {
      it(`source-url ${JSON.stringify(value)} is refused (URL_INVALID)`, async () => {
        const w = world();
        const outcome = await run(w.workspace, { command: 'publish', registry: w.registry, 'source-url': value, 'source-ref': 'v2.1.0', archive: 'none' }, { GITHUB_REPOSITORY: w.registry });
        assertRefused(outcome, 'URL_INVALID', /Input 'source-url' '.*' is not a repository URL packdex gives git/, value, [w.workspace]);
      });
    }

    it('a version that is a ref but not semver is refused too: it names the proposal branch', async () => {
      const w = world();
      const outcome = await run(w.workspace, { command: 'publish', registry: w.registry, version: '2.1.0..x' }, tagEnv(w));
      assertRefused(outcome, 'VERSION_INVALID', /'2\.1\.0\.\.x', which is not semver/, '2.1.0..x', [w.workspace]);
    });

    it('registry-path may not leave the registry branch', async () => {
      const w = world();
      for (const value of ['../outside', '/etc', '--x']) {
        const outcome = await run(w.workspace, { command: 'publish', registry: w.registry, 'registry-path': value }, tagEnv(w));
        assert.equal(outcome.run.code, 1);
        assert.match(outcome.run.stdout, /::error::USAGE: Input 'registry-path' is/);
      }
    });
  });
});
