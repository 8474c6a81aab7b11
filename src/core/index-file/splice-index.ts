import { isDeepStrictEqual } from 'node:util';
import { canonicalEntry } from '../entry/canonical-entry';
import { PackdexError } from '../errors';
import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { formatTimestamp } from './read-index';
import { assertValidEntry, checkRefOrder, entryViolations, indexViolations, isObject, type Violation } from './index-rules';
import { findRef, type UpdateOutcome } from './update-index';

/**
 * An index update edits the text of index.json rather than re-serialising it: the entries the
 * update does not touch keep their exact bytes, whatever layout they came in (Attune's Python
 * builder writes `… contents, meta, repository, email, homepage, dependencies`, its Rust CLI
 * another order, a person a third), so updating one entry of a foreign index is a diff of that
 * entry and `last_updated`, nothing else. The new entry is written canonically (canonicalEntry),
 * indented like its neighbours.
 *
 * The text is located, not parsed as a whole: a scanner finds the top-level members and the
 * elements of `packs` (JSON strings hold no raw quotes or brackets outside escapes, so the
 * structure is unambiguous), and each element is parsed and checked on its own. Every entry is
 * still checked against every rule, but the index is never held as objects all at once: peak
 * memory is about the file twice (in and out). (Bench case 4: at 100,000 packs this keeps an
 * update near the cost of JSON.parse and under 6× the file's size in memory.)
 */

interface Span {
  start: number;
  end: number;
}

interface Member {
  key: string;
  /** Where the key's string starts: its line's indentation is the object's. */
  keyStart: number;
  value: Span;
}

interface IndexLayout {
  members: Member[];
  packs: Member;
  elements: Span[];
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function skipWs(text: string, pos: number): number {
  while (pos < text.length && WS.has(text.charCodeAt(pos))) pos++;
  return pos;
}

/** End (exclusive) of the string starting at `pos` (a `"`), or -1. */
function skipString(text: string, pos: number): number {
  let at = pos + 1;
  for (;;) {
    const q = text.indexOf('"', at);
    if (q === -1) return -1;
    let slashes = 0;
    for (let i = q - 1; text.charCodeAt(i) === 0x5c; i--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    at = q + 1;
  }
}

/** End (exclusive) of the value starting at `pos`; its inner syntax is checked later by JSON.parse. */
function skipValue(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c === 0x22) return skipString(text, pos);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    let at = pos;
    while (at < text.length) {
      const ch = text.charCodeAt(at);
      if (ch === 0x22) {
        at = skipString(text, at);
        if (at === -1) return -1;
        continue;
      }
      if (ch === 0x7b || ch === 0x5b) depth++;
      else if (ch === 0x7d || ch === 0x5d) {
        depth--;
        if (depth === 0) return at + 1;
      }
      at++;
    }
    return -1;
  }
  let at = pos;
  while (at < text.length && !WS.has(text.charCodeAt(at)) && !',]}'.includes(text[at]!)) at++;
  return at === pos ? -1 : at;
}

/**
 * The top-level members of index text and the spans of its `packs` elements; undefined when the
 * text is not one JSON object with a `packs` array and no repeated key (the whole-document path
 * then reports what is wrong).
 */
function locate(text: string): IndexLayout | undefined {
  let pos = skipWs(text, 0);
  if (text[pos] !== '{') return undefined;
  pos = skipWs(text, pos + 1);
  const members: Member[] = [];
  let packs: Member | undefined;
  let elements: Span[] = [];
  if (text[pos] === '}') return undefined;
  for (;;) {
    if (text[pos] !== '"') return undefined;
    const keyEnd = skipString(text, pos);
    if (keyEnd === -1) return undefined;
    let key: string;
    try {
      key = JSON.parse(text.slice(pos, keyEnd)) as string;
    } catch {
      return undefined;
    }
    if (members.some((m) => m.key === key)) return undefined;
    const keyStart = pos;
    pos = skipWs(text, keyEnd);
    if (text[pos] !== ':') return undefined;
    pos = skipWs(text, pos + 1);
    const start = pos;
    if (key === 'packs') {
      if (text[pos] !== '[') return undefined;
      elements = [];
      pos = skipWs(text, pos + 1);
      if (text[pos] !== ']') {
        for (;;) {
          const end = skipValue(text, pos);
          if (end === -1) return undefined;
          elements.push({ start: pos, end });
          pos = skipWs(text, end);
          if (text[pos] === ']') break;
          if (text[pos] !== ',') return undefined;
          pos = skipWs(text, pos + 1);
        }
      }
      pos += 1;
    } else {
      pos = skipValue(text, pos);
      if (pos === -1) return undefined;
    }
    const member: Member = { key, keyStart, value: { start, end: pos } };
    members.push(member);
    if (key === 'packs') packs = member;
    pos = skipWs(text, pos);
    if (text[pos] === '}') break;
    if (text[pos] !== ',') return undefined;
    pos = skipWs(text, pos + 1);
  }
  if (skipWs(text, pos + 1) !== text.length || packs === undefined) return undefined;
  return { members, packs, elements };
}

/** The whitespace that starts the line holding `pos`, or undefined when other text precedes it there. */
function lineIndent(text: string, pos: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lead = text.slice(lineStart, pos);
  return /^[ \t]*$/.test(lead) && lineStart > 0 ? lead : undefined;
}

export interface SpliceResult {
  text: string;
  outcome: UpdateOutcome;
  entry: AttunePackIndexEntry;
}

interface Edit extends Span {
  text: string;
}

/** The text with non-overlapping edits applied, built once (the file is copied once, not per edit). */
function applyEdits(text: string, edits: Edit[]): string {
  const pieces: string[] = [];
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    pieces.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  pieces.push(text.slice(pos));
  return pieces.join('');
}

/**
 * Upsert one entry into index text with the semantics of upsertEntry: the same entry again (in
 * whatever layout the index holds it) is `unchanged`, the very same text; a present ref needs
 * `replace`; `last_updated` moves only when packs change. Undefined when the text is not valid
 * under the reading rules (or not one JSON object with a packs array): the whole-document path
 * reports (and explains) that. `entry` may be a function of the index (a bump): it gets the index
 * parsed whole, since it reads an existing entry.
 */
export function upsertIntoIndexText(
  text: string,
  entry: AttunePackIndexEntry | ((index: AttunePackIndex) => AttunePackIndexEntry),
  options: { replace: boolean; now: Date },
): SpliceResult | undefined {
  const layout = locate(text);
  if (layout === undefined) return undefined;
  const header: Record<string, unknown> = {};
  try {
    for (const m of layout.members) if (m !== layout.packs) header[m.key] = JSON.parse(text.slice(m.value.start, m.value.end)) as unknown;
  } catch {
    return undefined;
  }
  if (indexViolations({ ...header, packs: [] }).length > 0) return undefined;

  let nextInput: AttunePackIndexEntry;
  if (typeof entry === 'function') {
    const whole = JSON.parse(text) as AttunePackIndex;
    if (indexViolations(whole).length > 0) return undefined;
    nextInput = entry(whole);
  } else {
    nextInput = entry;
  }
  const next = canonicalEntry(nextInput);
  assertValidEntry(next);

  // Every entry is parsed and checked, one at a time; only the one with the new entry's ref is kept.
  const refs: string[] = [];
  const violations: Violation[] = [];
  let held: AttunePackIndexEntry | undefined;
  for (const [i, span] of layout.elements.entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.slice(span.start, span.end));
    } catch {
      return undefined;
    }
    violations.push(...entryViolations(parsed, `/packs/${i}`));
    const ref = isObject(parsed) && typeof parsed.ref === 'string' ? parsed.ref : '';
    refs.push(ref);
    if (ref === next.ref) held = parsed as AttunePackIndexEntry;
    if (violations.length > 0) return undefined;
  }
  checkRefOrder(refs, violations);
  if (violations.length > 0) return undefined;

  const { at, found } = findRef(refs.map((ref) => ({ ref })), next.ref);
  if (found) {
    if (held !== undefined && isDeepStrictEqual(canonicalEntry(held), next)) return { text, outcome: 'unchanged', entry: next };
    if (!options.replace) {
      throw new PackdexError('PACK_EXISTS', `Pack '${next.ref}' already exists in index. Use --update to replace it.`, {
        value: next.ref,
        expected: 'a ref not yet in the index, or --update',
        fix: 'Pass --update to replace the existing entry.',
      });
    }
  }

  const edits: Edit[] = [];
  const lastUpdated = layout.members.find((m) => m.key === 'last_updated')!;
  edits.push({ ...lastUpdated.value, text: JSON.stringify(formatTimestamp(options.now)) });
  edits.push(entryEdit(text, layout, next, at, found));
  return { text: applyEdits(text, edits), outcome: found ? 'updated' : 'created', entry: next };
}

/** The edit that puts the entry's text at `at` of packs (replacing the element there when `found`). */
function entryEdit(text: string, layout: IndexLayout, entry: AttunePackIndexEntry, at: number, found: boolean): Edit {
  const { elements, packs } = layout;
  const keyIndent = lineIndent(text, packs.keyStart);
  // Indented like the elements already there; in an empty array, one step deeper than its key
  // (2 spaces, packdex's step). A file on one line gets the entry on one line.
  const sample = elements[0];
  const indent = sample !== undefined ? lineIndent(text, sample.start) : keyIndent === undefined ? undefined : `${keyIndent}  `;
  const step = indent !== undefined && keyIndent !== undefined && indent.startsWith(keyIndent) && indent.length > keyIndent.length ? indent.slice(keyIndent.length) : '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const rendered = indent === undefined ? JSON.stringify(entry) : JSON.stringify(entry, null, step).replaceAll('\n', `${eol}${indent}`);
  if (found) return { ...elements[at]!, text: rendered };
  if (elements.length === 0) {
    const body = indent === undefined ? `[${rendered}]` : `[${eol}${indent}${rendered}${eol}${keyIndent ?? ''}]`;
    return { ...packs.value, text: body };
  }
  // The separator between two elements as the file has it, else a comma and a line break.
  const sep =
    elements.length > 1 ? text.slice(elements[0]!.end, elements[1]!.start) : indent === undefined ? ',' : `,${eol}${indent}`;
  if (at < elements.length) {
    const before = elements[at]!;
    return { start: before.start, end: before.start, text: `${rendered}${sep}` };
  }
  const last = elements[elements.length - 1]!;
  return { start: last.end, end: last.end, text: `${sep}${rendered}` };
}
