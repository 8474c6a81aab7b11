import { hashFile } from '../../checksum/hash-file';
import { parseChecksum } from '../../checksum/parse-checksum';
import { PackdexError, quote } from '../../errors';
import { archiveFileName } from '../../names/package-name';
import { entriesAt, type DocumentState } from './check-documents';
import { forEachBaseDocument } from './owner-documents';
import type { ChangedPath, RegistryChange } from './registry-reader';
import { storedArchivePath } from './source-ownership';
import { lineOf, type VerifyFinding } from './verify-finding';

interface ArchiveReference {
  name: string;
  version: string;
  /** The document that records it. */
  file: string;
  /** The line of its URL in that document, when the document changed. */
  line?: number;
  checksum?: string;
  size?: number;
}

/** Each stored archive (`archives/…`) the given versions reference, with what they record of it. */
function references(documents: readonly DocumentState[], which: 'base' | 'new', registryUrl: readonly string[]): Map<string, ArchiveReference[]> {
  const out = new Map<string, ArchiveReference[]>();
  for (const d of documents) {
    // An unchanged document's versions are all the base's; a changed one's base is its base document.
    const baseDoc = d.changed ? d.base : d.head;
    const versions = which === 'base' ? (baseDoc?.versions ?? []) : (d.head?.versions ?? []).filter((v) => d.changed && !baseDoc?.versions.some((x) => x.version === v.version));
    for (const v of versions) {
      for (const source of v.entry.install_sources) {
        if (source.type !== 'archive') continue;
        const rel = storedArchivePath(source.url, registryUrl);
        if (rel === undefined) continue;
        const list = out.get(rel) ?? [];
        const line = d.text === undefined ? undefined : lineOf(d.text, `"url": ${JSON.stringify(source.url)}`, `"version": "${v.version}"`);
        list.push({ name: d.name, version: v.version, file: d.file, line, checksum: source.checksum, size: v.archive_size });
        out.set(rel, list);
      }
    }
  }
  return out;
}

/**
 * Each detached signature stored in the registry (`archives/<archive>.asc`, recorded relative or
 * under the registry's url or a former url) that the given versions record: `base` the ones
 * published before this change, `new` the ones it records first (a new version, or an unsigned one
 * gaining its signature). A signature hosted elsewhere (a release asset) is not the registry's file.
 */
function signatureReferences(documents: readonly DocumentState[], which: 'base' | 'new', registryUrl: readonly string[]): Map<string, ArchiveReference[]> {
  const out = new Map<string, ArchiveReference[]>();
  for (const d of documents) {
    const baseDoc = d.changed ? d.base : d.head;
    const signed =
      which === 'base'
        ? (baseDoc?.versions ?? [])
        : (d.changed ? (d.head?.versions ?? []) : []).filter((v) => v.signature_url !== undefined && baseDoc?.versions.find((x) => x.version === v.version)?.signature_url === undefined);
    for (const v of signed) {
      if (v.signature_url === undefined) continue;
      const rel = storedArchivePath(v.signature_url, registryUrl);
      if (rel === undefined) continue;
      const line = d.text === undefined ? undefined : lineOf(d.text, `"signature_url": ${JSON.stringify(v.signature_url)}`, `"version": "${v.version}"`);
      out.set(rel, [...(out.get(rel) ?? []), { name: d.name, version: v.version, file: d.file, line }]);
    }
  }
  return out;
}

/**
 * A new version's archive kept under its own name (`archives/<name>-<version>.tar.gz`) while the
 * entry points at a copy elsewhere (publish --archive-url-base): the file is then the version's
 * archive only if it holds exactly the bytes the version records.
 */
function keptCopies(documents: readonly DocumentState[]): Map<string, ArchiveReference[]> {
  const out = new Map<string, ArchiveReference[]>();
  for (const d of documents) {
    if (!d.changed || d.head === undefined) continue;
    for (const v of d.head.versions) {
      if (d.base?.versions.some((x) => x.version === v.version)) continue;
      const source = v.entry.install_sources.find((s) => s.type === 'archive');
      if (source === undefined) continue;
      out.set(`archives/${archiveFileName(d.name, v.version)}`, [{ name: d.name, version: v.version, file: d.file, checksum: source.checksum, size: v.archive_size }]);
    }
  }
  return out;
}

/** What differs between a stored archive (the file at `file`) and what a version records of it, or undefined. */
async function recordMismatch(file: string, size: number, ref: ArchiveReference): Promise<string | undefined> {
  if (ref.size !== undefined && ref.size !== size) return `it is ${size} bytes, and ${ref.name} ${ref.version} records archive_size ${ref.size}`;
  if (ref.checksum === undefined) return undefined;
  let algorithm, hex;
  try {
    ({ algorithm, hex } = parseChecksum(ref.checksum));
  } catch (error) {
    if (error instanceof PackdexError) return `${ref.name} ${ref.version} records the checksum ${quote(ref.checksum)}, which packdex cannot check`;
    throw error;
  }
  const got = await hashFile(file, algorithm);
  return got === hex ? undefined : `its ${algorithm} is ${got}, and ${ref.name} ${ref.version} records ${hex}`;
}

/**
 * Base versions that install from a stored archive which the change removes or alters, where the
 * documents read so far (in the git verify, only those the change touches and the owners of its
 * files) record none: found by a scan of the base's documents, so that no published archive loses
 * its bytes unseen. A publish never removes or rewrites a stored archive, so the scan runs only
 * for the change that does, and only where the folder verify's full view would see more.
 */
async function scanPublished(change: RegistryChange, documents: readonly DocumentState[], published: Map<string, ArchiveReference[]>, signed: Map<string, ArchiveReference[]>, registryUrl: readonly string[]): Promise<void> {
  if (change.complete || change.base === undefined) return;
  const wanted = new Set<string>();
  for (const p of change.paths) {
    if (p.rel.startsWith('archives/') && p.base !== undefined && !published.has(p.rel) && !signed.has(p.rel) && !(await change.same(p.rel))) wanted.add(p.rel);
  }
  if (wanted.size === 0) return;
  await forEachBaseDocument(change, new Set(documents.map((d) => d.file)), (file, doc) => {
    const read = [{ file, name: doc.name, head: doc, changed: false }];
    // Archives and the detached signatures stored beside them: both are published files.
    for (const [found, into] of [[references(read, 'base', registryUrl), published], [signatureReferences(read, 'base', registryUrl), signed]] as const) {
      for (const [rel, refs] of found) if (wanted.has(rel)) into.set(rel, [...(into.get(rel) ?? []), ...refs]);
    }
  });
}

/**
 * The registry's stored archives: one a base version references keeps its exact bytes and is
 * never removed; one that is new (or altered while no base version references it) is referenced
 * by a version this change adds, whose size and checksum it matches; and every stored archive a
 * new version references exists. Bytes are streamed, never read whole. `documents` holds every
 * document the change touches, and (in the git verify) the documents that own its archives by
 * name (ownerDocumentPaths); `listed` is the change's paths by name.
 */
export async function checkArchives(
  change: RegistryChange,
  documents: readonly DocumentState[],
  listed: ReadonlyMap<string, ChangedPath>,
  registryUrl: readonly string[],
  findings: VerifyFinding[],
  openArchive?: (file: string, claim: { name: string; version: string }) => Promise<void>,
): Promise<void> {
  const { head } = change;
  /** The file matches what `x` records, and (when the adapters can open one) holds its package and version. */
  const matches = (rel: string, size: number, x: ArchiveReference, fix: string) =>
    head.withFile(rel, async (file) => {
      const mismatch = await recordMismatch(file, size, x);
      if (mismatch !== undefined) {
        findings.push({ code: 'ARCHIVE_MISMATCH', file: rel, message: `${rel} is not the archive ${x.name} ${x.version} records: ${mismatch}.`, value: rel, fix });
        return;
      }
      if (openArchive === undefined) return;
      try {
        await openArchive(file, { name: x.name, version: x.version });
      } catch (error) {
        if (!(error instanceof PackdexError)) throw error;
        // The file is named by its registry path: a temporary copy's path (the git verify) means nothing to the reader.
        findings.push({ code: error.code, file: rel, message: `${rel} is not the archive of ${x.name} ${x.version}: ${error.message.split(file).join(rel)}`, value: rel, fix: error.fix ?? 'Publish with packdex publish, which builds the archive from the package.' });
      }
    });
  const published = references(documents, 'base', registryUrl);
  const signedBefore = signatureReferences(documents, 'base', registryUrl);
  await scanPublished(change, documents, published, signedBefore, registryUrl);
  const added = references(documents, 'new', registryUrl);
  const copies = keptCopies(documents);
  for (const [rel, refs] of published) {
    // A path the change does not list holds the same thing on both sides: nothing to refuse (the git verify lists only the diff).
    if (!change.complete && !listed.has(rel)) continue;
    const { head: h, base: b } = await entriesAt(change, rel, listed);
    const ref = refs[0]!;
    if (h === undefined) {
      if (b !== undefined) {
        findings.push({ code: 'ARCHIVE_IMMUTABLE', file: rel, message: `${rel} was removed, but ${ref.name} ${ref.version} (${ref.file}) installs from it; a published archive is never removed.`, value: rel, fix: `Restore ${rel} from the base branch; yank the version instead (packdex yank ${ref.name}@${ref.version}).` });
      }
      continue;
    }
    if (h.kind !== 'file') continue;
    if (b?.kind === 'file') {
      if (!(await change.same(rel))) {
        findings.push({ code: 'ARCHIVE_IMMUTABLE', file: rel, message: `${rel} was replaced, but ${ref.name} ${ref.version} (${ref.file}) installs from it; a published archive's bytes never change.`, value: rel, fix: `Restore ${rel} from the base branch, and publish a new version for new contents.` });
      }
      continue;
    }
    // A base version named an archive the base lacked: the change may supply it, with the recorded bytes.
    await head.withFile(rel, async (file) => {
      for (const r of refs) {
        const mismatch = await recordMismatch(file, h.size, r);
        if (mismatch !== undefined) findings.push({ code: 'ARCHIVE_MISMATCH', file: rel, message: `${rel} is not the archive ${r.name} ${r.version} records: ${mismatch}.`, value: rel, fix: 'Store the exact archive that was published (packdex checksum FILE shows its sha256).' });
      }
    });
  }
  // Each stored archive a new version installs from: present, its own (not a published version's), as recorded.
  const checked = new Set<string>();
  for (const [rel, refs] of added) {
    const { head: h } = await entriesAt(change, rel, listed);
    const r = refs[0]!;
    if (h === undefined) {
      findings.push({ code: 'ARCHIVE_MISSING', file: r.file, line: r.line, message: `${r.name} ${r.version} installs from ${rel}, which the registry does not hold.`, value: rel, fix: 'Add the archive with the version (packdex publish stores it), or point the version at its release download.' });
      continue;
    }
    if (h.kind !== 'file') continue;
    checked.add(rel);
    const taken = published.get(rel)?.[0];
    if (taken !== undefined) {
      findings.push({ code: 'SOURCE_NOT_OWNED', file: r.file, line: r.line, message: `${r.name} ${r.version} installs from ${rel}, the archive of ${taken.name} ${taken.version}; a new version brings its own archive.`, value: rel, fix: 'Publish the version with packdex publish, which stores its own archive beside it.' });
      continue;
    }
    for (const x of refs) {
      // Only names packdex writes: a stored file is served from the registry's own origin, so
      // `archives/page.html` would be a page of the registry's site, whoever published it.
      const named = `archives/${archiveFileName(x.name, x.version)}`;
      if (rel !== named) {
        findings.push({ code: 'ARCHIVE_MISMATCH', file: x.file, line: x.line, message: `${x.name} ${x.version} installs from ${rel}; a version's stored archive is ${named}.`, value: rel, fix: 'Publish with packdex publish, which stores the archive under its name.' });
        continue;
      }
      await matches(rel, h.size, x, 'Publish with packdex publish, which stores the archive and records its size and checksum together.');
    }
  }
  // Detached signatures stored beside the archives: a published one keeps its bytes (OpenPGP
  // signatures are salted, so a rerun's would differ, and a client may have checked this one); a
  // newly recorded one is present, and named after its version's archive.
  for (const [rel, refs] of signedBefore) {
    if (!change.complete && !listed.has(rel)) continue;
    const { head: h, base: b } = await entriesAt(change, rel, listed);
    const ref = refs[0]!;
    if (b?.kind !== 'file') continue;
    if (h === undefined) {
      findings.push({ code: 'ARCHIVE_IMMUTABLE', file: rel, message: `${rel} was removed, but ${ref.name} ${ref.version} (${ref.file}) records it as its signature; a published signature is never removed.`, value: rel, fix: `Restore ${rel} from the base branch.` });
    } else if (h.kind !== 'file' || !(await change.same(rel))) {
      findings.push({ code: 'ARCHIVE_IMMUTABLE', file: rel, message: `${rel} was replaced, but ${ref.name} ${ref.version} (${ref.file}) records it as its signature; a published signature's bytes never change.`, value: rel, fix: `Restore ${rel} from the base branch.` });
    }
    checked.add(rel);
  }
  for (const [rel, refs] of signatureReferences(documents, 'new', registryUrl)) {
    const { head: h } = await entriesAt(change, rel, listed);
    for (const x of refs) {
      const named = `archives/${archiveFileName(x.name, x.version)}.asc`;
      if (rel !== named) {
        findings.push({ code: 'ARCHIVE_MISMATCH', file: x.file, line: x.line, message: `${x.name} ${x.version} records the signature ${rel}; a version's stored signature is ${named}, beside its archive.`, value: rel, fix: 'Publish with packdex publish --sign-key, which stores the signature beside the archive.' });
      } else if (h === undefined || h.kind !== 'file') {
        findings.push({ code: 'ARCHIVE_MISSING', file: x.file, line: x.line, message: `${x.name} ${x.version} records the signature ${rel}, which the registry does not hold.`, value: rel, fix: 'Add the signature with the version (packdex publish --sign-key stores it), or record its https URL where it is hosted.' });
      } else if (signedBefore.has(rel)) {
        const taken = signedBefore.get(rel)![0]!;
        findings.push({ code: 'SOURCE_NOT_OWNED', file: x.file, line: x.line, message: `${x.name} ${x.version} records ${rel}, the signature of ${taken.name} ${taken.version}.`, value: rel, fix: 'A version brings its own signature: publish it with packdex publish --sign-key.' });
      }
      if (rel === named && h?.kind === 'file') checked.add(rel);
    }
  }
  // Every other archive file the change adds or alters must be a new version's archive, kept under its name.
  for (const { rel, head: h, base: b } of change.paths) {
    if (!rel.startsWith('archives/') || h?.kind !== 'file' || published.has(rel) || checked.has(rel)) continue;
    if (b?.kind === 'file' && (await change.same(rel))) continue;
    const refs = copies.get(rel);
    if (refs === undefined) {
      findings.push({ code: 'UNEXPECTED_FILE', file: rel, message: `${rel} is ${b === undefined ? 'new' : 'altered'}, and no version this change publishes installs from it.`, value: rel, fix: 'Remove it: archives/ holds only the archives of published versions, added together with the version (packdex publish).' });
      continue;
    }
    for (const x of refs) await matches(rel, h.size, x, 'Publish with packdex publish, which stores the archive and records its size and checksum together.');
  }
}

/** The stored archives (`archives/…`) the versions a change adds install from. */
export function newArchivePaths(documents: readonly DocumentState[], registryUrl: readonly string[]): string[] {
  return [...references(documents, 'new', registryUrl).keys()];
}
