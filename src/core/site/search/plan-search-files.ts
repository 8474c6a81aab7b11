import path from 'node:path';
import type { FileChange } from '../../fs/file-change';
import { readTextIfExists } from '../../fs/read-text-if-exists';
import { planSearchShards, type SearchablePackage } from './plan-search-shards';

/**
 * The search files of a registry folder as planned changes, from the packages index.json lists.
 * `site build` and every publish call this with the same index, so both write the same bytes;
 * files already equal are no-ops and left untouched.
 */
export async function planSearchFiles(registryDir: string, packages: readonly SearchablePackage[]): Promise<FileChange[]> {
  const files = [...planSearchShards(packages)].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const changes: FileChange[] = [];
  const BATCH = 64;
  for (let i = 0; i < files.length; i += BATCH) {
    changes.push(
      ...(await Promise.all(
        files.slice(i, i + BATCH).map(async ([rel, after]) => {
          const file = path.join(registryDir, rel);
          return { path: file, before: await readTextIfExists(file), after };
        }),
      )),
    );
  }
  return changes;
}
