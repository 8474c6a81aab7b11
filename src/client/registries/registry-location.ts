import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackdexError, quote } from '../../core/errors';
import { checkNoDotSegments, checkRegistryPath } from '../../core/names/url-rules';

/**
 * Where a registry's files are read from: over HTTP(S), or from a folder. `index` is set when the
 * URL named an index file itself (`…/index.json`): the registry is then that one Attune index,
 * read as it is, and no registry.json is asked for.
 */
export type RegistryLocation = { kind: 'http'; base: string; index?: string } | { kind: 'file'; dir: string; index?: string };

/** The file a URL's last path segment names, when it is a JSON file other than registry.json. */
function namedIndex(lastSegment: string): string | undefined {
  return /\.json$/i.test(lastSegment) && lastSegment.toLowerCase() !== 'registry.json' ? lastSegment : undefined;
}

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/**
 * Check an http(s) URL packdex is about to read: https always, http only for loopback
 * (development) or with --allow-http, never with credentials (headers carry those), never with
 * `.`/`..` segments (checked on the text, since parsing removes them). fetchUrl applies it to
 * every redirect hop as well as to the first URL.
 */
export function checkFetchUrl(raw: string, allowHttp: boolean, what: string): URL {
  checkNoDotSegments(raw, what);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PackdexError('URL_INVALID', `${what} ${quote(raw)} is not a URL.`, { value: raw, expected: 'https://host/path', fix: 'Check the URL for typos.' });
  }
  if (url.username !== '' || url.password !== '') {
    throw new PackdexError('URL_INVALID', `${what} ${quote(url.host)} carries credentials in the URL.`, {
      value: `${url.protocol}//***@${url.host}${url.pathname}`,
      expected: 'a URL without user:password@',
      fix: 'Put the token in the registry\'s headers (Authorization: "Bearer ${TOKEN}") instead.',
    });
  }
  if (url.protocol === 'http:' && !allowHttp && !isLoopbackHost(url.hostname)) {
    throw new PackdexError('URL_INSECURE', `${what} ${quote(raw)} uses plain http, which anyone on the path can alter.`, {
      value: raw,
      expected: 'https://…, or http:// on loopback (127.0.0.1, localhost)',
      fix: 'Use the https URL, or pass --allow-http if you accept the risk.',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PackdexError('URL_INVALID', `${what} ${quote(raw)} uses ${url.protocol}, which packdex does not download from.`, { value: raw, expected: 'https://, file:// or a path', fix: 'Use an https URL or a local path.' });
  }
  return url;
}

/**
 * A registry URL as a location. `https://host/packs/` and `…/packs/registry.json` name the folder
 * `…/packs/` (a packdex registry; an Attune registry when it has index.json and no registry.json,
 * or a registry.json that is an Attune index); `…/packs/index.json` (any `*.json` but
 * registry.json) names that Attune index file. The same holds for `file://` URLs and plain paths.
 */
export function parseRegistryLocation(raw: string, options: { cwd: string; allowHttp: boolean }): RegistryLocation {
  const trimmed = raw.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    const url = checkFetchUrl(trimmed, options.allowHttp, 'Registry URL');
    url.search = '';
    url.hash = '';
    const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    const index = namedIndex(decodeURIComponent(last));
    if (/\.json$/i.test(url.pathname)) url.pathname = url.pathname.replace(/[^/]*$/, '');
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return index === undefined ? { kind: 'http', base: url.toString() } : { kind: 'http', base: url.toString(), index: last };
  }
  if (/^file:\/\//i.test(trimmed)) return folder(fileURLToPath(trimmed));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || /^[^/\\]+@[^:]+:/.test(trimmed)) {
    throw new PackdexError('URL_INVALID', `Registry URL ${quote(raw)} is neither https://, file:// nor a folder.`, {
      value: raw,
      expected: 'https://host/path/, file:///path or ./path',
      fix: 'A registry is a folder of static files: give its https URL or its path.',
    });
  }
  return folder(path.resolve(options.cwd, trimmed));
}

function folder(p: string): RegistryLocation {
  if (!/\.json$/i.test(p)) return { kind: 'file', dir: p };
  const index = namedIndex(path.basename(p));
  return index === undefined ? { kind: 'file', dir: path.dirname(p) } : { kind: 'file', dir: path.dirname(p), index };
}

/** A location for messages: the URL, or the folder (with the index file when one was named). */
export function describeLocation(location: RegistryLocation): string {
  const where = location.kind === 'http' ? location.base : location.dir;
  if (location.index === undefined) return where;
  return location.kind === 'http' ? new URL(location.index, where).toString() : path.join(where, location.index);
}

/**
 * The file a registry-relative path (`archives/x.tar.gz`, `packages/sl/ac/slack.json`) names in a
 * folder registry. Each segment is percent-decoded as a web server would; dot segments, encoded
 * separators and anything that would land outside the folder are refused.
 */
export function folderPath(dir: string, rel: string, what: string): string {
  checkRegistryPath(rel, what);
  const segments = rel.split('/').map((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new PackdexError('URL_INVALID', `${what} ${quote(rel)} has a broken percent-escape.`, { value: rel, expected: '%XX escapes of UTF-8 bytes', fix: 'Correct the path in the package document.' });
    }
    if (decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded)) throw outside(dir, rel, what);
    return decoded;
  });
  const file = path.join(dir, ...segments);
  const back = path.relative(dir, file);
  if (back === '' || back.startsWith('..') || path.isAbsolute(back)) throw outside(dir, rel, what);
  return file;
}

/**
 * The real path of `file`, proved to lie inside the folder `root` once every symlink is followed:
 * a registry folder whose `archives/x.tar.gz` (or `archives/` itself) links to /etc is refused.
 * Errors from realpath (ENOENT) are passed on for the caller to judge.
 */
export async function realFileInside(root: string, file: string, what: string): Promise<string> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
  if (realFile !== realRoot && realFile.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)) return realFile;
  throw new PackdexError('PATH_OUTSIDE_REGISTRY', `${what} ${quote(file)} leads outside the registry folder ${quote(root)} (to ${quote(realFile)}), so packdex did not open it.`, {
    value: file,
    expected: `a regular file inside ${root}, reached without a symlink that leaves it`,
    fix: 'Replace the symlink with the file itself, or report the registry to its maintainers.',
  });
}

function outside(dir: string, rel: string, what: string): PackdexError {
  return new PackdexError('PATH_OUTSIDE_REGISTRY', `${what} ${quote(rel)} names a file outside the registry folder ${quote(dir)}.`, {
    value: rel,
    expected: 'a path inside the registry folder, such as archives/<file>',
    fix: 'The package document is wrong or hostile: report it to the registry\'s maintainers.',
  });
}
