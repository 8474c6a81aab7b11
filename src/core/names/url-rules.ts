import { PackdexError, quote } from '../errors';

/**
 * The path part of a URL or relative reference as written: after `scheme://authority`, before
 * `?` or `#`. It is read from the raw text because `new URL()` removes dot segments while parsing,
 * so a check on the parsed URL could never see them.
 */
function rawPath(raw: string): string {
  const cut = raw.search(/[?#]/);
  const head = cut === -1 ? raw : raw.slice(0, cut);
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/\\]*/i.exec(head) ?? /^\/\/[^/\\]*/.exec(head);
  if (authority !== null) return head.slice(authority[0].length);
  // `scheme:path` (no authority): the path starts after the scheme.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(head);
  return scheme === null ? head : head.slice(scheme[0].length);
}

/**
 * Why a URL's path could name something other than what it spells, or undefined when it cannot:
 * a `.` or `..` segment, written plainly or percent-encoded (`%2e`, `.%2E`, `%2e%2e`: URL parsers
 * treat all of them as dot segments), a backslash (WHATWG parsers read it as `/` in http(s) URLs),
 * or an encoded slash or backslash (`%2f`, `%5c`: a server or a folder decodes them into separators).
 */
export function dotSegmentProblem(raw: string): string | undefined {
  const p = rawPath(raw);
  if (p.includes('\\')) return 'contains a backslash';
  if (/%(?:2f|5c)/i.test(p)) return 'contains an encoded slash or backslash';
  for (const segment of p.split('/')) {
    const decoded = segment.replace(/%2e/gi, '.');
    if (decoded === '.' || decoded === '..') return `has a ${quote(segment)} path segment`;
  }
  return undefined;
}

/**
 * Refuse a URL (or relative reference) whose path has dot segments: `https://host/a/../../etc/passwd`
 * is where a registry file or archive must never point. Used by the schemas' writers, by verify and
 * by the client on every URL it is about to read, redirects included.
 */
export function checkNoDotSegments(raw: string, what: string): string {
  const problem = dotSegmentProblem(raw);
  if (problem === undefined) return raw;
  const shown = raw.replace(/\/\/[^/@]*@/, '//***@');
  throw new PackdexError('URL_INVALID', `${what} ${quote(shown)} ${problem}.`, {
    value: shown,
    expected: 'a URL whose path has no ".", ".." (or %2e) segments, backslashes or encoded slashes',
    fix: 'Write the URL with its final path (resolve the segments yourself); registries never need them.',
  });
}

/**
 * A reference relative to the registry's root as package documents record it (`archives/x.tar.gz`):
 * one or more non-empty segments, no scheme, no leading `/`, no query, fragment, colon or white
 * space, no dot segments. Kept in step with index-entry.schema.json's `registryPath`.
 */
export const REGISTRY_PATH = /^(?!\/)(?:[^\s?#/\\:]+\/)*[^\s?#/\\:]+$/;

/** Whether a URL as recorded in a package document is relative to the registry (not absolute). */
export function isRegistryPath(value: string): boolean {
  return REGISTRY_PATH.test(value) && dotSegmentProblem(value) === undefined;
}

/** Refuse anything that is not a registry-relative path (see REGISTRY_PATH). */
export function checkRegistryPath(value: string, what: string): string {
  checkNoDotSegments(value, what);
  if (!REGISTRY_PATH.test(value)) {
    throw new PackdexError('URL_INVALID', `${what} ${quote(value)} is not a path inside the registry.`, {
      value,
      expected: 'a relative path such as archives/<name>-<version>.tar.gz, or an https URL',
      fix: 'Record archives stored in the registry as archives/<file>, anything else as its https URL.',
    });
  }
  return value;
}

/** The addresses a registry answers for: registry.json's url and its former_urls. */
export interface RegistryAddresses {
  url: string;
  former_urls?: string[];
}

/**
 * The registry-relative path a recorded URL names, or undefined when it names something outside the
 * registry: a relative path as it is, an absolute URL under the registry's url or one of its former
 * urls with that prefix taken off. Dot segments never count as inside.
 */
export function registryPathOf(value: string, registry: RegistryAddresses): string | undefined {
  if (dotSegmentProblem(value) !== undefined) return undefined;
  if (isRegistryPath(value)) return value;
  for (const base of [registry.url, ...(registry.former_urls ?? [])]) {
    const prefix = `${base.replace(/\/+$/, '')}/`;
    if (value.startsWith(prefix) && isRegistryPath(value.slice(prefix.length))) return value.slice(prefix.length);
  }
  return undefined;
}

/**
 * A URL as a package document records it, made absolute against the registry's URL (registry.json's
 * `url`): `archives/x.tar.gz` → `https://acme.github.io/packs/archives/x.tar.gz`. Absolute URLs are
 * returned as they are. index.json, whose format needs absolute URLs, is built with this.
 */
export function resolveRegistryUrl(value: string, registryUrl: string): string {
  if (!isRegistryPath(value)) return value;
  return `${registryUrl.replace(/\/+$/, '')}/${value}`;
}
