import { rm } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { PackdexError, quote } from '../../core/errors';
import { checkRefName, checkRemoteUrl, isCommitId, refNameProblem } from '../../core/git/check-ref';
import { git } from '../../core/git/run-git';
import { checkFetchUrl } from '../registries/registry-location';

// The wrapper already limits the transports (no `ext::`, no `fd::`); a clone reads no system config.
const GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1' };

/** Whether a string names a repository by URL (https, http, ssh, file, or scp-like `git@host:owner/repo`). */
export function isGitUrl(spec: string): boolean {
  return /^(?:https?|ssh|file):\/\//i.test(spec) || /^[\w.-]+@[\w.-]+:[^/]/.test(spec);
}

/**
 * http(s) URLs follow the same rules as every other download; ssh and file URLs only the rules of
 * a remote (no leading `-`, no `<transport>::`, no host starting with `-`), since git is what
 * reads them.
 */
export function checkGitUrl(url: string, allowHttp: boolean, what = 'Git URL'): string {
  checkRemoteUrl(url, { what, fix: 'Give the repository\'s clone URL (https://host/owner/repo.git, git@host:owner/repo.git, ssh:// or file://).' });
  if (/^https?:\/\//i.test(url)) return checkFetchUrl(url, allowHttp, what).toString();
  if (isGitUrl(url)) return url;
  throw new PackdexError('URL_INVALID', `${quote(url)} is not a git URL packdex clones.`, {
    value: url,
    expected: 'https://host/owner/repo.git, git@host:owner/repo.git, ssh:// or file://',
    fix: 'Check the URL.',
  });
}

async function run(args: string[], cwd: string, what: string): Promise<string> {
  const out = await git(args, {
    cwd,
    env: GIT_ENV,
    what,
    value: args.filter((a) => !a.startsWith('-')).slice(-2).join(' '),
    fix: 'Check the URL, that the ref exists (git ls-remote URL), and your access to the repository.',
  });
  return out.toString('utf8');
}

/** The newest semver tag of a remote, the "latest tag" default of registering by URL; undefined when it has none. */
async function latestTag(url: string, cwd: string): Promise<string | undefined> {
  const out = await run(['ls-remote', '--tags', '--refs', '--', url], cwd, `git ls-remote ${url}`);
  // The remote chooses its tag names: only those git could take as nothing but a ref are candidates.
  const tags = out
    .split('\n')
    .map((l) => l.split('\trefs/tags/')[1])
    .filter((t): t is string => t !== undefined && refNameProblem(t) === undefined && semver.valid(t.replace(/^v/, '')) !== null);
  return tags.sort((a, b) => semver.rcompare(a.replace(/^v/, ''), b.replace(/^v/, '')))[0];
}

/** How the caller names the URL and the ref in messages: the input, flag or document they came from. */
export interface CloneOrigin {
  url?: string;
  ref?: string;
}

/**
 * Clone `url` at `ref` (a tag, a branch or a 40-hex commit; default: the newest semver tag, else
 * the default branch) into `dest`, then drop `.git`: an installed pack is its files, verified by
 * the directory checksum. Returns the commit that was checked out. The URL and the ref are
 * checked here, whoever calls (a flag, an Action input, a package document), and reach git only
 * after `--` or as an option's own value.
 */
export async function cloneGit(rawUrl: string, ref: string | undefined, dest: string, allowHttp: boolean, origin: CloneOrigin = {}): Promise<{ commit: string; ref: string | undefined }> {
  const url = checkGitUrl(rawUrl, allowHttp, origin.url);
  const parent = path.dirname(dest);
  const want = ref === undefined ? await latestTag(url, parent) : checkRefName(ref, { what: origin.ref ?? 'Git ref', fix: 'Pass a tag, a branch or a full commit of the repository.' });
  if (want !== undefined && isCommitId(want)) {
    await run(['clone', '--quiet', '--no-checkout', '--', url, dest], parent, `git clone ${url}`);
    // The `--` after the commit tells git it is a revision, not a path.
    await run(['checkout', '--quiet', '--detach', want, '--'], dest, `git checkout ${want}`);
  } else {
    await run(['clone', '--quiet', '--depth', '1', ...(want === undefined ? [] : [`--branch=${want}`]), '--', url, dest], parent, `git clone ${url}${want === undefined ? '' : ` at ${want}`}`);
  }
  const commit = (await run(['rev-parse', 'HEAD'], dest, 'git rev-parse')).trim();
  await rm(path.join(dest, '.git'), { recursive: true, force: true });
  return { commit, ref: want };
}
