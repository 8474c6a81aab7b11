import semver from 'semver';
import { PackdexError, quote } from '../errors';
import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { validateSchema } from '../schemas';
import { CONTENT_KINDS } from '../entry/content-kinds';
import { docsUrl } from '../docs-url';

/** One broken rule, located by a JSON pointer into the checked document. */
export interface Violation {
  path: string;
  message: string;
}


export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Plain string order by UTF-16 code units: what `sort()` does, and what every client can reproduce. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkSortedUnique(list: unknown, path: string, what: string, out: Violation[], key?: (x: unknown) => unknown): void {
  if (!Array.isArray(list)) return;
  for (let i = 1; i < list.length; i++) {
    const a = key ? key(list[i - 1]) : list[i - 1];
    const b = key ? key(list[i]) : list[i];
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    if (a === b) out.push({ path: `${path}/${i}`, message: `duplicate ${what} ${quote(b)}` });
    else if (compareStrings(a, b) > 0) out.push({ path: `${path}/${i}`, message: `${what} ${quote(b)} is out of order: it must sort before ${quote(a)}` });
  }
}

/**
 * The rules of an index entry that JSON Schema cannot say: real semver, sorted and unique lists.
 * Assumes nothing about shape; schema violations are reported separately.
 */
export function entryRuleViolations(entry: unknown, prefix = ''): Violation[] {
  const out: Violation[] = [];
  if (!isObject(entry)) return out;
  if (typeof entry.version === 'string' && semver.valid(entry.version) === null) {
    out.push({ path: `${prefix}/version`, message: `${quote(entry.version)} is not a valid semantic version` });
  }
  checkSortedUnique(entry.keywords, `${prefix}/keywords`, 'keyword', out);
  checkSortedUnique(entry.runtime_deps, `${prefix}/runtime_deps`, 'runtime dependency', out);
  if (isObject(entry.contents)) {
    for (const kind of CONTENT_KINDS) {
      checkSortedUnique(entry.contents[kind], `${prefix}/contents/${kind}`, `${kind} name`, out, (c) => (isObject(c) ? c.name : undefined));
    }
  }
  if (Array.isArray(entry.install_sources)) {
    entry.install_sources.forEach((s, i) => {
      if (isObject(s) && typeof s.url === 'string' && /^https:/.test(s.url)) {
        try {
          const u = new URL(s.url);
          if (u.hostname === '') out.push({ path: `${prefix}/install_sources/${i}/url`, message: 'has no host' });
        } catch {
          out.push({ path: `${prefix}/install_sources/${i}/url`, message: `${quote(s.url)} is not a valid URL` });
        }
      }
    });
  }
  return out;
}

/** Every rule an entry must pass: its schema, then the rules above. */
export function entryViolations(entry: unknown, prefix = ''): Violation[] {
  const schema = validateSchema('index-entry', entry).map((i) => ({ path: `${prefix}${i.path}`, message: i.message }));
  return [...schema, ...entryRuleViolations(entry, prefix)];
}

/** Every rule of DESIGN.md's index.json, each violation with its JSON path. Empty means valid. */
export function indexViolations(index: unknown): Violation[] {
  const out: Violation[] = validateSchema('index', index).map((i) => ({ path: i.path, message: i.message }));
  if (!isObject(index)) return out;
  if (typeof index.last_updated === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(index.last_updated)) {
    const t = new Date(index.last_updated);
    if (Number.isNaN(t.getTime()) || t.toISOString().replace('.000Z', 'Z') !== index.last_updated) {
      out.push({ path: '/last_updated', message: `${quote(index.last_updated)} is not a real date and time` });
    }
  }
  if (Array.isArray(index.packs)) {
    index.packs.forEach((p, i) => out.push(...entryRuleViolations(p, `/packs/${i}`)));
    checkSortedUnique(index.packs, '/packs', 'ref', out, (p) => (isObject(p) ? p.ref : undefined));
  }
  return out;
}

function violationsError(what: string, violations: Violation[], file?: string): PackdexError {
  const shown = violations.slice(0, 20).map((v) => `  ${v.path || '/'}: ${v.message}`);
  if (violations.length > 20) shown.push(`  … and ${violations.length - 20} more`);
  return new PackdexError(
    what === 'index' ? 'INDEX_INVALID' : 'ENTRY_INVALID',
    `${file === undefined ? `The ${what}` : `'${file}'`} breaks ${violations.length} rule${violations.length === 1 ? '' : 's'} of the Attune index format:\n${shown.join('\n')}`,
    {
      value: file,
      path: violations[0]?.path,
      expected: what === 'index' ? `an index as described in ${docsUrl('index-format.md')} (schemas/index.schema.json)` : `an index entry as described in ${docsUrl('index-format.md', 'an-entry')} (schemas/index-entry.schema.json)`,
      fix: 'Correct the values at the paths listed (packdex validate lists them all).',
    },
  );
}

/** Throw ENTRY_INVALID unless the entry passes every rule. */
export function assertValidEntry(entry: unknown, file?: string): asserts entry is AttunePackIndexEntry {
  const v = entryViolations(entry);
  if (v.length > 0) throw violationsError('entry', v, file);
}

/** Throw INDEX_INVALID unless the index passes every rule. */
export function assertValidIndex(index: unknown, file?: string): asserts index is AttunePackIndex {
  const v = indexViolations(index);
  if (v.length > 0) throw violationsError('index', v, file);
}
