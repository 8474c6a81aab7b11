import path from 'node:path';
import { hashFile } from '../../checksum/hash-file';
import type { DocumentState } from './check-documents';
import type { TreeEntry } from './registry-tree';
import { sameBytes } from './same-bytes';
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
 */
export async function checkReadmes(base: string | undefined, head: string, documents: readonly DocumentState[], trees: { head: ReadonlyMap<string, TreeEntry>; base: ReadonlyMap<string, TreeEntry> }, findings: VerifyFinding[]): Promise<void> {
  const recordedInBase = new Set<string>();
  const recordedInHead = new Map<string, ReadmeRecord>();
  for (const d of documents) {
    for (const v of (d.changed ? d.base : d.head)?.versions ?? []) if (v.readme !== undefined) recordedInBase.add(v.readme.path);
    for (const v of d.head?.versions ?? []) if (v.readme !== undefined) recordedInHead.set(v.readme.path, { name: d.name, version: v.version, file: d.file, checksum: v.readme.checksum, size: v.readme.size });
  }
  const fixBase = (rel: string) => `Restore ${rel} from the base branch: a published README never changes.`;
  for (const rel of new Set([...trees.head.keys(), ...trees.base.keys()])) {
    if (!rel.startsWith('readmes/')) continue;
    const h = trees.head.get(rel);
    const b = trees.base.get(rel);
    const unchanged = h?.kind === 'file' && b?.kind === 'file' && h.size === b.size && base !== undefined && (await sameBytes(path.join(base, rel), path.join(head, rel)));
    if (unchanged) continue;
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
    const sha = `sha256:${await hashFile(path.join(head, rel))}`;
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
