import {
  DESCRIPTION_CHARS, FLAG, HEAD_SIZE, SHARD_BYTES, WEAK_CAP,
  flagScore, termShardPath, wordsOf, type SearchRowData, type TermShard,
} from './search-layout';

/**
 * The pieces of the search files that planSearchShards (everything in memory) and the search index
 * writer (spilled to disk, one part of the trie at a time) share, so both give the same bytes:
 * the tokens of a package, its display row, and the term shards of one node of the trie.
 */

/** What search needs of an index entry. */
export interface SearchablePackage {
  ref: string;
  version: string;
  description: string;
  keywords: string[];
  meta?: { profile?: string };
}

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const json = (data: unknown): string => `${JSON.stringify(data)}\n`;

/**
 * The longest token indexed: a package name's limit. A longer word (a 40 MiB run of one letter in
 * a description) would deepen the shard tree by one level a character and is no search anyone types.
 */
const MAX_TOKEN = 130;

/** Every token of one package with where it occurs (FLAG bits). */
export function tokensOfPackage(p: SearchablePackage): Map<string, number> {
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

/** A package's display row: version, the description cut at DESCRIPTION_CHARS, keywords, the profile unless Attune. */
export function searchRowOf(p: SearchablePackage): SearchRowData {
  const row: SearchRowData = [p.version, p.description.slice(0, DESCRIPTION_CHARS), p.keywords];
  if (typeof p.meta?.profile === 'string') row.push(p.meta.profile);
  return row;
}

const NAME_BITS = FLAG.name | FLAG.nameStart | FLAG.nameWord;
/** Postings are packed as package number × 64 + flags: plain numbers keep a 100,000-package build light. */
export const FLAG_SPAN = 64;

/** Package number → name. Package numbers follow name order, so postings sorted by number are sorted by name. */
export interface NameTable {
  readonly count: number;
  name(at: number): string;
  /** The name's length in UTF-16 units, which is what a shard's size estimate counts. */
  size(at: number): number;
}

export function arrayNameTable(names: readonly string[]): NameTable {
  return { count: names.length, name: (at) => names[at]!, size: (at) => names[at]!.length };
}

/** One token with its packed postings (ascending package number) and its estimated share of a shard's bytes. */
export interface TokenInfo {
  token: string;
  postings: number[];
  bytes: number;
}

export function tokenInfoOf(token: string, postings: number[], names: NameTable): TokenInfo {
  let bytes = token.length + 8;
  for (const packed of postings) bytes += names.size(Math.floor(packed / FLAG_SPAN)) + 3;
  return { token, postings, bytes };
}

/**
 * The postings of one token grouped by flags, fed in package order (so each group's names come out
 * sorted). A group outside the name keeps only its first WEAK_CAP packages, since no more of it can
 * be listed, and counts the rest: a word in every description of a million packages costs WEAK_CAP
 * numbers per group, not a million.
 */
export class TokenGroups {
  private readonly byFlags = new Map<number, { at: number[]; count: number }>();

  add(at: number, flags: number): void {
    const group = this.byFlags.get(flags);
    if (group === undefined) this.byFlags.set(flags, { at: [at], count: 1 });
    else {
      group.count++;
      if (flags & NAME_BITS || group.at.length < WEAK_CAP) group.at.push(at);
    }
  }

  /** Strongest group first; postings outside the name beyond the cap are dropped, weakest first and by name, and counted. */
  groups(token: string, names: NameTable): { groups: [number, string[]][]; omitted: number } {
    const strength = (f: number) => flagScore(f, token, token);
    const ordered = [...this.byFlags].sort((a, b) => strength(b[0]) - strength(a[0]) || b[0] - a[0]);
    let weak = 0;
    let omitted = 0;
    const groups: [number, string[]][] = [];
    for (const [flags, group] of ordered) {
      let keep = group.count;
      if (!(flags & NAME_BITS)) {
        keep = Math.min(keep, Math.max(0, WEAK_CAP - weak));
        omitted += group.count - keep;
        weak += keep;
      }
      // Names are looked up only for what is kept.
      if (keep > 0) groups.push([flags, group.at.slice(0, keep).map((at) => names.name(at))]);
    }
    return { groups, omitted };
  }
}

function groupsOf(postings: readonly number[]): TokenGroups {
  const groups = new TokenGroups();
  for (const packed of postings) {
    const flags = packed % FLAG_SPAN;
    groups.add((packed - flags) / FLAG_SPAN, flags);
  }
  return groups;
}

/**
 * Sets an own property even for a key such as `__proto__`, which plain assignment would turn into
 * the object's prototype (and JSON.stringify would then leave out): a keyword may be any text.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/** The shard object of `tokens` (sorted by token) under `prefix`. */
export function shardOf(prefix: string, tokens: readonly TokenInfo[], names: NameTable): TermShard {
  return shardOfGroups(prefix, tokens.map((t) => [t.token, groupsOf(t.postings)]), names);
}

/** The shard object of tokens (sorted) with their postings already grouped. */
export function shardOfGroups(prefix: string, tokens: readonly (readonly [string, TokenGroups])[], names: NameTable): TermShard {
  const shard: TermShard = { prefix, tokens: {} };
  for (const [token, grouped] of tokens) {
    const { groups, omitted } = grouped.groups(token, names);
    setOwn(shard.tokens, token, groups);
    if (omitted > 0) setOwn((shard.omitted ??= {}), token, omitted);
  }
  return shard;
}

/** Receives one term shard: its prefix, whether it is a leaf, and the file's path and text. */
export type TermShardSink = (prefix: string, leaf: 0 | 1, rel: string, text: string) => void;

/** A node with nothing to split into, or small enough: one shard holding every token under it. */
export function isLeafNode(tokens: readonly TokenInfo[], prefix: string): boolean {
  let total = 0;
  for (const t of tokens) total += t.bytes;
  const own = tokens.filter((t) => t.token.length === prefix.length);
  // One token has nothing to split into: it is a shard however large its postings.
  return total <= SHARD_BYTES || own.length === tokens.length || tokens.length === 1;
}

/** The text of a split node's shard: its own token (the one equal to its prefix, if any), `head` and `total`. */
export function splitShardText(prefix: string, own: TokenGroups | undefined, head: [number, string[]][], total: number, names: NameTable): string {
  return json({ ...shardOfGroups(prefix, own === undefined ? [] : [[prefix, own]], names), head, total } satisfies TermShard);
}

/**
 * The head of a split node, fed each package under it once, in ascending package number, with its
 * best score there: the HEAD_SIZE best by score, then by name. Only HEAD_SIZE numbers per score are
 * kept, so a node over a million packages ranks them in constant memory.
 */
export class HeadRanker {
  total = 0;
  private readonly byScore = new Map<number, number[]>();

  offer(at: number, score: number): void {
    this.total++;
    const list = this.byScore.get(score);
    if (list === undefined) this.byScore.set(score, [at]);
    else if (list.length < HEAD_SIZE) list.push(at);
  }

  head(names: NameTable): [number, string[]][] {
    const head: [number, string[]][] = [];
    let left = HEAD_SIZE;
    for (const score of [...this.byScore.keys()].sort((a, b) => b - a)) {
      if (left === 0) break;
      const list = this.byScore.get(score)!.slice(0, left);
      left -= list.length;
      head.push([score, list.map((at) => names.name(at))]);
    }
    return head;
  }
}

let scratch = new Uint8Array(0);

/**
 * The term shards of the trie node at `prefix`, given every token under it (sorted by token): one
 * leaf shard, or a split node's shard and then each child's, recursively.
 */
export function buildTermNode(prefix: string, tokens: readonly TokenInfo[], names: NameTable, sink: TermShardSink): void {
  if (isLeafNode(tokens, prefix)) {
    sink(prefix, 1, termShardPath(prefix), json(shardOf(prefix, tokens, names)));
    return;
  }
  // A split node keeps its exact tokens and the best postings under it for a query that ends here.
  // One scratch array of scores (by package number) serves every node: no map per node.
  const best = (scratch.length >= names.count ? scratch : (scratch = new Uint8Array(names.count)));
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
  const ranker = new HeadRanker();
  for (const at of touched.sort((a, b) => a - b)) {
    ranker.offer(at, best[at]!);
    best[at] = 0;
  }
  const own = tokens.find((t) => t.token.length === prefix.length);
  sink(prefix, 0, termShardPath(prefix), splitShardText(prefix, own === undefined ? undefined : groupsOf(own.postings), ranker.head(names), ranker.total, names));
  const children = new Map<string, TokenInfo[]>();
  for (const t of tokens) {
    if (t.token.length === prefix.length) continue;
    const child = prefix + firstChar(t.token, prefix.length);
    const list = children.get(child);
    if (list === undefined) children.set(child, [t]);
    else list.push(t);
  }
  for (const [child, list] of children) buildTermNode(child, list, names, sink);
}

/** The character (code point) of `s` at UTF-16 index `from`: a child prefix never splits a surrogate pair. */
export function firstChar(s: string, from: number): string {
  return String.fromCodePoint(s.codePointAt(from)!);
}
