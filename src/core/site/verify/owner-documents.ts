import { PACKAGE_NAME_PATTERN } from '../../names/package-name';
import { MAX_DOCUMENT_BYTES, parsePackageDocument } from '../read-site';
import { nameFromDocumentPath, packageDocumentPath } from '../shard-path';
import type { PackageDocument } from '../package-document';
import type { RegistryChange } from './registry-reader';

/**
 * The documents whose versions would keep a stored file at `rel` under their own name: an archive
 * `archives/[@scope/]<base>-<version>.tar.gz` (archiveFileName) or its signature (`….tar.gz.asc`) belongs to `[@scope/]<base>` for
 * some split of the stem at a `-` (a name may hold dashes, a version too), a README
 * `readmes/<name>/<version>.md` (readmePath, which the document schema enforces) to `<name>`.
 * These are the only names verify lets a new version store its files under, so the git verify
 * reads these few documents instead of every document of the registry.
 */
export function ownerDocumentPaths(rel: string): string[] {
  const out = new Set<string>();
  const readme = /^readmes\/((?:@[^/]+\/)?[^/]+)\/[^/]+\.md$/.exec(rel);
  if (readme !== null) {
    if (PACKAGE_NAME_PATTERN.test(readme[1]!)) out.add(packageDocumentPath(readme[1]!));
    return [...out];
  }
  // A detached signature (`<archive>.asc`, stored beside it) belongs to the archive's owner.
  const archive = /^archives\/(@[^/]+\/)?([^/]+)\.tar\.gz(?:\.asc)?$/.exec(rel);
  if (archive === null) return [];
  const scope = archive[1] ?? '';
  const stem = archive[2]!;
  for (let i = stem.indexOf('-'); i > 0; i = stem.indexOf('-', i + 1)) {
    const name = `${scope}${stem.slice(0, i)}`;
    if (PACKAGE_NAME_PATTERN.test(name) && i < stem.length - 1) out.add(packageDocumentPath(name));
  }
  return [...out];
}

/**
 * Visit every readable package document of the base, skipping `except`: the global view, for the
 * one case a rule needs it in the git verify (a change removes or alters a stored file that none
 * of its owner documents records, and only a scan can tell whether some other version does).
 * Documents are read one at a time, through the change's reader, never held together.
 */
export async function forEachBaseDocument(change: RegistryChange, except: ReadonlySet<string>, visit: (rel: string, doc: PackageDocument) => void, maxBytes = MAX_DOCUMENT_BYTES): Promise<void> {
  const base = change.base;
  if (base === undefined) return;
  for (const rel of await change.baseDocumentPaths()) {
    if (except.has(rel)) continue;
    const entry = await base.entry(rel);
    if (entry?.kind !== 'file' || entry.size > maxBytes) continue;
    try {
      visit(rel, parsePackageDocument(await base.readText(rel), rel, nameFromDocumentPath(rel)));
    } catch {
      // An unreadable base document records nothing a client could install; it is the base's own finding.
    }
  }
}
