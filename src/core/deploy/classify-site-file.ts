import path from 'node:path';

/**
 * When a file goes up in a deploy. A reader who arrives mid-deploy must never follow a link to a
 * file that is not there yet: archives (and anything else content-addressed) are what documents
 * point at, documents are what the entry points point at, so they go up in that order, and
 * nothing is removed until every entry point names only the new files.
 */
export type DeployPhase = 'immutable' | 'documents' | 'entry-points';

export const DEPLOY_PHASES: readonly DeployPhase[] = ['immutable', 'documents', 'entry-points'];

export interface SiteFileHeaders {
  phase: DeployPhase;
  contentType: string;
  cacheControl: string;
}

/**
 * Cache-Control by phase.
 * - immutable: a published archive or README never changes (its checksum is in every document
 *   that names it), and a content-addressed name changes with its bytes: cache for a year.
 * - documents: package documents gain versions on every publish. `no-cache` lets a CDN keep them
 *   but revalidate (a cheap 304) on every read, so a reader who got a new entry point never
 *   reads a stale document behind it.
 * - entry points: registry.json, index.json, the page and feeds are what readers poll; a minute
 *   of staleness is harmless because the documents behind an old entry point are supersets.
 */
export const CACHE_CONTROL: Readonly<Record<DeployPhase, string>> = {
  immutable: 'public, max-age=31536000, immutable',
  documents: 'no-cache',
  'entry-points': 'public, max-age=60',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.zip': 'application/zip',
  '.sig': 'application/pgp-signature',
  '.asc': 'application/pgp-signature',
};

/** The registry's own entry points at its root, in the order they go up (registry.json last). */
const ROOT_ENTRY_POINTS = ['index.html', 'index.json', 'registry.json'];

/** A name that changes with its bytes: `app.3f9a1c2b7d0e4f65.js`, `<sha256>.json`. */
const CONTENT_ADDRESSED = /(?:^|[.-])[0-9a-f]{16,}\.[A-Za-z0-9]+$/;

/** Feeds at the root (`recent.json`, the home page's; `feed.xml`, `feed.json`, `*.atom`, `*.rss`) or under feeds/. */
function isFeed(rel: string): boolean {
  if (rel.startsWith('feeds/')) return true;
  if (rel.includes('/')) return false;
  return rel === 'recent.json' || rel === 'feed.json' || /\.(?:xml|atom|rss)$/.test(rel);
}

/** The Content-Type a file is served with, from its extension. */
export function contentTypeOf(rel: string): string {
  return CONTENT_TYPES[path.posix.extname(rel).toLowerCase()] ?? 'application/octet-stream';
}

/** Phase, Content-Type and Cache-Control of one file of a built site (a `/`-separated relative path). */
export function classifySiteFile(rel: string): SiteFileHeaders {
  const phase: DeployPhase =
    ROOT_ENTRY_POINTS.includes(rel) || isFeed(rel)
      ? 'entry-points'
      : // A README is published once with its version (readmes/<name>/<version>.md) and never changes.
        rel.startsWith('archives/') || rel.startsWith('readmes/') || (!rel.startsWith('packages/') && CONTENT_ADDRESSED.test(path.posix.basename(rel)))
        ? 'immutable'
        : 'documents';
  return { phase, contentType: contentTypeOf(rel), cacheControl: CACHE_CONTROL[phase] };
}

/**
 * Where an entry point goes in its phase: feeds and anything else first, then the page,
 * index.json, and registry.json, which clients read first, last.
 */
export function entryPointRank(rel: string): number {
  return ROOT_ENTRY_POINTS.indexOf(rel) + 1;
}
