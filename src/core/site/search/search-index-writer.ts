import { appendFileSync, closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { PackdexError, ioError } from '../../errors';
import {
  FLAG_SPAN, HeadRanker, TokenGroups, buildTermNode, byString, firstChar, json, searchRowOf, setOwn, shardOfGroups, splitShardText, tokenInfoOf, tokensOfPackage,
  type NameTable, type SearchablePackage, type TokenInfo,
} from './build-term-shards';
import { bucketCount, planSearchShards, searchManifestText } from './plan-search-shards';
import { SEARCH_MANIFEST, SHARD_BYTES, flagScore, rowBucketOf, rowBucketPath, termShardPath, type SearchRowData } from './search-layout';

/** Receives one derived file: its path relative to the registry root, and its whole text. */
export type EmitFile = (rel: string, text: string) => Promise<void>;

/**
 * Builds a registry's search files from its packages, fed one at a time, so that a site build can
 * stream its documents instead of holding every entry. `finish` emits every search file once, with
 * exactly the bytes planSearchShards gives for the same packages, in an order fixed by the packages
 * (not path order, which would mean holding every file) and the manifest last, so that a reader
 * who finds the manifest finds every file it names.
 */
export interface SearchIndexWriter {
  /** One package; packages arrive in ascending ref order (compareStrings), each name once. */
  add(p: SearchablePackage): void;
  /** Emit every search file, the manifest last; the writer is done afterwards and its temporary files are gone, also when emit throws. */
  finish(emit: EmitFile): Promise<void>;
  /** Give up without emitting (the caller failed before finish): removes the temporary files. Harmless after finish. */
  abort(): void;
}

export interface SearchIndexWriterOptions {
  /** A folder the writer may use for temporary files: it makes a folder of its own in it and removes it. */
  tempDir: string;
  /** Fewer packages than this are held and planned in memory (planSearchShards); from this many on the writer spills to disk. 0 always spills. Default 10,000. */
  spillAt?: number;
  /** A spilled part of the trie up to this many characters is read whole; a larger one is first split on disk by its next character. Default 8 Mi. */
  partitionChars?: number;
  /** Bytes buffered for each kind of temporary file before they are appended. Default 1 MiB. */
  bufferBytes?: number;
  /** Temporary files the display rows are grouped in by bucket (a power of two). Default 256. */
  rowGroups?: number;
}

/**
 * A writer for the registry's search files (see SearchIndexWriter). A large registry costs memory
 * for its names (one string per 1,024 names), a few buffers and one part of the trie at a time:
 *
 * - postings (package number, flags, token) are appended to one file per first character of the
 *   token, while the root node's size, head and total are counted as they pass;
 * - at the end each such part is read whole and built as planSearchShards would build it, or, when
 *   it is too large to read whole, streamed once more into one file per next character, its own
 *   node decided from what was counted on the way (postings arrive in package order, so a node's
 *   head is a running top-HEAD_SIZE) — and so on down;
 * - display rows are appended to one file per group of buckets (FNV-1a modulo a power of two, so
 *   the group of a bucket is known before the bucket count is), and each group's buckets are
 *   assembled from its file.
 */
export function createSearchIndexWriter(options: SearchIndexWriterOptions): SearchIndexWriter {
  const settings: SpillSettings = {
    tempDir: options.tempDir,
    partitionChars: options.partitionChars ?? 8 * 1024 * 1024,
    bufferBytes: options.bufferBytes ?? 1024 * 1024,
    rowGroups: options.rowGroups ?? 256,
  };
  const spillAt = options.spillAt ?? 10_000;
  if (!Number.isInteger(Math.log2(settings.rowGroups))) {
    throw new PackdexError('USAGE', `Row groups ${settings.rowGroups} is not a power of two.`, { value: settings.rowGroups, expected: 'a power of two (1, 2, 4, …)', fix: 'Pass a power of two as rowGroups.' });
  }
  let held: SearchablePackage[] = [];
  let spill: Spill | undefined;
  let last: string | undefined;
  let done = false;
  const drop = () => {
    done = true;
    held = [];
    spill?.temp.remove();
    spill = undefined;
  };
  const startSpill = () => {
    spill = new Spill(settings);
    for (const p of held) spill.add(p);
    held = [];
  };
  return {
    add(p) {
      if (done) throw finished();
      if (last !== undefined && !(last < p.ref)) {
        drop();
        throw new PackdexError('INDEX_INVALID', `Package '${p.ref}' came after '${last}': the search index takes packages in ascending name order, each once.`, {
          value: p.ref,
          expected: `a name after '${last}' (compareStrings)`,
          fix: 'Feed the packages sorted by name, without duplicates.',
        });
      }
      last = p.ref;
      // Only what search reads: the caller's document may be much larger.
      const own: SearchablePackage = { ref: p.ref, version: p.version, description: p.description, keywords: p.keywords, ...(p.meta?.profile === undefined ? {} : { meta: { profile: p.meta.profile } }) };
      try {
        if (spill !== undefined) spill.add(own);
        else {
          held.push(own);
          if (held.length >= spillAt) startSpill();
        }
      } catch (cause) {
        // A file-system failure is already a PackdexError naming its file (DISK_FULL, …).
        drop();
        throw cause;
      }
    },
    async finish(emit) {
      if (done) throw finished();
      try {
        if (spill === undefined && held.length >= spillAt) startSpill();
        if (spill !== undefined) {
          await spill.finish(emit);
        } else {
          const files = planSearchShards(held);
          held = [];
          const manifest = files.get(SEARCH_MANIFEST)!;
          files.delete(SEARCH_MANIFEST);
          for (const [rel, text] of files) await emit(rel, text);
          await emit(SEARCH_MANIFEST, manifest);
        }
      } finally {
        drop();
      }
    },
    abort: drop,
  };
}

function finished(): PackdexError {
  return new PackdexError('USAGE', 'The search index writer has already finished (or failed).', { fix: 'Create a new writer for another build.' });
}

interface SpillSettings {
  tempDir: string;
  partitionChars: number;
  bufferBytes: number;
  rowGroups: number;
}

/** The writer's own folder of temporary files, named by number (a token may be any text). */
class TempFolder {
  readonly dir: string;
  private next = 0;

  constructor(parent: string) {
    try {
      this.dir = mkdtempSync(path.join(parent, 'packdex-search-'));
    } catch (cause) {
      throw ioError('make a temporary folder in', parent, cause);
    }
  }

  file(): string {
    return path.join(this.dir, String(this.next++));
  }

  /**
   * Best effort, and never in the way of the error that brought the writer here: a folder that
   * cannot be removed (a file system gone read-only) is left to the system's temporary cleaner.
   */
  remove(): void {
    try {
      rmSync(this.dir, { recursive: true, force: true });
    } catch {
      // see above
    }
  }
}

interface SpillFile {
  file: string;
  chars: number;
}

/**
 * Files appended to by key, through one buffer of a fixed size however many keys there are. Each
 * line is encoded into the buffer at once and only its place is kept (a pair of numbers per run of
 * one key), so lines die young instead of piling up as strings for the garbage collector.
 */
class SpillFiles {
  /** Allocated on the first write and let go by done(): a node being built does not hold its parent's. */
  private buffer: Buffer | undefined;
  private scratch: Buffer | undefined;
  private used = 0;
  /** key → [start, end, start, end, …] in the buffer. */
  private readonly runs = new Map<string, number[]>();
  private readonly files = new Map<string, SpillFile>();

  constructor(private readonly temp: TempFolder, private readonly bufferBytes: number) {}

  private get bytes(): Buffer {
    return (this.buffer ??= Buffer.allocUnsafe(Math.max(1, this.bufferBytes)));
  }

  write(key: string, text: string): void {
    let spilled = this.files.get(key);
    if (spilled === undefined) this.files.set(key, (spilled = { file: this.temp.file(), chars: 0 }));
    spilled.chars += text.length;
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const most = text.length * 3;
    if (this.used + most > this.bytes.length) this.flush();
    if (most > this.bytes.length) {
      append(spilled.file, Buffer.from(text));
      return;
    }
    const end = this.used + this.bytes.write(text, this.used);
    const runs = this.runs.get(key);
    if (runs === undefined) this.runs.set(key, [this.used, end]);
    else if (runs[runs.length - 1] === this.used) runs[runs.length - 1] = end;
    else runs.push(this.used, end);
    this.used = end;
  }

  /** Every file by key, in key order, all written out. */
  done(): [string, SpillFile][] {
    this.flush();
    this.buffer = undefined;
    this.scratch = undefined;
    return [...this.files].sort((a, b) => byString(a[0], b[0]));
  }

  private flush(): void {
    if (this.runs.size === 0) return;
    const out = (this.scratch ??= Buffer.allocUnsafe(this.bytes.length));
    for (const [key, runs] of this.runs) {
      let size = 0;
      for (let i = 0; i < runs.length; i += 2) size += this.bytes.copy(out, size, runs[i], runs[i + 1]);
      append(this.files.get(key)!.file, out.subarray(0, size));
    }
    this.runs.clear();
    this.used = 0;
  }
}

function append(file: string, bytes: Buffer): void {
  try {
    appendFileSync(file, bytes);
  } catch (cause) {
    throw ioError('write', file, cause);
  }
}

/** Each line of a file (every line ends in \n), read a mebibyte at a time. */
function forEachLine(file: string, onLine: (line: string) => void): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (cause) {
    throw ioError('read', file, cause);
  }
  try {
    // Most parts of the trie are small files: no mebibyte for each.
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(1 << 20, fstatSync(fd).size)));
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (cause) {
        throw ioError('read', file, cause);
      }
      if (n === 0) break;
      const text = rest + decoder.write(chunk.subarray(0, n));
      let from = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
        onLine(text.slice(from, nl));
        from = nl + 1;
      }
      rest = text.slice(from);
    }
  } finally {
    closeSync(fd);
  }
}

function removeFile(file: string): void {
  rmSync(file, { force: true });
}

/**
 * A posting as one line: `<package> <flags> <token>`. The token is written as it is, unless it
 * holds a line break or a surrogate (a lone one would not survive UTF-8) or starts with a quote:
 * then as JSON, which starts with a quote.
 */
function postingLine(at: number, flags: number, token: string): string {
  return `${at} ${flags} ${/^"|[\n\ud800-\udfff]/.test(token) ? JSON.stringify(token) : token}\n`;
}

function readPosting(line: string, onPosting: (at: number, flags: number, token: string) => void): void {
  const a = line.indexOf(' ');
  const b = line.indexOf(' ', a + 1);
  const raw = line.slice(b + 1);
  onPosting(Number(line.slice(0, a)), Number(line.slice(a + 1, b)), raw.startsWith('"') ? (JSON.parse(raw) as string) : raw);
}

const PAGE = 1024;

/** Package names, 1,024 to a string: a million names cost their characters and four bytes each, not a million strings. */
class CompactNames implements NameTable {
  count = 0;
  private ends = new Uint32Array(PAGE);
  private readonly pages: string[] = [];
  private page: string[] = [];

  push(name: string): void {
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.ends[this.count] = this.start(this.count) + name.length;
    this.page.push(name);
    this.count++;
    if (this.count % PAGE === 0) this.seal();
  }

  /** The last page as one string too: no name is added afterwards. */
  seal(): void {
    if (this.page.length === 0) return;
    this.pages.push(this.page.join(''));
    this.page = [];
  }

  name(at: number): string {
    return this.pages[Math.floor(at / PAGE)]!.slice(this.start(at), this.ends[at]);
  }

  size(at: number): number {
    return this.ends[at]! - this.start(at);
  }

  private start(at: number): number {
    return at % PAGE === 0 ? 0 : this.ends[at - 1]!;
  }
}

/**
 * One node of the trie seen as a stream of its postings, in package order: what is needed to
 * decide it (the postings' size, whether they hold one token), its own token's postings, its head
 * and total, and every other posting passed on to the file of its child.
 */
class NodeScan {
  /** Shard bytes of the postings alone (name length + 3 each): above SHARD_BYTES the node is too large to be a leaf. */
  postingBytes = 0;
  /** More than one token under the node: a single token is a leaf whatever its size. */
  many = false;
  /** The first token seen (the only one unless `many`). */
  first: string | undefined;
  /** The postings of the token equal to the prefix, grouped for its shard. */
  own: TokenGroups | undefined;
  /** The same, packed, while the node may still be read whole (at most SHARD_BYTES of postings). */
  ownPostings: number[] | undefined = [];
  readonly ranker = new HeadRanker();
  private at = -1;
  private score = 0;

  constructor(readonly prefix: string, readonly children: SpillFiles, private readonly names: NameTable) {}

  feed(at: number, flags: number, token: string, line: string): void {
    this.postingBytes += this.names.size(at) + 3;
    if (this.first === undefined) this.first = token;
    else if (token !== this.first) this.many = true;
    if (this.postingBytes > SHARD_BYTES) this.ownPostings = undefined;
    if (token.length === this.prefix.length) {
      (this.own ??= new TokenGroups()).add(at, flags);
      this.ownPostings?.push(at * FLAG_SPAN + flags);
    } else this.children.write(this.prefix + firstChar(token, this.prefix.length), line);
    // A package's postings are consecutive: its best score under the node is final when the next one starts.
    const score = flagScore(flags, token, this.prefix);
    if (at !== this.at) {
      if (this.at >= 0) this.ranker.offer(this.at, this.score);
      this.at = at;
      this.score = score;
    } else if (score > this.score) this.score = score;
  }

  end(): this {
    if (this.at >= 0) this.ranker.offer(this.at, this.score);
    this.at = -1;
    return this;
  }
}

/** A registry's search files being built on disk. */
class Spill {
  readonly temp: TempFolder;
  private readonly names = new CompactNames();
  private readonly rows: SpillFiles;
  private readonly root: NodeScan;
  private readonly shards: [string, 0 | 1][] = [];

  constructor(private readonly settings: SpillSettings) {
    this.temp = new TempFolder(settings.tempDir);
    this.rows = new SpillFiles(this.temp, settings.bufferBytes);
    this.root = new NodeScan('', new SpillFiles(this.temp, settings.bufferBytes), this.names);
  }

  add(p: SearchablePackage): void {
    const at = this.names.count;
    this.names.push(p.ref);
    for (const [token, flags] of tokensOfPackage(p)) this.root.feed(at, flags, token, postingLine(at, flags, token));
    // The bucket before the modulo: the bucket count is known only at the end.
    const hash = rowBucketOf(p.ref.toLowerCase(), 2 ** 32);
    this.rows.write(String(hash % this.settings.rowGroups), `${at}\t${hash}\t${JSON.stringify([p.ref, searchRowOf(p)])}\n`);
  }

  async finish(emit: EmitFile): Promise<void> {
    this.names.seal();
    await this.emitRows(emit);
    await this.emitNode(this.root.end(), emit);
    await emit(SEARCH_MANIFEST, searchManifestText(this.names.count, this.shards));
  }

  private async emitRows(emit: EmitFile): Promise<void> {
    const buckets = bucketCount(this.names.count);
    const groups = this.settings.rowGroups;
    const files = new Map(this.rows.done());
    const read = (group: number, onRow: (at: number, hash: number, ref: string, row: SearchRowData) => void) => {
      const spilled = files.get(String(group));
      if (spilled === undefined) return;
      forEachLine(spilled.file, (line) => {
        const a = line.indexOf('\t');
        const b = line.indexOf('\t', a + 1);
        const [ref, row] = JSON.parse(line.slice(b + 1)) as [string, SearchRowData];
        onRow(Number(line.slice(0, a)), Number(line.slice(a + 1, b)), ref, row);
      });
      removeFile(spilled.file);
    };
    if (buckets >= groups) {
      // A group holds the buckets equal to it modulo the group count, its rows in package order.
      for (let group = 0; group < groups; group++) {
        const objects: Record<string, SearchRowData>[] = Array.from({ length: buckets / groups }, () => ({}));
        read(group, (_at, hash, ref, row) => setOwn(objects[Math.floor((hash % buckets) / groups)]!, ref, row));
        for (let k = 0; k < objects.length; k++) await emit(rowBucketPath(group + k * groups), json(objects[k]));
      }
    } else {
      // Fewer buckets than groups: a bucket gathers several groups, put back in package order.
      for (let bucket = 0; bucket < buckets; bucket++) {
        const rows: [number, string, SearchRowData][] = [];
        for (let group = bucket; group < groups; group += buckets) read(group, (at, _hash, ref, row) => rows.push([at, ref, row]));
        const object: Record<string, SearchRowData> = {};
        for (const [, ref, row] of rows.sort((a, b) => a[0] - b[0])) setOwn(object, ref, row);
        await emit(rowBucketPath(bucket), json(object));
      }
    }
  }

  /** The shards of a node that was streamed: decided from its counts, or read whole when it is small. */
  private async emitNode(scan: NodeScan, emit: EmitFile): Promise<void> {
    const children = scan.children.done();
    if (scan.postingBytes <= SHARD_BYTES) {
      // At most SHARD_BYTES / 4 postings: read whole, built as planSearchShards builds it.
      await this.emitBuilt(scan.prefix, this.readTokens(children.map(([, spilled]) => spilled.file), scan.prefix, scan.ownPostings!), emit);
      return;
    }
    if (!scan.many) {
      // One token is one leaf however many packages hold it; its groups are capped as they stream.
      const token = scan.first!;
      let groups = scan.own;
      if (groups === undefined) {
        groups = new TokenGroups();
        for (const [, spilled] of children) this.readPostings(spilled.file, (at, flags) => groups!.add(at, flags));
      }
      this.shards.push([scan.prefix, 1]);
      await emit(termShardPath(scan.prefix), json(shardOfGroups(scan.prefix, [[token, groups]], this.names)));
      return;
    }
    this.shards.push([scan.prefix, 0]);
    await emit(termShardPath(scan.prefix), splitShardText(scan.prefix, scan.own, scan.ranker.head(this.names), scan.ranker.total, this.names));
    scan.own = undefined;
    for (const [prefix, spilled] of children) {
      if (spilled.chars <= this.settings.partitionChars) {
        await this.emitBuilt(prefix, this.readTokens([spilled.file], prefix, []), emit);
        continue;
      }
      const sub = new NodeScan(prefix, new SpillFiles(this.temp, this.settings.bufferBytes), this.names);
      forEachLine(spilled.file, (line) => readPosting(line, (at, flags, token) => sub.feed(at, flags, token, `${line}\n`)));
      removeFile(spilled.file);
      await this.emitNode(sub.end(), emit);
    }
  }

  /** Each posting of a file, which is removed once read. */
  private readPostings(file: string, onPosting: (at: number, flags: number, token: string) => void): void {
    forEachLine(file, (line) => readPosting(line, onPosting));
    removeFile(file);
  }

  /** Every token under `prefix` from its files (removed once read), as planSearchShards holds them. */
  private readTokens(files: string[], prefix: string, own: number[]): TokenInfo[] {
    const postings = new Map<string, number[]>();
    if (own.length > 0) postings.set(prefix, own);
    for (const file of files) {
      this.readPostings(file, (at, flags, token) => {
        const list = postings.get(token);
        if (list === undefined) postings.set(token, [at * FLAG_SPAN + flags]);
        else list.push(at * FLAG_SPAN + flags);
      });
    }
    return [...postings].map(([token, list]) => tokenInfoOf(token, list, this.names)).sort((a, b) => byString(a.token, b.token));
  }

  /** A node held whole: built by planSearchShards' own code, then emitted. */
  private async emitBuilt(prefix: string, tokens: TokenInfo[], emit: EmitFile): Promise<void> {
    const built: [string, string][] = [];
    buildTermNode(prefix, tokens, this.names, (shard, leaf, rel, text) => {
      this.shards.push([shard, leaf]);
      built.push([rel, text]);
    });
    tokens.length = 0;
    for (const [rel, text] of built) await emit(rel, text);
  }
}
