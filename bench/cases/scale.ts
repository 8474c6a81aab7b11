import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { serializeIdentity } from '../../src/core/site/init-registry';
import { packageDocumentPath } from '../../src/core/site/shard-path';
import { BENCH_IDENTITY, cachedSite, linkCopy, packName, replaceFile } from '../lib/generate';
import { cachedGitRegistry } from '../lib/git-registry';
import { inChild, tryInChild, type ChildFailure, type ChildMeasurement } from '../lib/measure';
import { bytes, ms, type BenchContext, type Row } from '../lib/report';
import { treeChange, treeSnapshot, treeStats, type TreeChange } from '../lib/tree';

const MiB = 1 << 20;
/** The issue's budgets, each as GitHub states its limit. */
const PEAK_BUDGET = 512 * MiB;
const PUBLISH_FILES = 2;
const PUBLISH_BYTES = 100_000;
/** GitHub warns about a pushed file over 50 MiB and refuses one over 100 MiB. */
const FILE_BUDGET = 50 * MiB;
/** "Published GitHub Pages sites may be no larger than 1 GB." */
const PAGES_BYTES = 1_000_000_000;
const VERIFY_MS = 10_000;
const VERIFY_READ_BYTES = MiB;

const CASE = '10 registry at scale';
const count = (n: number) => n.toLocaleString('en');
const failedText = (f: ChildFailure) => `failed after ${f.seconds.toFixed(0)} s: ${f.failed}${f.lastPeakBytes === undefined ? '' : `; peak ≥ ${bytes(f.lastPeakBytes)} when last sampled`}`;
const list = (paths: readonly string[], max = 6) => (paths.length <= max ? paths.join(', ') : `${paths.slice(0, max).join(', ')} and ${paths.length - max} more`);

/**
 * 10. The registry at 100,000 and 1,000,000 packages against GitHub's limits: `site build --out`
 * of a sources-only registry (time, peak memory, what it writes, the site's size against Pages'
 * 1 GB), what one publish commits, the largest file in git, what two publishers of different
 * packages both touch (the committed layout beside it for comparison), and verify of a pull
 * request adding one version, read from git objects. A child that dies (of memory, most likely,
 * at a million packages) is a NO row with the reason, and the case goes on.
 */
export async function registryAtScale(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const builds: { n: number; m: ChildMeasurement | ChildFailure }[] = [];
  for (const n of ctx.sizes.scalePacks) {
    const dir = cachedRegistry(ctx, n);
    const build = await buildRows(ctx, dir, n);
    builds.push({ n, m: build.m });
    rows.push(...build.rows);
    rows.push(...(await publishRows(ctx, dir, n, 'deployed')));
  }
  if (builds.length >= 2) rows.push(growthRow(builds));
  const committed = ctx.sizes.scaleCommitted;
  rows.push(...(await publishRows(ctx, cachedRegistry(ctx, committed), committed, 'committed')));
  rows.push(await verifyRow(ctx, Math.max(...ctx.sizes.scalePacks)));
  return rows;
}

function cachedRegistry(ctx: BenchContext, n: number): string {
  const t = Date.now();
  const dir = cachedSite(ctx.cache, n);
  if (Date.now() - t > 1000) ctx.log(`  generated ${count(n)} package documents into the bench cache in ${ms(Date.now() - t)}`);
  return dir;
}

/** `site build --out` of the sources-only registry: time, peak, files and bytes, and the Pages row. */
async function buildRows(ctx: BenchContext, dir: string, n: number): Promise<{ rows: Row[]; m: ChildMeasurement | ChildFailure }> {
  const out = path.join(ctx.work, `scale-site-${n}`);
  rmSync(out, { recursive: true, force: true });
  ctx.log(`  site build --out, ${count(n)} packages`);
  const m = await tryInChild('site-output', { dir, out }, { heapMiB: ctx.buildHeapMiB });
  if ('failed' in m) {
    clearStaging(out);
    const why = failedText(m);
    return {
      m,
      rows: [
        { case: CASE, measure: `site build --out, ${count(n)} packages (deployed)`, packdex: why, baseline: `goal: peak ≤ ${bytes(PEAK_BUDGET)}, time linear`, value: m.seconds, budget: `peak ≤ ${bytes(PEAK_BUDGET)}`, met: false, raw: { packages: n, failed: m.failed, seconds: m.seconds, lastPeakBytes: m.lastPeakBytes ?? 0 } },
        { case: CASE, measure: `deployed site size, ${count(n)} packages`, packdex: `not measured: the build ${m.failed}`, baseline: 'GitHub Pages: 1 GB per site', value: 0, budget: '≤ 1 GB for Pages (over it: packdex site deploy --to s3://BUCKET/PREFIX)', met: false, raw: { packages: n, failed: m.failed } },
      ],
    };
  }
  const site = await treeStats(out);
  const sources = await treeStats(dir);
  rmSync(out, { recursive: true, force: true });
  const share = site.bytes / PAGES_BYTES;
  return {
    m,
    rows: [
      {
        case: CASE,
        measure: `site build --out, ${count(n)} packages (deployed)`,
        packdex: `${ms(m.ms)}, peak +${bytes(m.peakExtraBytes)}; wrote ${count(site.files)} files, ${bytes(site.bytes)} (largest ${site.largest.path}, ${bytes(site.largest.size)})`,
        baseline: `${((m.ms / n) * 1000).toFixed(0)} µs and ${bytes(m.peakExtraBytes / n)} of memory per package; sources ${count(sources.files)} files, ${bytes(sources.bytes)}`,
        value: m.peakExtraBytes / MiB,
        budget: `peak ≤ ${bytes(PEAK_BUDGET)}`,
        met: m.peakExtraBytes <= PEAK_BUDGET,
        raw: { packages: n, ms: m.ms, peakExtraBytes: m.peakExtraBytes, files: site.files, bytes: site.bytes, largest: site.largest.path, largestBytes: site.largest.size, sourceFiles: sources.files, sourceBytes: sources.bytes },
      },
      {
        case: CASE,
        measure: `deployed site size, ${count(n)} packages`,
        packdex: `${bytes(site.bytes)} in ${count(site.files)} files, ${(share * 100).toFixed(1)}% of 1 GB${share > 1 ? '; over Pages: serve it from object storage (packdex site deploy --to s3://BUCKET/PREFIX)' : ''}`,
        baseline: 'GitHub Pages: 1 GB per site',
        value: share,
        budget: '≤ 1 GB for Pages (over it: packdex site deploy --to s3://BUCKET/PREFIX)',
        met: share <= 1,
        raw: { packages: n, bytes: site.bytes, files: site.files, share },
      },
    ],
  };
}

/** A killed build's staging folder (beside the output, named by the child's pid) is removed. */
function clearStaging(out: string): void {
  const parent = path.dirname(out);
  for (const name of readdirSync(parent)) {
    if (name.startsWith(`${path.basename(out)}.packdex-`)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Two publishes of different packages into a copy of the registry, one after the other, each
 * compared file by file with the folder before it: what each commits (files and bytes, excluding
 * nothing), the largest file in git, and the files both touch (which two concurrent publishers
 * would conflict on when the second rebases). The committed layout first builds its derived
 * files, as its branch holds them.
 */
async function publishRows(ctx: BenchContext, cached: string, n: number, layout: 'deployed' | 'committed'): Promise<Row[]> {
  const dir = path.join(ctx.work, `scale-${layout}-${n}`);
  linkCopy(cached, dir);
  try {
    let built: ChildMeasurement | undefined;
    if (layout === 'committed') {
      // The same registry with registry.json's default layout (BENCH_IDENTITY names none).
      replaceFile(path.join(dir, 'registry.json'), serializeIdentity(BENCH_IDENTITY));
      ctx.log(`  site build in place, ${count(n)} packages (committed)`);
      built = await inChild('site-build', { dir });
    }
    const names = [packName(Math.floor(n / 3)), packName(Math.floor((2 * n) / 3))];
    const held = names.map((name) => readFileSync(path.join(cached, packageDocumentPath(name)), 'utf8'));
    // One snapshot held at a time beside the next (a million paths each).
    let snapshot = await treeSnapshot(dir);
    const changes: (TreeChange & { ms: number })[] = [];
    for (const name of names) {
      ctx.log(`  publish ${name} 9.0.0 into ${count(n)} packages (${layout})`);
      const m = await inChild('publish-version', { site: dir, name, version: '9.0.0' });
      if (m.detail.outcome !== 'updated') throw new Error(`publish of ${name} 9.0.0 was ${String(m.detail.outcome)}, not a new version`);
      const next = await treeSnapshot(dir);
      changes.push({ ...treeChange(snapshot, next), ms: m.ms });
      snapshot = next;
    }
    // The cache is shared by every run: a write that reached it through a hard link is a bench bug.
    names.forEach((name, i) => {
      if (readFileSync(path.join(cached, packageDocumentPath(name)), 'utf8') !== held[i]) throw new Error(`the cached registry's ${packageDocumentPath(name)} was changed through its hard-link copy`);
    });
    const inGit = await treeStats(dir);
    const [a, b] = changes as [TreeChange & { ms: number }, TreeChange & { ms: number }];
    const common = a.paths.filter((p) => b.paths.includes(p));
    const what = layout === 'deployed' ? 'deployed: sources only' : 'committed: sources and derived files';
    return [
      {
        case: CASE,
        measure: `one publish commits, ${count(n)} packages (${layout})`,
        packdex: `${a.paths.length} files, ${bytes(a.bytes)}: ${list(a.paths)}; ${ms(a.ms)}`,
        baseline: `the branch: ${count(inGit.files)} files, ${bytes(inGit.bytes)}${built === undefined ? '' : `; derived files built in ${ms(built.ms)}`}`,
        value: a.paths.length,
        budget: `≤ ${PUBLISH_FILES} files and ≤ 100 KB`,
        met: a.paths.length <= PUBLISH_FILES && a.bytes <= PUBLISH_BYTES,
        raw: { packages: n, files: a.paths.length, bytes: a.bytes, ms: a.ms, paths: a.paths.join(' '), removed: a.removed.length, branchFiles: inGit.files, branchBytes: inGit.bytes },
      },
      {
        case: CASE,
        measure: `largest file in git, ${count(n)} packages (${what})`,
        packdex: `${inGit.largest.path}: ${bytes(inGit.largest.size)}`,
        baseline: 'GitHub: warns over 50 MiB, refuses over 100 MiB',
        value: inGit.largest.size / MiB,
        budget: '≤ 50 MiB',
        met: inGit.largest.size <= FILE_BUDGET,
        raw: { packages: n, largest: inGit.largest.path, bytes: inGit.largest.size },
      },
      {
        case: CASE,
        measure: `two publishers of different packages, ${count(n)} packages (${layout})`,
        packdex: common.length === 0 ? `no common file (${names[0]}: ${a.paths.length} files, ${names[1]}: ${b.paths.length} files)` : `${common.length} common files: ${list(common)}`,
        baseline: `${names[0]} and ${names[1]}, one new version each`,
        value: common.length,
        budget: 'no common file (a retry only rebases)',
        met: common.length === 0,
        raw: { packages: n, common: common.join(' '), first: a.paths.join(' '), second: b.paths.join(' ') },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function growthRow(builds: readonly { n: number; m: ChildMeasurement | ChildFailure }[]): Row {
  const [small, large] = [builds[0]!, builds[builds.length - 1]!];
  const measure = `site build growth ${count(small.n)} → ${count(large.n)}`;
  const budget = 'time per package ≤ 1.5×, peak ≤ 1.5× (flat)';
  if ('failed' in small.m || 'failed' in large.m) {
    const failed = 'failed' in large.m ? large : small;
    return { case: CASE, measure, packdex: `not measured: the ${count(failed.n)} build ${(failed.m as ChildFailure).failed}`, baseline: 'linear time, flat memory = ×1.00, ×1.00', value: 0, budget, met: false, raw: { failedAt: failed.n } };
  }
  const time = large.m.ms / large.n / (small.m.ms / small.n);
  const memory = large.m.peakExtraBytes / small.m.peakExtraBytes;
  return {
    case: CASE,
    measure,
    packdex: `time per package ×${time.toFixed(2)}, peak ×${memory.toFixed(2)} (+${bytes(small.m.peakExtraBytes)} → +${bytes(large.m.peakExtraBytes)})`,
    baseline: 'linear time, flat memory = ×1.00, ×1.00',
    value: time,
    budget,
    met: time <= 1.5 && memory <= 1.5,
    raw: { time, memory },
  };
}

/** verify of a pull request adding one version, read from the registry's git objects. */
async function verifyRow(ctx: BenchContext, n: number): Promise<Row> {
  const dir = cachedRegistry(ctx, n);
  const t = Date.now();
  const git = await cachedGitRegistry(dir, packName(Math.floor(n / 2)), '9.0.0');
  if (Date.now() - t > 1000) ctx.log(`  git fast-import of ${count(n)} packages in ${ms(Date.now() - t)}`);
  const pack = execFileSync('git', ['count-objects', '-v'], { cwd: git.repo, encoding: 'utf8' });
  const packBytes = Number(/size-pack: (\d+)/.exec(pack)?.[1] ?? 0) * 1024;
  const measure = `verify of a pull request adding ${git.name} ${git.version}, ${count(n)} packages, from git`;
  const budget = `≤ 10 s, peak ≤ ${bytes(PEAK_BUDGET)}, reads ≤ 1 MiB, no findings`;
  const baseline = `the change: ${git.changed.join(', ')}; the repository: ${count(n + 1)} files, pack ${bytes(packBytes)}`;
  ctx.log(`  verify from git, ${count(n)} packages`);
  const m = await tryInChild('verify-git', { repo: git.repo, base: git.base, head: git.head });
  if ('failed' in m) return { case: CASE, measure, packdex: failedText(m), baseline, value: m.seconds, budget, met: false, raw: { packages: n, failed: m.failed } };
  if (m.detail.unavailable !== undefined) return { case: CASE, measure, packdex: `not available: ${String(m.detail.unavailable)}`, baseline, value: 0, budget, met: false, raw: { packages: n, unavailable: String(m.detail.unavailable) } };
  const { findings, readPaths, readBytes } = m.detail as { findings: number; readPaths: number; readBytes: number };
  return {
    case: CASE,
    measure,
    packdex: `${ms(m.ms)}, peak +${bytes(m.peakExtraBytes)}; read ${readPaths} paths, ${bytes(readBytes)} (${String(m.detail.paths)}) from ${m.detail.mode === 'git' ? 'git objects' : `checked-out folders (${String(m.detail.mode)})`}; ${findings} findings${findings === 0 ? '' : `: ${String(m.detail.codes)}`}`,
    baseline,
    value: m.ms / 1000,
    budget,
    met: m.detail.mode === 'git' && m.ms <= VERIFY_MS && m.peakExtraBytes <= PEAK_BUDGET && readBytes <= VERIFY_READ_BYTES && findings === 0,
    raw: { packages: n, mode: String(m.detail.mode), ms: m.ms, peakExtraBytes: m.peakExtraBytes, readPaths, readBytes, findings, paths: String(m.detail.paths), packBytes, repoFiles: n + 1 },
  };
}
