import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { CONTENT_KINDS } from './content-kinds';

const ENTRY_KEYS = [
  'ref', 'label', 'description', 'use_case', 'version', 'author', 'email', 'homepage', 'repository',
  'license', 'keywords', 'runtime_deps', 'install_sources', 'contents', 'dependencies', 'meta',
] as const;
const SOURCE_KEYS = ['type', 'url', 'ref', 'checksum'] as const;
const DEPENDENCY_KEYS = ['attune_version', 'python_version', 'nodejs_version', 'packs'] as const;

/** `obj` with `keys` first, in that order; undefined values dropped; other keys kept after them. */
export function pickKeys<T extends object>(obj: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const rec = obj as Record<string, unknown>;
  for (const k of keys) if (rec[k] !== undefined) out[k] = rec[k];
  // Keys outside the known order are kept (after the known ones) so validation can report them.
  for (const k of Object.keys(rec)) if (!keys.includes(k) && rec[k] !== undefined) out[k] = rec[k];
  return out as T;
}

/** The entry with its keys in the Attune output order, so equal entries serialise to equal bytes. */
export function canonicalEntry(entry: AttunePackIndexEntry): AttunePackIndexEntry {
  const out = pickKeys(entry, ENTRY_KEYS);
  if (Array.isArray(entry.install_sources)) {
    out.install_sources = entry.install_sources.map((s) => pickKeys(s, SOURCE_KEYS)) as AttunePackIndexEntry['install_sources'];
  }
  if (entry.contents !== null && typeof entry.contents === 'object') {
    const contents = pickKeys(entry.contents, CONTENT_KINDS);
    for (const kind of CONTENT_KINDS) {
      if (Array.isArray(contents[kind])) contents[kind] = contents[kind]!.map((c) => pickKeys(c, ['name', 'description']));
    }
    out.contents = contents;
  }
  if (entry.dependencies !== undefined && entry.dependencies !== null && typeof entry.dependencies === 'object') {
    out.dependencies = pickKeys(entry.dependencies, DEPENDENCY_KEYS);
  }
  return out;
}

export function canonicalIndex(index: AttunePackIndex): AttunePackIndex {
  const out = pickKeys(index, ['registry_name', 'registry_url', 'version', 'last_updated', 'packs']);
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
