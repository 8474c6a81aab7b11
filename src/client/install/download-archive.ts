import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseSha256 } from '../../core/checksum/parse-checksum';
import { PackdexError, quote } from '../../core/errors';
import { DEFAULT_TIMEOUTS, fetchUrl, type FetchOptions, type FetchTimeouts } from '../fetch/fetch-url';
import type { RegistryReader } from '../fetch/registry-reader';
import { realFileInside } from '../registries/registry-location';
import type { Resolution } from '../resolve/resolve-package';

/** Without a recorded size, no download may exceed this (override with --max-size). */
export const DEFAULT_MAX_DOWNLOAD = 512 * 1024 * 1024;

export interface ArchiveRequest {
  /** An http(s) URL, or a local file path (a folder registry, a local archive). */
  location: string;
  /** `sha256:<hex>`; when absent, the archive is hashed and the caller records what it got. */
  checksum?: string;
  /** Exact size the registry recorded: a longer body is cut off, a shorter one is refused. */
  size?: number;
  maxSize: number;
  /** A registry's configured headers and their origin: sent to no other origin, redirects included. */
  credentials?: FetchOptions['credentials'];
  /** A folder registry's folder: a local `location` must lie inside it, symlinks followed. */
  insideFolder?: string;
  allowHttp: boolean;
  /** Archives are kept under <cacheDir>/archives/<sha256>.tar.gz; undefined: no cache. */
  cacheDir?: string;
  onProgress?: (received: number, total: number | undefined) => void;
  timeouts?: FetchTimeouts;
}

/** The request for a resolved archive: recorded size and checksum, the registry's headers on its own origin. */
export function archiveRequestFor(r: Resolution, options: { maxSize?: number; allowHttp: boolean; cacheDir: string | undefined; timeouts?: FetchTimeouts }, reader?: RegistryReader): ArchiveRequest {
  const credentials = reader?.credentials();
  const insideFolder = reader?.folderRoot();
  return {
    location: r.artifact_url,
    checksum: r.artifact_checksum,
    ...(r.size === undefined ? {} : { size: r.size }),
    maxSize: options.maxSize ?? DEFAULT_MAX_DOWNLOAD,
    ...(credentials === undefined ? {} : { credentials }),
    ...(insideFolder === undefined ? {} : { insideFolder }),
    allowHttp: options.allowHttp,
    cacheDir: options.cacheDir,
    ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
  };
}

export interface ObtainedArchive {
  path: string;
  checksum: string;
  size: number;
  fromCache: boolean;
  /** A temporary download the caller removes (no cache). */
  temporary: boolean;
}

function cachePath(cacheDir: string, checksum: string): string {
  return path.join(cacheDir, 'archives', `${checksum.slice('sha256:'.length)}.tar.gz`);
}

async function hashLocal(file: string): Promise<{ checksum: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { checksum: `sha256:${hash.digest('hex')}`, size };
}

function verify(req: ArchiveRequest, got: { checksum: string; size: number }, what: string): void {
  if (req.size !== undefined && got.size !== req.size) {
    throw new PackdexError('SIZE_MISMATCH', `${what} is ${got.size} bytes, but the registry recorded ${req.size}${got.size < req.size ? ' (truncated download?)' : ''}.`, {
      value: req.location,
      expected: `${req.size} bytes`,
      fix: 'Try again; if it persists the artifact was changed after publishing: report it to the registry\'s maintainers.',
    });
  }
  if (req.checksum !== undefined && got.checksum !== req.checksum) {
    throw new PackdexError('CHECKSUM_MISMATCH', `${what} has checksum ${got.checksum}, but ${req.checksum} was expected. It was not installed.`, {
      value: req.location,
      expected: req.checksum,
      fix: 'Do not use this artifact: it differs from what was published. Report it to the registry\'s maintainers, or re-lock if the lockfile is out of date.',
    });
  }
}

/**
 * Get an archive onto disk and prove it is the one expected: from the cache by checksum, from a
 * local path, or downloaded (streamed to disk, hashed on the way, cut off at the recorded size).
 * Nothing unverified ever reaches the cache or the caller.
 */
export async function obtainArchive(req: ArchiveRequest): Promise<ObtainedArchive> {
  const expected = req.checksum === undefined ? undefined : parseSha256(req.checksum);
  const checked = { ...req, checksum: expected };
  if (expected !== undefined && req.cacheDir !== undefined) {
    const cached = cachePath(req.cacheDir, expected);
    const got = await hashLocal(cached).catch(() => undefined);
    // A damaged cache entry is thrown away and fetched again, never trusted.
    if (got !== undefined && got.checksum === expected && (req.size === undefined || got.size === req.size)) return { path: cached, ...got, fromCache: true, temporary: false };
    if (got !== undefined) await rm(cached, { force: true });
  }
  if (!/^https?:\/\//i.test(req.location)) {
    let file = path.resolve(req.location.startsWith('file://') ? new URL(req.location).pathname : req.location);
    if (req.insideFolder !== undefined) {
      const real = await realFileInside(req.insideFolder, file, 'Archive').catch((error: unknown) => {
        if (error instanceof PackdexError) throw error;
        return undefined;
      });
      if (real !== undefined) file = real;
    }
    const st = await stat(file).catch(() => undefined);
    if (st === undefined || !st.isFile()) {
      throw new PackdexError('DOWNLOAD_FAILED', `Archive ${quote(file)} does not exist.`, { value: file, fix: 'Check the path; for a registry folder, the archives/ folder must be next to registry.json.' });
    }
    if (st.size > (req.size ?? req.maxSize)) throw tooLarge(req, st.size);
    const got = await hashLocal(file);
    verify(checked, got, quote(file));
    return { path: file, ...got, fromCache: false, temporary: false };
  }
  const limit = req.size ?? req.maxSize;
  const response = await fetchUrl(req.location, {
    what: 'Artifact URL',
    failCode: 'DOWNLOAD_FAILED',
    failFix: 'Check your connection and try again.',
    allowHttp: req.allowHttp,
    credentials: req.credentials,
    timeouts: req.timeouts ?? DEFAULT_TIMEOUTS,
  });
  if (!response.ok) {
    await response.cancel();
    throw new PackdexError('DOWNLOAD_FAILED', `${quote(response.url)} answered HTTP ${response.status}${response.hops.length > 1 ? ` (redirected from ${quote(req.location)})` : ''}.`, { value: req.location, expected: 'HTTP 200', fix: 'Check the URL; a registry\'s archives must be published with it.' });
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await response.cancel();
    throw tooLarge(req, declared);
  }
  const folder = req.cacheDir === undefined ? os.tmpdir() : path.join(req.cacheDir, 'tmp');
  await mkdir(folder, { recursive: true });
  const tmp = path.join(folder, `download-${process.pid}-${randomBytes(6).toString('hex')}`);
  const hash = createHash('sha256');
  let received = 0;
  const handle = await open(tmp, 'wx', 0o600);
  try {
    try {
      for await (const bytes of response.body()) {
        received += bytes.length;
        if (received > limit) throw tooLarge(req, received);
        hash.update(bytes);
        await handle.write(bytes);
        req.onProgress?.(received, Number.isFinite(declared) ? declared : req.size);
      }
    } catch (cause) {
      if (cause instanceof PackdexError) throw cause;
      throw new PackdexError('DOWNLOAD_FAILED', `The download of ${quote(req.location)} broke off after ${received} bytes: ${(cause as Error).message}.`, { value: req.location, fix: 'Try again.', cause });
    } finally {
      await handle.close();
    }
    const got = { checksum: `sha256:${hash.digest('hex')}`, size: received };
    verify(checked, got, quote(req.location));
    if (req.cacheDir === undefined) return { path: tmp, ...got, fromCache: false, temporary: true };
    const target = cachePath(req.cacheDir, got.checksum);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tmp, target);
    return { path: target, ...got, fromCache: false, temporary: false };
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

function tooLarge(req: ArchiveRequest, size: number): PackdexError {
  const limit = req.size ?? req.maxSize;
  return new PackdexError('DOWNLOAD_TOO_LARGE', `${quote(req.location)} is larger than ${req.size === undefined ? 'the download limit' : 'the size the registry recorded'} (${size} > ${limit} bytes). Nothing was kept.`, {
    value: req.location,
    expected: `at most ${limit} bytes`,
    fix: req.size === undefined ? 'Pass --max-size BYTES if this archive really is that large.' : 'The artifact differs from what was published: report it to the registry\'s maintainers.',
  });
}
