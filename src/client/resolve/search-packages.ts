import type { PackdexError } from '../../core/errors';
import { compareStrings } from '../../core/index-file/index-rules';
import { searchRow, searchScore, searchTerms } from '../../core/site/search-score';
import type { RegistryReader } from '../fetch/registry-reader';
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
 * Fuzzy search over the index.json of every registry. A name held by several registries is
 * listed once, from the registry with the lowest priority number, as resolution would pick it:
 * a name belongs to the first registry holding it, whether or not that entry matches.
 */
export async function searchPackages(
  readers: readonly RegistryReader[],
  query: string,
  options: { skipUnavailable?: boolean; onSkip?: (registry: string, error: PackdexError) => void; limit?: number } = {},
): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  const hits: SearchHit[] = [];
  for (const { registry, entry } of await mergedIndex(readers, options)) {
    const score = terms.length === 0 ? 1 : searchScore(searchRow(entry), terms);
    if (score === 0) continue;
    hits.push({ registry, name: entry.ref, version: entry.version, description: entry.description, keywords: entry.keywords, score });
  }
  hits.sort((a, b) => b.score - a.score || compareStrings(a.name, b.name));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}
