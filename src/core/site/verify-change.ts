import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { PackdexError, quote, type ErrorCode } from '../errors';
import { isNoop } from '../fs/file-change';
import { planSiteBuild } from './build-site';
import type { PackageDocument, PackageVersion } from './package-document';
import { nameFromDocumentPath } from './shard-path';
import { listPackageDocuments, parsePackageDocument, readRegistryIdentity } from './read-site';

/** One reason a registry change is refused, located for an annotation. */
export interface VerifyFinding {
  code: ErrorCode;
  /** Path relative to the registry root. */
  file: string;
  line?: number;
  message: string;
}

/** The parts of a version that may change after publishing: only whether it is yanked. */
const MUTABLE = new Set<keyof PackageVersion>(['yanked', 'yanked_at', 'yanked_reason']);
/**
 * An unsigned version may gain its signature, both fields at once (register --receipt
 * --publisher-key-fingerprint, as dbpm registry index does): its bytes stay, they become
 * verifiable. A recorded signature never changes.
 */
const SIGNATURE_FIELDS = new Set<keyof PackageVersion>(['signature_url', 'publisher_key_fingerprint']);

/** The 1-based line of the first occurrence of `needle` in `text`, if any. */
function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}

async function readDocuments(root: string, findings: VerifyFinding[] | undefined): Promise<Map<string, { doc: PackageDocument; text: string; file: string }>> {
  const out = new Map<string, { doc: PackageDocument; text: string; file: string }>();
  for (const file of await listPackageDocuments(root)) {
    const text = await readFile(path.join(root, file), 'utf8');
    try {
      const doc = parsePackageDocument(text, file, nameFromDocumentPath(file));
      out.set(doc.name, { doc, text, file });
    } catch (error) {
      if (findings === undefined || !(error instanceof PackdexError)) throw error;
      findings.push({ code: error.code, file, line: error.line ?? lineOf(text, `"${(error.path ?? '').split('/').pop()}"`), message: error.message });
    }
  }
  return out;
}

/**
 * Check a registry change (a pull request's head against its base) the way the registry's
 * maintainers would: every file keeps its schema, no published version is altered or removed
 * (yanking excepted), a name stays with the repository that first published it, and index.json
 * is exactly what the package documents give. `base` undefined means a new registry.
 */
export async function verifyRegistryChange(base: string | undefined, head: string): Promise<VerifyFinding[]> {
  const findings: VerifyFinding[] = [];
  try {
    await readRegistryIdentity(head);
  } catch (error) {
    if (!(error instanceof PackdexError)) throw error;
    return [{ code: error.code, file: 'registry.json', message: error.message }];
  }
  const after = await readDocuments(head, findings);
  const before = base === undefined ? new Map() : await readDocuments(base, undefined);
  for (const [name, old] of before) {
    const now = after.get(name);
    if (now === undefined) {
      if (!findings.some((f) => f.file === old.file)) findings.push({ code: 'VERSION_IMMUTABLE', file: old.file, message: `Package ${quote(name)} was removed; published versions are never removed (yank them instead).` });
      continue;
    }
    if (now.doc.owner !== old.doc.owner) {
      findings.push({ code: 'NAME_OWNED', file: now.file, line: lineOf(now.text, '"owner"'), message: `The owner of ${quote(name)} changed from ${quote(old.doc.owner)} to ${quote(now.doc.owner)}; a name stays with the repository that first published it.` });
    }
    for (const v of old.doc.versions as PackageVersion[]) {
      const kept = now.doc.versions.find((x) => x.version === v.version);
      const line = lineOf(now.text, `"version": "${v.version}"`);
      if (kept === undefined) {
        findings.push({ code: 'VERSION_IMMUTABLE', file: now.file, message: `${name} ${v.version} was removed; a published version stays (yank it instead: packdex yank ${name}@${v.version}).` });
        continue;
      }
      const gainsSignature = v.signature_url === undefined && v.publisher_key_fingerprint === undefined;
      const changed = (Object.keys({ ...v, ...kept }) as (keyof PackageVersion)[]).filter((k) => !MUTABLE.has(k) && !(gainsSignature && SIGNATURE_FIELDS.has(k)) && !isDeepStrictEqual(v[k], kept[k]));
      if (changed.length > 0) {
        findings.push({ code: 'VERSION_IMMUTABLE', file: now.file, line, message: `${name} ${v.version} was altered (${changed.join(', ')}); a published version never changes: publish a new version instead.` });
      }
    }
  }
  if (findings.length === 0) {
    try {
      const site = await planSiteBuild(head);
      const index = site.changes.find((c) => path.basename(c.path) === 'index.json')!;
      if (!isNoop(index)) {
        findings.push({ code: 'SITE_DRIFT', file: 'index.json', message: 'index.json is not what the package documents give; run packdex site build and commit the result.' });
      }
    } catch (error) {
      if (!(error instanceof PackdexError)) throw error;
      findings.push({ code: error.code, file: typeof error.value === 'string' ? error.value : 'packages', message: error.message });
    }
  }
  return findings;
}
