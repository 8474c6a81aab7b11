import { serializeEntry } from '../../entry/canonical-entry';
import { PackdexError } from '../../errors';
import { isDerivedPath } from '../build-site';
import { indexEntryFor } from '../package-document';
import { addToFeed, emptyFeed, serializeFeed } from '../plan-recent-feed';
import type { RegistryIdentity } from '../read-site';
import { planSearchShards } from '../search/plan-search-shards';
import type { DocumentState } from './check-documents';
import type { RegistryChange } from './registry-reader';
import type { VerifyFinding } from './verify-finding';

/**
 * A registry whose registry.json says `derived: deployed` keeps only its sources in git: the
 * derived files are built by the workflow that deploys it. So a change may not add or alter one
 * (it would be served by nobody and trusted by whoever reads the branch), and each document it
 * changes must still build, which is what the deploying workflow will do with it.
 *
 * The build is judged per changed document, not by a whole-site build: site build takes each
 * document on its own (its index entry, its feed items, its search records; buildSiteFiles), and a
 * document the change leaves alone built for the base already. So the check reads nothing beyond
 * what the change touches, at any registry size; both the folder and the git verify use it.
 */
export async function checkSourcesOnly(change: RegistryChange, documents: readonly DocumentState[], identity: RegistryIdentity, findings: VerifyFinding[]): Promise<void> {
  for (const rel of await changedDerivedPaths(change)) {
    findings.push({
      code: 'DERIVED_FILE_CHANGED',
      file: rel,
      message: `${rel} is a derived file, and this registry keeps none in git (registry.json: derived: deployed); the workflow that deploys it builds them.`,
      value: rel,
      fix: `Remove ${rel} from the change; packdex site build --out DIR builds the site where it is served.`,
    });
  }
  for (const d of documents) {
    if (!d.changed || d.head === undefined) continue;
    try {
      const entry = indexEntryFor(d.head, identity);
      if (entry !== undefined) {
        serializeEntry(entry);
        planSearchShards([entry]);
      }
      serializeFeed(addToFeed(emptyFeed(), d.head));
    } catch (error) {
      if (!(error instanceof PackdexError)) throw error;
      findings.push({ code: error.code, file: d.file, message: `${d.file} does not build: ${error.message}`, value: d.file, fix: error.fix ?? 'Correct the document (packdex site build --out DIR shows the same error).' });
    }
  }
}

/** The derived paths the change adds or alters (removing one is the point of a sources-only registry). */
async function changedDerivedPaths(change: RegistryChange): Promise<string[]> {
  const out: string[] = [];
  for (const { rel, head, base } of change.paths) {
    if (!isDerivedPath(rel) || head === undefined || head.kind === 'other' || head.kind === 'gitlink') continue;
    if (base?.kind === 'file' && head.kind === 'file' && (await change.same(rel))) continue;
    out.push(rel);
  }
  return out;
}
