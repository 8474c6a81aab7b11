/**
 * The search files a registry carries beside index.json, so that one query downloads only what it
 * needs however large the registry grows (DESIGN: "The registry site"). Shared by the writer
 * (planSearchFiles), the browse page and `packdex search` (querySearchShards): one layout, one
 * tokenizer, one ranking.
 *
 *   search/manifest.json          counts, the trie of term shards, how many row buckets
 *   search/terms/<prefix>.json    tokens starting with <prefix> → the packages holding them
 *   search/rows/<bucket>.json     name → [version, description, keywords] for display
 */

export const SEARCH_DIR = 'search';
export const SEARCH_MANIFEST = `${SEARCH_DIR}/manifest.json`;
export const SEARCH_FORMAT = 'packdex-search';

/** A term shard is split by the next character once it would exceed this many bytes. */
export const SHARD_BYTES = 32 * 1024;
/** The best postings a split node keeps for a query that ends at its prefix (one or two letters). */
export const HEAD_SIZE = 100;
/** Keyword and description postings listed per token (name postings are all listed); the rest are counted in `omitted`. */
export const WEAK_CAP = 1000;
/** Rows per bucket, on average: the bucket count is the power of two that keeps them about this small. */
export const ROWS_PER_BUCKET = 32;
/** A row's description is cut here: rows are for result lists, the package page has the rest. */
export const DESCRIPTION_CHARS = 300;

/** Where a token occurs in a package, as bits; the score of a match follows from them. */
export const FLAG = {
  /** The token is the whole lowercased name. */
  name: 16,
  /** The token is the name's first word: the name starts with it. */
  nameStart: 8,
  /** The token is a word of the name. */
  nameWord: 4,
  /** The token is a whole keyword. */
  keyword: 2,
  /** The token is a word of a keyword. */
  keywordWord: 32,
  /** The token is a word of the description. */
  description: 1,
} as const;

export interface SearchManifest {
  format: typeof SEARCH_FORMAT;
  format_version: 1;
  /** Packages in index.json (the ones search can find). */
  packages: number;
  /** Row buckets: rows/<fnv1a(name) % buckets>.json. A power of two, so it changes only when the registry doubles. */
  buckets: number;
  /** Term shards: [prefix, 1 for a leaf (every token under it) or 0 for a split node (its exact tokens and a head)]. */
  shards: [string, 0 | 1][];
}

/** One term shard: tokens → postings grouped by flags (strongest first), names sorted. */
export interface TermShard {
  prefix: string;
  tokens: Record<string, [number, string[]][]>;
  /**
   * Tokens so common that only their strongest WEAK_CAP keyword and description postings are
   * listed, with how many were left out: a word in every description would otherwise make one
   * query download a list of every package.
   */
  omitted?: Record<string, number>;
  /** A split node only: the best postings of every token under it, for a query that stops here. */
  head?: [number, string[]][];
  /** A split node only: how many packages hold a token under it, of which `head` lists the best. */
  total?: number;
}

/** A display row: version, description (capped at DESCRIPTION_CHARS), keywords, and the profile unless Attune. */
export type SearchRowData = [string, string, string[]] | [string, string, string[], string];

/** Words of a text: runs of letters and digits, lowercased. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The file of a term shard. Letters a–z and digits stand for themselves; any other character is
 * written as `_<hex code point>_`, so every prefix has one file name that is safe on any host.
 */
export function termShardPath(prefix: string): string {
  let out = '';
  for (const ch of prefix) out += /[a-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  return `${SEARCH_DIR}/terms/${out === '' ? '_' : out}.json`;
}

/** FNV-1a over the name's UTF-16 units: small, stable, the same in Node and every browser. */
export function rowBucketOf(name: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}

export function rowBucketPath(bucket: number): string {
  return `${SEARCH_DIR}/rows/${bucket}.json`;
}

/**
 * The score of a term against a token holding it (token.startsWith(term)), as searchScore ranks:
 * exact name, name prefix, a word of the name, exact keyword, a keyword, the description.
 */
export function flagScore(flags: number, token: string, term: string): number {
  if (flags & FLAG.name) return token === term ? 100 : 60;
  if (flags & FLAG.nameStart) return 60;
  if (flags & FLAG.nameWord) return 40;
  if (flags & FLAG.keyword) return token === term ? 30 : 20;
  if (flags & FLAG.keywordWord) return 20;
  if (flags & FLAG.description) return 10;
  return 0;
}
