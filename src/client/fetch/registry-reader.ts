import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, quote } from '../../core/errors';
import { parseIndexText, parseJsonText } from '../../core/index-file/read-index';
import type { AttunePackIndex } from '../../core/schema-types';
import type { PackageDocument } from '../../core/site/package-document';
import { parsePackageDocument, parseRegistryIdentity, type RegistryIdentity } from '../../core/site/read-site';
import { packageDocumentPath } from '../../core/site/shard-path';
import type { RegistryEndpoint } from '../registries/effective-registries';
import { attunePackageDocument } from './attune-package-document';
import type { HttpCache } from './http-cache';

/** Registry files are small; these bounds only stop a wrong URL from eating memory. */
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
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

  private where(rel: string): string {
    const { location } = this.endpoint;
    return location.kind === 'http' ? new URL(rel, location.base).toString() : path.join(location.dir, rel);
  }

  /** A file's bytes, or undefined when the registry does not have it. */
  private async read(rel: string, maxBytes: number): Promise<Buffer | undefined> {
    const { location } = this.endpoint;
    if (location.kind === 'http') {
      const got = await this.cache.get(this.where(rel), this.endpoint.headers, maxBytes);
      return got.found ? got.body : undefined;
    }
    try {
      return await readFile(path.join(location.dir, rel));
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new PackdexError('REGISTRY_UNAVAILABLE', `Could not read ${quote(path.join(location.dir, rel))}: ${(cause as Error).message}`, { value: location.dir, cause, fix: 'Check the folder and its permissions.' });
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
      throw new PackdexError('REGISTRY_NOT_FOUND', `Registry ${quote(this.name)} has neither registry.json nor index.json at ${quote(this.where(''))}.`, {
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

  async index(): Promise<AttunePackIndex> {
    const opened = await this.open();
    if (opened.kind === 'attune') return opened.index;
    const body = await this.read('index.json', MAX_INDEX_BYTES);
    if (body === undefined) {
      throw new PackdexError('REGISTRY_INVALID', `Registry ${quote(this.name)} has no index.json.`, { value: this.where('index.json'), fix: 'Run packdex site build in the registry.' });
    }
    return parseIndexText(body.toString('utf8'), this.where('index.json'));
  }

  /**
   * Where to download an artifact from. A URL under the registry's own address (registry.json's
   * url) is read from wherever this registry was actually reached: a mirror, a folder, loopback.
   */
  async artifactLocation(url: string): Promise<string> {
    const identity = await this.identity();
    // An Attune index's sources are absolute URLs of their own (releases, repositories): as they are.
    const prefix = identity === undefined ? undefined : `${identity.url.replace(/\/+$/, '')}/`;
    const located = prefix !== undefined && url.startsWith(prefix) ? this.where(url.slice(prefix.length)) : url;
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

  /** Headers for a download: the registry's own only when the artifact is on the registry's host. */
  headersFor(location: string): Record<string, string> {
    const { location: reg } = this.endpoint;
    if (reg.kind !== 'http' || !/^https?:\/\//.test(location)) return {};
    return new URL(location).origin === new URL(reg.base).origin ? this.endpoint.headers : {};
  }
}
