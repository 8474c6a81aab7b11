import { PackdexError } from '../../core/errors';
import { compareStrings } from '../../core/index-file/index-rules';
import type { RegistryReader } from '../fetch/registry-reader';
import type { FindOptions } from './find-package';

export interface ListedPackage {
  name: string;
  version: string;
  description: string;
  /** The registry that answers for the name (the first, in priority order, that holds it). */
  registry: string;
  /** Later registries that also hold the name, which resolution will never ask for it. */
  shadowed: string[];
}

/**
 * Every package of every registry as one view: a name appears once, from the registry that
 * resolution would ask (the first holding it), with the registries it shadows. Sorted by name.
 */
export async function listPackages(readers: readonly RegistryReader[], options: FindOptions = {}): Promise<ListedPackage[]> {
  const byName = new Map<string, ListedPackage>();
  for (const reader of readers) {
    let packs;
    try {
      packs = (await reader.index()).packs;
    } catch (error) {
      if (!(error instanceof PackdexError) || options.skipUnavailable !== true) throw error;
      options.onSkip?.(reader.name, error);
      continue;
    }
    for (const entry of packs) {
      const held = byName.get(entry.ref);
      if (held !== undefined) held.shadowed.push(reader.name);
      else byName.set(entry.ref, { name: entry.ref, version: entry.version, description: entry.description, registry: reader.name, shadowed: [] });
    }
  }
  return [...byName.values()].sort((a, b) => compareStrings(a.name, b.name));
}
