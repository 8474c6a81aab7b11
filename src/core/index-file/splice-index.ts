import { canonicalEntry, serializeIndex } from '../entry/canonical-entry';
import { PackdexError } from '../errors';
import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { formatTimestamp } from './read-index';
import { assertValidEntry, compareStrings, entryViolations, indexViolations } from './index-rules';
import { findRef, type UpdateOutcome } from './update-index';

/**
 * index.json as packdex writes it (serializeIndex: 2-space JSON, canonical key order) has a fixed
 * layout: the header keys, then `  "packs": [`, then each entry from a line `    {` to a line
 * `    }`. JSON strings hold no raw newlines, so those lines can only be what they look like.
 *
 * That lets one entry be upserted without building the whole index as objects: every entry is
 * still parsed, checked against every rule and checked to be in canonical form, one at a time,
 * but the output is the original text with one slice replaced. Peak memory is about the file
 * twice (in and out) instead of the whole index as objects plus its re-serialisation, and no
 * entry but the new one is serialised. (Bench case 4: at 100,000 packs this is what keeps an
 * update near the cost of JSON.parse + JSON.stringify and under 6× the file's size in memory.)
 */

const PACKS_OPEN = '\n  "packs": [\n';
const EMPTY_PACKS = '\n  "packs": []\n}\n';
const ENTRY_OPEN = '    {\n';
const ENTRY_CLOSE = '\n    }';
const LIST_END = '\n  ]\n}\n';

interface Slice {
  ref: string;
  start: number;
  end: number;
}

interface SplitIndex {
  header: Omit<AttunePackIndex, 'packs'>;
  slices: Slice[];
}

/** An entry as it appears inside index.json's packs array (indented by four spaces, no comma). */
function entryText(entry: AttunePackIndexEntry): string {
  return `    ${JSON.stringify(canonicalEntry(entry), null, 2).replaceAll('\n', '\n    ')}`;
}

/** The header's text up to (not including) the packs key, in canonical form. */
function headerText(header: Omit<AttunePackIndex, 'packs'>): string {
  const whole = serializeIndex({ ...header, packs: [] });
  return whole.slice(0, whole.length - EMPTY_PACKS.length);
}

/**
 * Split canonical index text into its header and entry slices, checking every rule on the way.
 * Undefined when the text is not in canonical layout or breaks a rule: the caller then takes the
 * whole-document path, which reports every violation with its path.
 */
function splitCanonical(text: string): SplitIndex | undefined {
  let at = text.indexOf(PACKS_OPEN);
  const empty = at === -1;
  if (empty) at = text.indexOf(EMPTY_PACKS);
  if (at === -1) return undefined;
  let header: Omit<AttunePackIndex, 'packs'>;
  try {
    const parsed = JSON.parse(`${text.slice(0, at)}${EMPTY_PACKS}`) as AttunePackIndex;
    if (indexViolations(parsed).length > 0) return undefined;
    const { packs: _packs, ...rest } = parsed;
    header = rest;
  } catch {
    return undefined;
  }
  if (headerText(header) !== text.slice(0, at)) return undefined;
  if (empty) return text.length === at + EMPTY_PACKS.length ? { header, slices: [] } : undefined;

  const slices: Slice[] = [];
  let pos = at + PACKS_OPEN.length;
  for (;;) {
    if (!text.startsWith(ENTRY_OPEN, pos)) return undefined;
    const close = text.indexOf(ENTRY_CLOSE, pos);
    if (close === -1) return undefined;
    const end = close + ENTRY_CLOSE.length;
    const slice = text.slice(pos, end);
    let entry: AttunePackIndexEntry;
    try {
      entry = JSON.parse(slice) as AttunePackIndexEntry;
    } catch {
      return undefined;
    }
    if (entryViolations(entry).length > 0 || entryText(entry) !== slice) return undefined;
    const previous = slices[slices.length - 1];
    if (previous !== undefined && compareStrings(previous.ref, entry.ref) >= 0) return undefined;
    slices.push({ ref: entry.ref, start: pos, end });
    if (text.startsWith(',\n', end)) pos = end + 2;
    else if (text.length === end + LIST_END.length && text.endsWith(LIST_END)) return { header, slices };
    else return undefined;
  }
}

export interface SpliceResult {
  text: string;
  outcome: UpdateOutcome;
  entry: AttunePackIndexEntry;
}

/**
 * Upsert one entry into canonical index text, with the semantics of upsertEntry: the same entry
 * again is `unchanged` (the very same text); a present ref needs `replace`; `last_updated` moves
 * only when packs change. Undefined when the text is not canonical or not valid, or for a bump:
 * the whole-document path handles (and explains) those.
 */
export function upsertIntoIndexText(
  text: string,
  entry: AttunePackIndexEntry | ((index: AttunePackIndex) => AttunePackIndexEntry),
  options: { replace: boolean; now: Date },
): SpliceResult | undefined {
  // A bump (a function of the index) reads the index as objects: the whole-document path.
  if (typeof entry === 'function') return undefined;
  const split = splitCanonical(text);
  if (split === undefined) return undefined;
  const { header, slices } = split;
  const next = canonicalEntry(entry);
  assertValidEntry(next);
  const { at, found } = findRef(slices, next.ref);
  const nextText = entryText(next);
  if (found) {
    const held = slices[at]!;
    if (text.slice(held.start, held.end) === nextText) return { text, outcome: 'unchanged', entry: next };
    if (!options.replace) {
      throw new PackdexError('PACK_EXISTS', `Pack '${next.ref}' already exists in index. Use --update to replace it.`, {
        value: next.ref,
        expected: 'a ref not yet in the index, or --update',
        fix: 'Pass --update to replace the existing entry.',
      });
    }
  }
  const parts: string[] = [headerText({ ...header, last_updated: formatTimestamp(options.now) }), PACKS_OPEN];
  const before = slices.slice(0, at);
  const after = slices.slice(found ? at + 1 : at);
  const pieces = [...before.map((s) => text.slice(s.start, s.end)), nextText, ...after.map((s) => text.slice(s.start, s.end))];
  parts.push(pieces.join(',\n'), LIST_END);
  return { text: parts.join(''), outcome: found ? 'updated' : 'created', entry: next };
}
