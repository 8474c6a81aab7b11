import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PackdexError, quote } from '../core/errors';
import { checkRefName } from '../core/git/check-ref';
import { execGit, git } from '../core/git/run-git';
import { verifyRegistryChange, type VerifyFinding, type VerifyOptions } from '../core/site/verify-change';

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
 * Check out the base commit beside the workspace (a detached worktree, removed afterwards) and
 * verify the workspace's registry against it.
 */
export async function verifyPullRequest(settings: VerifySettings): Promise<VerifyFinding[]> {
  const { workspace } = settings;
  // An input: checked as a ref name, and passed after --end-of-options / -- all the same.
  const baseRef = checkRefName(settings.baseRef, { what: "The base (input 'base-ref', else the pull request's base)", fix: "Set 'base-ref' to a branch name or a full commit, e.g. main or the pull request's base SHA." });
  const known = await execGit(['cat-file', '-e', '--end-of-options', `${baseRef}^{commit}`], { cwd: workspace });
  // actions/checkout fetches one commit by default; the base may need fetching.
  if (known.exitCode !== 0) await git(['fetch', '--no-tags', '--depth', '1', '--end-of-options', 'origin', baseRef], workspace);
  const tree = path.join(os.tmpdir(), `packdex-base-${randomBytes(6).toString('hex')}`);
  await git(['worktree', 'add', '--detach', '--quiet', '--', tree, baseRef], workspace).catch((error: PackdexError) => {
    throw new PackdexError('GIT_FAILED', `Could not check out the base ${quote(baseRef)}: ${error.message}`, { value: baseRef, fix: 'Use actions/checkout with fetch-depth: 0, or check base-ref.', cause: error });
  });
  try {
    const base = path.join(tree, settings.registryPath);
    return await verifyRegistryChange(existsSync(path.join(base, 'registry.json')) ? base : undefined, path.join(workspace, settings.registryPath), settings.options);
  } finally {
    await execGit(['worktree', 'remove', '--force', '--', tree], { cwd: workspace });
  }
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
