import { PackdexError, quote } from '../errors';

/**
 * Why `value` is not a ref name under `git check-ref-format --allow-onelevel`, or undefined when
 * it is one. A leading `-` is refused first: such a value would reach git as an option
 * (`--upload-pack=…`, `-c core.sshCommand=…`), whatever else is wrong with it.
 */
export function refNameProblem(value: string): string | undefined {
  if (value === '') return 'it is empty';
  if (value.startsWith('-')) return 'it starts with "-", so git would read it as an option';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(value)) return 'it holds a space or a control character';
  const bad = /[~^:?*[\\]/.exec(value);
  if (bad !== null) return `it holds ${quote(bad[0])}`;
  if (value.includes('..')) return 'it holds ".."';
  if (value.includes('@{')) return 'it holds "@{"';
  if (value === '@') return 'it is "@"';
  if (value.startsWith('/') || value.endsWith('/') || value.includes('//')) return 'it has an empty path component';
  if (value.endsWith('.')) return 'it ends with "."';
  for (const component of value.split('/')) {
    if (component.startsWith('.')) return `its component ${quote(component)} starts with "."`;
    if (component.endsWith('.lock')) return `its component ${quote(component)} ends with ".lock"`;
  }
  return undefined;
}

/** Where a ref came from, for the message: an input, a flag, a document field. */
export interface RefOrigin {
  /** e.g. "Input 'base-ref'", "--ref", "The git source of slack 2.1.0". */
  what: string;
  /** How to put it right. */
  fix?: string;
}

/**
 * A branch, tag or commit name that git can take as nothing but a ref: the rules of
 * `git check-ref-format --allow-onelevel` (a 40-hex commit passes them too). Every value from an
 * input, a flag or a document is checked here before it reaches git, which is the one place that
 * decides; callers still pass it after `--` or `--end-of-options`.
 */
export function checkRefName(value: string, origin: RefOrigin): string {
  const problem = refNameProblem(value);
  if (problem === undefined) return value;
  throw new PackdexError('GIT_REF_INVALID', `${origin.what} ${quote(value)} is not a git ref name: ${problem}.`, {
    value,
    expected: 'a branch, tag or commit such as main, v1.2.0, refs/heads/main or a 40-hex commit (the rules of git check-ref-format)',
    fix: origin.fix ?? 'Pass the branch, tag or commit by its name.',
  });
}

/** A full commit id as git prints it (SHA-1 or SHA-256). */
export function isCommitId(value: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);
}

/** The transports packdex lets git use; `ext::` and `fd::` would run commands or read descriptors. */
export const ALLOWED_GIT_PROTOCOLS = ['https', 'http', 'ssh', 'file'] as const;

/**
 * Why `url` is not a remote packdex hands to git, or undefined when it is one: https, http, ssh
 * or file URLs, scp-like `user@host:path`, or a local path (absolute). Nothing that starts with
 * `-`, holds white space or control characters, names a `<transport>::` helper, or has a host or
 * user starting with `-` (which ssh would read as an option).
 */
export function remoteUrlProblem(url: string): string | undefined {
  if (url === '') return 'it is empty';
  if (url.startsWith('-')) return 'it starts with "-", so git would read it as an option';
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(url)) return `it names the git transport ${quote(url.slice(0, url.indexOf('::') + 2))}, which packdex does not use`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return 'it holds a space or a control character';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url);
  if (scheme !== null) {
    const name = scheme[1]!.toLowerCase();
    if (!(ALLOWED_GIT_PROTOCOLS as readonly string[]).includes(name)) return `it uses ${name}://`;
    const authority = url.slice(scheme[0].length).split('/')[0]!;
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    if (authority.startsWith('-') || host.startsWith('-')) return 'its user or host starts with "-"';
    if (name !== 'file' && host === '') return 'it has no host';
    return undefined;
  }
  const scp = /^([^/@:]+@)?([^/:]+):/.exec(url);
  if (scp !== null) {
    if (scp[2]!.startsWith('-')) return 'its host starts with "-"';
    return undefined;
  }
  if (url.startsWith('/')) return undefined;
  return 'it is neither a URL nor an absolute path';
}

/** A remote URL git may fetch from or push to (see `remoteUrlProblem`); throws URL_INVALID. */
export function checkRemoteUrl(url: string, origin: RefOrigin): string {
  const problem = remoteUrlProblem(url);
  if (problem === undefined) return url;
  // Never echo credentials back into logs.
  const shown = url.replace(/\/\/[^/@]*@/, '//***@');
  throw new PackdexError('URL_INVALID', `${origin.what} ${quote(shown)} is not a repository URL packdex gives git: ${problem}.`, {
    value: shown,
    expected: 'https://host/owner/repo.git, ssh://host/owner/repo.git, git@host:owner/repo.git, file:///path or an absolute path',
    fix: origin.fix ?? 'Give the repository\'s clone URL.',
  });
}

/**
 * A folder inside a repository, as git's trees name it: `/`-separated, relative, no `.` or `..`
 * segment (after `.` alone, the root, is taken as ''), no leading `-`, no control characters, no
 * backslash. Returned with a trailing `/` (or '' for the root) so it prefixes the paths git
 * prints; throws GIT_PATH_INVALID before the value reaches git.
 */
export function checkRepoFolder(value: string, origin: RefOrigin): string {
  const trimmed = value.replace(/\/+$/, '').replace(/^(?:\.\/)+/, '');
  let problem: string | undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) problem = 'it holds a control character or a backslash';
  else if (value.startsWith('/')) problem = 'it is absolute';
  else if (value.startsWith('-')) problem = 'it starts with "-", so git would read it as an option';
  else if (trimmed !== '.' && trimmed !== '' && trimmed.split('/').some((s) => s === '' || s === '.' || s === '..')) problem = 'it has an empty, "." or ".." segment';
  if (problem !== undefined) {
    throw new PackdexError('GIT_PATH_INVALID', `${origin.what} ${quote(value)} is not a folder of the repository: ${problem}.`, {
      value,
      expected: 'a relative folder such as . or registry or sites/packs',
      fix: origin.fix ?? 'Give the folder relative to the repository root.',
    });
  }
  return trimmed === '.' || trimmed === '' ? '' : `${trimmed}/`;
}
