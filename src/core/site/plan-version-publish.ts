import path from 'node:path';
import type { FileChange } from '../fs/file-change';
import { addVersion, type NewVersion, type PackageOutcome } from './change-package';
import { planInitRegistry } from './init-registry';
import type { PackageDocument } from './package-document';
import { planPackageChange } from './plan-package-change';
import { readTextIfExists } from '../fs/read-text-if-exists';
import { parseRegistryIdentity, readRegistryIdentity } from './read-site';

export interface VersionPublishPlan {
  outcome: PackageOutcome;
  /** Files to write, each path once; a new registry's files come first. */
  changes: FileChange[];
  doc: PackageDocument;
  /** Registry files the change removes (index.json, once it passes registry.json's limit). */
  removed: string[];
  /** The registry had no registry.json and is created by this change. */
  initialized: boolean;
}

/**
 * Plan one version's publish into a registry folder (a checkout of the registry branch). A folder
 * without registry.json becomes a registry first, named and addressed by `init`, so the first
 * publish into an empty repository needs no separate setup step.
 */
export async function planVersionPublish(
  registryDir: string,
  version: NewVersion,
  init: { name: string; url: string } | undefined,
  now: Date,
): Promise<VersionPublishPlan> {
  const file = path.join(registryDir, 'registry.json');
  const text = await readTextIfExists(file);
  if (text !== undefined || init === undefined) {
    // registry.json is read once: parsed here, or (when missing) reported by readRegistryIdentity.
    const identity = text === undefined ? (await readRegistryIdentity(registryDir)).identity : parseRegistryIdentity(text, file);
    const plan = await planPackageChange(registryDir, version.entry.ref, (doc) => addVersion(doc, version, now), identity);
    return { outcome: plan.outcome, changes: plan.changes, removed: plan.removed, doc: plan.doc, initialized: false };
  }
  const created = await planInitRegistry({ registryDir, name: init.name, url: init.url, force: false, now });
  const plan = await planPackageChange(registryDir, version.entry.ref, (doc) => addVersion(doc, version, now), created.identity);
  return { outcome: plan.outcome, changes: mergeChanges([...created.changes, ...plan.changes]), removed: plan.removed, doc: plan.doc, initialized: true };
}

/** Later changes to a path win; the first one's `before` is what is on disk. */
function mergeChanges(changes: FileChange[]): FileChange[] {
  const byPath = new Map<string, FileChange>();
  for (const change of changes) {
    const held = byPath.get(change.path);
    byPath.set(change.path, held === undefined ? change : { ...held, after: change.after });
  }
  return [...byPath.values()];
}
