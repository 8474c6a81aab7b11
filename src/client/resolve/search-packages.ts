import { PackdexError } from '../../core/errors';
import { compareStrings } from '../../core/index-file/index-rules';
import { searchRow, searchScore, searchTerms } from '../../core/site/search-score';
import { SEARCH_MANIFEST } from '../../core/site/search/search-layout';
import { asSearchManifest, querySearchShards, searchHolds } from '../../core/site/search/query-search-shards';
import type { ListedRow, RegistryReader } from '../fetch/registry-reader';
import type { FindOptions } from './find-package';
import { mergedIndex } from './list-packages';

export interface SearchHit {
  registry: string;
  name: string;
  version: string;
  description: string;
  keywords: string[];
  score: number;
}

/**
 * Below this many packages a query that matches no word is retried over index.json (a few hundred
 * kilobytes at most), so a fuzzy subsequence ("slk" → "slack") still finds small registries' packages.
 */
const FUZZY_FALLBACK_PACKAGES = 500;

/** How one registry answers a query: from its search files, or from its whole index.json. */
interface Source {
  registry: string;
  hits: SearchHit[];
  holds: (name: string) => Promise<boolean>;
}

async function indexSource(reader: RegistryReader, terms: string[]): Promise<Source> {
  const packs = await reader.listing();
  const names = new Set(packs.map((p) => p.ref));
  return { registry: reader.name, hits: scoreEntries(reader.name, packs, terms), holds: async (name) => names.has(name) };
}

function scoreEntries(registry: string, packs: readonly ListedRow[], terms: string[]): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const entry of packs) {
    const score = terms.length === 0 ? 1 : searchScore(searchRow(entry), terms);
    if (score > 0) hits.push({ registry, name: entry.ref, version: entry.version, description: entry.description, keywords: entry.keywords, score });
  }
  return hits;
}

/**
 * A registry's answer: from its search files when it has them (a few small files per query,
 * whatever its size), else from index.json (a plain Attune registry, or one built before search files).
 */
async function sourceOf(reader: RegistryReader, query: string, terms: string[], limit: number): Promise<Source> {
  const manifest = asSearchManifest(await reader.searchFile(SEARCH_MANIFEST));
  if (manifest === undefined) return indexSource(reader, terms);
  const load = (rel: string) => reader.searchFile(rel);
  const result = await querySearchShards(manifest, load, query, limit);
  if (result.hits.length === 0 && manifest.packages <= FUZZY_FALLBACK_PACKAGES) return indexSource(reader, terms);
  return { registry: reader.name, hits: result.hits.map((h) => ({ registry: reader.name, name: h.name, version: h.version, description: h.description, keywords: h.keywords, score: h.score })), holds: (name) => searchHolds(manifest, load, name) };
}

/**
 * Search every registry. A name held by several registries is listed once, from the registry with
 * the lowest priority number, as resolution would pick it: a name belongs to the first registry
 * holding it, whether or not that entry matches. An empty query lists everything from index.json.
 */
export async function searchPackages(
  readers: readonly RegistryReader[],
  query: string,
  options: FindOptions & { limit?: number } = {},
): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) {
    const hits = (await mergedIndex(readers, options)).flatMap(({ registry, entry }) => scoreEntries(registry, [entry], terms));
    return finish(hits, options.limit);
  }
  const sources: Source[] = [];
  for (const reader of readers) {
    try {
      sources.push(await sourceOf(reader, query, terms, options.limit ?? 50));
    } catch (error) {
      if (!(error instanceof PackdexError) || options.skipUnavailable !== true) throw error;
      options.onSkip?.(reader.name, error);
    }
  }
  const hits: SearchHit[] = [];
  for (const [i, source] of sources.entries()) {
    for (const hit of source.hits) {
      let shadowed = false;
      for (const earlier of sources.slice(0, i)) if ((shadowed = await earlier.holds(hit.name))) break;
      if (!shadowed) hits.push(hit);
    }
  }
  return finish(hits, options.limit);
}

function finish(hits: SearchHit[], limit: number | undefined): SearchHit[] {
  hits.sort((a, b) => b.score - a.score || compareStrings(a.name, b.name));
  return limit === undefined ? hits : hits.slice(0, limit);
}
