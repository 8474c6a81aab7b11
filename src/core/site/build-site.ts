import path from 'node:path';
import { serializeIndex } from '../entry/canonical-entry';
import { PackdexError, quote } from '../errors';
import type { FileChange } from '../fs/file-change';
import { compareStrings } from '../index-file/index-rules';
import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { indexEntryFor } from './package-document';
import { PAGE_FILES } from './page-assets';
import { listPackageDocuments, parsePackageDocument, readRegistryIdentity, type RegistryIdentity } from './read-site';
import { readTextIfExists } from '../fs/read-text-if-exists';
import { packageDocumentPath } from './shard-path';
import { changeRegistry, type ChangeRegistryOptions } from './registry-transaction';

export interface SitePlan {
  identity: RegistryIdentity;
  changes: FileChange[];
  packages: number;
}

/** The page's files and .nojekyll (so GitHub Pages serves every path as is), relative path → text. */
export const PAGE_OUTPUT: readonly (readonly [string, string])[] = [...Object.entries(PAGE_FILES), ['.nojekyll', '']];

/** Every file buildSiteFiles writes, relative to the registry root: what verify calls derived. */
export const SITE_FILES: readonly string[] = ['index.json', ...PAGE_OUTPUT.map(([rel]) => rel)];

/** The page's files and .nojekyll, as planned writes. */
export async function planPageFiles(registryDir: string): Promise<FileChange[]> {
  return Promise.all(PAGE_OUTPUT.map(async ([rel, after]) => ({ path: path.join(registryDir, rel), before: await readTextIfExists(path.join(registryDir, rel)), after })));
}

/**
 * Regenerate every derived file of a registry folder from its package documents: index.json
 * (the entry `latest` names, for every package) and the browse page. Publishing keeps these
 * files equal to this build incrementally; `site build --check` proves it.
 */
export async function planSiteBuild(registryDir: string, identityOverride?: RegistryIdentity): Promise<SitePlan> {
  const { identity, files, packages } = await buildSiteFiles(registryDir, identityOverride);
  const changes = await Promise.all(files.map(async ([rel, after]) => ({ path: path.join(registryDir, rel), before: await readTextIfExists(path.join(registryDir, rel)), after })));
  return { identity, changes, packages };
}

/**
 * Every derived file a site build writes, as relative path → text, computed from the package
 * documents alone: the files now in the folder are not read, so verify can compare them by size
 * before it reads a byte of them.
 */
export async function buildSiteFiles(registryDir: string, identityOverride?: RegistryIdentity): Promise<{ identity: RegistryIdentity; files: [string, string][]; packages: number }> {
  const identity = identityOverride ?? (await readRegistryIdentity(registryDir)).identity;
  const files = await listPackageDocuments(registryDir);
  const packs: AttunePackIndexEntry[] = [];
  let lastUpdated = identity.created_at;
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
    for (const doc of docs) {
      const entry = indexEntryFor(doc, identity);
      if (entry !== undefined) packs.push(entry);
      if (doc.index_updated_at > lastUpdated) lastUpdated = doc.index_updated_at;
    }
  }
  packs.sort((a, b) => compareStrings(a.ref, b.ref));
  const index: AttunePackIndex = { registry_name: identity.name, registry_url: identity.url, version: '1.0', last_updated: lastUpdated, packs };
  return { identity, files: [['index.json', serializeIndex(index)], ...PAGE_OUTPUT.map(([rel, text]): [string, string] => [rel, text])], packages: files.length };
}

/** Rebuild the derived files of a registry folder as one registry transaction. */
export async function buildSite(registryDir: string, options: ChangeRegistryOptions = {}): Promise<SitePlan & { written: string[] }> {
  const { value, written } = await changeRegistry(registryDir, { command: 'site build', ...options }, async () => {
    const plan = await planSiteBuild(registryDir);
    return { value: plan, changes: plan.changes };
  });
  return { ...value, written };
}
