import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, quote } from '../../core/errors';
import { assertValidIndex } from '../../core/index-file/index-rules';
import { parseJsonText } from '../../core/index-file/read-index';
import type { AttunePackIndex } from '../../core/schema-types';
import type { PackageDocument } from '../../core/site/package-document';
import { MAX_DOCUMENT_BYTES, parsePackageDocument, parseRegistryIdentity, type RegistryIdentity } from '../../core/site/read-site';
import { packageDocumentPath } from '../../core/site/shard-path';
import type { RegistryEndpoint } from '../registries/effective-registries';
import type { HttpCache } from './http-cache';

/** Registry files are small; these bounds only stop a wrong URL from eating memory. */
const MAX_INDEX_BYTES = 1024 * 1024 * 1024;

/**
 * Reads one registry's files, over HTTP(S) through the cache or straight from a folder. Resolving
 * one package costs two small reads: registry.json (memoised) and the package's document.
 */
export class RegistryReader {
  private identityRead?: Promise<RegistryIdentity>;

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

  identity(): Promise<RegistryIdentity> {
    this.identityRead ??= this.read('registry.json', MAX_DOCUMENT_BYTES).then((body) => {
      if (body === undefined) {
        throw new PackdexError('REGISTRY_NOT_FOUND', `Registry ${quote(this.name)} has no registry.json at ${quote(this.where('registry.json'))}.`, {
          value: this.endpoint.url,
          expected: 'the root of a packdex registry (registry.json, index.json, packages/)',
          fix: 'Check the registry URL: it names the folder that holds registry.json.',
        });
      }
      return parseRegistryIdentity(body.toString('utf8'), this.where('registry.json'));
    });
    return this.identityRead;
  }

  /** Every version of one package, or undefined when this registry does not hold the name. */
  async packageDocument(name: string): Promise<PackageDocument | undefined> {
    await this.identity();
    const rel = packageDocumentPath(name);
    const body = await this.read(rel, MAX_DOCUMENT_BYTES);
    return body === undefined ? undefined : parsePackageDocument(body.toString('utf8'), this.where(rel), name);
  }

  async index(): Promise<AttunePackIndex> {
    await this.identity();
    const body = await this.read('index.json', MAX_INDEX_BYTES);
    if (body === undefined) {
      throw new PackdexError('REGISTRY_INVALID', `Registry ${quote(this.name)} has no index.json.`, { value: this.where('index.json'), fix: 'Run packdex site build in the registry.' });
    }
    const data = parseJsonText(body.toString('utf8'), this.where('index.json'));
    assertValidIndex(data, this.where('index.json'));
    return data;
  }

  /**
   * Where to download an artifact from. A URL under the registry's own address (registry.json's
   * url) is read from wherever this registry was actually reached: a mirror, a folder, loopback.
   */
  async artifactLocation(url: string): Promise<string> {
    const identity = await this.identity();
    const prefix = `${identity.url.replace(/\/+$/, '')}/`;
    if (!url.startsWith(prefix)) return url;
    return this.where(url.slice(prefix.length));
  }

  /** Headers for a download: the registry's own only when the artifact is on the registry's host. */
  headersFor(location: string): Record<string, string> {
    const { location: reg } = this.endpoint;
    if (reg.kind !== 'http' || !/^https?:\/\//.test(location)) return {};
    return new URL(location).origin === new URL(reg.base).origin ? this.endpoint.headers : {};
  }
}
