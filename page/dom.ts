// Small DOM helpers. Package text only ever reaches the page through textContent or an attribute.

export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

type Props = { text?: string; className?: string; href?: string; id?: string; title?: string; label?: string };

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.className !== undefined) node.className = props.className;
  if (props.href !== undefined) (node as HTMLAnchorElement).href = props.href;
  if (props.id !== undefined) node.id = props.id;
  if (props.title !== undefined) node.title = props.title;
  if (props.label !== undefined) node.setAttribute('aria-label', props.label);
  for (const child of children) node.append(child);
  return node;
}

/** Only http(s) links are made clickable: a `javascript:` homepage stays text. */
export function safeLink(url: string | undefined): Node {
  if (url === undefined) return document.createTextNode('—');
  return /^https?:\/\//i.test(url) ? el('a', { text: url, href: url }) : document.createTextNode(url);
}

/** A command or value with a copy button; `label` names it for screen readers. */
export function copyBox(text: string, label: string, className = 'copy'): HTMLElement {
  const button = el('button', { text: 'Copy', label: `Copy ${label}` });
  button.type = 'button';
  button.addEventListener('click', () => {
    void navigator.clipboard?.writeText(text).then(
      () => {
        button.textContent = 'Copied';
        setTimeout(() => (button.textContent = 'Copy'), 1500);
      },
      () => (button.textContent = 'Select and copy'),
    );
  });
  return el('div', { className }, el('code', { text }), button);
}

export const packageHref = (name: string, version?: string): string => `#/package/${encodeURIComponent(name)}${version === undefined ? '' : `/${encodeURIComponent(version)}`}`;
export const searchHref = (query: string): string => `#/search/${encodeURIComponent(query)}`;

/** The profile as a badge: every package has one, Attune's included. */
export function kindBadge(profile: string | undefined): HTMLElement {
  const kind = profile ?? 'attune';
  const label: Record<string, string> = { attune: 'Attune', pbg: 'pbg', aam: 'AAM', dbpm: 'dbpm' };
  return el('span', { text: label[kind] ?? kind, className: `badge kind-${kind.replace(/[^a-z]/g, '')}`, title: 'Package kind' });
}

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: HTTP ${status}`);
  }
}

/** JSON by relative URL (so the page works under any sub-path); undefined for a 404. */
export async function getJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new HttpError(url, response.status);
  return (await response.json()) as T;
}

/** Text by relative URL; undefined for a 404. */
export async function getText(url: string): Promise<string | undefined> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new HttpError(url, response.status);
  return response.text();
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
