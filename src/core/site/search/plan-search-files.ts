import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FileChange } from '../../fs/file-change';
import { readTextIfExists } from '../../fs/read-text-if-exists';
import { byString } from './build-term-shards';
import type { SearchablePackage } from './plan-search-shards';
import { createSearchIndexWriter } from './search-index-writer';

/**
 * The search files of a registry folder as planned changes, from the packages index.json lists.
 * `site build` and every publish call this with the same index, so both write the same bytes;
 * files already equal are no-ops and left untouched. The files come from the search index writer,
 * which spills a large registry to temporary files in `tempDir` (the system's by default) rather
 * than holding every token's postings at once.
 */
export async function planSearchFiles(registryDir: string, packages: readonly SearchablePackage[], tempDir: string = tmpdir()): Promise<FileChange[]> {
  const writer = createSearchIndexWriter({ tempDir });
  // A failed add has removed the writer's temporary files itself.
  for (const p of [...packages].sort((a, b) => byString(a.ref, b.ref))) writer.add(p);
  const files: [string, string][] = [];
  await writer.finish(async (rel, text) => void files.push([rel, text]));
  files.sort((a, b) => byString(a[0], b[0]));
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
