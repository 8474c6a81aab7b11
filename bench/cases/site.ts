import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { countingServer } from '../lib/counting-server';
import { packName, syntheticSite } from '../lib/generate';
import { inChild, medianInChild, ROOT } from '../lib/measure';
import { bytes, ms, type BenchContext, type Row } from '../lib/report';

export function siteDir(ctx: BenchContext, n: number): string {
  return path.join(ctx.work, `site-${n}`);
}

/** The site of `n` packages with its index built, whichever case gets there first. */
export async function builtSite(ctx: BenchContext, n: number): Promise<string> {
  const dir = siteDir(ctx, n);
  if (!existsSync(path.join(dir, 'index.json'))) {
    ctx.log(`  generating ${n.toLocaleString('en')} package documents`);
    syntheticSite(dir, n);
    await inChild('site-build', { dir });
  }
  return dir;
}

/** 7. `site build` from package documents alone, at growing sizes: time, peak memory, growth. */
export async function siteBuild(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const perPackage: { n: number; ms: number; peak: number }[] = [];
  for (const n of ctx.sizes.sitePacks) {
    const dir = siteDir(ctx, n);
    ctx.log(`  generating ${n.toLocaleString('en')} package documents`);
    syntheticSite(dir, n);
    // Timed on a site that already has its index (what a rebuild does); the first build writes it.
    const first = await medianInChild(1, 'site-build', { dir });
    const m = await medianInChild(Math.max(1, ctx.sizes.runs - 2), 'site-build', { dir });
    perPackage.push({ n, ms: m.ms, peak: m.peakExtraBytes });
    rows.push({
      case: '7 site build',
      measure: `${n.toLocaleString('en')} packages`,
      packdex: `${ms(m.ms)} (first build ${ms(first.ms)}), peak +${bytes(m.peakExtraBytes)}`,
      baseline: `${((m.ms / n) * 1000).toFixed(0)} µs and ${bytes(m.peakExtraBytes / n)} per package`,
      value: m.ms / n,
      budget: 'measured (see growth)',
      met: true,
      raw: { packages: n, ms: m.ms, firstMs: first.ms, peakExtraBytes: m.peakExtraBytes, indexBytes: statSync(path.join(dir, 'index.json')).size },
    });
  }
  if (perPackage.length >= 2) {
    const [small, large] = [perPackage[0]!, perPackage[perPackage.length - 1]!];
    const growth = large.ms / large.n / (small.ms / small.n);
    rows.push({
      case: '7 site build',
      measure: `growth ${small.n.toLocaleString('en')} → ${large.n.toLocaleString('en')}`,
      packdex: `time per package ×${growth.toFixed(2)}, memory per package ×${(large.peak / large.n / (small.peak / small.n)).toFixed(2)}`,
      baseline: 'linear = ×1.00',
      value: growth,
      budget: 'linear (time per package ≤ 1.5×)',
      met: growth <= 1.5,
      raw: { growth, memoryGrowth: large.peak / large.n / (small.peak / small.n) },
    });
  }
  return rows;
}

/** Every file under `dir` with its size and modification time, to see what a step wrote. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = path.join(rel, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(path.join(dir, p));
        out.set(p, `${s.size}:${s.mtimeMs}:${s.ino}`);
      }
    }
  };
  walk('');
  return out;
}

/** 5. Publishing one new version into the largest site: which files it writes, and how many bytes. */
export async function publishIntoSite(ctx: BenchContext): Promise<Row[]> {
  const n = ctx.sizes.bigSite;
  const dir = await builtSite(ctx, n);
  const pack = path.join(ctx.work, 'publish-pack');
  rmSync(pack, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'examples', 'packs', 'slack'), pack, { recursive: true });
  const before = snapshot(dir);
  const m = await medianInChild(1, 'publish', { site: dir, pack });
  const after = snapshot(dir);
  const written = [...after].filter(([p, sig]) => before.get(p) !== sig).map(([p]) => p).sort();
  const metadata = written.filter((p) => !p.startsWith('archives/'));
  const metaBytes = metadata.reduce((sum, p) => sum + statSync(path.join(dir, p)).size, 0);
  // The document, index.json, the feed, the version's README, and the search files the new
  // package's words and row fall in.
  const search = metadata.filter((p) => p.startsWith('search/'));
  const met = JSON.stringify(metadata.filter((p) => !p.startsWith('search/'))) === JSON.stringify(['index.json', 'packages/sl/ac/slack.json', 'readmes/slack/2.1.0.md', 'recent.json']) && search.length <= 40;
  return [
    {
      case: '5 publish',
      measure: `one new version into ${n.toLocaleString('en')} packages`,
      packdex: `${ms(m.ms)}; wrote ${metadata.filter((p) => !p.startsWith('search/')).join(', ')}, ${search.length} search files (${bytes(metaBytes)}) + ${written.length - metadata.length} archive`,
      baseline: `the site: ${after.size.toLocaleString('en')} files`,
      value: metadata.length,
      budget: 'the document, index.json, recent.json, its README and ≤ 40 search files',
      met,
      raw: { packages: n, ms: m.ms, filesWritten: written.length, metadataFiles: metadata.length, metadataBytes: metaBytes, written: written.join(' ') },
    },
  ];
}

/** 6. Resolving one package from the largest site, served on loopback: requests and bytes. */
export async function resolveFromSite(ctx: BenchContext): Promise<Row[]> {
  const n = ctx.sizes.bigSite;
  const dir = await builtSite(ctx, n);
  const server = await countingServer(dir);
  const seen = server.seen;
  try {
    const url = server.url;
    const home = path.join(ctx.work, 'resolve-home');
    rmSync(home, { recursive: true, force: true });
    const name = packName(Math.floor(n / 2));
    const m = await medianInChild(1, 'resolve', { url, spec: `${name}@^1`, cache: path.join(home, 'cache'), home });
    const indexBytes = statSync(path.join(dir, 'index.json')).size;
    const total = seen.reduce((s, r) => s + r.bytes, 0);
    const share = total / indexBytes;
    return [
      {
        case: '6 resolve',
        measure: `${name}@^1 from ${n.toLocaleString('en')} packages`,
        packdex: `${seen.length} requests (${seen.map((r) => r.path).join(', ')}), ${bytes(total)}, ${ms(m.ms)}`,
        baseline: `index.json: 1 request, ${bytes(indexBytes)}`,
        value: seen.length,
        budget: '≤ 2 requests, ≤ 0.1% of the bytes',
        met: seen.length <= 2 && share <= 0.001,
        raw: { packages: n, requests: seen.length, bytes: total, indexBytes, share, ms: m.ms },
      },
    ];
  } finally {
    await server.close();
  }
}

/** 8. The Action's start-up: `node dist/action.cjs` auditing a small pack, against `node -e 0`. */
export async function actionStartup(ctx: BenchContext): Promise<Row[]> {
  const bundle = path.join(ROOT, 'dist', 'action.cjs');
  const pack = path.join(ROOT, 'examples', 'packs', 'slack');
  const time = (args: string[], env: NodeJS.ProcessEnv) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const env = { GITHUB_WORKSPACE: pack, 'INPUT_COMMAND': 'audit', 'INPUT_PACK-DIR': '.' };
  time([bundle], env); // warm the file cache
  const runs = ctx.sizes.startupRuns;
  const action = med(Array.from({ length: runs }, () => time([bundle], env)));
  const bare = med(Array.from({ length: runs }, () => time(['-e', '0'], {})));
  const size = statSync(bundle).size;
  return [
    {
      case: '8 Action start-up',
      measure: 'node dist/action.cjs, audit of examples/packs/slack',
      packdex: ms(action),
      baseline: `node -e 0: ${ms(bare)}`,
      value: action / bare,
      budget: '≤ 4× node -e 0',
      met: action / bare <= 4,
      raw: { ms: action, baselineMs: bare },
    },
    {
      case: '8 Action start-up',
      measure: 'bundle size',
      packdex: bytes(size),
      baseline: '2 MB',
      value: size / 2_000_000,
      budget: '< 2 MB',
      met: size < 2_000_000,
      raw: { bytes: size },
    },
  ];
}
