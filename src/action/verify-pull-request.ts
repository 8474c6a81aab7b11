import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PackdexError, quote } from '../core/errors';
import { checkRefName } from '../core/git/check-ref';
import { execGit, git } from '../core/git/run-git';
import { verifyRegistryChange, type VerifyFinding, type VerifyOptions } from '../core/site/verify-change';
import { registryLayoutAt, verifyGitChange } from '../core/site/verify-git-change';
import { addUnlessFound, checkoutControlFinding, gitlinkFinding, isCheckoutControl } from '../core/site/verify/checkout-control';
import { checkArchivePackage } from '../publish/check-archive-package';

export interface VerifySettings {
  workspace: string;
  /** The registry's folder inside the repository. */
  registryPath: string;
  /** The commit the change is compared against. */
  baseRef: string;
  /** The rules' options: the pull request's author and the workflow's explicit allows. */
  options: VerifyOptions;
}

interface PullRequestPayload {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string }; user?: { login?: string } };
}

function readPayload(env: NodeJS.ProcessEnv): PullRequestPayload {
  const eventPath = env.GITHUB_EVENT_PATH;
  return eventPath !== undefined && existsSync(eventPath) ? (JSON.parse(readFileSync(eventPath, 'utf8')) as PullRequestPayload) : {};
}

/** The base commit: the `base-ref` input, else the pull request's base from the event payload. */
export function baseRefFrom(input: string, env: NodeJS.ProcessEnv): string {
  if (input !== '') return input;
  const sha = readPayload(env).pull_request?.base?.sha;
  if (sha === undefined) {
    throw new PackdexError('USAGE', `command: verify compares a pull request with its base, but this ${env.GITHUB_EVENT_NAME ?? 'run'} event has none.`, {
      value: env.GITHUB_EVENT_NAME,
      expected: 'a pull_request or pull_request_target event, or the base-ref input',
      fix: "Run verify `on: pull_request_target` (or `pull_request`), or pass `base-ref: <commit or branch>`.",
    });
  }
  return sha;
}

/**
 * The base to compare with when the checkout is GitHub's merge of the pull request
 * (refs/pull/N/merge, fetched with depth 2): the merge's first parent is exactly what it merges
 * into, even when the base branch moved after the event's base.sha was taken. Undefined when
 * HEAD is not that merge (or its parents were not fetched).
 */
export async function mergeParentBase(workspace: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const headSha = readPayload(env).pull_request?.head?.sha;
  if (headSha === undefined) return undefined;
  const parents = await execGit(['rev-parse', 'HEAD^1', 'HEAD^2'], { cwd: workspace });
  if (parents.exitCode !== 0) return undefined;
  const [first, second] = parents.stdout.toString('utf8').trim().split('\n');
  return second === headSha ? first : undefined;
}

/** The pull request's author (`pull_request.user.login` of the event payload), when the run has one. */
export function authorFrom(env: NodeJS.ProcessEnv): string | undefined {
  const login = readPayload(env).pull_request?.user?.login;
  return typeof login === 'string' && login !== '' ? login : undefined;
}

/**
 * Verify the workspace's registry against the base commit. A registry that keeps only its sources
 * in git (registry.json at HEAD says `derived: deployed`) is verified from the commits themselves
 * (verifyGitChange: the diff, and the few files it touches), with no checkout of the base; one
 * that commits its derived files needs them compared with a full build, so the base is checked out
 * beside the workspace (a detached worktree, removed afterwards) and the folders are compared.
 */
export async function verifyPullRequest(settings: VerifySettings): Promise<VerifyFinding[]> {
  const { workspace } = settings;
  // An input: checked as a ref name, and passed after --end-of-options / -- all the same.
  const baseRef = checkRefName(settings.baseRef, { what: "The base (input 'base-ref', else the pull request's base)", fix: "Set 'base-ref' to a branch name or a full commit, e.g. main or the pull request's base SHA." });
  const known = await execGit(['cat-file', '-e', '--end-of-options', `${baseRef}^{commit}`], { cwd: workspace });
  // actions/checkout fetches one commit by default; the base may need fetching.
  if (known.exitCode !== 0) await git(['fetch', '--no-tags', '--depth', '1', '--end-of-options', 'origin', baseRef], workspace);
  if ((await registryLayoutAt(workspace, 'HEAD', settings.registryPath)) === 'deployed') {
    // actions/checkout leaves HEAD's files in the workspace: the commit is what Pages deploys.
    const result = await verifyGitChange({ repo: workspace, baseRef, headRef: 'HEAD', registryPath: settings.registryPath, openArchive: (file, claim) => checkArchivePackage(file, claim, 'The stored archive'), ...settings.options });
    core.info(`Verified from the commits (registry.json: derived: deployed): read ${result.read.paths.length} file${result.read.paths.length === 1 ? '' : 's'}, ${result.read.bytes} bytes.`);
    return result.findings;
  }
  const tree = path.join(os.tmpdir(), `packdex-base-${randomBytes(6).toString('hex')}`);
  await git(['worktree', 'add', '--detach', '--quiet', '--', tree, baseRef], workspace).catch((error: PackdexError) => {
    throw new PackdexError('GIT_FAILED', `Could not check out the base ${quote(baseRef)}: ${error.message}`, { value: baseRef, fix: 'Use actions/checkout with fetch-depth: 0, or check base-ref.', cause: error });
  });
  try {
    const base = path.join(tree, settings.registryPath);
    const findings = await verifyRegistryChange(existsSync(path.join(base, 'registry.json')) ? base : undefined, path.join(workspace, settings.registryPath), {
      openArchive: (file, claim) => checkArchivePackage(file, claim, 'The stored archive'),
      ...settings.options,
    });
    addUnlessFound(findings, await checkoutFindings(workspace, settings.registryPath, baseRef));
    return findings;
  } finally {
    await execGit(['worktree', 'remove', '--force', '--', tree], { cwd: workspace });
  }
}

/**
 * What a walk of the checked-out folder cannot see, read from the commits instead. A gitlink (a
 * submodule) under the registry folder is an empty folder in the checkout but another
 * repository's files on a site that builds submodules. A `.gitattributes`, `.gitmodules` or
 * `.lfsconfig` that the change adds, alters or removes anywhere in the repository (also above
 * the registry folder, where the folder walk does not look) changes what a checkout holds (eol
 * conversion, working-tree encodings, LFS pointers), so the bytes verify reads would not be the
 * bytes served. Paths are relative to the registry folder, as every finding's are.
 */
export async function checkoutFindings(workspace: string, registryPath: string, baseRef: string): Promise<VerifyFinding[]> {
  const out: VerifyFinding[] = [];
  const rel = (p: string) => path.posix.relative(path.posix.normalize(registryPath.split(path.sep).join('/')), p);
  const head = await execGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: workspace });
  // A working tree with no commit (verify run by hand on uncommitted files) has no tree to read.
  if (head.exitCode !== 0) return out;
  const listed = (await git(['ls-tree', '-r', '-z', '--full-tree', 'HEAD', '--', registryPath === '.' ? '.' : registryPath], workspace)).toString('utf8');
  for (const line of listed.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0 || !line.startsWith('160000 ')) continue;
    out.push(gitlinkFinding(rel(line.slice(tab + 1))));
  }
  const changed = (await git(['diff', '--name-only', '-z', '--no-renames', '--end-of-options', baseRef, 'HEAD', '--'], workspace)).toString('utf8');
  for (const p of changed.split('\0')) {
    if (p === '' || !isCheckoutControl(p)) continue;
    out.push(checkoutControlFinding(p, rel(p)));
  }
  return out;
}

/** Each finding as an annotation on its file and line, and the job summary. */
export async function reportFindings(findings: VerifyFinding[], registryPath: string): Promise<void> {
  for (const f of findings) {
    core.error(f.fix === undefined ? f.message : `${f.message} Fix: ${f.fix}`, { title: `packdex verify: ${f.code}`, file: path.join(registryPath, f.file), ...(f.line === undefined ? {} : { startLine: f.line }) });
  }
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading('packdex verify', 2);
  if (findings.length === 0) summary.addRaw('✅ The change keeps every rule of the registry: every file is the registry\'s own, published versions and archives are unchanged, new versions come from their owners, derived files match site build.', true);
  else {
    summary.addTable([
      [{ data: 'Rule', header: true }, { data: 'File', header: true }, { data: 'What', header: true }, { data: 'Fix', header: true }],
      ...findings.map((f) => [f.code, `${path.join(registryPath, f.file)}${f.line === undefined ? '' : `:${f.line}`}`, f.message, f.fix ?? '']),
    ]);
  }
  await summary.write();
}
