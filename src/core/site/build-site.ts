import path from 'node:path';
import { serializeIndex } from '../entry/canonical-entry';
import { PackdexError, quote } from '../errors';
import type { FileChange } from '../fs/file-change';
import { compareStrings } from '../index-file/index-rules';
import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { indexEntryFor, type PackageDocument } from './package-document';
import { addToFeed, emptyFeed, RECENT_FEED, serializeFeed } from './plan-recent-feed';
import { PAGE_FILES } from './page-assets';
import { listPackageDocuments, parsePackageDocument, readRegistryIdentity, type RegistryIdentity } from './read-site';
import { readTextIfExists } from '../fs/read-text-if-exists';
import { packageDocumentPath } from './shard-path';
import { planSearchFiles } from './search/plan-search-files';

export interface SitePlan {
  identity: RegistryIdentity;
  changes: FileChange[];
  packages: number;
}

/** The page's files and .nojekyll (so GitHub Pages serves every path as is). */
export async function planPageFiles(registryDir: string): Promise<FileChange[]> {
  const files: [string, string][] = [...Object.entries(PAGE_FILES), ['.nojekyll', '']];
  return Promise.all(files.map(async ([rel, after]) => ({ path: path.join(registryDir, rel), before: await readTextIfExists(path.join(registryDir, rel)), after })));
}

/**
 * Regenerate every derived file of a registry folder from its package documents: index.json
 * (the entry `latest` names, for every package), the search files made from it, the recent feed
 * (recent.json: counts and the newest versions, for the home page) and the browse page. Publishing keeps these
 * files equal to this build incrementally; `site build --check` proves it.
 */
export async function planSiteBuild(registryDir: string, identityOverride?: RegistryIdentity): Promise<SitePlan> {
  const identity = identityOverride ?? (await readRegistryIdentity(registryDir)).identity;
  const packs: AttunePackIndexEntry[] = [];
  let lastUpdated = identity.created_at;
  let feed = emptyFeed();
  const count = await forEachPackageDocument(registryDir, (doc) => {
    const entry = indexEntryFor(doc, identity);
    if (entry !== undefined) packs.push(entry);
    if (doc.index_updated_at > lastUpdated) lastUpdated = doc.index_updated_at;
    feed = addToFeed(feed, doc);
  });
  packs.sort((a, b) => compareStrings(a.ref, b.ref));
  const index: AttunePackIndex = { registry_name: identity.name, registry_url: identity.url, version: '1.0', last_updated: lastUpdated, packs };
  const indexFile = path.join(registryDir, 'index.json');
  const feedFile = path.join(registryDir, RECENT_FEED);
  const changes: FileChange[] = [
    { path: indexFile, before: await readTextIfExists(indexFile), after: serializeIndex(index) },
    { path: feedFile, before: await readTextIfExists(feedFile), after: serializeFeed(feed) },
    ...(await planSearchFiles(registryDir, packs)),
    ...(await planPageFiles(registryDir)),
  ];
  return { identity, changes, packages: count };
}

/**
 * Visit every package document of a registry folder, read a batch at a time so a large registry is
 * never held in memory at once; each must sit where its name says. Returns how many there were.
 */
export async function forEachPackageDocument(registryDir: string, visit: (doc: PackageDocument) => void): Promise<number> {
  const files = await listPackageDocuments(registryDir);
  const BATCH = 64;
  for (let i = 0; i < files.length; i += BATCH) {
    const docs = await Promise.all(
      files.slice(i, i + BATCH).map(async (rel) => {
        const file = path.join(registryDir, rel);
        const doc = parsePackageDocument((await readTextIfExists(file)) ?? '', file);
        if (rel !== packageDocumentPath(doc.name)) {
          throw new PackdexError('PACKAGE_INVALID', `${quote(file)} holds package ${quote(doc.name)}, whose document belongs at ${packageDocumentPath(doc.name)}.`, {
            value: rel,
            expected: packageDocumentPath(doc.name),
            fix: 'Move the file to where its name says, or restore it from the registry branch.',
          });
        }
        return doc;
      }),
    );
    for (const doc of docs) visit(doc);
  }
  return files.length;
}
