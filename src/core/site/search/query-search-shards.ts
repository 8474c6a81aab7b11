import { searchRow, searchScore, searchTerms } from '../search-score';
import {
  SEARCH_FORMAT, flagScore, rowBucketOf, rowBucketPath, termShardPath,
  type SearchManifest, type SearchRowData, type TermShard,
} from './search-layout';

/** Reads one registry-relative search file as JSON; undefined when the registry has no such file. */
export type LoadSearchFile = (rel: string) => Promise<unknown>;

export interface ShardHit {
  name: string;
  version: string;
  description: string;
  keywords: string[];
  /** pbg, dbpm or aam; absent for Attune packs. */
  profile?: string;
  score: number;
}

export interface ShardResult {
  hits: ShardHit[];
  /** How many packages matched (at least this many when `partial`). */
  total: number;
  /** A term was one or two letters, or a word so common that not every holder is listed: more may match. */
  partial: boolean;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A manifest as the writer gives it, or undefined for anything else (the caller then falls back to index.json). */
export function asSearchManifest(data: unknown): SearchManifest | undefined {
  const m = data as Partial<SearchManifest> | null | undefined;
  if (typeof m !== 'object' || m === null || m.format !== SEARCH_FORMAT || m.format_version !== 1) return undefined;
  if (!Number.isInteger(m.buckets) || m.buckets! < 1 || !Array.isArray(m.shards) || !Number.isInteger(m.packages)) return undefined;
  return m as SearchManifest;
}

interface TermMatches {
  scores: Map<string, number>;
  complete: boolean;
}

/**
 * The matches of one term: walk the trie of shards along the term's characters to the one shard
 * that holds every token starting with it (a leaf), or to a split node equal to the term (a one- or
 * two-letter query), whose head lists the best matches. One shard file per term.
 */
async function matchTerm(term: string, nodes: Map<string, 0 | 1>, load: LoadSearchFile): Promise<TermMatches> {
  const scores = new Map<string, number>();
  let node = '';
  for (;;) {
    const leaf = nodes.get(node);
    if (leaf === undefined) return { scores, complete: true };
    if (leaf === 1 || node === term) break;
    node += String.fromCodePoint(term.codePointAt(node.length)!);
  }
  const shard = (await load(termShardPath(node))) as TermShard | undefined;
  if (shard === undefined || typeof shard.tokens !== 'object') return { scores, complete: false };
  let complete = true;
  const keep = (name: string, score: number) => {
    if (score > (scores.get(name) ?? 0)) scores.set(name, score);
  };
  for (const [token, groups] of Object.entries(shard.tokens)) {
    if (!token.startsWith(term)) continue;
    if (shard.omitted?.[token] !== undefined) complete = false;
    for (const [flags, names] of groups) for (const name of names) keep(name, flagScore(flags, token, term));
  }
  if (nodes.get(node) === 0) {
    for (const [score, names] of shard.head ?? []) for (const name of names) keep(name, score);
    if ((shard.total ?? 0) > scores.size) complete = false;
  }
  return { scores, complete };
}

/**
 * Search a registry's search files: each term's shard gives candidates ranked as searchScore ranks
 * (exact name, name prefix, name word, keyword, description); the best candidates' rows are then
 * read from their buckets and scored exactly by searchScore, so the order shown is today's ranking.
 * Shared by the browse page and `packdex search`. An empty query matches nothing here.
 */
export async function querySearchShards(manifest: SearchManifest, load: LoadSearchFile, query: string, limit: number): Promise<ShardResult> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { hits: [], total: 0, partial: false };
  const nodes = new Map(manifest.shards);
  const matches = await Promise.all([...new Set(terms)].map((t) => matchTerm(t, nodes, load)));
  const complete = matches.filter((m) => m.complete);
  const partial = complete.length < matches.length;
  // Candidates come from the smallest complete list; when every list is abbreviated, from all of
  // them, so that packages found by several terms rank (and are read) first.
  const pool = complete.length > 0 ? complete.reduce((a, b) => (b.scores.size < a.scores.size ? b : a)).scores.keys() : new Set(matches.flatMap((m) => [...m.scores.keys()]));
  const candidates: { name: string; score: number; assumed: boolean }[] = [];
  for (const name of pool) {
    let score = 0;
    let assumed = false;
    let out = false;
    for (const m of matches) {
      const s = m.scores.get(name);
      if (s !== undefined) score += s;
      else if (m.complete) out = true;
      else assumed = true; // not listed in an abbreviated list: the row decides
      if (out) break;
    }
    if (!out) candidates.push({ name, score, assumed });
  }
  candidates.sort((a, b) => b.score - a.score || byString(a.name, b.name));
  const hits: ShardHit[] = [];
  const buckets = new Map<number, Promise<Record<string, SearchRowData> | undefined>>();
  const rowOf = async (name: string): Promise<SearchRowData | undefined> => {
    const b = rowBucketOf(name.toLowerCase(), manifest.buckets);
    if (!buckets.has(b)) buckets.set(b, load(rowBucketPath(b)) as Promise<Record<string, SearchRowData> | undefined>);
    const bucket = await buckets.get(b)!;
    return bucket !== undefined && Object.hasOwn(bucket, name) ? bucket[name] : undefined;
  };
  // Rows are read a batch at a time; candidates only assumed to match may be dropped, so a second
  // batch may be needed. Two at most: a query of common words shows what it found, marked partial.
  for (let at = 0; at < candidates.length && hits.length < limit && at < limit * 2; at += limit) {
    const batch = candidates.slice(at, at + limit);
    const rows = await Promise.all(batch.map((c) => rowOf(c.name)));
    batch.forEach((c, i) => {
      const row = rows[i];
      if (row === undefined) return;
      const [version, description, keywords, profile] = row;
      const exact = searchScore(searchRow({ ref: c.name, description, keywords }), terms);
      const score = exact > 0 ? exact : c.assumed ? 0 : c.score;
      if (score > 0) hits.push({ name: c.name, version, description, keywords, ...(profile === undefined ? {} : { profile }), score });
    });
  }
  hits.sort((a, b) => b.score - a.score || byString(a.name, b.name));
  return { hits: hits.slice(0, limit), total: Math.max(hits.length, candidates.filter((c) => !c.assumed).length), partial };
}

/** Whether the registry's search files list a package of this name (it is in index.json). */
export async function searchHolds(manifest: SearchManifest, load: LoadSearchFile, name: string): Promise<boolean> {
  const bucket = (await load(rowBucketPath(rowBucketOf(name.toLowerCase(), manifest.buckets)))) as Record<string, SearchRowData> | undefined;
  return bucket !== undefined && Object.hasOwn(bucket, name);
}
