import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { serializeIndex } from '../../src/core/entry/canonical-entry';
import { formatTimestamp } from '../../src/core/index-file/read-index';
import type { AttunePackIndex, AttunePackIndexEntry } from '../../src/core/schema-types';
import { serializeIdentity } from '../../src/core/site/init-registry';
import { canonicalDocument, dependenciesOf, deriveLatest, serializeDocument, type PackageDocument, type PackageVersion } from '../../src/core/site/package-document';
import type { NewVersion } from '../../src/core/site/change-package';
import type { RegistryIdentity } from '../../src/core/site/read-site';
import { readmeOf } from '../../src/core/site/readme/read-pack-readme';
import { packageDocumentPath } from '../../src/core/site/shard-path';
import { Random } from './random';

export const SEED = 20261122;
const EPOCH = Date.UTC(2026, 0, 1);
const HEX = '0123456789abcdef';

/**
 * A file of `size` bytes. SHA-256 costs the same for any bytes, so one seeded 16 MiB block is
 * written over and over; the page cache then holds the whole file for both sides of the ratio.
 */
export async function bigFile(file: string, size: number): Promise<void> {
  if (existsSync(`${file}.done`)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const block = new Random(SEED).bytes(16 << 20);
  const handle = await open(file, 'w');
  try {
    for (let at = 0; at < size; at += block.length) await handle.write(block, 0, Math.min(block.length, size - at));
  } finally {
    await handle.close();
  }
  writeFileSync(`${file}.done`, '');
}

/**
 * A pack of `files` files and about `bytes` bytes in nested folders, with sizes spread from a few
 * hundred bytes to a few megabytes (most small, a few large, as in real packs), committed to git
 * so `git archive` can serve as the archive's baseline.
 */
export function bigPack(dir: string, files: number, bytes: number): void {
  if (existsSync(path.join(dir, '.done'))) return;
  rmSync(dir, { recursive: true, force: true });
  const rng = new Random(SEED + files);
  mkdirSync(path.join(dir, 'actions'), { recursive: true });
  writeFileSync(path.join(dir, 'pack.yaml'), 'ref: bench\nname: bench\ndescription: A large pack for the benchmarks\nversion: "1.0.0"\nauthor: packdex\nlicense: MIT\n');
  writeFileSync(path.join(dir, 'README.md'), '# bench\n');
  writeFileSync(path.join(dir, 'actions', 'run.yaml'), 'name: run\ndescription: Run it\nrunner_type: python-script\nentry_point: run.py\n');
  // Weights from a heavy-tailed distribution, scaled so the sizes add up to `bytes`.
  const weights = Array.from({ length: files - 3 }, () => Math.exp(rng.next() * 6));
  const total = weights.reduce((a, b) => a + b, 0);
  weights.forEach((w, i) => {
    const folder = path.join(dir, 'lib', `m${i % 40}`, `s${i % 7}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `file${i}.py`), rng.bytes(Math.max(1, Math.round((w / total) * bytes))));
  });
  const g = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, stdio: 'ignore' });
  g('init', '-q', '-b', 'main');
  g('add', '-A');
  g('commit', '-qm', 'bench pack');
  writeFileSync(path.join(dir, '.git', 'info', 'exclude'), '.done\n');
  writeFileSync(path.join(dir, '.done'), '');
}

function hex(rng: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += HEX[rng.int(0, 15)];
  return s;
}

const WORDS = 'alpha beta cloud data edge flow git http infra jira kube log mail net ops pager queue redis slack trace vault web'.split(' ');

export function packName(i: number): string {
  return `${WORDS[i % WORDS.length]}_${i.toString(36).padStart(4, '0')}`;
}

/** An entry of typical size (~1 KB): three actions, a sensor, keywords, both install sources. */
export function syntheticEntry(rng: Random, ref: string, version: string): AttunePackIndexEntry {
  const action = (n: number) => ({ name: `${ref}_action_${n}`, description: `Does step ${n} of the ${ref} integration` });
  return {
    ref,
    label: ref.replace(/_/g, ' '),
    description: `Integration pack ${ref}: ${rng.pick(WORDS)} and ${rng.pick(WORDS)} automation`,
    version,
    author: `Author ${rng.int(1, 500)}`,
    email: `team${rng.int(1, 500)}@example.com`,
    license: 'Apache-2.0',
    keywords: [...new Set([rng.pick(WORDS), rng.pick(WORDS), rng.pick(WORDS)])].sort(),
    runtime_deps: [],
    install_sources: [
      { type: 'git', url: `https://github.com/acme/${ref}.git`, ref: hex(rng, 40), checksum: `sha256:${hex(rng, 64)}` },
      { type: 'archive', url: `https://github.com/acme/${ref}/releases/download/v${version}/${ref}-${version}.tar.gz`, checksum: `sha256:${hex(rng, 64)}` },
    ],
    contents: {
      actions: [action(1), action(2), action(3)],
      sensors: [{ name: `${ref}_sensor`, description: 'Watches for events' }],
      triggers: [],
      rules: [],
      workflows: [],
    },
  } as AttunePackIndexEntry;
}

/** index.json of `n` packs, one version each. */
export function syntheticIndex(file: string, n: number): number {
  const rng = new Random(SEED + n);
  const packs = Array.from({ length: n }, (_, i) => packName(i))
    .sort()
    .map((ref) => syntheticEntry(rng, ref, `1.${rng.int(0, 9)}.${rng.int(0, 20)}`));
  const index: AttunePackIndex = { registry_name: 'Bench', registry_url: 'https://bench.example', version: '1.0', last_updated: formatTimestamp(new Date(EPOCH)), packs };
  const text = serializeIndex(index);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export const BENCH_IDENTITY: RegistryIdentity = {
  format: 'packdex-registry',
  format_version: 1,
  name: 'Bench',
  url: 'https://bench.example',
  created_at: formatTimestamp(new Date(EPOCH)),
  index: 'index.json',
  packages: 'packages',
  archives: 'archives',
};

/**
 * The documents of a synthetic registry of `n` packages (1–3 versions each), in generation order,
 * as [relative path, text]: one at a time, so a million of them are never held at once.
 */
export function* syntheticDocuments(n: number): Generator<[string, string]> {
  const rng = new Random(SEED + n + 1);
  for (let i = 0; i < n; i++) {
    const name = packName(i);
    const count = rng.int(1, 3);
    const versions: PackageVersion[] = [];
    for (let v = 0; v < count; v++) {
      const entry = syntheticEntry(rng, name, `1.${v}.0`);
      const at = formatTimestamp(new Date(EPOCH + (i * 3 + v) * 1000));
      versions.push({ version: entry.version, published_at: at, archive_size: rng.int(2_000, 2_000_000), dependencies: dependenciesOf(entry), yanked: false, entry });
    }
    const updated = versions[versions.length - 1]!.published_at;
    const doc: PackageDocument = canonicalDocument({ name, owner: `github.com/acme/${name}`, dist_tags: { latest: deriveLatest(versions)! }, updated_at: updated, index_updated_at: updated, versions: versions as PackageDocument['versions'] });
    yield [packageDocumentPath(name), serializeDocument(doc)];
  }
}

/**
 * A registry folder of `n` package documents (1–3 versions each), without index.json yet;
 * `derived` is registry.json's layout. Written as generated, one document at a time, so memory
 * stays flat at any size. Plain synchronous writes: generating a document (~30 µs) costs about
 * what writing it does, and on 2 cores overlapping them through fs/promises measured slower
 * (20,000 documents: 1.2 s synchronous, 1.6–4.9 s with 4 to 256 writes in flight).
 */
export function syntheticSite(dir: string, n: number, derived?: 'committed' | 'deployed'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'registry.json'), serializeIdentity(derived === undefined ? BENCH_IDENTITY : { ...BENCH_IDENTITY, derived }));
  const made = new Set<string>();
  for (const [rel, text] of syntheticDocuments(n)) {
    const file = path.join(dir, rel);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, text);
  }
}

/**
 * Version of the cached registries' bytes: bump it when the generator's output changes, so a cache
 * folder made by an older generator is never mistaken for the current one.
 */
const CACHE_VERSION = 1;

/**
 * A sources-only (`derived: deployed`) registry of `n` packages in the bench cache, generated once
 * and reused by every later run and case (keyed by size, seed and generator version). Cases must
 * never write into it: they read it, or work on a hard-link copy (linkCopy) whose files are
 * replaced by rename, never rewritten in place. Written beside its final name and renamed, with a
 * marker beside it, so a run killed half-way leaves nothing that passes for a finished site.
 */
export function cachedSite(cache: string, n: number): string {
  const dir = path.join(cache, `registry-${n}-s${SEED}-v${CACHE_VERSION}`);
  if (existsSync(`${dir}.done`)) return dir;
  const tmp = `${dir}.tmp`;
  rmSync(dir, { recursive: true, force: true });
  syntheticSite(tmp, n, 'deployed');
  renameSync(tmp, dir);
  writeFileSync(`${dir}.done`, '');
  return dir;
}

/**
 * A copy of `src` at `dst` whose files are hard links (cp -al): a million files copied in seconds,
 * no bytes duplicated. Safe for a registry because packdex replaces every file it writes by
 * rename (writeFileAtomic, the registry transaction), which gives the copy a new inode and leaves
 * the cache's untouched; the bench's own writes into a copy go through replaceFile.
 */
export function linkCopy(src: string, dst: string): void {
  rmSync(dst, { recursive: true, force: true });
  mkdirSync(path.dirname(dst), { recursive: true });
  execFileSync('cp', ['-al', src, dst]);
}

/** Write a file in a hard-link copy without touching the file it is linked to. */
export function replaceFile(file: string, text: string): void {
  rmSync(file, { force: true });
  writeFileSync(file, text);
}

/** A README of about `bytes` bytes, Markdown like a real one: a title, sections, a code block. */
export function syntheticReadme(name: string, bytes: number): string {
  const rng = new Random(SEED + bytes);
  const out = [`# ${name}\n`, `Integration pack for ${name.replace(/_/g, ' ')}.\n`, '```sh\npackdex install ' + name + '\n```\n'];
  let size = out.join('\n').length;
  for (let s = 1; size < bytes; s++) {
    const words = Array.from({ length: 60 }, () => rng.pick(WORDS)).join(' ');
    const section = `## Section ${s}\n\n${words}.\n`;
    out.push(section);
    size += section.length + 1;
  }
  return `${out.join('\n')}`;
}

/**
 * One new version of package `name` as the Action publishes it: an entry of typical size whose
 * sources are the owner's repository and its release (the archive is a release asset, not a
 * registry file), and a README of about 6 KB.
 */
export function syntheticVersion(name: string, version: string): NewVersion {
  return {
    entry: syntheticEntry(new Random(SEED + 9), name, version),
    owner: `github.com/acme/${name}`,
    archiveSize: 48_213,
    readme: readmeOf(Buffer.from(syntheticReadme(name, 6000))),
  };
}
