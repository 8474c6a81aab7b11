import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, ioError, quote } from '../errors';
import { readTextIfExists } from '../fs/read-text-if-exists';
import { compareStrings } from '../index-file/index-rules';
import { IndexFileWriter, type FileChunkWriter } from './index-json/index-file-writer';
import { indexPolicyOf, servedIdentity, type IndexState } from './index-json/index-policy';
import { indexEntryFor, type PackageDocument } from './package-document';
import { PAGE_FILES } from './page-assets';
import { addToFeed, emptyFeed, RECENT_FEED, serializeFeed } from './plan-recent-feed';
import { listPackageDocuments, parsePackageDocument, readRegistryIdentity, type RegistryIdentity } from './read-site';
import { createSearchIndexWriter } from './search/search-index-writer';
import { nameFromDocumentPath, packageDocumentPath } from './shard-path';

export type { FileChunkWriter };

/** Receives the derived files of a build, one at a time: `open(rel)` for each, then its chunks. */
export interface SiteSink {
  open(rel: string): Promise<FileChunkWriter>;
}

/**
 * A sink that gathers each file's chunks and hands over its whole text when it ends: for callers
 * that work with a file at a time as a string (a registry that fits in memory, or one file of a
 * large one), never with the whole site at once unless they keep it.
 */
export function textSink(onFile: (rel: string, text: string) => void | Promise<void>): SiteSink {
  return {
    async open(rel) {
      const chunks: Buffer[] = [];
      return {
        async write(chunk) {
          chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
        },
        async end() {
          await onFile(rel, Buffer.concat(chunks).toString('utf8'));
        },
      };
    },
  };
}

/** The page's files and .nojekyll (so GitHub Pages serves every path as is), relative path → text. */
export const PAGE_OUTPUT: readonly (readonly [string, string])[] = [...Object.entries(PAGE_FILES), ['.nojekyll', '']];

export interface SiteBuildOptions {
  /** registry.json as the caller has it (registry init builds before it writes one). */
  identity?: RegistryIdentity;
  /** A folder for the build's temporary files (index.json's body, the search writer's); made and removed inside it. */
  tempDir: string;
  /** A document to build with in place of (or beside) the one on disk: a publish's new document. */
  override?: PackageDocument;
}

export interface SiteBuildResult {
  /** registry.json as read (or given). */
  identity: RegistryIdentity;
  /** registry.json as the built site serves it: `index` and `index_omitted` follow what the build decided. */
  served: RegistryIdentity;
  index: IndexState;
  packages: number;
  /** Every file emitted, relative to the registry root, in emission order. */
  files: string[];
}

/**
 * Build every derived file of a registry folder from its package documents, streaming: documents
 * are read a batch at a time in name order (index.json's order), so only the list of their paths is
 * held; index.json is written as chunks (or left out, as registry.json's index_policy says), the
 * search files by the search index writer, then the recent feed and the page. Files are emitted in
 * that order: index.json, recent.json, search/…, the page.
 */
export async function streamSiteBuild(registryDir: string, sink: SiteSink, options: SiteBuildOptions): Promise<SiteBuildResult> {
  const identity = options.identity ?? (await readRegistryIdentity(registryDir)).identity;
  const policy = indexPolicyOf(identity);
  let scratch: string;
  try {
    scratch = await mkdtemp(path.join(options.tempDir, 'site-build-'));
  } catch (cause) {
    throw ioError('create a temporary folder in', options.tempDir, cause);
  }
  const index = new IndexFileWriter(policy, scratch);
  const search = createSearchIndexWriter({ tempDir: scratch });
  const files: string[] = [];
  const emit = async (rel: string, chunks: readonly (string | Uint8Array)[]): Promise<void> => {
    files.push(rel);
    const out = await sink.open(rel);
    for (const c of chunks) await out.write(c);
    await out.end();
  };
  try {
    let lastUpdated = identity.created_at;
    let feed = emptyFeed();
    const packages = await visitPackageDocuments(
      registryDir,
      async (doc) => {
        const entry = indexEntryFor(doc, identity);
        if (entry !== undefined) {
          await index.add(entry);
          search.add(entry);
        }
        if (doc.index_updated_at > lastUpdated) lastUpdated = doc.index_updated_at;
        feed = addToFeed(feed, doc);
      },
      options.override,
    );
    const state = await index.finish({ name: identity.name, url: identity.url }, lastUpdated, async () => {
      files.push('index.json');
      return sink.open('index.json');
    });
    await emit(RECENT_FEED, [serializeFeed(feed)]);
    await search.finish((rel, text) => emit(rel, [text]));
    for (const [rel, text] of PAGE_OUTPUT) await emit(rel, [text]);
    return { identity, served: servedIdentity(identity, state), index: state, packages, files };
  } finally {
    // A build that failed before finish drops the search writer's spill files (a finished one has none).
    search.abort();
    await index.discard();
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Visit every package document of a registry folder in ascending name order, a batch read at a
 * time so a large registry is never held in memory at once; each must sit where its name says.
 * `override` is visited in place of the document of its name (or where its name belongs).
 * Returns how many documents were visited.
 */
export async function visitPackageDocuments(registryDir: string, visit: (doc: PackageDocument) => void | Promise<void>, override?: PackageDocument): Promise<number> {
  // Only the paths are held, keyed by the name each path stands for, sorted as index.json sorts refs.
  const named = (await listPackageDocuments(registryDir)).map((rel) => ({ rel, name: nameFromDocumentPath(rel) }));
  if (override !== undefined && !named.some((n) => n.name === override.name)) named.push({ rel: packageDocumentPath(override.name), name: override.name });
  named.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.rel, b.rel));
  const BATCH = 64;
  for (let i = 0; i < named.length; i += BATCH) {
    const docs = await Promise.all(
      named.slice(i, i + BATCH).map(async ({ rel, name }) => {
        if (override !== undefined && name === override.name && rel === packageDocumentPath(name)) return override;
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
    for (const doc of docs) await visit(doc);
  }
  return named.length;
}
