import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { serializeIndex } from '../entry/canonical-entry';
import { PackdexError, quote } from '../errors';
import type { FileChange } from '../fs/file-change';
import { readIndexIfExists, formatTimestamp } from '../index-file/read-index';
import { emptyIndex, findRef, upsertEntry } from '../index-file/update-index';
import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import type { PackageChange, PackageOutcome } from './change-package';
import { indexEntryFor, serializeDocument, type PackageDocument } from './package-document';
import { readPackageDocument, readRegistryIdentity, type RegistryIdentity } from './read-site';
import { packageDocumentPath } from './shard-path';
import { planSearchFiles } from './search/plan-search-files';
import { forEachPackageDocument } from './build-site';
import { lstat } from 'node:fs/promises';
import os from 'node:os';
import { identityAgrees, indexPolicyOf, indexTooLarge, serialisingLimit, servedIdentity, type IndexState } from './index-json/index-policy';
import { serializeIdentity } from './read-site';
import { PAGE_OUTPUT, streamSiteBuild, textSink } from './stream-site-build';
import { readTextIfExists } from '../fs/read-text-if-exists';
import { addToFeed, emptyFeed, parseRecentFeed, RECENT_FEED, serializeFeed, updateRecentFeed, type RecentFeed } from './plan-recent-feed';

export interface PackageChangePlan {
  identity: RegistryIdentity;
  /**
   * The package document, index.json, recent.json, the version's README, then the search files
   * made from index.json; nothing else is ever touched by one package's change. Only the document
   * and the README when registry.json says `derived: deployed`: the derived files are then built
   * where the registry is served, not kept in git.
   */
  changes: FileChange[];
  /** Whether the package's line in index.json changed (whether or not index.json is written). */
  indexChanged: boolean;
  /** What happened to the package's document. */
  outcome: PackageOutcome;
  /** Derived files that disagreed with the document and are rewritten to agree (a killed change's trace). */
  repaired: string[];
  doc: PackageDocument;
  /** The package's line in index.json before and after. */
  indexEntry: { before?: AttunePackIndexEntry; after?: AttunePackIndexEntry };
  /** Registry files the change removes: index.json, when this change takes it past registry.json's limit. */
  removed: string[];
  /** Whether the registry has index.json after the change (undefined when derived files are deployed). */
  index?: IndexState;
}

/**
 * Plan one package's change in a registry folder: read its document and index.json, apply the
 * change, and return the two files' new bytes. index.json is updated in place (one binary-search
 * upsert or removal), so its bytes equal what a full `site build` gives from the documents.
 */
export async function planPackageChange(
  registryDir: string,
  name: string,
  change: (doc: PackageDocument | undefined) => PackageChange,
  /** registry.json when the caller has already read it. */
  known?: RegistryIdentity,
): Promise<PackageChangePlan> {
  const identity = known ?? (await readRegistryIdentity(registryDir)).identity;
  const docFile = path.join(registryDir, packageDocumentPath(name));
  const held = await readPackageDocument(registryDir, name);
  const result = change(held?.doc);
  const indexFile = path.join(registryDir, 'index.json');
  const committed = identity.derived !== 'deployed';
  // A sources-only registry's index.json, if one lies about, is not its business: never read.
  const policy = committed ? indexPolicyOf(identity) : undefined;
  // An index.json that registry.json says is left out (or that the policy never produces) is not
  // updated in place: the whole build decides whether it comes back, and makes the search files.
  if (policy !== undefined && (identity.index === null || policy.produce === 'never')) {
    return planByRebuild(registryDir, identity, held, result, docFile);
  }
  const index = committed ? await readIndexIfExists(indexFile) : undefined;
  const base = index?.index ?? emptyIndex(identity.name, identity.url, new Date(identity.created_at));
  const before = held === undefined ? undefined : indexEntryFor(held.doc, identity);
  const after = indexEntryFor(result.doc, identity);
  // index.json is compared with what the document says, not with what it said before: a change
  // killed between the two files (by an older packdex, or by hand) is repaired by the next one.
  const moved = !isDeepStrictEqual(before, after);
  const time = moved ? new Date(result.doc.index_updated_at) : laterOf(base.last_updated, result.doc.index_updated_at);
  const next: AttunePackIndex = after === undefined ? removeEntry(base, name, time) : upsertEntry(base, after, { replace: true, now: time }).index;
  const indexChange: FileChange = { path: indexFile, before: index?.text, after: next === base && index !== undefined ? index.text : serializeIndex(next) };
  // The change that takes index.json past the limit drops it, and registry.json says so, in one change.
  const size = Buffer.byteLength(indexChange.after);
  let state: IndexState | undefined = committed ? { produced: true } : undefined;
  if (policy !== undefined && size > serialisingLimit(policy)) {
    if (policy.produce === 'always') throw indexTooLarge(size);
    state = { produced: false, reason: 'over-limit', maxBytes: policy.maxBytes };
  }
  // README files are sources, written with their version whatever the layout; the feed and the
  // search files are derived, kept beside index.json only where it is committed.
  const readmes = await Promise.all((result.files ?? []).map(async (f) => ({ path: path.join(registryDir, f.path), before: await readTextIfExists(path.join(registryDir, f.path)), after: f.text })));
  const derived: FileChange[] = [];
  if (committed) {
    const feedFile = path.join(registryDir, RECENT_FEED);
    const feedText = await readTextIfExists(feedFile);
    // A registry from before the feed gets it from every document once; after that it is updated in place.
    const feedBefore = parseRecentFeed(feedText) ?? (await feedOfFolder(registryDir));
    const feed = result.outcome === 'unchanged' && feedText !== undefined ? feedText : serializeFeed(updateRecentFeed(feedBefore, held?.doc, result.doc));
    derived.push(
      ...(state?.produced === false ? [] : [indexChange]),
      { path: feedFile, before: feedText, after: feed },
      // Search is derived from index.json alone; planned even when its line is unchanged, so a
      // registry made before search files existed gets them on its next change.
      ...(await planSearchFiles(registryDir, next.packs)),
    );
  }
  // The document, index.json and the feed, the README, then the search files.
  const head = state?.produced === false ? 1 : 2;
  const changes: FileChange[] = [
    { path: docFile, before: held?.text, after: result.outcome === 'unchanged' && held !== undefined ? held.text : serializeDocument(result.doc) },
    ...derived.slice(0, head),
    ...readmes,
    ...derived.slice(head),
  ];
  const removed: string[] = [];
  if (state?.produced === false) {
    changes.push(await identityChange(registryDir, identity, state));
    if (index !== undefined) removed.push(indexFile);
  }
  const repaired = committed && state?.produced !== false && !moved && (next !== base || index === undefined) ? ['index.json'] : [];
  return {
    identity,
    changes,
    indexChanged: committed ? indexChange.before !== indexChange.after : moved,
    outcome: result.outcome,
    repaired,
    doc: result.doc,
    indexEntry: { before, after },
    removed,
    ...(state === undefined ? {} : { index: state }),
  };
}

/** registry.json rewritten to say what the build decided about index.json. */
async function identityChange(registryDir: string, identity: RegistryIdentity, state: IndexState): Promise<FileChange> {
  const file = path.join(registryDir, 'registry.json');
  return { path: file, before: await readTextIfExists(file), after: serializeIdentity(servedIdentity(identity, state)) };
}

/**
 * One package's change in a registry that commits its derived files but has no index.json to
 * update in place (registry.json says it is left out): the whole site is built, streaming, with
 * the new document, so that index.json comes back exactly when it fits again and the search files
 * and feed follow the documents. Only the files that differ are planned.
 */
async function planByRebuild(
  registryDir: string,
  identity: RegistryIdentity,
  held: { doc: PackageDocument; text: string } | undefined,
  result: PackageChange,
  docFile: string,
): Promise<PackageChangePlan> {
  const before = held === undefined ? undefined : indexEntryFor(held.doc, identity);
  const after = indexEntryFor(result.doc, identity);
  const derived: FileChange[] = [];
  const sink = textSink(async (rel, text) => {
    const file = path.join(registryDir, rel);
    const was = await readTextIfExists(file);
    // Unchanged files are dropped as they come: a large registry's search files are never all held.
    if (was !== text && !PAGE_OUTPUT.some(([page]) => page === rel)) derived.push({ path: file, before: was, after: text });
  });

  const built = await streamSiteBuild(registryDir, sink, { identity, tempDir: os.tmpdir(), override: result.doc });
  const readmes = await Promise.all((result.files ?? []).map(async (f) => ({ path: path.join(registryDir, f.path), before: await readTextIfExists(path.join(registryDir, f.path)), after: f.text })));
  const indexFirst = derived.filter((c) => path.basename(c.path) === 'index.json' || path.basename(c.path) === RECENT_FEED);
  const rest = derived.filter((c) => !indexFirst.includes(c));
  const changes: FileChange[] = [
    { path: docFile, before: held?.text, after: result.outcome === 'unchanged' && held !== undefined ? held.text : serializeDocument(result.doc) },
    ...indexFirst,
    ...readmes,
    ...rest,
  ];
  if (!identityAgrees(identity, built.index)) changes.push(await identityChange(registryDir, identity, built.index));
  const indexFile = path.join(registryDir, 'index.json');
  const removed = !built.index.produced && (await lstat(indexFile).catch(() => undefined)) !== undefined ? [indexFile] : [];
  return {
    identity,
    changes,
    indexChanged: !isDeepStrictEqual(before, after),
    outcome: result.outcome,
    repaired: [],
    doc: result.doc,
    indexEntry: { before, after },
    removed,
    index: built.index,
  };
}

/** The later of two RFC 3339 times, as a Date: a repair never moves last_updated backwards. */
function laterOf(a: string, b: string): Date {
  const x = new Date(a);
  const y = new Date(b);
  return Number.isNaN(x.getTime()) || y > x ? y : x;
}

async function feedOfFolder(registryDir: string): Promise<RecentFeed> {
  let feed = emptyFeed();
  await forEachPackageDocument(registryDir, (doc) => (feed = addToFeed(feed, doc)));
  return feed;
}

function removeEntry(index: AttunePackIndex, ref: string, now: Date): AttunePackIndex {
  const { at, found } = findRef(index.packs, ref);
  if (!found) return index;
  const packs = index.packs.slice();
  packs.splice(at, 1);
  return { ...index, packs, last_updated: formatTimestamp(now) };
}

/** The error for a change to a package the registry does not hold. */
export function packageNotFound(registryDir: string, name: string): PackdexError {
  return new PackdexError('PACK_NOT_FOUND', `The registry ${quote(registryDir)} has no package ${quote(name)}.`, {
    value: name,
    fix: 'Check the name (packdex search lists packages), or publish it first.',
  });
}
