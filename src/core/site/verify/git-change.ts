import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChecksumAlgorithm } from '../../checksum/parse-checksum';
import { PackdexError } from '../../errors';
import { GitObjectReader } from '../../git/git-object-reader';
import { execGit, git } from '../../git/run-git';
import { compareStrings } from '../../index-file/index-rules';
import type { ChangedPath, RegistryChange, RegistrySide } from './registry-reader';
import type { TreeEntry } from './registry-tree';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A path of the repository the diff names, outside the registry folder too (checkout-control files live anywhere). */
export interface RepoChange {
  repoPath: string;
  base?: TreeEntry;
  head?: TreeEntry;
}

/** The blobs verify read from git: for tests (exactly the touched files) and the bench (bytes). */
export interface GitReadLog {
  paths: string[];
  bytes: number;
}

function kindOf(mode: string): TreeEntry['kind'] | undefined {
  if (mode === '000000') return undefined;
  if (mode === '100644' || mode === '100755') return 'file';
  if (mode === '120000') return 'symlink';
  if (mode === '160000') return 'gitlink';
  return 'other';
}

/** Paths git printed (NUL-terminated, -z), as UTF-8; a name that is not is reported, not guessed at. */
function decodePath(raw: Buffer, notUtf8: string[]): string | undefined {
  try {
    return utf8.decode(raw);
  } catch {
    notUtf8.push(raw.toString('hex'));
    return undefined;
  }
}

/**
 * `git diff --raw -z --no-renames` between two commits: every path whose mode or object differs,
 * with both modes (symlinks 120000 and gitlinks 160000 are told apart from files) and both object
 * ids, for the whole repository. Options that config could change (renames, submodule hiding,
 * relative paths, abbreviated ids, external diff drivers) are fixed on the command line.
 */
async function diffRaw(repo: string, base: string, head: string, notUtf8: string[]): Promise<{ repoPath: string; oldMode: string; newMode: string; oldOid: string; newOid: string }[]> {
  const out = await git(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-relative', '--ignore-submodules=none', '--no-ext-diff', '--no-textconv', '--end-of-options', base, head, '--'], { cwd: repo, what: 'git diff' });
  const records: { repoPath: string; oldMode: string; newMode: string; oldOid: string; newOid: string }[] = [];
  let at = 0;
  while (at < out.length) {
    const metaEnd = out.indexOf(0, at);
    if (metaEnd === -1) break;
    const meta = out.subarray(at, metaEnd).toString('latin1');
    const pathEnd = out.indexOf(0, metaEnd + 1);
    const raw = out.subarray(metaEnd + 1, pathEnd === -1 ? out.length : pathEnd);
    at = pathEnd === -1 ? out.length : pathEnd + 1;
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*$/.exec(meta);
    if (m === null) throw new PackdexError('GIT_FAILED', `git diff --raw printed '${meta}', which verify does not understand.`, { value: meta, fix: 'Report this with your git version (git --version).' });
    const repoPath = decodePath(raw, notUtf8);
    if (repoPath !== undefined) records.push({ repoPath, oldMode: m[1]!, newMode: m[2]!, oldOid: m[3]!, newOid: m[4]! });
  }
  return records;
}

/** Sizes of blobs, from one `git cat-file --batch-check` (nothing is read). */
async function blobSizes(repo: string, oids: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (oids.length === 0) return sizes;
  const result = await execGit(['cat-file', '--batch-check'], { cwd: repo, input: `${oids.join('\n')}\n` });
  if (result.exitCode !== 0) throw new PackdexError('GIT_FAILED', `git cat-file --batch-check failed: ${result.stderr.trim()}`, { value: repo, fix: 'Check that the repository holds both commits (git fsck).' });
  for (const line of result.stdout.toString('latin1').split('\n')) {
    const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(line);
    if (m !== null) sizes.set(m[1]!, Number(m[3]));
  }
  return sizes;
}

/** `git ls-tree -l` lines (NUL-terminated) → path → entry. */
function parseLsTree(out: Buffer, strip: string, notUtf8: string[]): Map<string, TreeEntry> {
  const found = new Map<string, TreeEntry>();
  for (let at = 0; at < out.length; ) {
    const end = out.indexOf(0, at);
    const record = out.subarray(at, end === -1 ? out.length : end);
    at = end === -1 ? out.length : end + 1;
    const tab = record.indexOf(9);
    if (tab < 0) continue;
    const [mode, , oid, size] = record.subarray(0, tab).toString('latin1').trim().split(/ +/);
    const p = decodePath(record.subarray(tab + 1), notUtf8);
    const kind = kindOf(mode!);
    if (p === undefined || kind === undefined || mode === '040000' || !p.startsWith(strip)) continue;
    found.set(p.slice(strip.length), { kind, size: kind === 'file' ? Number(size) : 0, oid });
  }
  return found;
}

export interface GitChangeSource {
  repo: string;
  /** Full commit ids. */
  base: string | undefined;
  head: string;
  /** The registry folder with a trailing `/`, or '' for the root (checkRepoFolder). */
  prefix: string;
}

/**
 * A registry change read from two commits: the paths are exactly what `git diff` names under the
 * registry folder, sizes come from `git cat-file --batch-check`, bytes from one `git cat-file
 * --batch`, and anything else a rule asks for is looked up by path (`git ls-tree` of those paths
 * alone). A path the diff does not name holds the same object in both commits, so it is looked up
 * once. Every blob read is logged (`read`).
 */
export async function gitChange(source: GitChangeSource): Promise<{ change: RegistryChange; repoChanges: RepoChange[]; notUtf8: string[]; read: GitReadLog; close: () => Promise<void> }> {
  const { repo, prefix } = source;
  const notUtf8: string[] = [];
  const listed: ChangedPath[] = [];
  const repoChanges: RepoChange[] = [];
  if (source.base !== undefined) {
    const records = await diffRaw(repo, source.base, source.head, notUtf8);
    const sizes = await blobSizes(repo, [...new Set(records.flatMap((r) => [r.oldMode, r.newMode].flatMap((mode, i) => (kindOf(mode) === 'file' ? [i === 0 ? r.oldOid : r.newOid] : []))))]);
    const entry = (mode: string, oid: string): TreeEntry | undefined => {
      const kind = kindOf(mode);
      return kind === undefined ? undefined : { kind, size: kind === 'file' ? (sizes.get(oid) ?? 0) : 0, oid };
    };
    for (const r of records) {
      const c = { repoPath: r.repoPath, base: entry(r.oldMode, r.oldOid), head: entry(r.newMode, r.newOid) };
      repoChanges.push(c);
      if (r.repoPath.startsWith(prefix) && !r.repoPath.slice(prefix.length).split('/').includes('.git')) listed.push({ rel: r.repoPath.slice(prefix.length), base: c.base, head: c.head });
    }
  } else {
    // A new registry: every file of the head's registry folder is new.
    const out = await execGit(['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', source.head, '--', prefix === '' ? '.' : prefix], { cwd: repo, env: { GIT_LITERAL_PATHSPECS: '1' } });
    if (out.exitCode === 0) for (const [rel, e] of parseLsTree(out.stdout, prefix, notUtf8)) listed.push({ rel, head: e });
  }
  listed.sort((a, b) => compareStrings(a.rel, b.rel));
  const byRel = new Map(listed.map((p) => [p.rel, p]));

  // Entries of paths the diff does not name: the same in both commits, so looked up in the head.
  const looked = new Map<string, TreeEntry | undefined>();
  const lookup = async (rels: readonly string[]): Promise<void> => {
    const todo = [...new Set(rels)].filter((rel) => !byRel.has(rel) && !looked.has(rel));
    for (let i = 0; i < todo.length; i += 200) {
      const part = todo.slice(i, i + 200);
      // Literal pathspecs: a path from a document is a path, never a glob or :(magic).
      const out = await git(['ls-tree', '-z', '-l', '--full-tree', '--end-of-options', source.head, '--', ...part.map((rel) => `${prefix}${rel}`)], { cwd: repo, env: { GIT_LITERAL_PATHSPECS: '1' }, what: 'git ls-tree' });
      const found = parseLsTree(out, prefix, notUtf8);
      for (const rel of part) looked.set(rel, found.get(rel));
    }
  };

  const reader = new GitObjectReader(repo);
  const read: GitReadLog = { paths: [], bytes: 0 };
  const texts = new Map<string, string>();
  const sideOf = (which: 'base' | 'head'): RegistrySide => {
    const entryOf = async (rel: string): Promise<TreeEntry | undefined> => {
      const p = byRel.get(rel);
      if (p !== undefined) return p[which];
      if (which === 'base' && source.base === undefined) return undefined;
      await lookup([rel]);
      return looked.get(rel);
    };
    const blob = async (rel: string): Promise<string> => {
      const e = await entryOf(rel);
      if (e?.kind !== 'file' || e.oid === undefined) throw new PackdexError('GIT_FAILED', `${rel} is not a file in the ${which} commit.`, { value: rel, fix: 'Report this: verify reads only files it listed.' });
      return e.oid;
    };
    const stream = async (rel: string, sink: (chunk: Buffer) => void | Promise<void>): Promise<void> => {
      const size = await reader.stream(await blob(rel), sink);
      read.paths.push(`${which}:${rel}`);
      read.bytes += size;
    };
    return {
      entry: entryOf,
      readText: async (rel) => {
        const oid = await blob(rel);
        const known = texts.get(oid);
        if (known !== undefined) return known;
        const parts: Buffer[] = [];
        await stream(rel, (chunk) => void parts.push(Buffer.from(chunk)));
        const text = Buffer.concat(parts).toString('utf8');
        texts.set(oid, text);
        return text;
      },
      hash: async (rel, algorithm: ChecksumAlgorithm = 'sha256') => {
        const hash = createHash(algorithm);
        await stream(rel, (chunk) => void hash.update(chunk));
        return hash.digest('hex');
      },
      withFile: async (rel, use) => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'packdex-verify-blob-'));
        try {
          const file = path.join(dir, path.posix.basename(rel));
          const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
          const failed = new Promise<never>((_, reject) => out.once('error', reject));
          await Promise.race([
            stream(rel, (chunk) => (out.write(chunk) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve())))),
            failed,
          ]);
          await Promise.race([new Promise<void>((resolve) => out.end(() => resolve())), failed]);
          return await use(file);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  };

  let baseDocuments: string[] | undefined;
  const change: RegistryChange = {
    head: sideOf('head'),
    base: source.base === undefined ? undefined : sideOf('base'),
    paths: listed,
    complete: false,
    same: async (rel) => {
      const p = byRel.get(rel);
      if (p === undefined) return source.base !== undefined && (await change.head.entry(rel))?.kind === 'file';
      return p.base?.kind === 'file' && p.head?.kind === 'file' && p.base.oid === p.head.oid;
    },
    prefetch: lookup,
    baseDocumentPaths: async () => {
      if (source.base === undefined) return [];
      if (baseDocuments !== undefined) return baseDocuments;
      // The global view, listed (not read) in one ls-tree of the base's packages/ folder.
      const out = await execGit(['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', source.base, '--', `${prefix}packages/`], { cwd: repo, env: { GIT_LITERAL_PATHSPECS: '1' } });
      const found = out.exitCode === 0 ? parseLsTree(out.stdout, prefix, notUtf8) : new Map<string, TreeEntry>();
      for (const [rel, e] of found) if (!byRel.has(rel)) looked.set(rel, e);
      baseDocuments = [...found.keys()].filter((rel) => rel.endsWith('.json') && !byRel.has(rel));
      // The diff's own documents are the base's too, where the base holds them.
      for (const p of listed) if (p.rel.startsWith('packages/') && p.rel.endsWith('.json') && p.base !== undefined) baseDocuments.push(p.rel);
      return baseDocuments.sort(compareStrings);
    },
  };
  return { change, repoChanges, notUtf8, read, close: () => reader.close() };
}
