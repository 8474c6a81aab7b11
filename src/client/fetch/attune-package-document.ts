import type { AttunePackIndex, AttunePackIndexEntry } from '../../core/schema-types';
import { formatTimestamp } from '../../core/index-file/read-index';
import { dependenciesOf, type PackageDocument } from '../../core/site/package-document';

/**
 * The package document a plain Attune index implies for one of its packs. An Attune registry is
 * only index.json, which holds the newest version of each pack, so the document has exactly that
 * one version, tagged `latest`, with the entry's own install sources. Resolve, install and lock
 * then read it like any packdex document and need no case of their own.
 *
 * What the index does not record is taken from what it does: the time of a version and of the
 * document is the index's `last_updated`; the owner is the pack's repository, else the index's
 * `registry_url` (an Attune registry has no publishers to tell apart).
 */
export function attunePackageDocument(index: AttunePackIndex, entry: AttunePackIndexEntry): PackageDocument {
  const at = documentTime(index.last_updated);
  return {
    name: entry.ref,
    owner: entry.repository ?? index.registry_url,
    dist_tags: { latest: entry.version },
    updated_at: at,
    index_updated_at: at,
    versions: [{ version: entry.version, published_at: at, dependencies: dependenciesOf(entry), yanked: false, entry }],
  };
}

/**
 * An index's `last_updated` (RFC 3339, which may carry an offset and a fraction) in the form
 * package documents use: whole seconds, UTC.
 */
function documentTime(lastUpdated: string): string {
  const t = new Date(lastUpdated);
  return Number.isNaN(t.getTime()) ? lastUpdated : formatTimestamp(t);
}
