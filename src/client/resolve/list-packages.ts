import { PackdexError } from '../../core/errors';
import { compareStrings } from '../../core/index-file/index-rules';
import type { ListedRow, RegistryReader } from '../fetch/registry-reader';
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

export interface HeldEntry {
  /** The registry that answers for the name. */
  registry: string;
  entry: ListedRow;
  /** Later registries that also hold the name. */
  shadowed: string[];
}

/**
 * Every registry's listing (index.json, or its search rows where registry.json says index.json is
 * left out) as one view: each name once, with its line from the first registry (in priority order)
 * that holds it, which is the one resolution asks, whether or not a later registry also has it.
 * In first-seen order. `list` and `search` both read registries this way.
 */
export async function mergedIndex(readers: readonly RegistryReader[], options: FindOptions = {}): Promise<HeldEntry[]> {
  const byName = new Map<string, HeldEntry>();
  for (const reader of readers) {
    let packs;
    try {
      packs = await reader.listing();
    } catch (error) {
      if (!(error instanceof PackdexError) || options.skipUnavailable !== true) throw error;
      options.onSkip?.(reader.name, error);
      continue;
    }
    for (const entry of packs) {
      const held = byName.get(entry.ref);
      if (held !== undefined) held.shadowed.push(reader.name);
      else byName.set(entry.ref, { registry: reader.name, entry, shadowed: [] });
    }
  }
  return [...byName.values()];
}

/** The merged view sorted by name, one line per name, with the registries it shadows. */
export async function listPackages(readers: readonly RegistryReader[], options: FindOptions = {}): Promise<ListedPackage[]> {
  return (await mergedIndex(readers, options))
    .map(({ registry, entry, shadowed }) => ({ name: entry.ref, version: entry.version, description: entry.description, registry, shadowed }))
    .sort((a, b) => compareStrings(a.name, b.name));
}
