import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkHttpsUrl } from '../entry/source-rules';
import { PackdexError, quote } from '../errors';
import type { FileChange } from '../fs/file-change';
import { formatTimestamp } from '../index-file/read-index';
import { planSiteBuild, SITE_FILES } from './build-site';
import { servedIdentity } from './index-json/index-policy';
import { SEARCH_DIR } from './search/search-layout';
import { serializeIdentity, type RegistryIdentity } from './read-site';
import { changeRegistry, type RegistryWriteOptions } from './registry-transaction';

export interface InitRegistrySettings {
  registryDir: string;
  name: string;
  url: string;
  description?: string;
  /** Rewrite registry.json of an existing registry (its packages are kept; index.json is rebuilt from them). */
  force: boolean;
  /**
   * Where the derived files live (registry.json's `derived`): committed beside the sources, or
   * deployed (only the sources in git; `site build --out` builds the site where it is served).
   * Unset: a new registry commits them, and --force keeps what registry.json said.
   */
  derived?: 'committed' | 'deployed';
  now: Date;
}

/**
 * The GitHub Pages address of a github.com repository, from its git remote (`https://github.com/OWNER/REPO(.git)`,
 * `git@github.com:OWNER/REPO.git`, `ssh://git@github.com/OWNER/REPO`): `https://owner.github.io/REPO`, or
 * `https://owner.github.io` for the `OWNER.github.io` repository. Undefined for any other remote.
 */
export function pagesUrlFromRemote(remote: string): string | undefined {
  const m = /^(?:https:\/\/(?:[^@/]*@)?github\.com\/|ssh:\/\/git@github\.com\/|git@github\.com:)([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(remote.trim());
  if (m === null) return undefined;
  const owner = m[1]!.toLowerCase();
  const repo = m[2]!;
  if (repo === '.' || repo === '..') return undefined;
  return repo.toLowerCase() === `${owner}.github.io` ? `https://${owner}.github.io` : `https://${owner}.github.io/${repo}`;
}

/** Hosts that name no real server (RFC 2606, RFC 6761): a registry.json url there is a placeholder. */
export function isPlaceholderUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return /(?:^|\.)(?:example|invalid|test|localhost)$/.test(host) || /(?:^|\.)example\.(?:com|net|org)$/.test(host);
}

function isHttpsUrl(value: string): boolean {
  try {
    checkHttpsUrl(value, 'Registry URL');
    return true;
  } catch {
    return false;
  }
}

/** The layout and index policy of a registry.json being rewritten, read leniently: --force keeps them. */
function previousLayout(text: string | undefined): Pick<RegistryIdentity, 'derived' | 'index_policy'> {
  if (text === undefined) return {};
  try {
    const data = JSON.parse(text) as { derived?: unknown; index_policy?: unknown };
    const out: Pick<RegistryIdentity, 'derived' | 'index_policy'> = {};
    if (data.derived === 'committed' || data.derived === 'deployed') out.derived = data.derived;
    if (typeof data.index_policy === 'object' && data.index_policy !== null && !Array.isArray(data.index_policy)) out.index_policy = data.index_policy as RegistryIdentity['index_policy'];
    return out;
  } catch {
    return {};
  }
}

/** Derived files a registry folder holds (the fixed ones and every search file), for a switch to `derived: deployed`. */
async function heldDerivedFiles(registryDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const rel of SITE_FILES) if ((await lstat(path.join(registryDir, rel)).catch(() => undefined))?.isFile() === true) out.push(path.join(registryDir, rel));
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(registryDir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) out.push(path.join(registryDir, child));
    }
  };
  await walk(SEARCH_DIR);
  return out;
}

/** url and former_urls of a registry.json being rewritten, read leniently (it may be damaged). */
function previousAddresses(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const data = JSON.parse(text) as { url?: unknown; former_urls?: unknown };
    const former = Array.isArray(data.former_urls) ? data.former_urls : [];
    return [...former, data.url].filter((u): u is string => typeof u === 'string');
  } catch {
    return [];
  }
}

export { serializeIdentity };

/** Plan a new registry folder: registry.json, an index.json that follows its documents, and the page. */
export async function planInitRegistry(settings: InitRegistrySettings): Promise<{ identity: RegistryIdentity; changes: FileChange[]; removed: string[]; warnings: string[] }> {
  if (settings.name.trim() === '') {
    throw new PackdexError('USAGE', 'The registry name must not be empty.', { value: settings.name, fix: 'Pass --name "My registry".' });
  }
  const file = path.join(settings.registryDir, 'registry.json');
  const before = await readFile(file, 'utf8').catch(() => undefined);
  const indexExists = await readFile(path.join(settings.registryDir, 'index.json'), 'utf8').then(
    () => true,
    () => false,
  );
  if ((before !== undefined || indexExists) && !settings.force) {
    throw new PackdexError('REGISTRY_EXISTS', `${quote(settings.registryDir)} already holds a registry.`, {
      value: settings.registryDir,
      expected: 'an empty or new folder',
      fix: 'Choose another folder, or pass --force to rewrite registry.json (packages are kept and index.json is rebuilt from them).',
    });
  }
  // --force keeps the registry's birth date, which is index.json's last_updated while it is empty.
  const createdAt = before === undefined ? undefined : /"created_at":\s*"([^"]+)"/.exec(before)?.[1];
  const url = checkHttpsUrl(settings.url, 'Registry URL').replace(/\/+$/, '');
  // A registry that moves keeps answering for its old addresses: archive URLs recorded under them
  // (before packdex recorded archive paths relative to the registry) still name its own files.
  const former = [...new Set(previousAddresses(before).map((u) => u.replace(/\/+$/, '')))].filter((u) => u !== url && isHttpsUrl(u));
  const identity: RegistryIdentity = {
    format: 'packdex-registry',
    format_version: 1,
    name: settings.name,
    url,
    ...(former.length === 0 ? {} : { former_urls: former }),
    ...(settings.description === undefined ? {} : { description: settings.description }),
    created_at: createdAt !== undefined && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(createdAt) ? createdAt : formatTimestamp(settings.now),
    index: 'index.json',
    packages: 'packages',
    archives: 'archives',
  };
  const layout = previousLayout(before);
  const derived = settings.derived ?? layout.derived;
  if (derived !== undefined) identity.derived = derived;
  if (layout.index_policy !== undefined) identity.index_policy = layout.index_policy;
  if (derived === 'deployed') {
    // Only the sources are kept in git: no derived file is written, and any a committed layout
    // left is removed in the same change (the deploying workflow builds them: site build --out).
    const warnings = isPlaceholderUrl(url) ? [placeholderWarning(url, settings.registryDir)] : [];
    return { identity, changes: [{ path: file, before, after: serializeIdentity(identity) }], removed: await heldDerivedFiles(settings.registryDir), warnings };
  }
  const site = await planSiteBuild(settings.registryDir, identity);
  const served = site.index.produced ? identity : servedIdentity(identity, site.index);
  const warnings = isPlaceholderUrl(url) ? [placeholderWarning(url, settings.registryDir)] : [];
  return { identity: served, changes: [{ path: file, before, after: serializeIdentity(served) }, ...site.changes], removed: site.removed, warnings };
}

function placeholderWarning(url: string, registryDir: string): string {
  return `registry.json's url ${quote(url)} is a placeholder, not where the registry is served: index.json's registry_url and archive URLs use it. When you know the address, run packdex registry init ${registryDir} --force --url https://… (no version is stranded: archive paths are relative to the registry).`;
}

/**
 * Create (or with `force`, re-identify) a registry folder as one registry transaction: the folder
 * is made if missing, and the check for an existing registry runs under the lock.
 */
export async function initRegistry(settings: InitRegistrySettings, options: RegistryWriteOptions = {}): Promise<{ identity: RegistryIdentity; changes: FileChange[]; removed: string[]; warnings: string[]; written: string[] }> {
  const { value, written } = await changeRegistry(settings.registryDir, { command: 'registry init', ...options, create: true }, async () => {
    const plan = await planInitRegistry(settings);
    return { value: plan, changes: plan.changes, removed: plan.removed };
  });
  return { ...value, written };
}
