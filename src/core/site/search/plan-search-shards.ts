import {
  FLAG_SPAN, arrayNameTable, buildTermNode, byString, json, searchRowOf, setOwn, tokenInfoOf, tokensOfPackage,
  type SearchablePackage, type TokenInfo,
} from './build-term-shards';
import { ROWS_PER_BUCKET, SEARCH_FORMAT, SEARCH_MANIFEST, rowBucketOf, rowBucketPath, type SearchManifest, type SearchRowData } from './search-layout';

export type { SearchablePackage } from './build-term-shards';

/**
 * The search files of a registry, from its index entries alone (the packages index.json lists),
 * so `site build` and every publish write the same bytes: the manifest, term shards (a trie of
 * token prefixes, each split by the next character once it passes SHARD_BYTES) and row buckets.
 * Paths are relative to the registry root. Everything is held in memory at once; the search index
 * writer (createSearchIndexWriter) gives the same bytes for a registry of any size.
 */
export function planSearchShards(packages: readonly SearchablePackage[]): Map<string, string> {
  const postings = new Map<string, number[]>();
  const files = new Map<string, string>();
  const buckets = bucketCount(packages.length);
  const rows: Record<string, SearchRowData>[] = Array.from({ length: buckets }, () => ({}));
  const sorted = [...packages].sort((a, b) => byString(a.ref, b.ref));
  const names = arrayNameTable(sorted.map((p) => p.ref));
  sorted.forEach((p, i) => {
    for (const [token, flags] of tokensOfPackage(p)) {
      const list = postings.get(token);
      if (list === undefined) postings.set(token, [i * FLAG_SPAN + flags]);
      else list.push(i * FLAG_SPAN + flags);
    }
    setOwn(rows[rowBucketOf(p.ref.toLowerCase(), buckets)]!, p.ref, searchRowOf(p));
  });
  const tokens: TokenInfo[] = [...postings.entries()].map(([token, list]) => tokenInfoOf(token, list, names)).sort((a, b) => byString(a.token, b.token));
  postings.clear();
  const shards: [string, 0 | 1][] = [];
  buildTermNode('', tokens, names, (prefix, leaf, rel, text) => {
    shards.push([prefix, leaf]);
    files.set(rel, text);
  });
  files.set(SEARCH_MANIFEST, searchManifestText(packages.length, shards));
  rows.forEach((bucket, i) => files.set(rowBucketPath(i), json(bucket)));
  return files;
}

/** The manifest: counts, and the term shards by prefix. */
export function searchManifestText(packages: number, shards: [string, 0 | 1][]): string {
  const manifest: SearchManifest = { format: SEARCH_FORMAT, format_version: 1, packages, buckets: bucketCount(packages), shards: shards.sort((a, b) => byString(a[0], b[0])) };
  return json(manifest);
}

/** The smallest power of two that keeps buckets at about ROWS_PER_BUCKET rows. */
export function bucketCount(packages: number): number {
  let b = 1;
  while (b * ROWS_PER_BUCKET < packages) b *= 2;
  return b;
}
