import type { DocumentState } from './check-documents';
import { forEachBaseDocument } from './owner-documents';
import type { RegistryChange } from './registry-reader';
import type { VerifyFinding } from './verify-finding';

/** What a version records of its README: the file under readmes/, its SHA-256 and size. */
interface ReadmeRecord {
  name: string;
  version: string;
  file: string;
  checksum: string;
  size: number;
}

/**
 * READMEs are published with their version, like its archive, and never rebuilt: a README a base
 * version records keeps its bytes and is never removed, and a new or changed file under readmes/
 * must be the one a version of the head records (path, SHA-256 and size). Otherwise a pull request
 * could put other text on a package's page, or store a file of its own under readmes/.
 * `documents` holds every document the change touches and (in the git verify) the owners of its
 * READMEs by name; a README removed or altered that none of them records is looked for in the
 * base's other documents too, so that no published README changes unseen.
 */
export async function checkReadmes(change: RegistryChange, documents: readonly DocumentState[], findings: VerifyFinding[]): Promise<void> {
  const recordedInBase = new Set<string>();
  const recordedInHead = new Map<string, ReadmeRecord>();
  for (const d of documents) {
    for (const v of (d.changed ? d.base : d.head)?.versions ?? []) if (v.readme !== undefined) recordedInBase.add(v.readme.path);
    for (const v of d.head?.versions ?? []) if (v.readme !== undefined) recordedInHead.set(v.readme.path, { name: d.name, version: v.version, file: d.file, checksum: v.readme.checksum, size: v.readme.size });
  }
  const touched = [];
  for (const p of change.paths) {
    if (!p.rel.startsWith('readmes/')) continue;
    if (p.head?.kind === 'file' && p.base?.kind === 'file' && (await change.same(p.rel))) continue;
    touched.push(p);
  }
  const unseen = new Set(touched.filter((p) => p.base !== undefined && !recordedInBase.has(p.rel)).map((p) => p.rel));
  if (!change.complete && unseen.size > 0) {
    await forEachBaseDocument(change, new Set(documents.map((d) => d.file)), (_file, doc) => {
      for (const v of doc.versions) if (v.readme !== undefined && unseen.has(v.readme.path)) recordedInBase.add(v.readme.path);
    });
  }
  const fixBase = (rel: string) => `Restore ${rel} from the base branch: a published README never changes.`;
  for (const { rel, head: h, base: b } of touched) {
    if (recordedInBase.has(rel) && b !== undefined) {
      findings.push({ code: 'ARCHIVE_IMMUTABLE', file: rel, message: `${rel} is a published version's README and was ${h === undefined ? 'removed' : 'altered'}; it stays as it was published.`, value: rel, fix: fixBase(rel) });
      continue;
    }
    if (h === undefined) continue;
    const record = recordedInHead.get(rel);
    if (record === undefined || h.kind !== 'file') {
      findings.push({ code: 'UNEXPECTED_FILE', file: rel, message: `${rel} is under readmes/, but no version records it as its README.`, value: rel, fix: 'Remove it: publish writes a version\'s README with the version that records it.' });
      continue;
    }
    const sha = `sha256:${await change.head.hash(rel)}`;
    if (sha !== record.checksum || h.size !== record.size) {
      findings.push({
        code: 'ARCHIVE_MISMATCH',
        file: rel,
        message: `${rel} is not the README ${record.name} ${record.version} records (${h.size} bytes, ${sha}; the document says ${record.size} bytes, ${record.checksum}).`,
        value: rel,
        fix: `Publish with packdex, which writes the README and its record together (${record.file}).`,
      });
    }
  }
}
