import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { PackdexError, quote } from '../errors';
import { checkRefName, checkRepoFolder } from '../git/check-ref';
import { execGit, git } from '../git/run-git';
import { checkChange, headIdentity } from './verify/check-change';
import { addUnlessFound, checkoutControlFinding, gitlinkFinding, isCheckoutControl } from './verify/checkout-control';
import { gitChange, type GitReadLog, type RepoChange } from './verify/git-change';
import type { VerifyFinding } from './verify/verify-finding';
import { verifyRegistryChange, type VerifyOptions } from './verify-change';

export type { GitReadLog } from './verify/git-change';

export interface GitVerifySettings extends VerifyOptions {
  /** A folder inside the repository (its work tree or a bare repository). */
  repo: string;
  /** The commit the change is compared against: a branch, tag or commit. */
  baseRef: string;
  /** The changed commit; default HEAD. */
  headRef?: string;
  /** The registry's folder inside the repository; default its root. */
  registryPath?: string;
}

export interface GitVerifyResult {
  findings: VerifyFinding[];
  /** The blobs read from git, as `base:<path>` / `head:<path>` (registry-relative), and their bytes. */
  read: GitReadLog;
  /** `git`: judged from the commits alone; `folder`: both commits were checked out and compared as folders. */
  mode: 'git' | 'folder';
  /** Why the folders were compared, when they were. */
  note?: string;
}

/** The note a `derived: committed` registry's verify carries: why it read every document. */
export const COMMITTED_NOTE = "registry.json says derived: committed, so its derived files (index.json, the search files, the page) must equal a build from every document: verify checked out both commits and compared the folders. A registry that says derived: deployed is verified from the commits, reading only what the change touches.";

async function commitOf(repo: string, ref: string, what: string): Promise<string> {
  const result = await execGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: repo });
  if (result.exitCode !== 0) {
    throw new PackdexError('GIT_FAILED', `${what} ${quote(ref)} is not a commit of the repository in ${quote(repo)}.`, { value: ref, expected: 'a branch, tag or commit the repository holds', fix: 'Fetch it first (git fetch origin REF), or check the name (git log --oneline -1 REF).' });
  }
  return result.stdout.toString('utf8').trim();
}

/** Whether `commit` holds `repoPath` (a literal path: `<commit>:<path>` is never a pattern). */
async function holds(repo: string, commit: string, repoPath: string): Promise<boolean> {
  return (await execGit(['cat-file', '-e', '--end-of-options', `${commit}:${repoPath}`], { cwd: repo })).exitCode === 0;
}

/**
 * What the diff shows beyond the registry's own rules: a `.gitattributes`, `.gitmodules` or
 * `.lfsconfig` the change adds, alters or removes anywhere in the repository (above the registry
 * folder too), and a gitlink the change adds under the registry folder. Paths relative to the
 * registry folder, as every finding's are.
 */
function repoFindings(repoChanges: readonly RepoChange[], prefix: string): VerifyFinding[] {
  const rel = (p: string) => path.posix.relative(prefix === '' ? '.' : prefix, p);
  const out: VerifyFinding[] = [];
  for (const c of repoChanges) {
    if (c.head?.kind === 'gitlink' && c.repoPath.startsWith(prefix)) out.push(gitlinkFinding(rel(c.repoPath)));
    if (isCheckoutControl(c.repoPath)) out.push(checkoutControlFinding(c.repoPath, rel(c.repoPath)));
  }
  return out;
}

/**
 * Verify a registry change from git objects: `baseRef` against `headRef` in `repo`, with every
 * rule of the folder verify (checkChange, shared with verifyRegistryChange) and the commit-level
 * ones (gitlinks, checkout-control files anywhere in the repository), reading only what the change
 * touches plus what its rules must check. The change set is `git diff --raw` between the commits;
 * sizes come from `git cat-file --batch-check` and the change's size limit is judged from them
 * before a byte is read; contents come from one `git cat-file --batch`. Beyond the changed files,
 * it reads registry.json and, for each archive or README the change touches, the document of the
 * package it belongs to (ownerDocumentPaths); it never lists or reads the whole registry, except
 * to look for another package recording a stored file the change removes or alters (a publish
 * never does that).
 *
 * For a `derived: deployed` registry this is complete: derived files may not be added or altered,
 * and each changed document must build. A `derived: committed` registry's derived files must equal
 * a full build from every document, which no diff can spare: both commits are then checked out
 * (git worktree) and compared by the folder verify, and the result says so (`mode`, `note`).
 *
 * Every ref and the registry path are checked (GIT_REF_INVALID, GIT_PATH_INVALID) before git runs.
 */
export async function verifyGitChange(settings: GitVerifySettings): Promise<GitVerifyResult> {
  const baseRef = checkRefName(settings.baseRef, { what: 'The base (--base-ref)', fix: 'Give the base as a branch, tag or commit, e.g. main or origin/main.' });
  const headRef = checkRefName(settings.headRef ?? 'HEAD', { what: 'The head (--head-ref)', fix: 'Give the head as a branch, tag or commit, e.g. HEAD.' });
  const prefix = checkRepoFolder(settings.registryPath ?? '.', { what: 'The registry path (--registry-path)', fix: 'Give the registry\'s folder relative to the repository root, e.g. . or registry.' });
  const repo = settings.repo;
  const base = await commitOf(repo, baseRef, 'The base');
  const head = await commitOf(repo, headRef, 'The head');
  // A base without registry.json is a new registry, as in the folder verify.
  const baseCommit = (await holds(repo, base, `${prefix}registry.json`)) ? base : undefined;
  const { change, repoChanges, notUtf8, read, close } = await gitChange({ repo, base: baseCommit, head, prefix });
  let findings: VerifyFinding[];
  try {
    const now = await headIdentity(change, new Map(change.paths.map((p) => [p.rel, p])), settings.maxDocumentBytes);
    if (!('code' in now) && now.identity.derived !== 'deployed') {
      await close();
      return { ...(await verifyCommittedFolders(repo, baseCommit, head, prefix, settings, repoChanges)), read };
    }
    findings = await checkChange(change, settings, undefined);
  } finally {
    await close();
  }
  for (const hex of notUtf8) findings.push({ code: 'PATH_NOT_UTF8', file: '.', message: `A path the change names is not valid UTF-8 (bytes ${hex}).`, value: hex, fix: 'Rename the file with a UTF-8 name, or remove it.' });
  addUnlessFound(findings, repoFindings(repoChanges, prefix));
  return { findings, read, mode: 'git' };
}

/** A committed registry: both commits as folders (detached worktrees, removed afterwards), judged by the folder verify. */
async function verifyCommittedFolders(repo: string, base: string | undefined, head: string, prefix: string, options: VerifyOptions, repoChanges: readonly RepoChange[]): Promise<Omit<GitVerifyResult, 'read'>> {
  const trees: string[] = [];
  const checkout = async (commit: string): Promise<string> => {
    const dir = path.join(os.tmpdir(), `packdex-verify-${randomBytes(6).toString('hex')}`);
    await git(['worktree', 'add', '--detach', '--quiet', '--', dir, commit], { cwd: repo, what: 'git worktree add' });
    trees.push(dir);
    return path.join(dir, prefix);
  };
  try {
    const findings = await verifyRegistryChange(base === undefined ? undefined : await checkout(base), await checkout(head), options);
    addUnlessFound(findings, repoFindings(repoChanges, prefix));
    return { findings, mode: 'folder', note: COMMITTED_NOTE };
  } finally {
    for (const dir of trees) await execGit(['worktree', 'remove', '--force', '--', dir], { cwd: repo });
  }
}

/**
 * The `derived` layout registry.json declares at `ref` (a commit the caller resolved or checked),
 * read from git; undefined when the commit holds no readable registry.json there (the verify
 * itself then says why). The Action asks this to choose the git verify for a sources-only registry.
 */
export async function registryLayoutAt(repo: string, ref: string, registryPath: string): Promise<string | undefined> {
  const commit = checkRefName(ref, { what: 'The commit' });
  const prefix = checkRepoFolder(registryPath, { what: 'The registry path' });
  const result = await execGit(['cat-file', 'blob', '--end-of-options', `${commit}:${prefix}registry.json`], { cwd: repo });
  if (result.exitCode !== 0 || result.stdout.length > 1 << 20) return undefined;
  try {
    const derived = (JSON.parse(result.stdout.toString('utf8')) as { derived?: unknown } | null)?.derived;
    return typeof derived === 'string' ? derived : 'committed';
  } catch {
    return undefined;
  }
}
