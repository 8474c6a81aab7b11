import { applyFileChanges } from '../../src/core/fs/file-change';
import { planInitRegistry } from '../../src/core/site/init-registry';
import { publishToFolder, type PublishToFolderSettings } from '../../src/core/site/publish-to-folder';
import { makePack, tempDir } from './tmp';

export const REGISTRY_URL = 'https://packs.example.com';
export const T0 = new Date('2026-02-03T04:05:06Z');

/** A new, empty registry folder. */
export async function initRegistry(dir = tempDir('packdex-registry-'), now = T0): Promise<string> {
  await applyFileChanges((await planInitRegistry({ registryDir: dir, name: 'Test', url: REGISTRY_URL, force: false, now })).changes);
  return dir;
}

/** pack.yaml for a pack `ref` at `version`, with optional extra YAML lines. */
export function packYaml(ref: string, version: string, extra = ''): string {
  const defaults: [string, string][] = [['ref', ref], ['label', ref], ['description', `The ${ref} pack`], ['version', `"${version}"`], ['author', 'Tester'], ['license', 'MIT']];
  // A key given in `extra` replaces the default (YAML refuses a key twice).
  const lines = defaults.filter(([k]) => !new RegExp(`^${k}:`, 'm').test(extra)).map(([k, v]) => `${k}: ${v}\n`);
  return `${lines.join('')}${extra}`;
}

/** Publish a fresh pack of `ref@version` into `registry`. */
export async function publish(registry: string, ref: string, version: string, options: { extra?: string; now?: Date; files?: Record<string, string>; settings?: Partial<PublishToFolderSettings> } = {}) {
  const packDir = makePack({ 'pack.yaml': packYaml(ref, version, options.extra), ...options.files });
  const result = await publishToFolder({ packDir, registryDir: registry, now: options.now ?? T0, ...options.settings });
  if (result.entry === undefined) throw new Error(`audit failed: ${JSON.stringify(result.audit?.checks.filter((c) => c.status === 'FAIL'))}`);
  return result;
}
