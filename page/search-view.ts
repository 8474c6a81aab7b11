// Search over the registry's search files (a few small files per query, whatever its size), with
// index.json as the fallback for a registry built before them (never when registry.json says it is left out). Ranking is the core's, shared with
// `packdex search`.
import type { AttunePackIndex } from '../src/core/schema-types';
import { searchRow, searchScore, searchTerms } from '../src/core/site/search-score';
import { rowBucketPath, SEARCH_MANIFEST, type SearchManifest, type SearchRowData } from '../src/core/site/search/search-layout';
import { asSearchManifest, querySearchShards, type ShardHit, type ShardResult } from '../src/core/site/search/query-search-shards';
import { el, getJson, kindBadge, packageHref, searchHref } from './dom';

/** How many results are drawn at once. */
const SHOWN = 30;

let manifest: Promise<SearchManifest | undefined> | undefined;
let wholeIndex: Promise<AttunePackIndex | undefined> | undefined;
const files = new Map<string, Promise<unknown>>();

function load(rel: string): Promise<unknown> {
  if (!files.has(rel)) files.set(rel, getJson<unknown>(rel));
  return files.get(rel)!;
}

/** Whether registry.json says index.json is left out (index: null): then it is never fetched. */
async function indexAbsent(): Promise<boolean> {
  const identity = (await load('registry.json').catch(() => undefined)) as { index?: unknown } | undefined;
  return identity?.index === null;
}

/** Every row of the search files, as index entries for scoring: a small registry without index.json. */
async function rowsAsPacks(m: SearchManifest | undefined): Promise<{ ref: string; version: string; description: string; keywords: string[]; meta?: { profile?: string } }[]> {
  if (m === undefined) return [];
  const out: { ref: string; version: string; description: string; keywords: string[]; meta?: { profile?: string } }[] = [];
  for (let b = 0; b < m.buckets; b++) {
    const bucket = (await load(rowBucketPath(b)).catch(() => undefined)) as Record<string, SearchRowData> | undefined;
    for (const [ref, row] of Object.entries(bucket ?? {})) out.push({ ref, version: row[0], description: row[1], keywords: row[2], ...(row[3] === undefined ? {} : { meta: { profile: row[3] } }) });
  }
  return out;
}

async function fromIndex(query: string, m?: SearchManifest): Promise<ShardResult> {
  // Without index.json (registry.json: index null) a small registry's fuzzy match reads its rows instead.
  const packs = (await indexAbsent()) ? await rowsAsPacks(m) : ((await (wholeIndex ??= getJson<AttunePackIndex>('index.json')))?.packs ?? []);
  const terms = searchTerms(query);
  const hits: ShardHit[] = [];
  for (const p of packs) {
    const score = searchScore(searchRow(p), terms);
    if (score > 0) hits.push({ name: p.ref, version: p.version, description: p.description, keywords: p.keywords, ...(typeof p.meta?.profile === 'string' ? { profile: p.meta.profile } : {}), score });
  }
  hits.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
  return { hits: hits.slice(0, SHOWN), total: hits.length, partial: false };
}

export async function search(query: string, limit = SHOWN): Promise<ShardResult> {
  manifest ??= load(SEARCH_MANIFEST).then(asSearchManifest);
  const m = await manifest;
  if (m === undefined) return fromIndex(query);
  const result = await querySearchShards(m, load, query, limit);
  // A small registry keeps fuzzy matching ("slk" → slack): its index.json is small too.
  if (result.hits.length === 0 && m.packages <= 500) return fromIndex(query, m);
  return result;
}

export function resultItem(hit: { name: string; version: string; description: string; keywords: string[]; profile?: string }): HTMLElement {
  return el(
    'li',
    {},
    el('div', { className: 'row-head' }, el('a', { text: hit.name, className: 'name', href: packageHref(hit.name) }), el('span', { text: hit.version, className: 'version' }), kindBadge(hit.profile)),
    hit.description === '' ? '' : el('p', { text: hit.description, className: 'description' }),
    hit.keywords.length === 0 ? '' : el('ul', { className: 'keywords', label: 'Keywords' }, ...hit.keywords.map((k) => el('li', {}, el('a', { text: k, href: searchHref(k) })))),
  );
}

/** How many results are drawn first: their rows arrive in a few requests, the rest follow. */
const FIRST = 10;

/** Draw a query's results, the first few as soon as they are read, unless a newer route has started (`current` says). */
export async function renderSearch(view: HTMLElement, status: HTMLElement, query: string, current: () => boolean): Promise<void> {
  status.textContent = `Searching for “${query}”…`;
  const first = await search(query, FIRST);
  if (!current()) return;
  draw(view, status, query, first);
  if (first.hits.length < FIRST) return;
  // The files already read are cached: the rest costs only the rows of the next results.
  const result = await search(query);
  if (!current()) return;
  draw(view, status, query, result);
}

function draw(view: HTMLElement, status: HTMLElement, query: string, result: ShardResult): void {
  const shown = result.hits.length;
  view.replaceChildren(el('h1', { text: `Results for “${query}”`, className: 'visually-hidden' }), el('ol', { id: 'results' }, ...result.hits.map(resultItem)));
  status.textContent =
    result.total === 0
      ? `0 matches for “${query}”.`
      : `${result.partial ? 'At least ' : ''}${result.total} match${result.total === 1 ? '' : 'es'} for “${query}”${result.total > shown ? ` (showing the best ${shown})` : ''}`;
}
