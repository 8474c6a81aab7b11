import type { AttunePackIndexEntry } from '../../schema-types';

/**
 * A repository as `host/path`, lowercase (forges compare owners and names case-insensitively),
 * with `www.` and a trailing `.git` dropped: the form `owner` fields are written in
 * (ownerFromRepository: `github.com/acme/pack-slack`). A value without a scheme is an owner
 * string; with one it must be https, without credentials, query or fragment. Undefined when the
 * value names no repository (`local`, a file URL, a bare host).
 */
export function repositoryKey(value: string): string | undefined {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return undefined;
  const parts = url.pathname.split('/').filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\.git$/i, '');
  return `${url.host.replace(/^www\./i, '')}/${parts.join('/')}`.toLowerCase();
}

/**
 * Where a URL points inside the registry's own `archives/` folder (`archives/<file>`), resolving
 * a relative URL (`archives/x.tar.gz`) against the registry's url as a client does; undefined when
 * it points anywhere else. Dot segments are resolved first, so `archives/../evil` is not inside.
 */
export function storedArchivePath(url: string, registryUrl: string): string | undefined {
  const root = `${registryUrl.replace(/\/+$/, '')}/`;
  let resolved: URL;
  try {
    resolved = new URL(url, root);
  } catch {
    return undefined;
  }
  const prefix = new URL('archives/', root).href;
  if (!resolved.href.startsWith(prefix) || resolved.search !== '' || resolved.hash !== '') return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(resolved.href.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (rest === '' || rest.includes('\\') || rest.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return `archives/${rest}`;
}

/** Whether an https URL is a release download of the repository `ownerKey` on its own server. */
export function isOwnersReleaseDownload(url: string, ownerKey: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return `${parsed.host.replace(/^www\./i, '')}${parsed.pathname}`.toLowerCase().startsWith(`${ownerKey}/releases/download/`);
}

export interface SourceProblem {
  what: 'git' | 'archive' | 'repository';
  url: string;
}

/**
 * The parts of a new version that do not lie in the name's owner's repository: a git source that
 * is not the owner's repository, an archive neither under the owner's release downloads nor in the
 * registry's own archives, a `repository` that is neither the owner nor what earlier versions said.
 */
export function unownedSources(entry: AttunePackIndexEntry, owner: string, registryUrl: string, earlierRepositories: ReadonlySet<string>): SourceProblem[] {
  const ownerKey = repositoryKey(owner);
  const out: SourceProblem[] = [];
  for (const source of entry.install_sources) {
    const url = source.url;
    if (source.type === 'git') {
      if (ownerKey === undefined || !/^https:/i.test(url) || repositoryKey(url) !== ownerKey) out.push({ what: 'git', url });
    } else if (storedArchivePath(url, registryUrl) === undefined && (ownerKey === undefined || !isOwnersReleaseDownload(url, ownerKey))) {
      out.push({ what: 'archive', url });
    }
  }
  if (entry.repository !== undefined) {
    const key = repositoryKey(entry.repository);
    if (key === undefined || (key !== ownerKey && !earlierRepositories.has(key))) out.push({ what: 'repository', url: entry.repository });
  }
  return out;
}
