import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { inputEnv, runActionBundle, type ActionRun } from '../helpers/action-runner';
import { git } from '../helpers/git';
import { makeDeployed } from '../helpers/git-registry';
import { baseRegistry } from '../helpers/registry-attacks';
import { tempDir } from '../helpers/tmp';

/**
 * Pull requests that a walk of the checked-out registry folder cannot see: they live in the
 * commit (a gitlink) or above the folder (.gitattributes at the repository's root), and change
 * what is served without changing what verify would read. Real git, the shipped Action bundle.
 */

async function repositoryWith(change: (repo: string) => void, registryPath = 'registry', deployed = false): Promise<{ repo: string; baseSha: string; headSha: string }> {
  const repo = tempDir('packdex-registry-repo-');
  await baseRegistry(registryPath === '.' ? repo : path.join(repo, registryPath));
  if (deployed) await makeDeployed(registryPath === '.' ? repo : path.join(repo, registryPath));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  const baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'change');
  change(repo);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'head', '--allow-empty');
  return { repo, baseSha, headSha: git(repo, 'rev-parse', 'HEAD') };
}

function runVerify(repo: string, baseSha: string, headSha: string, registryPath: string): Promise<ActionRun> {
  const event = path.join(tempDir('packdex-event-'), 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'opened', number: 7, pull_request: { number: 7, user: { login: 'mallory' }, head: { sha: headSha }, base: { sha: baseSha } } }));
  return runActionBundle({
    cwd: repo,
    env: { GITHUB_WORKSPACE: repo, GITHUB_REPOSITORY: 'acme/registry', GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: event, ...inputEnv({ command: 'verify', 'registry-path': registryPath }, 'ghs_unused') },
  });
}

/** A gitlink at `at` (as `git submodule add` records it), pointing at any commit. */
function gitlink(repo: string, at: string): void {
  const other = tempDir('packdex-submodule-');
  git(other, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(other, 'evil.json'), '{}\n');
  git(other, 'add', '-A');
  git(other, 'commit', '-qm', 'evil');
  git(repo, 'update-index', '--add', '--cacheinfo', `160000,${git(other, 'rev-parse', 'HEAD')},${at}`);
  // What actions/checkout leaves without `submodules: true`: an empty folder.
  mkdirSync(path.join(repo, at), { recursive: true });
}

const CASES: { what: string; registryPath: string; change: (repo: string) => void; code: string; annotated: string }[] = [
  { what: 'a submodule under packages/ (an empty folder in the checkout)', registryPath: 'registry', change: (r) => gitlink(r, 'registry/packages/ev'), code: 'PATH_UNSUPPORTED', annotated: 'registry/packages/ev' },
  { what: 'a submodule under archives/ of a registry at the root', registryPath: '.', change: (r) => gitlink(r, 'archives/more'), code: 'PATH_UNSUPPORTED', annotated: 'archives/more' },
  { what: 'a .gitattributes at the root, above the registry folder', registryPath: 'registry', change: (r) => writeFileSync(path.join(r, '.gitattributes'), 'registry/archives/* text eol=crlf\n'), code: 'UNEXPECTED_FILE', annotated: '.gitattributes' },
  { what: 'a .gitmodules at the root, above the registry folder', registryPath: 'registry', change: (r) => writeFileSync(path.join(r, '.gitmodules'), '[submodule "x"]\n\tpath = registry/x\n\turl = https://evil.example/x\n'), code: 'UNEXPECTED_FILE', annotated: '.gitmodules' },
  { what: 'a .lfsconfig at the root (another LFS server)', registryPath: 'registry', change: (r) => writeFileSync(path.join(r, '.lfsconfig'), '[lfs]\n\turl = https://evil.example/lfs\n'), code: 'UNEXPECTED_FILE', annotated: '.lfsconfig' },
];

describe('the bundled Action: verify reads what the checkout hides from the commits', { concurrency: 2 }, () => {
  for (const [c, deployed] of CASES.flatMap((x) => [[x, false], [x, true]] as const)) {
    it(`refuses ${c.what} (${c.code} on ${c.annotated})${deployed ? ' in a sources-only registry, from the commits' : ''}`, async () => {
      const { repo, baseSha, headSha } = await repositoryWith(c.change, c.registryPath, deployed);
      const status = git(repo, 'status', '--porcelain');
      const run = await runVerify(repo, baseSha, headSha, c.registryPath);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stdout, new RegExp(`^::error title=packdex verify%3A ${c.code},file=${c.annotated.replace(/[.]/g, '\\.')}::.+ Fix: .+$`, 'm'));
      assert.equal(git(repo, 'rev-parse', 'HEAD'), headSha, 'nothing is committed');
      assert.equal(git(repo, 'status', '--porcelain'), status, 'nothing in the checkout changes');
      assert.equal(git(repo, 'worktree', 'list').split('\n').length, 1, 'the base worktree is removed');
    });
  }

  it('passes a change that leaves .gitattributes outside the registry folder alone (a README beside it)', async () => {
    const { repo, baseSha, headSha } = await repositoryWith((r) => writeFileSync(path.join(r, 'README.md'), '# registry\n'));
    const run = await runVerify(repo, baseSha, headSha, 'registry');
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });
});
