import {
  WEAK_CAP, DESCRIPTION_CHARS, FLAG, HEAD_SIZE, ROWS_PER_BUCKET, SEARCH_FORMAT, SEARCH_MANIFEST, SHARD_BYTES,
  flagScore, rowBucketOf, rowBucketPath, termShardPath, wordsOf, type SearchManifest, type SearchRowData, type TermShard,
} from './search-layout';

/** What search needs of an index entry. */
export interface SearchablePackage {
  ref: string;
  version: string;
  description: string;
  keywords: string[];
  meta?: { profile?: string };
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const json = (data: unknown): string => `${JSON.stringify(data)}\n`;

/** Every token of one package with where it occurs (FLAG bits). */
/**
 * The longest token indexed: a package name's limit. A longer word (a 40 MiB run of one letter in
 * a description) would deepen the shard tree by one level a character and is no search anyone types.
 */
const MAX_TOKEN = 130;

function tokensOfPackage(p: SearchablePackage): Map<string, number> {
  const out = new Map<string, number>();
  const add = (token: string, flag: number) => {
    if (token.length <= MAX_TOKEN) out.set(token, (out.get(token) ?? 0) | flag);
  };
  const name = p.ref.toLowerCase();
  add(name, FLAG.name | FLAG.nameStart | FLAG.nameWord);
  for (const word of wordsOf(name)) add(word, name.startsWith(word) ? FLAG.nameStart | FLAG.nameWord : FLAG.nameWord);
  for (const keyword of p.keywords) {
    const k = keyword.toLowerCase();
    if (k !== '') add(k, FLAG.keyword);
    for (const word of wordsOf(k)) add(word, FLAG.keywordWord);
  }
  for (const word of wordsOf(p.description)) add(word, FLAG.description);
  return out;
}

const NAME_BITS = FLAG.name | FLAG.nameStart | FLAG.nameWord;
/** Postings are packed as package number × 64 + flags: plain numbers keep a 100,000-package build light. */
const FLAG_SPAN = 64;

/** Postings of one token, grouped by flags, strongest group first, names sorted in each. */
function groupPostings(token: string, postings: readonly number[], names: readonly string[]): { groups: [number, string[]][]; omitted: number } {
  const byFlags = new Map<number, string[]>();
  // Postings are in package order, which is name order, so each group comes out sorted.
  for (const packed of postings) {
    const flags = packed % FLAG_SPAN;
    const name = names[(packed - flags) / FLAG_SPAN]!;
    const list = byFlags.get(flags);
    if (list === undefined) byFlags.set(flags, [name]);
    else list.push(name);
  }
  const strength = (f: number) => flagScore(f, token, token);
  const groups = [...byFlags.entries()].sort((a, b) => strength(b[0]) - strength(a[0]) || b[0] - a[0]);
  // Postings outside the name beyond the cap are dropped, weakest first and by name, and counted.
  let weak = 0;
  let omitted = 0;
  for (const group of groups) {
    if (group[0] & NAME_BITS) continue;
    const keep = Math.max(0, WEAK_CAP - weak);
    omitted += Math.max(0, group[1].length - keep);
    group[1] = group[1].slice(0, keep);
    weak += group[1].length;
  }
  return { groups: groups.filter((g) => g[1].length > 0), omitted };
}

interface TokenInfo {
  token: string;
  postings: number[];
  bytes: number;
}

function firstChar(s: string, from: number): string {
  return String.fromCodePoint(s.codePointAt(from)!);
}

/**
 * The search files of a registry, from its index entries alone (the packages index.json lists),
 * so `site build` and every publish write the same bytes: the manifest, term shards (a trie of
 * token prefixes, each split by the next character once it passes SHARD_BYTES) and row buckets.
 * Paths are relative to the registry root.
 */
export function planSearchShards(packages: readonly SearchablePackage[]): Map<string, string> {
  const postings = new Map<string, number[]>();
  const files = new Map<string, string>();
  const buckets = bucketCount(packages.length);
  const rows: Record<string, SearchRowData>[] = Array.from({ length: buckets }, () => ({}));
  const sorted = [...packages].sort((a, b) => byString(a.ref, b.ref));
  const names = sorted.map((p) => p.ref);
  sorted.forEach((p, i) => {
    for (const [token, flags] of tokensOfPackage(p)) {
      const list = postings.get(token);
      if (list === undefined) postings.set(token, [i * FLAG_SPAN + flags]);
      else list.push(i * FLAG_SPAN + flags);
    }
    const row: SearchRowData = [p.version, p.description.slice(0, DESCRIPTION_CHARS), p.keywords];
    if (typeof p.meta?.profile === 'string') row.push(p.meta.profile);
    rows[rowBucketOf(p.ref.toLowerCase(), buckets)]![p.ref] = row;
  });
  const tokens: TokenInfo[] = [...postings.entries()]
    .map(([token, list]) => {
      let bytes = token.length + 8;
      for (const packed of list) bytes += names[Math.floor(packed / FLAG_SPAN)]!.length + 3;
      return { token, postings: list, bytes };
    })
    .sort((a, b) => byString(a.token, b.token));
  const shards: [string, 0 | 1][] = [];
  buildNode('', tokens, names, shards, files);
  const manifest: SearchManifest = { format: SEARCH_FORMAT, format_version: 1, packages: packages.length, buckets, shards: shards.sort((a, b) => byString(a[0], b[0])) };
  files.set(SEARCH_MANIFEST, json(manifest));
  rows.forEach((bucket, i) => files.set(rowBucketPath(i), json(bucket)));
  return files;
}

/** The smallest power of two that keeps buckets at about ROWS_PER_BUCKET rows. */
export function bucketCount(packages: number): number {
  let b = 1;
  while (b * ROWS_PER_BUCKET < packages) b *= 2;
  return b;
}

function shardOf(prefix: string, tokens: readonly TokenInfo[], names: readonly string[]): TermShard {
  const shard: TermShard = { prefix, tokens: {} };
  for (const t of tokens) {
    const { groups, omitted } = groupPostings(t.token, t.postings, names);
    shard.tokens[t.token] = groups;
    if (omitted > 0) (shard.omitted ??= {})[t.token] = omitted;
  }
  return shard;
}

let scratch = new Uint8Array(0);

function buildNode(prefix: string, tokens: readonly TokenInfo[], names: readonly string[], shards: [string, 0 | 1][], files: Map<string, string>): void {
  let total = 0;
  for (const t of tokens) total += t.bytes;
  const own = tokens.filter((t) => t.token.length === prefix.length);
  // One token has nothing to split into: it is a shard however large its postings.
  if (total <= SHARD_BYTES || own.length === tokens.length || tokens.length === 1) {
    shards.push([prefix, 1]);
    files.set(termShardPath(prefix), json(shardOf(prefix, tokens, names)));
    return;
  }
  // A split node keeps its exact tokens and the best postings under it for a query that ends here.
  // One scratch array of scores (by package number) serves every node: no map per node.
  const best = (scratch.length >= names.length ? scratch : (scratch = new Uint8Array(names.length)));
  const touched: number[] = [];
  for (const t of tokens) {
    for (const packed of t.postings) {
      const flags = packed % FLAG_SPAN;
      const score = flagScore(flags, t.token, prefix);
      const at = (packed - flags) / FLAG_SPAN;
      if (best[at] === 0) touched.push(at);
      if (score > best[at]!) best[at] = score;
    }
  }
  const ranked = touched.map((at) => [at, best[at]!] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, HEAD_SIZE);
  const head: [number, string[]][] = [];
  for (const [at, score] of ranked) {
    const last = head[head.length - 1];
    if (last !== undefined && last[0] === score) last[1].push(names[at]!);
    else head.push([score, [names[at]!]]);
  }
  for (const at of touched) best[at] = 0;
  shards.push([prefix, 0]);
  files.set(termShardPath(prefix), json({ ...shardOf(prefix, own, names), head, total: touched.length } satisfies TermShard));
  const children = new Map<string, TokenInfo[]>();
  for (const t of tokens) {
    if (t.token.length === prefix.length) continue;
    const child = prefix + firstChar(t.token, prefix.length);
    const list = children.get(child);
    if (list === undefined) children.set(child, [t]);
    else list.push(t);
  }
  for (const [child, list] of children) buildNode(child, list, names, shards, files);
}
