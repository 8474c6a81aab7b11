// The browse page: static, no build server, served from GitHub Pages or any folder (and any
// sub-path: every URL is relative). It reads the files a client reads: registry.json, recent.json
// for the home page, search/… for a query, packages/<shard>/<name>.json for a package; never the
// whole index.json unless the registry predates search files. Package text goes through
// textContent or an attribute, and a README through DOMPurify, so markup in it is never run.
import type { PackdexRegistryIdentity } from '../src/core/schema-types';
import type { RecentFeed } from '../src/core/site/recent-feed';
import { $, copyBox, el, formatTime, getJson, packageHref } from './dom';
import { registrySlug, renderPackage } from './package-view';
import { renderSearch } from './search-view';

let identity: PackdexRegistryIdentity | undefined;
/** registry.json, read once; a search never waits for it. */
let identityRead: Promise<PackdexRegistryIdentity | undefined> = Promise.resolve(undefined);
let generation = 0;

const view = (): HTMLElement => $('view');
const status = (): HTMLElement => $('status');

async function renderHome(current: () => boolean): Promise<void> {
  const [feed] = await Promise.all([getJson<RecentFeed>('recent.json').catch(() => undefined), identityRead]);
  if (!current()) return;
  const name = identity?.name ?? 'packdex registry';
  const url = identity?.url ?? new URL('.', location.href).toString();
  view().replaceChildren(
    el('h1', { text: name }),
    identity?.description === undefined ? '' : el('p', { text: identity.description, className: 'description' }),
    feed === undefined ? '' : el('p', { className: 'counts', text: `${feed.packages.toLocaleString('en')} package${feed.packages === 1 ? '' : 's'} · ${feed.versions.toLocaleString('en')} version${feed.versions === 1 ? '' : 's'}` }),
    el(
      'section',
      { className: 'install', label: 'Use this registry' },
      el('h2', { text: 'Use this registry' }),
      copyBox(`packdex registry add ${registrySlug(name)} ${url}`, 'the registry add command'),
      el('p', { className: 'muted' }, 'Then ', el('code', { text: 'packdex search WORDS' }), ' and ', el('code', { text: 'packdex install NAME' }), '. ', ...indexNote(identity)),
    ),
    el('h2', { text: 'Recently published' }),
    feed === undefined || feed.recent.length === 0
      ? el('p', { text: 'Nothing published yet.', className: 'muted' })
      : el(
          'ol',
          { id: 'recent' },
          ...feed.recent.map((item) =>
            el(
              'li',
              {},
              el('a', { text: item.name, className: 'name', href: packageHref(item.name, item.version) }),
              el('span', { text: item.version, className: 'version' }),
              item.yanked === true ? el('span', { text: 'yanked', className: 'yanked' }) : '',
              el('time', { text: formatTime(item.published_at), className: 'muted' }),
              item.description === '' ? '' : el('p', { text: item.description, className: 'description' }),
            ),
          ),
        ),
  );
  status().textContent = '';
  document.title = name;
}

/**
 * Where Attune's index is: a link to index.json, or, when registry.json says the build left it out
 * (index: null), why, so nobody follows a link to a file that is not there.
 */
function indexNote(registry: PackdexRegistryIdentity | undefined): (string | HTMLElement)[] {
  // The footer's static link goes too: the page never points at a file the registry does not serve.
  if (registry?.index === null) document.getElementById('footer-index')?.remove();
  if (registry?.index !== null) return ['Attune reads ', el('a', { text: 'index.json', href: 'index.json', id: 'index-link' }), ' directly.'];
  const omitted = registry.index_omitted;
  const why =
    omitted?.reason === 'never'
      ? "its registry.json says never to produce it"
      : `it would be larger than the registry's limit of ${Math.round((omitted?.max_bytes ?? 0) / (1024 * 1024))} MiB`;
  return [el('span', { id: 'index-absent', text: `This registry has no index.json (${why}): packdex and this page work from the package documents and search files.` })];
}

/** `#/`, `#/search/QUERY`, `#/package/NAME` or `#/package/NAME/VERSION` (a scoped name's slash encoded). */
async function route(): Promise<void> {
  const mine = ++generation;
  const hash = location.hash;
  const input = $<HTMLInputElement>('q');
  try {
    const search = /^#\/search\/(.*)$/.exec(hash);
    const pkg = /^#\/package\/([^/]+(?:\/[^/@][^/]*)?)$/.exec(hash);
    if (search) {
      const query = decodeURIComponent(search[1]!);
      if (input.value !== query) input.value = query;
      if (query.trim() === '') return await renderHome(() => mine === generation);
      await renderSearch(view(), status(), query, () => mine === generation);
    } else if (pkg) {
      const [first, second] = pkg[1]!.split('/').map(decodeURIComponent) as [string, string | undefined];
      // A scoped name arrives as "@scope/name" (encoded or not): its second part is the name, not a version.
      const scoped = first.startsWith('@') && second !== undefined && !/^\d/.test(second);
      await identityRead;
      await renderPackage(view(), status(), scoped ? `${first}/${second}` : first, scoped ? undefined : second, identity, () => mine === generation);
      if (mine === generation) $('main').focus({ preventScroll: true });
    } else if (hash === '' || hash === '#/' || hash === '#') {
      await renderHome(() => mine === generation);
    }
    // Any other fragment is a README's own anchor: the view stays as it is.
  } catch (error) {
    if (mine !== generation) return;
    view().replaceChildren(el('h1', { text: 'Could not load this page' }), el('p', { text: (error as Error).message }));
    status().textContent = '';
  }
}

/** Browsers refuse fetch() from file:// pages: say so, and how to serve the folder instead. */
function fileNotice(): void {
  view().replaceChildren(
    el('h1', { text: 'Open this page through a web server' }),
    el('p', { text: 'Browsers do not let a page opened from a file read the registry files next to it. Serve the folder, then open the address it prints:' }),
    copyBox('packdex serve .', 'the serve command'),
    el('p', { className: 'muted', text: 'Run it in the registry folder (the one holding registry.json and index.json).' }),
  );
  status().textContent = '';
}

async function start(): Promise<void> {
  if (location.protocol === 'file:') return fileNotice();
  const input = $<HTMLInputElement>('q');
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Listening starts before anything is fetched, so nothing typed while the page loads is lost.
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // One query per pause in typing; replaceState keeps Back for leaving the search.
    timer = setTimeout(() => {
      const next = `#/search/${encodeURIComponent(input.value)}`;
      if (location.hash.startsWith('#/search/')) history.replaceState(null, '', next);
      else history.pushState(null, '', next);
      void route();
    }, 120);
  });
  $('search').addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('hashchange', () => void route());
  window.addEventListener('popstate', () => void route());
  identityRead = getJson<PackdexRegistryIdentity>('registry.json')
    .catch(() => undefined)
    .then((read) => {
      identity = read;
      if (read !== undefined) $('home').textContent = read.name;
      return read;
    });
  await route();
}

void start();
