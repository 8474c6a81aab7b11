/// <reference lib="dom" />
// 9. Search at scale: what one cold query downloads from a registry's search files (packdex's own
// token-prefix shards), from the CLI and from the browse page in chromium, against index.json and
// against Pagefind indexing the same packages (its Node API, custom records).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as Pagefind from 'pagefind';
import type { AttunePackIndex } from '../../src/core/schema-types';
import { countingServer } from '../lib/counting-server';
import { packName } from '../lib/generate';
import { inChild } from '../lib/measure';
import { bytes, ms, type BenchContext, type Row } from '../lib/report';
import { builtSite } from './site';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUDGET = 1_000_000;

/** Queries of each shape: an exact name, a name prefix held by thousands, keywords, a word in every description, one letter. */
export function searchQueries(n: number): string[] {
  return [packName(Math.floor(n / 2)), 'slack', 'redis vault', 'integration', 'automation redis', 'k'];
}

function folderStats(dir: string): { files: number; bytes: number; largest: number } {
  let files = 0;
  let total = 0;
  let largest = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const size = statSync(p).size;
        files++;
        total += size;
        largest = Math.max(largest, size);
      }
    }
  };
  walk(dir);
  return { files, bytes: total, largest };
}

/** 9. `packdex search` and the browse page against the search files, and Pagefind on the same packages. */
export async function searchAtScale(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of ctx.sizes.sitePacks) {
    const dir = await builtSite(ctx, n);
    const indexBytes = statSync(path.join(dir, 'index.json')).size;
    const files = folderStats(path.join(dir, 'search'));
    rows.push({
      case: '9 search',
      measure: `search files, ${n.toLocaleString('en')} packages`,
      packdex: `${files.files.toLocaleString('en')} files, ${bytes(files.bytes)} in all, largest ${bytes(files.largest)}`,
      baseline: `index.json ${bytes(indexBytes)}`,
      value: files.largest,
      budget: 'measured',
      met: true,
      raw: { packages: n, files: files.files, bytes: files.bytes, largest: files.largest, indexBytes },
    });
    const server = await countingServer(dir);
    try {
      const per: { query: string; bytes: number; requests: number; ms: number }[] = [];
      for (const query of searchQueries(n)) {
        const home = path.join(ctx.work, `search-home-${n}`);
        rmSync(home, { recursive: true, force: true });
        server.reset();
        const m = await inChild('search', { url: server.url, query, cache: path.join(home, 'cache'), home });
        per.push({ query, bytes: server.seen.reduce((s, r) => s + r.bytes, 0), requests: server.seen.length, ms: m.ms });
      }
      const worst = per.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      rows.push({
        case: '9 search',
        measure: `packdex search, cold, ${n.toLocaleString('en')} packages`,
        packdex: `worst ${bytes(worst.bytes)} in ${worst.requests} requests (“${worst.query}”); ${per.map((p) => `${p.query}: ${bytes(p.bytes)}`).join(', ')}`,
        baseline: `index.json: ${bytes(indexBytes)}`,
        value: worst.bytes,
        budget: '≤ 1 MB per cold query',
        met: worst.bytes <= BUDGET,
        raw: { packages: n, worstBytes: worst.bytes, worstQuery: worst.query, ...Object.fromEntries(per.map((p) => [`bytes:${p.query}`, p.bytes])), ...Object.fromEntries(per.map((p) => [`ms:${p.query}`, p.ms])) },
      });
      if (existsSync(CHROMIUM)) rows.push(...(await pageRows(n, server.url, server, indexBytes)));
    } finally {
      await server.close();
    }
    if (ctx.mode !== 'tiny') rows.push(...(await pagefindRows(ctx, n, dir)));
  }
  return rows;
}

/** The browse page opened cold on a search: first results shown, bytes transferred; and the home page's first paint. */
async function pageRows(n: number, url: string, server: Awaited<ReturnType<typeof countingServer>>, indexBytes: number): Promise<Row[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const per: { query: string; bytes: number; ms: number }[] = [];
    for (const query of searchQueries(n)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.reset();
      const start = Date.now();
      await page.goto(`${url}/#/search/${encodeURIComponent(query)}`);
      await page.waitForSelector('#results li', { timeout: 30_000 });
      per.push({ query, ms: Date.now() - start, bytes: server.seen.reduce((s, r) => s + r.bytes, 0) });
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    server.reset();
    await page.goto(`${url}/`);
    await page.waitForSelector('#recent li', { timeout: 30_000 });
    const home = server.seen.reduce((s, r) => s + r.bytes, 0);
    const homeIndex = server.seen.some((r) => r.path.includes('index.json'));
    await context.close();
    const worst = per.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const slowest = per.reduce((a, b) => (b.ms > a.ms ? b : a));
    return [
      {
        case: '9 search',
        measure: `page, cold query, ${n.toLocaleString('en')} packages`,
        packdex: `worst ${bytes(worst.bytes)} (“${worst.query}”), first results in ≤ ${ms(slowest.ms)} (“${slowest.query}”)`,
        baseline: `index.json: ${bytes(indexBytes)}`,
        value: slowest.ms,
        budget: '≤ 1 MB and ≤ 1 s to first results',
        met: worst.bytes <= BUDGET && slowest.ms <= 1000,
        raw: { packages: n, worstBytes: worst.bytes, slowestMs: slowest.ms, ...Object.fromEntries(per.map((p) => [`ms:${p.query}`, p.ms])), ...Object.fromEntries(per.map((p) => [`bytes:${p.query}`, p.bytes])) },
      },
      {
        case: '9 search',
        measure: `page, home first paint, ${n.toLocaleString('en')} packages`,
        packdex: `${bytes(home)}${homeIndex ? ', reads index.json' : ', no index.json'}`,
        baseline: `index.json: ${bytes(indexBytes)}`,
        value: home,
        budget: '≤ 200 KB, no index.json',
        met: home <= 200_000 && !homeIndex,
        raw: { packages: n, bytes: home },
      },
    ];
  } finally {
    await browser.close();
  }
}

/**
 * Pagefind 1.x indexing the same packages as custom records (name, keywords and description as
 * content; name and version as meta), then queried in chromium through its own pagefind.js: the
 * bytes of a cold query with the first 20 results' data loaded, as the page would show them.
 */
async function pagefindRows(ctx: BenchContext, n: number, siteDir: string): Promise<Row[]> {
  let pagefind: typeof Pagefind;
  try {
    pagefind = await import('pagefind');
  } catch (error) {
    return [{ case: '9 search', measure: `Pagefind, ${n.toLocaleString('en')} packages`, packdex: `not run: ${(error as Error).message}`, baseline: '', value: 0, budget: 'measured', met: true, raw: {} }];
  }
  const out = path.join(ctx.work, `pagefind-${n}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const index = JSON.parse(readFileSync(path.join(siteDir, 'index.json'), 'utf8')) as AttunePackIndex;
  const start = Date.now();
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  if (created.index === undefined) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
  for (const p of index.packs) {
    await created.index.addCustomRecord({ url: `/#/package/${p.ref}`, content: `${p.ref} ${p.keywords.join(' ')} ${p.description}`, language: 'en', meta: { title: p.ref, version: p.version } });
  }
  const written = await created.index.writeFiles({ outputPath: path.join(out, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  const buildMs = Date.now() - start;
  await pagefind.close();
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>pagefind bench</title>');
  const files = folderStats(path.join(out, 'pagefind'));
  const rows: Row[] = [
    {
      case: '9 search',
      measure: `Pagefind index, ${n.toLocaleString('en')} packages`,
      packdex: `${files.files.toLocaleString('en')} files, ${bytes(files.bytes)} in all, largest ${bytes(files.largest)}; built in ${ms(buildMs)}`,
      baseline: 'packdex search files (row above)',
      value: files.bytes,
      budget: 'measured',
      met: true,
      raw: { packages: n, files: files.files, bytes: files.bytes, largest: files.largest, buildMs },
    },
  ];
  if (!existsSync(CHROMIUM)) return rows;
  const server = await countingServer(out);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const per: { query: string; bytes: number; ms: number; hits: number }[] = [];
    for (const query of searchQueries(n)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      server.reset();
      const got = await page.evaluate(async (q) => {
        const t = performance.now();
        const pf = (await import('/pagefind/pagefind.js' as string)) as { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ meta: { title: string } }> }[] }> };
        await pf.init();
        const s = await pf.search(q);
        const data = await Promise.all(s.results.slice(0, 20).map((r) => r.data()));
        return { hits: s.results.length, first: data[0]?.meta.title ?? '', ms: performance.now() - t };
      }, query);
      per.push({ query, bytes: server.seen.reduce((s, r) => s + r.bytes, 0), ms: got.ms, hits: got.hits });
      await context.close();
    }
    const worst = per.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    rows.push({
      case: '9 search',
      measure: `Pagefind, cold query in chromium, ${n.toLocaleString('en')} packages`,
      packdex: `worst ${bytes(worst.bytes)} (“${worst.query}”); ${per.map((p) => `${p.query}: ${bytes(p.bytes)}, ${ms(p.ms)}, ${p.hits} hits`).join('; ')}`,
      baseline: 'packdex page (row above)',
      value: worst.bytes,
      budget: 'measured',
      met: true,
      raw: { packages: n, worstBytes: worst.bytes, ...Object.fromEntries(per.map((p) => [`bytes:${p.query}`, p.bytes])), ...Object.fromEntries(per.map((p) => [`ms:${p.query}`, p.ms])), ...Object.fromEntries(per.map((p) => [`hits:${p.query}`, p.hits])) },
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
