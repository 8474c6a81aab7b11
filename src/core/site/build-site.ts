import { createHash } from 'node:crypto';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileChange } from '../fs/file-change';
import { readTextIfExists } from '../fs/read-text-if-exists';
import { identityAgrees, type IndexState } from './index-json/index-policy';
import type { PackageDocument } from './package-document';
import { RECENT_FEED } from './plan-recent-feed';
import { readRegistryIdentity, serializeIdentity, type RegistryIdentity } from './read-site';
import { changeRegistry, type ChangeRegistryOptions, type PlacedFile } from './registry-transaction';
import { SEARCH_DIR } from './search/search-layout';
import { compareSink } from './verify/compare-built-files';
import { PAGE_OUTPUT, streamSiteBuild, textSink, visitPackageDocuments, type FileChunkWriter, type SiteSink } from './stream-site-build';

export { PAGE_OUTPUT };

export interface SitePlan {
  identity: RegistryIdentity;
  changes: FileChange[];
  /** Registry files the build removes: index.json, when the build no longer produces it. */
  removed: string[];
  index: IndexState;
  packages: number;
}

/** The fixed files buildSiteFiles writes, relative to the registry root (beside the search folder). */
export const SITE_FILES: readonly string[] = ['index.json', RECENT_FEED, ...PAGE_OUTPUT.map(([rel]) => rel)];

/** Whether site build writes `rel`: one of SITE_FILES, or a file of the search index. */
export function isDerivedPath(rel: string): boolean {
  return SITE_FILES.includes(rel) || rel.startsWith(`${SEARCH_DIR}/`);
}

/** The page's files and .nojekyll, as planned writes. */
export async function planPageFiles(registryDir: string): Promise<FileChange[]> {
  return Promise.all(PAGE_OUTPUT.map(async ([rel, after]) => ({ path: path.join(registryDir, rel), before: await readTextIfExists(path.join(registryDir, rel)), after })));
}

/**
 * Regenerate every derived file of a registry folder from its package documents, as planned
 * changes held in memory (small registries, tests, --dry-run's diffs; `buildSite` streams):
 * index.json (the entry `latest` names, for every package, unless registry.json's index_policy
 * leaves it out), the search files, the recent feed and the browse page. When the registry commits
 * its derived files and registry.json does not yet say what the build decided about index.json,
 * registry.json is among the changes (unless the caller gave the identity: registry init writes it).
 */
export async function planSiteBuild(registryDir: string, identityOverride?: RegistryIdentity): Promise<SitePlan> {
  const read = identityOverride === undefined ? await readRegistryIdentity(registryDir) : undefined;
  const built = await buildSiteFiles(registryDir, identityOverride ?? read!.identity);
  const changes: FileChange[] = await Promise.all(built.files.map(async ([rel, after]) => ({ path: path.join(registryDir, rel), before: await readTextIfExists(path.join(registryDir, rel)), after })));
  const committed = built.identity.derived !== 'deployed';
  if (read !== undefined && committed && !identityAgrees(read.identity, built.index)) changes.push({ path: path.join(registryDir, 'registry.json'), before: read.text, after: serializeIdentity(built.served) });
  const removed = !built.index.produced && (await lstat(path.join(registryDir, 'index.json')).catch(() => undefined)) !== undefined ? [path.join(registryDir, 'index.json')] : [];
  return { identity: built.identity, changes, removed, index: built.index, packages: built.packages };
}

/**
 * Every derived file a site build writes, as relative path → text, computed from the package
 * documents alone: the stream of streamSiteBuild, collected (so for registries that fit in memory).
 */
export async function buildSiteFiles(
  registryDir: string,
  identityOverride?: RegistryIdentity,
): Promise<{ identity: RegistryIdentity; served: RegistryIdentity; index: IndexState; files: [string, string][]; packages: number }> {
  const files: [string, string][] = [];
  const sink = textSink((rel, text) => {
    files.push([rel, text]);
  });
  const result = await streamSiteBuild(registryDir, sink, { ...(identityOverride === undefined ? {} : { identity: identityOverride }), tempDir: os.tmpdir() });
  return { identity: result.identity, served: result.served, index: result.index, files, packages: result.packages };
}

/**
 * Visit every package document of a registry folder, in name order, a batch at a time so a large
 * registry is never held in memory at once; each must sit where its name says. Returns how many.
 */
export async function forEachPackageDocument(registryDir: string, visit: (doc: PackageDocument) => void): Promise<number> {
  return visitPackageDocuments(registryDir, visit);
}

/**
 * A sink that writes each file to `file(rel)` (which must not exist) while hashing it, and tells
 * `done` its path and SHA-256 once it is whole.
 */
export function fileSink(file: (rel: string) => string, done: (rel: string, staged: string, sha256: string) => void | Promise<void>): SiteSink {
  return {
    async open(rel) {
      const staged = file(rel);
      const hash = createHash('sha256');
      let handle: FileHandle | undefined = await open(staged, 'wx', 0o644);
      const writer: FileChunkWriter = {
        async write(chunk) {
          hash.update(chunk);
          await handle!.writeFile(chunk);
        },
        async end() {
          await handle!.close();
          handle = undefined;
          await done(rel, staged, hash.digest('hex'));
        },
      };
      return writer;
    },
  };
}

export interface SiteBuildOutcome {
  identity: RegistryIdentity;
  index: IndexState;
  packages: number;
  /** The registry paths this build changed (written, or removed), absolute. */
  changed: string[];
}

/**
 * Rebuild the derived files of a registry folder as one registry transaction, streaming: each
 * file is written into the transaction's staging folder as it is built and journaled there with
 * its hash, so a large registry is never held in memory and a killed build changes nothing (or is
 * finished by the next command). A registry that commits its derived files gets registry.json's
 * `index` and `index_omitted` rewritten when the build's decision about index.json changes, and
 * index.json removed in the same change when it is no longer produced.
 */
export async function buildSite(registryDir: string, options: ChangeRegistryOptions = {}): Promise<SiteBuildOutcome & { written: string[] }> {
  const { value, written } = await changeRegistry(registryDir, { command: 'site build', ...options }, async (ctx) => {
    const { identity, text } = await readRegistryIdentity(registryDir);
    const files: PlacedFile[] = [];
    const sink = fileSink(
      (rel) => ctx.stagingPath(rel),
      (rel, staged, sha256) => {
        files.push({ path: path.join(registryDir, rel), source: staged, sha256 });
      },
    );
    const built = await streamSiteBuild(registryDir, sink, { identity, tempDir: ctx.tempDir });
    const committed = identity.derived !== 'deployed';
    const changes: FileChange[] = committed && !identityAgrees(identity, built.index) ? [{ path: path.join(registryDir, 'registry.json'), before: text, after: serializeIdentity(built.served) }] : [];
    const removed = built.index.produced ? [] : [path.join(registryDir, 'index.json')];
    return { value: { identity, index: built.index, packages: built.packages }, files, changes, removed };
  });
  return { ...value, changed: written, written };
}

/**
 * What `site build` would change in a registry folder, found without writing or holding a file:
 * each built file is compared chunk by chunk with the one on disk as the build emits it. Returns
 * the relative paths that differ (a file to write, registry.json to update, index.json to remove).
 */
export async function findSiteDrift(registryDir: string): Promise<{ identity: RegistryIdentity; index: IndexState; packages: number; drift: string[] }> {
  const { identity } = await readRegistryIdentity(registryDir);
  const drift: string[] = [];
  const isFile = async (rel: string) => (await lstat(path.join(registryDir, rel)).catch(() => undefined))?.isFile() === true;
  const sink = compareSink(registryDir, isFile, (c) => {
    if (!c.equal) drift.push(c.rel);
  });
  const built = await streamSiteBuild(registryDir, sink, { identity, tempDir: os.tmpdir() });
  if (identity.derived !== 'deployed' && !identityAgrees(identity, built.index)) drift.push('registry.json');
  if (!built.index.produced && (await lstat(path.join(registryDir, 'index.json')).catch(() => undefined)) !== undefined) drift.push('index.json');
  return { identity, index: built.index, packages: built.packages, drift };
}

/** Build a registry's site and keep nothing: proof that its documents build (a sources-only registry's check). */
export async function checkSiteBuilds(registryDir: string): Promise<{ identity: RegistryIdentity; index: IndexState; packages: number }> {
  const sink: SiteSink = { open: async () => ({ write: async () => undefined, end: async () => undefined }) };
  const built = await streamSiteBuild(registryDir, sink, { tempDir: os.tmpdir() });
  return { identity: built.identity, index: built.index, packages: built.packages };
}
