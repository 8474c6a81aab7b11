import { quote } from '../errors';
import { DEPENDENCY_KEYS, ENTRY_KEYS, INDEX_KEYS, serializeIndex, SOURCE_KEYS } from '../entry/canonical-entry';
import { CONTENT_KINDS } from '../entry/content-kinds';
import type { AttunePackIndex } from '../schema-types';
import { compareStrings, isObject, type Violation } from './index-rules';
import { formatTimestamp } from './read-index';

/**
 * Where packdex writes what a reader accepts in any form. Every check here is a writer's rule of
 * DESIGN.md ("Writing"): an index that breaks one is still valid (Attune reads it), but it is not
 * what packdex would have written. `validate --canonical` reports these, and nothing else uses them
 * to refuse input.
 */

/** A key out of the writer's order: the first key that comes after one it should precede. */
function checkKeyOrder(obj: Record<string, unknown>, order: readonly string[], path: string, out: Violation[]): void {
  const keys = Object.keys(obj);
  const rank = (k: string) => {
    const r = order.indexOf(k);
    return r === -1 ? order.length : r;
  };
  for (let i = 1; i < keys.length; i++) {
    if (rank(keys[i]!) < rank(keys[i - 1]!)) {
      const expected = order.filter((k) => keys.includes(k)).join(', ');
      out.push({ path: path || '/', message: `key ${quote(keys[i]!)} comes after ${quote(keys[i - 1]!)}; packdex writes the keys in the order ${expected}` });
      return;
    }
  }
}

function checkSorted(list: unknown, path: string, what: string, out: Violation[], key: (x: unknown) => unknown = (x) => x): void {
  if (!Array.isArray(list)) return;
  for (let i = 1; i < list.length; i++) {
    const a = key(list[i - 1]);
    const b = key(list[i]);
    if (typeof a === 'string' && typeof b === 'string' && compareStrings(a, b) > 0) {
      out.push({ path: `${path}/${i}`, message: `${what} ${quote(b)} is out of order: packdex writes it before ${quote(a)}` });
    }
  }
}

const SOURCE_RANK: Record<string, number> = { git: 0, archive: 1 };

/** The writer's rules for one entry: key order, sorted lists, a git source before an archive source. */
export function canonicalEntryViolations(entry: unknown, prefix = ''): Violation[] {
  const out: Violation[] = [];
  if (!isObject(entry)) return out;
  checkKeyOrder(entry, ENTRY_KEYS, prefix, out);
  checkSorted(entry.keywords, `${prefix}/keywords`, 'keyword', out);
  checkSorted(entry.runtime_deps, `${prefix}/runtime_deps`, 'runtime dependency', out);
  if (Array.isArray(entry.install_sources)) {
    entry.install_sources.forEach((s, i) => {
      if (!isObject(s)) return;
      checkKeyOrder(s, SOURCE_KEYS, `${prefix}/install_sources/${i}`, out);
      const prev = entry.install_sources as unknown[];
      const before = i > 0 && isObject(prev[i - 1]) ? (prev[i - 1] as Record<string, unknown>).type : undefined;
      if (typeof before === 'string' && typeof s.type === 'string' && (SOURCE_RANK[s.type] ?? 2) < (SOURCE_RANK[before] ?? 2)) {
        out.push({ path: `${prefix}/install_sources/${i}`, message: `a ${s.type} source comes after a ${before} source; packdex writes git sources first, then archive sources` });
      }
    });
  }
  if (isObject(entry.contents)) {
    checkKeyOrder(entry.contents, CONTENT_KINDS, `${prefix}/contents`, out);
    for (const kind of CONTENT_KINDS) {
      const list = entry.contents[kind];
      checkSorted(list, `${prefix}/contents/${kind}`, `${kind} name`, out, (c) => (isObject(c) ? c.name : undefined));
      if (Array.isArray(list)) list.forEach((c, i) => isObject(c) && checkKeyOrder(c, ['name', 'description'], `${prefix}/contents/${kind}/${i}`, out));
    }
  }
  if (isObject(entry.dependencies)) checkKeyOrder(entry.dependencies, DEPENDENCY_KEYS, `${prefix}/dependencies`, out);
  return out;
}

/**
 * Every deviation of a (valid) index from what packdex writes, each with its JSON path. With the
 * file's text, also its layout: 2-space JSON with a trailing newline, byte for byte what
 * serializeIndex gives.
 */
export function canonicalViolations(index: AttunePackIndex, text?: string): Violation[] {
  const out: Violation[] = [];
  checkKeyOrder(index as unknown as Record<string, unknown>, INDEX_KEYS, '', out);
  const t = new Date(index.last_updated.toUpperCase());
  if (Number.isNaN(t.getTime()) || formatTimestamp(t) !== index.last_updated) {
    out.push({ path: '/last_updated', message: `${quote(index.last_updated)} is not whole seconds in UTC with Z; packdex writes ${quote(Number.isNaN(t.getTime()) ? '<date>T<time>Z' : formatTimestamp(t))}` });
  }
  index.packs.forEach((p, i) => out.push(...canonicalEntryViolations(p, `/packs/${i}`)));
  if (text !== undefined && out.length === 0 && text !== serializeIndex(index)) {
    out.push({ path: '/', message: 'the layout is not packdex\'s: 2-space JSON, one key per line, a trailing newline (run packdex index-merge --output FILE --force FILE to rewrite it)' });
  }
  return out;
}
