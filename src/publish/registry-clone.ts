import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PackdexError, quote } from '../core/errors';
import { applyFileChanges, isNoop, type FileChange } from '../core/fs/file-change';
import { checkRefName, checkRemoteUrl, isCommitId } from '../core/git/check-ref';
import { execGit, git } from '../core/git/run-git';

export interface CommitAuthor {
  name: string;
  email: string;
}

export const DEFAULT_AUTHOR: CommitAuthor = { name: 'packdex', email: 'packdex@users.noreply.github.com' };

export type PushResult = { pushed: true } | { pushed: false; raced: boolean; said: string };

/** What git says when someone else moved the ref first (plain push or a failed lease). */
const RACED = /non-fast-forward|fetch first|\[rejected\]|failed to update ref|cannot lock ref|stale info/i;

/** What git says when the server refused the credentials or the permission. */
const FORBIDDEN = /\b(401|403)\b|permission to .* denied|authentication failed|could not read username/i;

/**
 * A registry branch or proposal branch, checked as a ref name (`registry-branch` is an input, and
 * a proposal branch carries a package's name and version) before it is put into a refspec.
 */
function checkBranch(branch: string): void {
  checkRefName(branch, { what: 'Branch', fix: "Name a branch of the registry repository, e.g. main or gh-pages ('registry-branch')." });
}

/**
 * A throwaway working copy of the registry repository: fetched shallowly per branch, changed with
 * planned file writes, committed, pushed without rewriting anyone's history. Credentials arrive in
 * `env` (GIT_CONFIG_* headers) and so never touch argv, the remote URL or .git/config.
 */
export class RegistryClone {
  private constructor(
    readonly dir: string,
    private readonly remote: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async open(remote: string, gitEnv: NodeJS.ProcessEnv = {}, author: CommitAuthor = DEFAULT_AUTHOR): Promise<RegistryClone> {
    checkRemoteUrl(remote, { what: 'The registry repository', fix: 'Check GITHUB_SERVER_URL and the registry input (owner/repo).' });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'packdex-registry-'));
    const env = { ...gitEnv, GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
    const clone = new RegistryClone(dir, remote, env);
    await clone.git(['init', '-q'], 'git init');
    await clone.git(['remote', 'add', '--', 'origin', remote], 'git remote add');
    return clone;
  }

  async git(args: string[], what: string): Promise<string> {
    const out = await git(args, {
      cwd: this.dir,
      env: this.env,
      what,
      value: this.remote,
      fix: 'Check the registry repository and branch, and that the token may read and push to it.',
    });
    return out.toString('utf8').trim();
  }

  /** Fetch one branch's tip (depth 1); undefined when the branch does not exist. */
  async fetchBranch(branch: string): Promise<string | undefined> {
    checkBranch(branch);
    const result = await execGit(['fetch', '--quiet', '--no-tags', '--depth', '1', '--end-of-options', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], { cwd: this.dir, env: this.env });
    if (result.exitCode === 0) return this.git(['rev-parse', '--verify', '--end-of-options', `refs/remotes/origin/${branch}`], 'git rev-parse');
    if (/couldn't find remote ref/i.test(result.stderr)) return undefined;
    throw this.transportError('fetch', branch, result.stderr);
  }

  async checkout(commit: string): Promise<void> {
    if (!isCommitId(commit)) throw new PackdexError('GIT_REF_INVALID', `${quote(commit)} is not a commit id.`, { value: commit, expected: 'a full 40-hex commit', fix: 'Report this: the branch tip git printed was not a commit id.' });
    // The `--` after the commit tells git it is a revision, not a path.
    await this.git(['checkout', '--quiet', '--force', '--detach', commit, '--'], 'git checkout');
    await this.git(['clean', '-q', '-fdx'], 'git clean');
  }

  /** Write the changes and commit them; returns the new commit. */
  async commit(changes: readonly FileChange[], message: string, removed: readonly string[] = []): Promise<string> {
    await applyFileChanges(changes);
    const paths = changes.filter((c) => !isNoop(c)).map((c) => path.relative(this.dir, c.path));
    if (paths.length > 0) await this.git(['add', '--', ...paths], 'git add');
    // A removed file (index.json past registry.json's limit) leaves the branch in the same commit.
    if (removed.length > 0) await this.git(['rm', '--quiet', '--ignore-unmatch', '--', ...removed.map((r) => path.relative(this.dir, r))], 'git rm');
    // The message is -m's own value, never an option, whatever it starts with.
    await this.git(['commit', '--quiet', '--no-verify', '-m', message], 'git commit');
    return this.git(['rev-parse', 'HEAD'], 'git rev-parse');
  }

  /**
   * Push HEAD to a branch. Without `lease` this is a plain push, refused unless it fast-forwards.
   * With `lease`, the branch is replaced only if it still points where we last saw it ('' = absent).
   */
  async push(branch: string, lease?: string): Promise<PushResult> {
    checkBranch(branch);
    if (lease !== undefined && lease !== '' && !isCommitId(lease)) throw new PackdexError('GIT_REF_INVALID', `The lease ${quote(lease)} is not a commit id.`, { value: lease, expected: "a full 40-hex commit, or '' for an absent branch", fix: 'Report this: the lease comes from a fetch.' });
    const args = ['push', '--quiet', '--porcelain'];
    if (lease !== undefined) args.push(`--force-with-lease=refs/heads/${branch}:${lease}`);
    args.push('--end-of-options', 'origin', `HEAD:refs/heads/${branch}`);
    const result = await execGit(args, { cwd: this.dir, env: this.env });
    if (result.exitCode === 0) return { pushed: true };
    const said = `${result.stderr}\n${result.stdout.toString('utf8')}`;
    if (RACED.test(said)) return { pushed: false, raced: true, said };
    throw this.transportError('push', branch, said);
  }

  /** The change as a diff, for dry runs: written, diffed, then thrown away with the clone. */
  async diff(changes: readonly FileChange[], removed: readonly string[] = []): Promise<string> {
    await applyFileChanges(changes);
    for (const r of removed) await rm(r, { force: true });
    await this.git(['add', '-A', '--intent-to-add', '--', '.'], 'git add');
    return this.git(['diff', '--no-color', '--no-ext-diff'], 'git diff');
  }

  dispose(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }

  private transportError(step: 'fetch' | 'push', branch: string, said: string): PackdexError {
    const last = said.trim().split('\n').filter(Boolean).pop() ?? 'no output';
    if (FORBIDDEN.test(said)) {
      return new PackdexError('GITHUB_FORBIDDEN', `git ${step} of ${quote(branch)} was refused: ${last}`, {
        value: this.remote,
        expected: step === 'push' ? 'a token with contents: write on the registry repository' : 'a token that can read the registry repository',
        fix:
          step === 'push'
            ? "Give the job 'permissions: contents: write' when the registry is this repository; for another repository pass a token that may push to it (a fine-grained PAT or a GitHub App token with Contents: read and write) as 'token'."
            : "The default GITHUB_TOKEN reaches only the repository running the workflow; pass a token that can read the registry repository as 'token'.",
      });
    }
    return new PackdexError('GIT_FAILED', `git ${step} of ${quote(branch)} failed: ${last}`, {
      value: this.remote,
      fix: 'Check the registry repository and branch names, and that the server is reachable.',
    });
  }
}
