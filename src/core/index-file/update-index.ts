import { isDeepStrictEqual } from 'node:util';
import { PackdexError, quote } from '../errors';
import type { ArchiveSource, AttunePackIndex, AttunePackIndexEntry, GitSource, InstallSource } from '../schema-types';
import { canonicalEntry } from '../entry/canonical-entry';
import { formatTimestamp } from './read-index';
import { assertValidEntry, assertValidIndex, compareStrings } from './index-rules';

export type UpdateOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertOptions {
  /** Replace an entry whose ref is already present (`--update`). */
  replace: boolean;
  now: Date;
}

/** Binary search over items sorted by ref (index entries, or their slices of index.json): index of `ref`, or where it would be inserted. */
export function findRef(packs: readonly { ref: string }[], ref: string): { at: number; found: boolean } {
  let lo = 0;
  let hi = packs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareStrings(packs[mid]!.ref, ref);
    if (c === 0) return { at: mid, found: true };
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return { at: lo, found: false };
}

/**
 * Put one entry into an index (pure). The packs stay sorted by a single insertion, never a
 * re-sort; `last_updated` moves only when packs really change, so an update that changes nothing
 * gives back the very same index and the caller can leave the file byte-identical.
 */
export function upsertEntry(
  index: AttunePackIndex,
  entry: AttunePackIndexEntry,
  options: UpsertOptions,
): { index: AttunePackIndex; outcome: UpdateOutcome } {
  assertValidEntry(entry);
  const next = canonicalEntry(entry);
  const { at, found } = findRef(index.packs, next.ref);
  if (found) {
    if (isDeepStrictEqual(canonicalEntry(index.packs[at]!), next)) return { index, outcome: 'unchanged' };
    if (!options.replace) {
      throw new PackdexError('PACK_EXISTS', `Pack '${next.ref}' already exists in index. Use --update to replace it.`, {
        value: next.ref,
        expected: 'a ref not yet in the index, or --update',
        fix: 'Pass --update to replace the existing entry.',
      });
    }
  }
  const packs = index.packs.slice();
  packs.splice(at, found ? 1 : 0, next);
  const updated = { ...index, last_updated: formatTimestamp(options.now), packs };
  assertValidIndex(updated);
  return { index: updated, outcome: found ? 'updated' : 'created' };
}

export interface Bump {
  ref: string;
  version: string;
  gitRef?: string;
  gitChecksum?: string;
  archiveUrl?: string;
  archiveChecksum?: string;
}

/**
 * Attune's `index-update --pack REF --version V --git-ref R --archive-url U`: a new version of
 * an entry that is already in the index. A changed source needs its new checksum; keeping the old
 * one would publish a checksum that no download can match.
 */
export function bumpEntry(index: AttunePackIndex, bump: Bump): AttunePackIndexEntry {
  const { at, found } = findRef(index.packs, bump.ref);
  if (!found) {
    throw new PackdexError('PACK_NOT_FOUND', `Pack ${quote(bump.ref)} is not in the index, so it cannot be bumped.`, {
      value: bump.ref,
      expected: `one of the ${index.packs.length} refs in the index`,
      fix: 'Add it with --entry FILE or --pack-dir DIR first.',
    });
  }
  const entry = structuredClone(index.packs[at]!);
  entry.version = bump.version;
  const changes = [
    { type: 'git', where: bump.gitRef, checksum: bump.gitChecksum, flag: '--git-ref', sumFlags: '--git-checksum or --pack-dir', apply: (s: InstallSource, v: string) => ((s as GitSource).ref = v) },
    { type: 'archive', where: bump.archiveUrl, checksum: bump.archiveChecksum, flag: '--archive-url', sumFlags: '--archive-checksum or --archive', apply: (s: InstallSource, v: string) => ((s as ArchiveSource).url = v) },
  ] as const;
  for (const change of changes) {
    if (change.where === undefined && change.checksum === undefined) continue;
    const source = entry.install_sources.find((s) => s.type === change.type);
    if (source === undefined) {
      throw new PackdexError('USAGE', `Pack ${quote(bump.ref)} has no ${change.type} source, so ${change.flag} cannot move it.`, {
        fix: `Replace the whole entry instead (--pack-dir with sources, or --entry FILE) to add a ${change.type} source.`,
      });
    }
    if (change.checksum === undefined) {
      throw new PackdexError('USAGE', `${change.sumFlags} is required with ${change.flag}: the old checksum belongs to the old ${change.type === 'git' ? 'ref' : 'archive'}.`, {
        fix: `Pass ${change.sumFlags} for the new ${change.type} source.`,
      });
    }
    if (change.where !== undefined) change.apply(source, change.where);
    source.checksum = change.checksum;
  }
  return entry;
}

/** A new, empty index. */
export function emptyIndex(registryName: string, registryUrl: string, now: Date): AttunePackIndex {
  const index: AttunePackIndex = { registry_name: registryName, registry_url: registryUrl, version: '1.0', last_updated: formatTimestamp(now), packs: [] };
  assertValidIndex(index);
  return index;
}
