import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkHttpsUrl } from '../entry/source-rules';
import { PackdexError, quote } from '../errors';
import type { FileChange } from '../fs/file-change';
import { formatTimestamp } from '../index-file/read-index';
import { planSiteBuild } from './build-site';
import type { RegistryIdentity } from './read-site';
import { changeRegistry, type RegistryWriteOptions } from './registry-transaction';

export interface InitRegistrySettings {
  registryDir: string;
  name: string;
  url: string;
  description?: string;
  /** Rewrite registry.json of an existing registry (its packages are kept; index.json is rebuilt from them). */
  force: boolean;
  now: Date;
}

export function serializeIdentity(identity: RegistryIdentity): string {
  return `${JSON.stringify(identity, null, 2)}\n`;
}

/** Plan a new registry folder: registry.json, an index.json that follows its documents, and the page. */
export async function planInitRegistry(settings: InitRegistrySettings): Promise<{ identity: RegistryIdentity; changes: FileChange[] }> {
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
  const identity: RegistryIdentity = {
    format: 'packdex-registry',
    format_version: 1,
    name: settings.name,
    url: checkHttpsUrl(settings.url, 'Registry URL').replace(/\/+$/, ''),
    ...(settings.description === undefined ? {} : { description: settings.description }),
    created_at: createdAt !== undefined && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(createdAt) ? createdAt : formatTimestamp(settings.now),
    index: 'index.json',
    packages: 'packages',
    archives: 'archives',
  };
  const site = await planSiteBuild(settings.registryDir, identity);
  return { identity, changes: [{ path: file, before, after: serializeIdentity(identity) }, ...site.changes] };
}

/**
 * Create (or with `force`, re-identify) a registry folder as one registry transaction: the folder
 * is made if missing, and the check for an existing registry runs under the lock.
 */
export async function initRegistry(settings: InitRegistrySettings, options: RegistryWriteOptions = {}): Promise<{ identity: RegistryIdentity; changes: FileChange[]; written: string[] }> {
  const { value, written } = await changeRegistry(settings.registryDir, { command: 'registry init', ...options, create: true }, async () => {
    const plan = await planInitRegistry(settings);
    return { value: plan, changes: plan.changes };
  });
  return { ...value, written };
}
