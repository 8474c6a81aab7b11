// The browse page: static, no build server, served from GitHub Pages or any folder. It reads the
// same files a client reads (registry.json, index.json, packages/<shard>/<name>.json) by relative
// URL. Every piece of package text goes through textContent or an attribute, never innerHTML, so
// a description holding <script> is shown as text and never run.
import type { AttunePackIndex, AttunePackIndexEntry, PackdexPackageDocument, PackdexRegistryIdentity } from '../src/core/schema-types';
import { formatBytes } from '../src/core/format-bytes';
import { searchRow, searchScore, searchTerms, type SearchRow } from '../src/core/site/search-score';
import { packageDocumentPath } from '../src/core/site/shard-path';

/** How many results are drawn at once: enough to scan, few enough to stay instant at 100,000. */
const SHOWN = 50;

interface Row extends SearchRow {
  entry: AttunePackIndexEntry;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { text?: string; className?: string; href?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.className !== undefined) node.className = props.className;
  if (props.href !== undefined) (node as HTMLAnchorElement).href = props.href;
  for (const child of children) node.append(child);
  return node;
}

/** Only http(s) links are made clickable: a `javascript:` homepage stays text. */
function safeLink(url: string | undefined): Node {
  if (url === undefined) return document.createTextNode('—');
  return /^https?:\/\//i.test(url) ? el('a', { text: url, href: url }) : document.createTextNode(url);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let rows: Row[] = [];

function renderResults(query: string): void {
  const terms = searchTerms(query);
  const matches = terms.length === 0 ? rows.map((row) => ({ row, s: 1 })) : rows.map((row) => ({ row, s: searchScore(row, terms) })).filter((m) => m.s > 0);
  matches.sort((a, b) => b.s - a.s || (a.row.name < b.row.name ? -1 : 1));
  const list = $('results');
  list.replaceChildren(
    ...matches.slice(0, SHOWN).map(({ row }) =>
      el(
        'li',
        {},
        el('a', { text: row.entry.ref, className: 'name', href: `#/package/${encodeURIComponent(row.entry.ref)}` }),
        el('span', { text: row.entry.version, className: 'version' }),
        el('div', { text: row.entry.description }),
        el('div', { className: 'keywords' }, ...row.entry.keywords.map((k) => el('span', { text: k }))),
      ),
    ),
  );
  const shown = Math.min(matches.length, SHOWN);
  $('status').textContent =
    terms.length === 0
      ? `${rows.length} package${rows.length === 1 ? '' : 's'}${rows.length > shown ? ` (showing ${shown}; search to narrow)` : ''}`
      : `${matches.length} match${matches.length === 1 ? '' : 'es'} for “${query.trim()}”${matches.length > shown ? ` (showing ${shown})` : ''}`;
}

function checksumOf(entry: AttunePackIndexEntry, type: 'git' | 'archive'): string | undefined {
  return entry.install_sources.find((s) => s.type === type)?.checksum;
}

async function renderPackage(name: string): Promise<void> {
  const article = $('package');
  $('results').hidden = true;
  article.hidden = false;
  article.replaceChildren(el('p', { text: `Loading ${name}…`, className: 'muted' }));
  let doc: PackdexPackageDocument;
  try {
    doc = await getJson<PackdexPackageDocument>(packageDocumentPath(name));
  } catch (error) {
    article.replaceChildren(el('h1', { text: name }), el('p', { text: `Could not load this package: ${(error as Error).message}` }));
    return;
  }
  const latest = doc.dist_tags.latest;
  const current = doc.versions.find((v) => v.version === latest) ?? doc.versions[doc.versions.length - 1]!;
  const entry = current.entry;
  const facts: [string, Node][] = [
    ['Version', document.createTextNode(entry.version)],
    ['Author', document.createTextNode(entry.email === undefined ? entry.author : `${entry.author} <${entry.email}>`)],
    ['License', document.createTextNode(entry.license)],
    ['Homepage', safeLink(entry.homepage)],
    ['Repository', safeLink(entry.repository)],
    ['Owner', document.createTextNode(doc.owner)],
    ['Runtimes', document.createTextNode(entry.runtime_deps.join(', ') || '—')],
    ['Depends on', document.createTextNode(Object.entries(current.dependencies).map(([n, c]) => `${n} ${c}`).join(', ') || '—')],
  ];
  const install = `packdex install ${entry.ref}@${entry.version}`;
  const copy = el('button', { text: 'Copy' });
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(install).then(() => (copy.textContent = 'Copied')));
  const kinds = Object.entries(entry.contents).filter(([, list]) => list.length > 0);
  article.replaceChildren(
    el('h1', { text: entry.label }, el('span', { text: entry.ref, className: 'version' })),
    el('p', { text: entry.description }),
    el('div', { className: 'keywords' }, ...entry.keywords.map((k) => el('span', { text: k }))),
    el('h2', { text: 'Install' }),
    el('pre', {}, el('code', { text: install }), ' ', copy),
    el('table', {}, ...facts.map(([k, v]) => el('tr', {}, el('th', { text: k }), el('td', {}, v)))),
    el('h2', { text: 'Contents' }),
    kinds.length === 0
      ? el('p', { text: 'No components listed.', className: 'muted' })
      : el('div', {}, ...kinds.map(([kind, list]) => el('section', {}, el('h3', { text: `${kind} (${list.length})` }), el('ul', {}, ...list.map((c) => el('li', {}, el('code', { text: c.name }), c.description === '' ? '' : ` — ${c.description}`)))))),
    el('h2', { text: 'Versions' }),
    el(
      'table',
      { className: 'versions' },
      el('tr', {}, ...['Version', 'Published', 'Size', 'Archive checksum', 'Git ref', 'Tags'].map((h) => el('th', { text: h }))),
      ...[...doc.versions].reverse().map((v) =>
        el(
          'tr',
          {},
          el('td', {}, v.version, v.yanked ? el('div', { text: `yanked${v.yanked_reason === undefined ? '' : `: ${v.yanked_reason}`}`, className: 'yanked' }) : ''),
          el('td', { text: v.published_at.slice(0, 10) }),
          el('td', { text: v.archive_size === undefined ? '—' : formatBytes(v.archive_size) }),
          el('td', {}, el('code', { text: checksumOf(v.entry, 'archive') ?? checksumOf(v.entry, 'git') ?? '—' })),
          el('td', {}, el('code', { text: (v.entry.install_sources.find((s) => s.type === 'git') as { ref?: string } | undefined)?.ref ?? '—' })),
          el('td', {}, ...Object.entries(doc.dist_tags).filter(([, t]) => t === v.version).map(([tag]) => el('span', { text: tag, className: 'tag' }))),
        ),
      ),
    ),
  );
  document.title = `${entry.ref} · ${document.title.split(' · ').pop() ?? ''}`;
}

function route(): void {
  const match = /^#\/package\/(.+)$/.exec(location.hash);
  if (match) {
    void renderPackage(decodeURIComponent(match[1]!));
    return;
  }
  $('package').hidden = true;
  $('results').hidden = false;
  renderResults(($('q') as HTMLInputElement).value);
}

async function start(): Promise<void> {
  const input = $<HTMLInputElement>('q');
  try {
    const [identity, index] = await Promise.all([getJson<PackdexRegistryIdentity>('registry.json').catch(() => undefined), getJson<AttunePackIndex>('index.json')]);
    const title = identity?.name ?? index.registry_name;
    $('home').textContent = title;
    document.title = title;
    $('registry-description').textContent = identity?.description ?? '';
    rows = index.packs.map((entry) => ({ entry, ...searchRow(entry) }));
  } catch (error) {
    $('status').textContent = `Could not load the registry: ${(error as Error).message}`;
    return;
  }
  let pending = 0;
  input.addEventListener('input', () => {
    // One redraw per frame however fast someone types.
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      if (location.hash !== '' && location.hash !== '#/') location.hash = '#/';
      else renderResults(input.value);
    });
  });
  window.addEventListener('hashchange', route);
  route();
}

void start();
