import semver from 'semver';
import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { canonicalEntry } from '../entry/canonical-entry';
import { assertValidIndex, compareStrings, parseRfc3339 } from './index-rules';
import { formatTimestamp } from './read-index';

/**
 * Merge indexes (pure; inputs already validated). On a duplicate ref the higher semver wins and a
 * tie keeps the first input's entry; the registry identity comes from the first input and
 * `last_updated` is the newest of them, compared as instants (inputs may carry offsets or
 * fractions, as Attune allows) and written as packdex writes it. Entries are collected in a map,
 * sorted once, and written canonically.
 */
export function mergeIndexes(inputs: readonly AttunePackIndex[]): AttunePackIndex {
  const first = inputs[0];
  if (first === undefined) throw new Error('mergeIndexes needs at least one index');
  const byRef = new Map<string, AttunePackIndexEntry>();
  for (const input of inputs) {
    for (const entry of input.packs) {
      const held = byRef.get(entry.ref);
      if (held === undefined || semver.gt(entry.version, held.version)) byRef.set(entry.ref, entry);
    }
  }
  const packs = [...byRef.values()].sort((a, b) => compareStrings(a.ref, b.ref)).map(canonicalEntry);
  const newest = Math.max(...inputs.map((i) => parseRfc3339(i.last_updated)?.getTime() ?? 0));
  const lastUpdated = formatTimestamp(new Date(newest));
  const merged: AttunePackIndex = {
    registry_name: first.registry_name,
    registry_url: first.registry_url,
    version: '1.0',
    last_updated: lastUpdated,
    packs,
  };
  assertValidIndex(merged);
  return merged;
}
