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

/** Items of a list that repeat an earlier one (by `key`), each reported at its own path. */
function checkUnique(list: unknown, path: string, what: string, out: Violation[], key?: (x: unknown) => unknown): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key ? key(item) : item;
    if (typeof k !== 'string') return;
    if (seen.has(k)) out.push({ path: `${path}/${i}`, message: `duplicate ${what} ${quote(k)}` });
    seen.add(k);
  });
}

/**
 * An RFC 3339 date-time that names a real instant: `T` (or `t`), optional fractional seconds,
 * `Z` or an offset. This is what Attune reads (`DateTime::parse_from_rfc3339`, Python's
 * `fromisoformat`); packdex itself writes whole seconds in UTC with `Z` (see formatTimestamp).
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** The instant an RFC 3339 date-time names, or undefined when it is not one (`2024-02-30`, `25:00`). */
export function parseRfc3339(text: string): Date | undefined {
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return undefined;
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return undefined;
  const t = new Date(text.toUpperCase());
  return Number.isNaN(t.getTime()) ? undefined : t;
}

/**
 * The rules of an index entry that JSON Schema cannot say, as a reader applies them: real semver,
 * unique keywords and runtime dependencies, names unique within each contents kind. Order is the
 * writer's concern (canonicalViolations), not a reader's: Attune accepts any. Assumes nothing
 * about shape; schema violations are reported separately.
 */
export function entryRuleViolations(entry: unknown, prefix = ''): Violation[] {
  const out: Violation[] = [];
  if (!isObject(entry)) return out;
  if (typeof entry.version === 'string' && semver.valid(entry.version) === null) {
    out.push({ path: `${prefix}/version`, message: `${quote(entry.version)} is not a valid semantic version` });
  }
  checkUnique(entry.keywords, `${prefix}/keywords`, 'keyword', out);
  checkUnique(entry.runtime_deps, `${prefix}/runtime_deps`, 'runtime dependency', out);
  if (isObject(entry.contents)) {
    for (const kind of CONTENT_KINDS) {
      checkUnique(entry.contents[kind], `${prefix}/contents/${kind}`, `${kind} name`, out, (c) => (isObject(c) ? c.name : undefined));
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

/**
 * Every reading rule of DESIGN.md's index.json, each violation with its JSON path: what Attune's
 * own schema and validator accept is valid. Empty means valid. (What packdex writes is checked
 * separately, by canonicalViolations.)
 */
export function indexViolations(index: unknown): Violation[] {
  const out: Violation[] = validateSchema('index', index).map((i) => ({ path: i.path, message: i.message }));
  if (!isObject(index)) return out;
  if (typeof index.last_updated === 'string' && RFC3339.test(index.last_updated) && parseRfc3339(index.last_updated) === undefined) {
    out.push({ path: '/last_updated', message: `${quote(index.last_updated)} is not a real date and time` });
  }
  if (Array.isArray(index.packs)) {
    index.packs.forEach((p, i) => out.push(...entryRuleViolations(p, `/packs/${i}`)));
    checkRefOrder(index.packs.map((p) => (isObject(p) ? p.ref : undefined)), out);
  }
  return out;
}

/** Packs unique and strictly ascending by ref: Attune's validator requires it of every index. */
export function checkRefOrder(refs: readonly unknown[], out: Violation[]): void {
  for (let i = 1; i < refs.length; i++) {
    const a = refs[i - 1];
    const b = refs[i];
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    if (a === b) out.push({ path: `/packs/${i}`, message: `duplicate ref ${quote(b)}` });
    else if (compareStrings(a, b) > 0) out.push({ path: `/packs/${i}`, message: `ref ${quote(b)} is out of order: it must sort before ${quote(a)}` });
  }
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
