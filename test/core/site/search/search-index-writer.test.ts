import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PackdexError } from '../../../../src/core/errors';
import { planSearchShards, type SearchablePackage } from '../../../../src/core/site/search/plan-search-shards';
import { createSearchIndexWriter, type SearchIndexWriterOptions } from '../../../../src/core/site/search/search-index-writer';
import { SEARCH_MANIFEST, WEAK_CAP, type SearchManifest } from '../../../../src/core/site/search/search-layout';
import { tempDir } from '../../../helpers/tmp';

/** A small seeded generator (mulberry32): the same registries on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  return { next, int, pick };
}

// Words that share prefixes, leave the BMP, look like array indices (JSON puts those keys first),
// collide with Object.prototype, and one word that will be in every description.
const WORDS = ['a', 'ab', 'abc', 'abcd', 'slack', 'slackbot', 'kube', 'kubectl', 'édition', 'éd', 'ü', '𝒳', '𝒳y', '😀', 'ß', 'ǅ', 'İ', '123', '0', '007', '4294967295', '4294967294', 'constructor', 'tostring', 'x', 'data', 'deploy'];
const NAMES = ['123', '0', '1', '10', '4294967294', 'a', 'ab', 'abc', 'a-b', 'a_b', 'A', 'Ab', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'édition', '𝒳-pack', '😀', 'ß-tool', 'z'.repeat(130), 'y'.repeat(131)];
const KEYWORDS = ['c++', 'node.js', 'a b', '"quoted', 'line\nbreak', 'tab\there', 'lone\ud800surrogate', '__proto__', '', 'UPPER', '123', '𝒳', 'slack', 'kube-ctl', 'x'.repeat(140)];

function randomRegistry(seed: number, size: number): SearchablePackage[] {
  const r = random(seed);
  const common = r.pick(['data', 'abc', '𝒳', '123']);
  const refs = new Set<string>();
  // Some registries take the odd names, all of them take generated ones; prefixes of each other are common.
  if (r.next() < 0.7) for (const n of NAMES) if (r.next() < 0.5) refs.add(n);
  while (refs.size < size) {
    const word = r.pick(WORDS);
    const shape = r.int(0, 5);
    refs.add(shape === 0 ? word : shape === 1 ? `${word}-${r.int(0, size)}` : shape === 2 ? `${word}${r.int(0, 99)}` : shape === 3 ? String(r.int(0, size * 3)) : `${word}_${r.pick(WORDS)}-${r.int(0, 9)}`);
  }
  const list = [...refs].slice(0, Math.max(size, 0)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return list.map((ref) => {
    const huge = r.next() < 0.01;
    const words = Array.from({ length: huge ? r.int(2000, 6000) : r.int(0, 12) }, () => r.pick(WORDS));
    if (r.next() < 0.95) words.push(common);
    if (r.next() < 0.02) words.push('q'.repeat(r.int(128, 135)));
    const description = words.join(r.pick([' ', ', ', '. ', '\n']));
    const keywords = Array.from({ length: r.int(0, 4) }, () => (r.next() < 0.4 ? r.pick(KEYWORDS) : r.pick(WORDS)));
    const p: SearchablePackage = { ref, version: `${r.int(0, 3)}.${r.int(0, 20)}.0`, description, keywords };
    if (r.next() < 0.3) p.meta = { profile: r.pick(['process-bigraph', 'aam', 'dbpm']) };
    return p;
  });
}

interface Run {
  files: Map<string, string>;
  order: string[];
  leftOver: string[];
}

async function writeAll(packages: readonly SearchablePackage[], options: Omit<SearchIndexWriterOptions, 'tempDir'>): Promise<Run> {
  const dir = tempDir('packdex-search-writer-');
  const writer = createSearchIndexWriter({ tempDir: dir, ...options });
  for (const p of packages) writer.add(p);
  const files = new Map<string, string>();
  const order: string[] = [];
  await writer.finish(async (rel, text) => {
    assert.equal(files.has(rel), false, `${rel} emitted twice`);
    files.set(rel, text);
    order.push(rel);
  });
  return { files, order, leftOver: readdirSync(dir) };
}

function assertSame(run: Run, expected: Map<string, string>, what: string): void {
  assert.deepEqual([...run.files.keys()].sort(), [...expected.keys()].sort(), `${what}: the same paths`);
  for (const [rel, text] of expected) assert.equal(run.files.get(rel), text, `${what}: ${rel}`);
  assert.equal(run.order[run.order.length - 1], SEARCH_MANIFEST, `${what}: the manifest comes last`);
  assert.deepEqual(run.leftOver, [], `${what}: no temporary file left`);
}

/** Thresholds that force every path of the spilling writer: every part streamed, buffers flushed at once. */
const TINY = [
  { spillAt: 0, partitionChars: 1, bufferBytes: 1, rowGroups: 1 },
  { spillAt: 0, partitionChars: 1, bufferBytes: 64, rowGroups: 8 },
  { spillAt: 0, partitionChars: 2000, bufferBytes: 5000, rowGroups: 64 },
  { spillAt: 1, partitionChars: 30_000, bufferBytes: 100_000, rowGroups: 256 },
];

describe('createSearchIndexWriter', () => {
  it('writes the bytes of planSearchShards for small hostile registries, whatever the thresholds', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const packages = randomRegistry(seed, random(seed * 7).int(0, 250));
      const expected = planSearchShards(packages);
      const options = TINY[seed % TINY.length]!;
      assertSame(await writeAll(packages, options), expected, `seed ${seed}, ${packages.length} packages, ${JSON.stringify(options)}`);
    }
  });

  it('writes the bytes of planSearchShards where the trie splits deep, a word is in every description and past WEAK_CAP', async () => {
    const splits: string[] = [];
    for (const [seed, size] of [[102, 2600], [103, 3200], [104, 2500]] as const) {
      const packages = randomRegistry(seed, size);
      const expected = planSearchShards(packages);
      const manifest = JSON.parse(expected.get(SEARCH_MANIFEST)!) as SearchManifest;
      // The cases must reach what they claim: split nodes below the root, and a capped token.
      const split = manifest.shards.filter(([prefix, leaf]) => leaf === 0 && prefix !== '').map(([prefix]) => prefix);
      assert.ok(split.length > 0, `seed ${seed}: a split node below the root`);
      splits.push(...split);
      assert.ok([...expected.values()].some((text) => text.includes('"omitted"')), `seed ${seed}: a token past WEAK_CAP (${WEAK_CAP})`);
      for (const options of [{ spillAt: 0, partitionChars: 1, bufferBytes: 4096, rowGroups: 1 }, TINY[2]!, { spillAt: 0 }]) {
        assertSame(await writeAll(packages, options), expected, `seed ${seed}, ${JSON.stringify(options)}`);
      }
    }
    assert.ok(splits.includes('abc'), 'a split node three levels down');
    assert.ok(splits.includes('𝒳'), 'a split node on a character outside the BMP');
    assert.ok(splits.includes('1'), 'a split node on a digit');
  });

  it("ranks a split node's head by each package's best posting under it, wherever that posting comes", async () => {
    // Under 'a', keyword 'a' (30, the prefix itself) beats keyword 'abc' (20) though it comes second for half the packages.
    const packages: SearchablePackage[] = Array.from({ length: 3000 }, (_, i) => ({
      ref: `z${String(i).padStart(4, '0')}`,
      version: '1.0.0',
      description: `a${i % 700} b${i % 300}`,
      keywords: i % 3 === 0 ? ['abc', 'a'] : i % 3 === 1 ? ['a', 'abc'] : ['abd'],
    }));
    const expected = planSearchShards(packages);
    const head = (JSON.parse(expected.get('search/terms/a.json')!) as { head: [number, string[]][] }).head;
    assert.deepEqual(head[0]![0], 30);
    assert.ok(head[0]![1].includes('z0000') && head[0]![1].includes('z0001'), 'both keyword orders rank 30');
    for (const options of [TINY[0]!, { spillAt: 0, partitionChars: 1, bufferBytes: 4096 }]) assertSame(await writeAll(packages, options), expected, JSON.stringify(options));
  });

  it('puts a token that alone outweighs a shard in one capped leaf, whether it is its node\'s prefix or below it', async () => {
    // Under 'z' only 'zeta' and under 'q' only 'q': single tokens with 3,000 postings each, in several flag groups.
    const packages: SearchablePackage[] = Array.from({ length: 3000 }, (_, i) => ({
      ref: `pkg-${String(i).padStart(4, '0')}`,
      version: '1.0.0',
      description: i % 5 === 0 ? 'q' : 'zeta q',
      keywords: i % 3 === 0 ? ['zeta'] : i % 7 === 0 ? ['q'] : [],
    }));
    const expected = planSearchShards(packages);
    for (const prefix of ['z', 'q']) {
      const shard = JSON.parse(expected.get(`search/terms/${prefix}.json`)!) as { tokens: object; omitted?: object; head?: unknown };
      assert.equal(Object.keys(shard.tokens).length, 1);
      assert.equal(shard.head, undefined, `${prefix}: a leaf`);
      assert.ok(shard.omitted !== undefined, `${prefix}: capped`);
    }
    for (const options of [TINY[0]!, { spillAt: 0, partitionChars: 1, bufferBytes: 4096 }]) assertSame(await writeAll(packages, options), expected, JSON.stringify(options));
  });

  it('handles no package and one package, spilled or in memory', async () => {
    for (const packages of [[], [{ ref: '123', version: '1.0.0', description: '', keywords: [] }], randomRegistry(7, 1)]) {
      const expected = planSearchShards(packages);
      for (const options of [...TINY, {}]) assertSame(await writeAll(packages, options), expected, `${packages.length} packages, ${JSON.stringify(options)}`);
    }
  });

  it("keeps a keyword or name '__proto__' as a key of its own, spilled or not", async () => {
    const packages: SearchablePackage[] = [{ ref: '__proto__', version: '1.0.0', description: 'x', keywords: ['__proto__'] }];
    for (const files of [planSearchShards(packages), (await writeAll(packages, TINY[0]!)).files]) {
      const texts = [...files.entries()];
      const shard = texts.find(([rel]) => rel.startsWith('search/terms/'))![1];
      assert.deepEqual(Object.keys(JSON.parse(shard).tokens), ['__proto__', 'proto', 'x']);
      // The whole name and a whole keyword: one posting with both flags.
      assert.deepEqual(JSON.parse(shard).tokens.__proto__, [[30, ['__proto__']]]);
      assert.deepEqual(Object.keys(JSON.parse(files.get('search/rows/0.json')!)), ['__proto__']);
    }
  });

  it('keeps a small registry in memory: no temporary folder at all', async () => {
    const dir = tempDir('packdex-search-writer-');
    const packages = randomRegistry(5, 50);
    const writer = createSearchIndexWriter({ tempDir: dir, spillAt: 51 });
    for (const p of packages) {
      writer.add(p);
      assert.deepEqual(readdirSync(dir), []);
    }
    const files = new Map<string, string>();
    await writer.finish(async (rel, text) => void files.set(rel, text));
    assert.deepEqual(files, planSearchShards(packages));
  });

  it('removes its temporary files when emit throws, at any file', async () => {
    const packages = randomRegistry(11, 400);
    const count = planSearchShards(packages).size;
    for (const failAt of [0, 1, Math.floor(count / 2), count - 2, count - 1]) {
      const dir = tempDir('packdex-search-writer-');
      const writer = createSearchIndexWriter({ tempDir: dir, spillAt: 0, partitionChars: 1, bufferBytes: 64 });
      for (const p of packages) writer.add(p);
      assert.notDeepEqual(readdirSync(dir), [], 'the writer did spill');
      let emitted = 0;
      const refusal = new Error('the site output refused a file');
      await assert.rejects(
        writer.finish(async () => {
          if (emitted++ === failAt) throw refusal;
        }),
        (e) => e === refusal,
      );
      assert.deepEqual(readdirSync(dir), [], `failing at file ${failAt}: nothing left`);
      await assert.rejects(writer.finish(async () => {}), (e) => e instanceof PackdexError && e.code === 'USAGE');
    }
  });

  it('refuses packages out of name order or twice, and removes what it spilled', () => {
    for (const [first, second] of [['b', 'a'], ['a', 'a'], ['a', 'A'], ['abc', 'ab']]) {
      const dir = tempDir('packdex-search-writer-');
      const writer = createSearchIndexWriter({ tempDir: dir, spillAt: 0 });
      writer.add({ ref: first!, version: '1.0.0', description: 'x', keywords: [] });
      assert.throws(
        () => writer.add({ ref: second!, version: '1.0.0', description: 'x', keywords: [] }),
        (e) => e instanceof PackdexError && e.code === 'INDEX_INVALID' && e.value === second && e.message.includes(`'${first}'`),
      );
      assert.deepEqual(readdirSync(dir), []);
      assert.throws(() => writer.add({ ref: 'zz', version: '1.0.0', description: 'x', keywords: [] }), (e) => e instanceof PackdexError && e.code === 'USAGE');
    }
  });

  it('removes its temporary files when the caller aborts before finish', () => {
    const dir = tempDir('packdex-search-writer-');
    const writer = createSearchIndexWriter({ tempDir: dir, spillAt: 0, bufferBytes: 1 });
    for (const p of randomRegistry(3, 100)) writer.add(p);
    assert.notDeepEqual(readdirSync(dir), []);
    writer.abort();
    assert.deepEqual(readdirSync(dir), []);
    writer.abort();
  });

  it('a full disk: DISK_FULL, and its temporary files are gone', async (t) => {
    const mnt = tempDir('packdex-search-tmpfs-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'packdex-search-enospc', mnt], { stdio: 'pipe' });
    } catch (cause) {
      t.skip(`mounting a tmpfs is not permitted here (${String((cause as { stderr?: Buffer }).stderr ?? cause).trim()})`);
      return;
    }
    try {
      const writer = createSearchIndexWriter({ tempDir: mnt, spillAt: 0, bufferBytes: 4096 });
      const packages = randomRegistry(13, 3000);
      let error: unknown;
      try {
        for (const p of packages) writer.add(p);
        await writer.finish(async () => {});
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof PackdexError && error.code === 'DISK_FULL', `expected DISK_FULL, got ${String(error)}`);
      assert.deepEqual(readdirSync(mnt), []);
    } finally {
      execFileSync('umount', [mnt]);
    }
  });
});
