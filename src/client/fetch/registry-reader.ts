import { readFile } from 'node:fs/promises';
import { PackdexError, quote } from '../../core/errors';
import { parseIndexText, parseJsonText } from '../../core/index-file/read-index';
import { checkNoDotSegments, isRegistryPath, registryPathOf } from '../../core/names/url-rules';
import type { AttunePackIndex } from '../../core/schema-types';
import type { PackageDocument } from '../../core/site/package-document';
import { MAX_DOCUMENT_BYTES, parsePackageDocument, parseRegistryIdentity, type RegistryIdentity } from '../../core/site/read-site';
import { packageDocumentPath } from '../../core/site/shard-path';
import type { RegistryEndpoint } from '../registries/effective-registries';
import { folderPath, realFileInside } from '../registries/registry-location';
import { attunePackageDocument } from './attune-package-document';
import { compareStrings } from '../../core/index-file/index-rules';
import { omittedReason } from '../../core/site/index-json/index-policy';
import { asSearchManifest } from '../../core/site/search/query-search-shards';
import { rowBucketPath, SEARCH_MANIFEST, type SearchRowData } from '../../core/site/search/search-layout';

/** One package's newest version as a listing shows it. */
export interface ListedRow {
  ref: string;
  version: string;
  description: string;
  keywords: string[];
}
import type { FetchOptions } from './fetch-url';
import type { HttpCache } from './http-cache';

/** Registry files are small; these bounds only stop a wrong URL from eating memory. */
const MAX_INDEX_BYTES = 1024 * 1024 * 1024;

/** An index rather than a packdex registry.json: it has packs and no packdex format marker. */
function isAttuneIndex(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'packs' in data && !('format' in data);
}

/** The two kinds of registry the client reads. */
export type RegistryKind = 'packdex' | 'attune';

/**
 * What a registry turned out to be: a packdex registry (registry.json, package documents with
 * every version, index.json), or a plain Attune registry, which is one index.json file holding
 * the newest version of each pack and is read as it is (read-only).
 */
type Opened = { kind: 'packdex'; identity: RegistryIdentity } | { kind: 'attune'; index: AttunePackIndex; file: string };

/**
 * Reads one registry's files, over HTTP(S) through the cache or straight from a folder. Resolving
 * one package costs two small reads: registry.json (memoised) and the package's document. A plain
 * Attune registry is read through the same methods: its package documents are made from its index
 * entries (one version each), so resolve, install and lock treat both kinds alike.
 */
export class RegistryReader {
  private opened?: Promise<Opened>;

  constructor(
    readonly endpoint: RegistryEndpoint,
    private readonly cache: HttpCache,
  ) {}

  get name(): string {
    return this.endpoint.name;
  }

  /** Where a registry-relative path is: a URL under the registry's base, or a file inside its folder (never outside). */
  private where(rel: string): string {
    const { location } = this.endpoint;
    return location.kind === 'http' ? new URL(rel, location.base).toString() : folderPath(location.dir, rel, 'Registry path');
  }

  /** The registry's own address: its base URL, or its folder (where('') would be no path inside it). */
  private root(): string {
    const { location } = this.endpoint;
    return location.kind === 'http' ? location.base : location.dir;
  }

  /** The registry's configured headers and the one origin they may be sent to; undefined for a folder. */
  credentials(): FetchOptions['credentials'] {
    const { location } = this.endpoint;
    return location.kind === 'http' ? { origin: new URL(location.base).origin, headers: this.endpoint.headers } : undefined;
  }

  /** A folder registry's folder, which every file it serves must lie inside. */
  folderRoot(): string | undefined {
    const { location } = this.endpoint;
    return location.kind === 'file' ? location.dir : undefined;
  }

  /** A file's bytes, or undefined when the registry does not have it. */
  private async read(rel: string, maxBytes: number): Promise<Buffer | undefined> {
    const { location } = this.endpoint;
    if (location.kind === 'http') {
      const got = await this.cache.get(this.where(rel), this.credentials(), maxBytes);
      return got.found ? got.body : undefined;
    }
    const file = this.where(rel);
    try {
      return await readFile(await realFileInside(location.dir, file, 'Registry file'));
    } catch (cause) {
      if (cause instanceof PackdexError) throw cause;
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new PackdexError('REGISTRY_UNAVAILABLE', `Could not read ${quote(file)}: ${(cause as Error).message}`, { value: location.dir, cause, fix: 'Check the folder and its permissions.' });
    }
  }

  /** Read and check an Attune index with the index reader's own rules (the ones validate applies). */
  private async readAttuneIndex(rel: string): Promise<Opened | undefined> {
    const body = await this.read(rel, MAX_INDEX_BYTES);
    if (body === undefined) return undefined;
    const file = this.where(rel);
    return { kind: 'attune', index: parseIndexText(body.toString('utf8'), file), file };
  }

  /**
   * Find out, once, which kind of registry this is. A URL naming an index file is that Attune
   * index. A folder URL is a packdex registry when it has registry.json, else an Attune registry
   * when it has index.json, else not a registry at all.
   */
  private open(): Promise<Opened> {
    this.opened ??= (async (): Promise<Opened> => {
      const named = this.endpoint.location.index;
      if (named !== undefined) {
        const attune = await this.readAttuneIndex(named);
        if (attune !== undefined) return attune;
        throw new PackdexError('REGISTRY_NOT_FOUND', `Registry ${quote(this.name)} has no index file at ${quote(this.where(named))}.`, {
          value: this.endpoint.url,
          expected: 'the URL of an Attune index.json, or of a registry folder',
          fix: 'Check the registry URL: it names an index.json that exists, or the folder that holds registry.json.',
        });
      }
      const body = await this.read('registry.json', MAX_DOCUMENT_BYTES);
      if (body !== undefined) {
        const text = body.toString('utf8');
        const file = this.where('registry.json');
        // Attune's own convention allows its index to be called registry.json: one with packs and
        // no packdex format marker is that index, not a packdex identity.
        if (isAttuneIndex(parseJsonText(text, file))) return { kind: 'attune', index: parseIndexText(text, file), file };
        return { kind: 'packdex', identity: parseRegistryIdentity(text, file) };
      }
      const attune = await this.readAttuneIndex('index.json');
      if (attune !== undefined) return attune;
      throw new PackdexError('REGISTRY_NOT_FOUND', `Registry ${quote(this.name)} has neither registry.json nor index.json at ${quote(this.root())}.`, {
        value: this.endpoint.url,
        expected: 'the root of a packdex registry (registry.json, index.json, packages/), or of an Attune registry (index.json)',
        fix: 'Check the registry URL: it names the folder that holds registry.json or index.json, or the index.json file itself.',
      });
    })();
    return this.opened;
  }

  /** `packdex`, or `attune` for a plain Attune index (newest version of each pack only, read-only). */
  async kind(): Promise<RegistryKind> {
    return (await this.open()).kind;
  }

  /** registry.json of a packdex registry; undefined for an Attune registry, which has none. */
  async identity(): Promise<RegistryIdentity | undefined> {
    const opened = await this.open();
    return opened.kind === 'packdex' ? opened.identity : undefined;
  }

  /** Every version of one package, or undefined when this registry does not hold the name. */
  async packageDocument(name: string): Promise<PackageDocument | undefined> {
    const opened = await this.open();
    if (opened.kind === 'attune') {
      const entry = opened.index.packs.find((p) => p.ref === name);
      return entry === undefined ? undefined : attunePackageDocument(opened.index, entry);
    }
    const rel = packageDocumentPath(name);
    const body = await this.read(rel, MAX_DOCUMENT_BYTES);
    return body === undefined ? undefined : parsePackageDocument(body.toString('utf8'), this.where(rel), name);
  }

  /**
   * One of the registry's search files (search/…), parsed, or undefined when the registry has none:
   * a plain Attune registry never has them, and a packdex registry built before them may not.
   */
  async searchFile(rel: string): Promise<unknown> {
    if ((await this.open()).kind === 'attune') return undefined;
    const body = await this.read(rel, MAX_DOCUMENT_BYTES);
    return body === undefined ? undefined : parseJsonText(body.toString('utf8'), this.where(rel));
  }

  async index(): Promise<AttunePackIndex> {
    const opened = await this.open();
    if (opened.kind === 'attune') return opened.index;
    if (opened.identity.index === null) throw this.indexAbsent(opened.identity);
    const body = await this.read('index.json', MAX_INDEX_BYTES);
    if (body === undefined) {
      throw new PackdexError('REGISTRY_INVALID', `Registry ${quote(this.name)} has no index.json.`, { value: this.where('index.json'), fix: 'Run packdex site build in the registry.' });
    }
    return parseIndexText(body.toString('utf8'), this.where('index.json'));
  }

  /** Whether index.json is there to read (registry.json of a packdex registry may say it is left out). */
  async hasIndex(): Promise<boolean> {
    const opened = await this.open();
    return opened.kind === 'attune' || opened.identity.index !== null;
  }

  /**
   * Every package's newest version as one line each (name, version, description, keywords), in
   * name order: from index.json, or, where registry.json says it is left out, from the search
   * files' rows (descriptions there are cut at 300 characters), so that a registry of any size
   * lists without index.json.
   */
  async listing(): Promise<ListedRow[]> {
    const opened = await this.open();
    if (opened.kind === 'attune' || opened.identity.index !== null) return (await this.index()).packs.map((p) => ({ ref: p.ref, version: p.version, description: p.description, keywords: p.keywords }));
    const manifest = asSearchManifest(await this.searchFile(SEARCH_MANIFEST));
    if (manifest === undefined) throw this.indexAbsent(opened.identity, 'and it has no search files to list from either');
    const rows: ListedRow[] = [];
    for (let b = 0; b < manifest.buckets; b++) {
      const bucket = (await this.searchFile(rowBucketPath(b))) as Record<string, SearchRowData> | undefined;
      if (bucket === undefined || typeof bucket !== 'object' || bucket === null) {
        throw new PackdexError('REGISTRY_INVALID', `Registry ${quote(this.name)} has no ${rowBucketPath(b)}, which its search manifest counts.`, { value: this.where(rowBucketPath(b)), fix: 'Run packdex site build in the registry (and deploy it).' });
      }
      for (const [ref, row] of Object.entries(bucket)) {
        if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string' || !Array.isArray(row[2])) continue;
        rows.push({ ref, version: row[0], description: row[1], keywords: row[2].filter((k): k is string => typeof k === 'string') });
      }
    }
    return rows.sort((a, b) => compareStrings(a.ref, b.ref));
  }

  private indexAbsent(identity: RegistryIdentity, more?: string): PackdexError {
    const why = identity.index_omitted === undefined ? 'registry.json says it is left out' : omittedReason(identity.index_omitted);
    return new PackdexError('INDEX_ABSENT', `Registry ${quote(this.name)} has no index.json: ${why}${more === undefined ? '' : `, ${more}`}.`, {
      value: this.where('registry.json'),
      expected: 'a registry whose registry.json names index.json, or search files to read instead',
      fix: 'packdex search, list, show and install work without index.json (from the package documents and search files); a tool that needs index.json itself needs the registry to produce it (registry.json index_policy, or derived: deployed).',
    });
  }

  /**
   * Where to download an artifact from. A path relative to the registry (`archives/x.tar.gz`, what
   * packdex records for archives stored in the registry) and an absolute URL under the registry's own
   * address (registry.json's url or a former one, what older documents hold) are both read from
   * wherever this registry was actually reached: its URL, a mirror, a folder, loopback. Dot segments
   * are refused before anything is joined, and a folder registry never names a file outside its folder.
   */
  async artifactLocation(url: string): Promise<string> {
    checkNoDotSegments(url, 'Artifact URL');
    if (isRegistryPath(url)) return this.where(url);
    // An Attune index's sources are absolute URLs of their own (releases, repositories): as they are.
    const identity = await this.identity();
    const rel = identity === undefined ? undefined : registryPathOf(url, identity);
    const located = rel === undefined ? url : this.where(rel);
    // A registry reached over the network names downloads on the network: never a local path
    // or file:// URL, which would make the client read (and hash) the user's own files.
    if (this.endpoint.location.kind === 'http' && !/^https?:\/\//i.test(located)) {
      throw new PackdexError('URL_INVALID', `Registry ${quote(this.name)} names the download ${quote(url)}, which is not an http(s) URL. Nothing was downloaded.`, {
        value: url,
        expected: 'https://host/path',
        fix: 'Report it to the registry\'s maintainers.',
      });
    }
    return located;
  }
}
