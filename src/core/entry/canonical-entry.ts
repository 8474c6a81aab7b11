import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { CONTENT_KINDS } from './content-kinds';

/** Attune's Rust field order of an index entry: the order packdex writes an entry's keys in. */
export const ENTRY_KEYS = [
  'ref', 'label', 'description', 'use_case', 'version', 'author', 'email', 'homepage', 'repository',
  'license', 'keywords', 'runtime_deps', 'install_sources', 'contents', 'dependencies', 'meta',
] as const;
export const SOURCE_KEYS = ['type', 'url', 'ref', 'checksum'] as const;
export const DEPENDENCY_KEYS = ['attune_version', 'python_version', 'nodejs_version', 'packs'] as const;
export const INDEX_KEYS = ['registry_name', 'registry_url', 'version', 'last_updated', 'packs'] as const;

/** Plain string order by UTF-16 code units (index-rules' compareStrings; kept here to avoid an import cycle). */
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted and de-duplicated; anything that is not a list of strings is left for validation to report. */
function sortedUnique<T>(list: T): T {
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) return list;
  return [...new Set(list as string[])].sort(byString) as T;
}

const SOURCE_RANK: Record<string, number> = { git: 0, archive: 1 };

/** `obj` with `keys` first, in that order; undefined values dropped; other keys kept after them. */
export function pickKeys<T extends object>(obj: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const rec = obj as Record<string, unknown>;
  for (const k of keys) if (rec[k] !== undefined) out[k] = rec[k];
  // Keys outside the known order are kept (after the known ones) so validation can report them.
  for (const k of Object.keys(rec)) if (!keys.includes(k) && rec[k] !== undefined) out[k] = rec[k];
  return out as T;
}

/**
 * The entry as packdex writes it (DESIGN.md, "Writing"), so equal entries serialise to equal bytes
 * whatever form they were read in: keys in Attune's Rust field order; keywords, runtime_deps and
 * each contents kind sorted (and de-duplicated); git sources before archive sources (a stable
 * sort, so sources of one type keep their order). No value is changed; only a repeated keyword or
 * runtime dependency is dropped.
 */
export function canonicalEntry(entry: AttunePackIndexEntry): AttunePackIndexEntry {
  const out = pickKeys(entry, ENTRY_KEYS);
  if (out.keywords !== undefined) out.keywords = sortedUnique(out.keywords);
  if (out.runtime_deps !== undefined) out.runtime_deps = sortedUnique(out.runtime_deps);
  if (Array.isArray(entry.install_sources)) {
    const rank = (s: unknown) => SOURCE_RANK[(s as { type?: string } | null)?.type ?? ''] ?? 2;
    const sources = entry.install_sources.map((s) => (s !== null && typeof s === 'object' ? pickKeys(s, SOURCE_KEYS) : s));
    out.install_sources = sources.sort((a, b) => rank(a) - rank(b)) as AttunePackIndexEntry['install_sources'];
  }
  if (entry.contents !== null && typeof entry.contents === 'object') {
    const contents = pickKeys(entry.contents, CONTENT_KINDS);
    for (const kind of CONTENT_KINDS) {
      const list = contents[kind];
      if (!Array.isArray(list)) continue;
      const items = list.map((c) => (c !== null && typeof c === 'object' ? pickKeys(c, ['name', 'description']) : c));
      const named = items.every((c) => c !== null && typeof c === 'object' && typeof c.name === 'string');
      contents[kind] = named ? items.sort((a, b) => byString(a.name, b.name)) : items;
    }
    out.contents = contents;
  }
  if (entry.dependencies !== undefined && entry.dependencies !== null && typeof entry.dependencies === 'object') {
    out.dependencies = pickKeys(entry.dependencies, DEPENDENCY_KEYS);
  }
  return out;
}

export function canonicalIndex(index: AttunePackIndex): AttunePackIndex {
  const out = pickKeys(index, INDEX_KEYS);
  if (Array.isArray(index.packs)) out.packs = index.packs.map(canonicalEntry);
  return out;
}

/** index.json bytes: 2-space JSON, keys in Attune order, trailing newline. */
export function serializeIndex(index: AttunePackIndex): string {
  return `${JSON.stringify(canonicalIndex(index), null, 2)}\n`;
}

export function serializeEntry(entry: AttunePackIndexEntry): string {
  return `${JSON.stringify(canonicalEntry(entry), null, 2)}\n`;
}
