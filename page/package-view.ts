// One package: what it is, how to install it from this registry, its README, versions and files.
import type { AttunePackIndexEntry, PackdexPackageDocument, PackdexRegistryIdentity } from '../src/core/schema-types';
import { formatBytes } from '../src/core/format-bytes';
import { packageDocumentPath } from '../src/core/site/shard-path';
import { copyBox, el, formatTime, getJson, getText, kindBadge, packageHref, safeLink, searchHref } from './dom';
import { renderReadme } from './readme';

type Version = PackdexPackageDocument['versions'][number];

/** A name `packdex registry add` accepts, from the registry's display name. */
export function registrySlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|-+$/g, '') || 'registry';
}

/** An archive's link: a registry-relative path or an http(s) URL; anything else is not linked. */
function archiveHref(url: string): string | undefined {
  if (/^https?:\/\//i.test(url)) return url;
  return /^[a-z0-9_@./-]+$/i.test(url) && !url.startsWith('/') && !url.split('/').includes('..') ? url : undefined;
}

function checksumCell(checksum: string | undefined, label: string): Node {
  if (checksum === undefined) return document.createTextNode('—');
  return copyBox(checksum, label, 'copy checksum');
}

function kindFields(entry: AttunePackIndexEntry): [string, Node][] {
  const meta = entry.meta ?? {};
  const text = (s: string) => document.createTextNode(s);
  const out: [string, Node][] = [];
  if (meta.profile === 'dbpm') {
    if (meta.core_minimum_version !== undefined) out.push(['Core minimum', text(meta.core_minimum_version)]);
    if (meta.oracle_minimum_version !== undefined) out.push(['Oracle minimum', text(meta.oracle_minimum_version)]);
  }
  if (meta.profile === 'pbg') {
    if (entry.dependencies?.python_version !== undefined) out.push(['Requires Python', text(entry.dependencies.python_version)]);
    if (meta.pep440_version !== undefined) out.push(['Version (PEP 440)', text(meta.pep440_version)]);
    if ((meta.python_dependencies ?? []).length > 0) out.push(['Python dependencies', el('ul', { className: 'plain' }, ...meta.python_dependencies!.map((d) => el('li', {}, el('code', { text: d }))))]);
  }
  if (entry.dependencies?.attune_version !== undefined) out.push(['Attune', text(entry.dependencies.attune_version)]);
  if (entry.dependencies?.nodejs_version !== undefined) out.push(['Node.js', text(entry.dependencies.nodejs_version)]);
  return out;
}

/** pbg's processes and steps with their ports; every other kind's components by kind. */
function contentsOf(entry: AttunePackIndexEntry): HTMLElement {
  const compute = entry.meta?.compute ?? [];
  if (compute.length > 0) {
    return el(
      'div',
      {},
      ...compute.map((c) =>
        el(
          'section',
          { className: 'compute' },
          el('h3', {}, el('code', { text: `${c.module}.${c.name}` }), ' ', el('span', { text: c.compute_type, className: 'badge' })),
          c.description === undefined ? '' : el('p', { text: c.description }),
          el('dl', {}, el('dt', { text: 'Inputs' }), el('dd', {}, el('code', { text: c.inputs })), el('dt', { text: 'Outputs' }), el('dd', {}, el('code', { text: c.outputs })), ...(c.config_schema === undefined ? [] : [el('dt', { text: 'Config' }), el('dd', {}, el('code', { text: c.config_schema }))])),
        ),
      ),
    );
  }
  const kinds = Object.entries(entry.contents).filter(([, list]) => list.length > 0);
  if (kinds.length === 0) return el('p', { text: 'No components listed.', className: 'muted' });
  return el('div', {}, ...kinds.map(([kind, list]) => el('section', {}, el('h3', { text: `${kind} (${list.length})` }), el('ul', {}, ...list.map((c) => el('li', {}, el('code', { text: c.name }), c.description === '' ? '' : ` — ${c.description}`))))));
}

function versionsTable(doc: PackdexPackageDocument, shown: string): HTMLElement {
  const head = el('tr', {}, ...['Version', 'Published', 'Archive', 'Checksum', 'Tags'].map((h) => el('th', { text: h, }))); 
  return el(
    'div',
    { className: 'scroll' },
    el(
      'table',
      { className: 'versions' },
      el('caption', { text: 'Every version, newest first', className: 'visually-hidden' }),
      el('thead', {}, head),
      el(
        'tbody',
        {},
        ...[...doc.versions].reverse().map((v: Version) => {
          const archive = v.entry.install_sources.find((s) => s.type === 'archive');
          const href = archive === undefined ? undefined : archiveHref(archive.url);
          const checksum = archive?.checksum ?? v.entry.install_sources.find((s) => s.type === 'git')?.checksum;
          const row = el(
            'tr',
            { className: v.version === shown ? 'current' : '' },
            el('td', {}, el('a', { text: v.version, href: packageHref(doc.name, v.version) }), v.yanked ? el('div', { text: `yanked${v.yanked_reason === undefined ? '' : `: ${v.yanked_reason}`}`, className: 'yanked' }) : ''),
            el('td', {}, el('time', { text: formatTime(v.published_at) })),
            el('td', {}, href === undefined ? document.createTextNode('—') : el('a', { text: `Download${v.archive_size === undefined ? '' : ` (${formatBytes(v.archive_size)})`}`, href, label: `Download ${doc.name} ${v.version}` })),
            el('td', {}, checksumCell(checksum, `checksum of ${v.version}`)),
            el('td', {}, ...Object.entries(doc.dist_tags).filter(([, t]) => t === v.version).map(([tag]) => el('span', { text: tag, className: 'tag' }))),
          );
          return row;
        }),
      ),
    ),
  );
}

export async function renderPackage(view: HTMLElement, status: HTMLElement, name: string, version: string | undefined, identity: PackdexRegistryIdentity | undefined, isCurrent: () => boolean): Promise<void> {
  status.textContent = `Loading ${name}…`;
  const doc = await getJson<PackdexPackageDocument>(packageDocumentPath(name));
  if (!isCurrent()) return;
  if (doc === undefined || doc.name !== name) {
    view.replaceChildren(
      el('h1', { text: 'Package not found' }),
      el('p', {}, 'This registry has no package named ', el('code', { text: name }), '.'),
      el('p', {}, el('a', { text: `Search for “${name}”`, href: searchHref(name) }), ' · ', el('a', { text: 'Back to the registry', href: '#/' })),
    );
    status.textContent = `No package named ${name}.`;
    document.title = `Not found · ${identity?.name ?? 'packdex registry'}`;
    return;
  }
  const latest = doc.dist_tags.latest;
  const current = doc.versions.find((v) => v.version === (version ?? latest)) ?? doc.versions[doc.versions.length - 1]!;
  const entry = current.entry;
  const facts: [string, Node][] = [
    ['Author', document.createTextNode(entry.email === undefined || entry.email === '' ? entry.author : `${entry.author} <${entry.email}>`)],
    ['License', document.createTextNode(entry.license)],
    ['Homepage', safeLink(entry.homepage)],
    ['Repository', safeLink(entry.repository)],
    ['Owner', document.createTextNode(doc.owner)],
    ['Published', el('time', { text: formatTime(current.published_at) })],
    ['Runtimes', document.createTextNode(entry.runtime_deps.join(', ') || '—')],
    ...kindFields(entry),
  ];
  const deps = Object.entries(current.dependencies);
  const registryName = registrySlug(identity?.name ?? 'registry');
  const registryUrl = identity?.url ?? new URL('.', location.href).toString();
  // The README is its own file (the path the version records, never a URL), read beside the document.
  const readmeFile = current.readme?.path;
  const readme = readmeFile !== undefined && /^readmes\/[^?#]+\.md$/.test(readmeFile) && !readmeFile.split('/').includes('..') ? await getText(readmeFile).catch(() => undefined) : undefined;
  if (!isCurrent()) return;
  view.replaceChildren(
    el(
      'div',
      { className: 'package-head' },
      el('h1', {}, el('span', { text: doc.name }), el('span', { text: current.version, className: 'version' }), kindBadge(entry.meta?.profile)),
      entry.label !== '' && entry.label.toLowerCase() !== doc.name.toLowerCase() ? el('p', { text: entry.label, className: 'label' }) : '',
      el('p', { text: entry.description, className: 'description' }),
      current.yanked ? el('p', { className: 'yanked', text: `This version is yanked${current.yanked_reason === undefined ? '' : `: ${current.yanked_reason}`}` }) : '',
      current.version !== latest && latest !== undefined ? el('p', {}, 'Not the latest version: ', el('a', { text: latest, href: packageHref(doc.name, latest) })) : '',
      entry.keywords.length === 0 ? '' : el('ul', { className: 'keywords', label: 'Keywords' }, ...entry.keywords.map((k) => el('li', {}, el('a', { text: k, href: searchHref(k) })))),
    ),
    el(
      'section',
      { className: 'install', label: 'Install' },
      el('h2', { text: 'Install' }),
      el('p', { text: 'Add this registry once:', className: 'muted' }),
      copyBox(`packdex registry add ${registryName} ${registryUrl}`, 'the registry add command'),
      el('p', { text: 'Then install:', className: 'muted' }),
      copyBox(`packdex install ${doc.name}@${current.version}`, 'the install command'),
    ),
    el('div', { className: 'columns' },
      el('section', { className: 'readme', label: 'README' }, el('h2', { text: 'README' }), readme === undefined ? el('p', { text: 'No README was published with this version.', className: 'muted' }) : renderReadme(readme),
        // A registry keeps at most 64 KiB of a README; say so rather than end mid-sentence unexplained.
        readme !== undefined && current.readme?.truncated === true ? el('p', { className: 'muted readme-cut', text: 'This README was cut at 64 KiB when it was published; the package archive holds the whole file.' }) : ''),
      el(
        'aside',
        { label: 'About this package' },
        el('h2', { text: 'About' }),
        el('dl', { className: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)])),
        el('h2', { text: 'Dependencies' }),
        deps.length === 0 ? el('p', { text: 'None.', className: 'muted' }) : el('ul', { className: 'plain' }, ...deps.map(([n, c]) => el('li', {}, el('a', { text: n, href: packageHref(n) }), ` ${c}`))),
      ),
    ),
    el('h2', { text: 'Contents' }),
    contentsOf(entry),
    el('h2', { text: 'Versions' }),
    versionsTable(doc, current.version),
  );
  status.textContent = '';
  document.title = `${doc.name} · ${identity?.name ?? 'packdex registry'}`;
}
