import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, quote } from '../../core/errors';
import { DEFAULT_TIMEOUTS, fetchUrl, type FetchedResponse, type FetchOptions, type FetchTimeouts } from './fetch-url';

/** One request that went to a server: what tests and benchmarks count. */
export interface RequestRecord {
  url: string;
  status: number;
  bytes: number;
}

export interface HttpCacheSettings {
  /** Cache folder; undefined disables caching. */
  dir: string | undefined;
  /** Seconds a cached file is used without asking the server. */
  ttlSeconds: number;
  /** Ask the server even when the cached copy is fresh (it may still answer 304). */
  refresh: boolean;
  now: () => Date;
  /** Every request sent, in order. */
  log: RequestRecord[];
  /** Plain http beyond loopback (--allow-http), for the first URL and every redirect. */
  allowHttp?: boolean;
  timeouts?: FetchTimeouts;
}

interface CacheMeta {
  url: string;
  etag?: string;
  last_modified?: string;
  fetched_at: number;
}

export type CachedGet = { found: true; body: Buffer; fromCache: boolean } | { found: false };

/**
 * GET for registry files (registry.json, package documents, index.json) with a disk cache: a copy
 * younger than the TTL is used as is; an older one is revalidated with If-None-Match /
 * If-Modified-Since, so a 304 costs a round trip but no bytes. 404 and 410 mean "not here".
 */
export class HttpCache {
  constructor(private readonly settings: HttpCacheSettings) {}

  private files(url: string): { meta: string; body: string } {
    const key = createHash('sha256').update(url).digest('hex');
    const base = path.join(this.settings.dir!, 'http', key.slice(0, 2), key);
    return { meta: `${base}.json`, body: `${base}.body` };
  }

  private async cached(url: string): Promise<{ meta: CacheMeta; body: Buffer } | undefined> {
    if (this.settings.dir === undefined) return undefined;
    const files = this.files(url);
    try {
      const meta = JSON.parse(await readFile(files.meta, 'utf8')) as CacheMeta;
      if (meta.url !== url) return undefined;
      return { meta, body: await readFile(files.body) };
    } catch {
      return undefined;
    }
  }

  private async store(url: string, meta: CacheMeta, body: Buffer | undefined): Promise<void> {
    if (this.settings.dir === undefined) return;
    const files = this.files(url);
    await mkdir(path.dirname(files.meta), { recursive: true });
    const tmp = `.${randomBytes(6).toString('hex')}.tmp`;
    // Body first, then meta: a reader never finds meta pointing at a body from another fetch.
    if (body !== undefined) {
      await writeFile(files.body + tmp, body);
      await rename(files.body + tmp, files.body);
    }
    await writeFile(files.meta + tmp, JSON.stringify(meta));
    await rename(files.meta + tmp, files.meta);
  }

  /** `credentials`: the registry's configured headers, sent only to their own origin (see fetchUrl). */
  async get(url: string, credentials: FetchOptions['credentials'], maxBytes: number): Promise<CachedGet> {
    const now = this.settings.now().getTime();
    const cached = await this.cached(url);
    if (cached !== undefined && !this.settings.refresh && now - cached.meta.fetched_at < this.settings.ttlSeconds * 1000) {
      return { found: true, body: cached.body, fromCache: true };
    }
    const conditional: Record<string, string> = {};
    if (cached?.meta.etag !== undefined) conditional['if-none-match'] = cached.meta.etag;
    if (cached?.meta.last_modified !== undefined) conditional['if-modified-since'] = cached.meta.last_modified;
    const response = await fetchUrl(url, {
      what: 'Registry file',
      failCode: 'REGISTRY_UNAVAILABLE',
      failFix: 'Check the URL and your connection, or pass --skip-unavailable to use the next registry.',
      allowHttp: this.settings.allowHttp === true,
      headers: conditional,
      credentials,
      timeouts: this.settings.timeouts ?? DEFAULT_TIMEOUTS,
    });
    if (response.status === 304 && cached !== undefined) {
      this.settings.log.push({ url, status: 304, bytes: 0 });
      await this.store(url, { ...cached.meta, fetched_at: now }, undefined);
      return { found: true, body: cached.body, fromCache: true };
    }
    if (response.status === 404 || response.status === 410) {
      this.settings.log.push({ url, status: response.status, bytes: 0 });
      await response.cancel();
      return { found: false };
    }
    if (!response.ok) {
      this.settings.log.push({ url, status: response.status, bytes: 0 });
      await response.cancel();
      throw new PackdexError('REGISTRY_UNAVAILABLE', `${quote(url)} answered HTTP ${response.status}${response.status === 401 || response.status === 403 ? ' (not allowed)' : ''}.`, {
        value: url,
        expected: 'HTTP 200',
        fix: response.status === 401 || response.status === 403 ? 'Check the registry\'s headers (e.g. Authorization: "Bearer ${TOKEN}") and that the token may read it.' : 'Try again later, or pass --skip-unavailable to use the next registry.',
      });
    }
    const body = await readLimited(response, maxBytes, url);
    this.settings.log.push({ url, status: response.status, bytes: body.length });
    const meta: CacheMeta = { url, fetched_at: now };
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag !== null) meta.etag = etag;
    if (lastModified !== null) meta.last_modified = lastModified;
    await this.store(url, meta, body);
    return { found: true, body, fromCache: false };
  }
}

async function readLimited(response: FetchedResponse, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = () =>
    new PackdexError('DOWNLOAD_TOO_LARGE', `${quote(url)} is larger than the ${maxBytes} bytes packdex reads for a registry file.`, {
      value: url,
      expected: `at most ${maxBytes} bytes`,
      fix: 'Check that the URL names a packdex registry.',
    });
  if (declared > maxBytes) {
    await response.cancel();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body()) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
