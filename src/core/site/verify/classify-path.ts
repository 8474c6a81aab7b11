import { SITE_FILES } from '../build-site';
import { nameFromDocumentPath, packageDocumentPath } from '../shard-path';

/**
 * What a path of a registry is, from the registry's own layout (registry.json, schemas/registry):
 * - `identity`: registry.json;
 * - `document`: a package document, where its name says it lives (`packages/<shard>/<name>.json`);
 * - `derived`: a file `site build` writes (index.json, the page and its assets, .nojekyll), which
 *   must be byte-identical to the build from the head's documents;
 * - `archive`: a file under `archives/`, immutable once a published version references it;
 * - `extra`: a file registry.json's `extra_files` lists (CNAME, README.md, `.github/**`);
 * - `unexpected`: anything else, which a change may not add or alter.
 */
export type PathClass = 'identity' | 'document' | 'derived' | 'archive' | 'extra' | 'unexpected';

const DERIVED = new Set(SITE_FILES);
const DOCUMENT_NAME = /^(?:@[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9_-]*$/;

/** Whether `rel` is listed by an `extra_files` pattern: an exact path, or `folder/**` for all below it. */
export function isExtraFile(rel: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('/**') ? rel.startsWith(p.slice(0, -2)) : rel === p));
}

export function classifyPath(rel: string, extraFiles: readonly string[]): PathClass {
  if (rel === 'registry.json') return 'identity';
  if (DERIVED.has(rel)) return 'derived';
  if (rel.startsWith('packages/')) {
    const name = nameFromDocumentPath(rel);
    return rel.endsWith('.json') && DOCUMENT_NAME.test(name) && packageDocumentPath(name) === rel ? 'document' : 'unexpected';
  }
  if (rel.startsWith('archives/')) return 'archive';
  return isExtraFile(rel, extraFiles) ? 'extra' : 'unexpected';
}
