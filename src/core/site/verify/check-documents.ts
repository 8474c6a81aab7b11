import { isDeepStrictEqual } from 'node:util';
import { PackdexError, quote } from '../../errors';
import type { PackageDocument, PackageVersion } from '../package-document';
import { parsePackageDocument } from '../read-site';
import { nameFromDocumentPath } from '../shard-path';
import { authorFinding } from './check-authors';
import type { ChangedPath, RegistryChange, RegistrySide } from './registry-reader';
import type { TreeEntry } from './registry-tree';
import { repositoryKey, unownedSources } from './source-ownership';
import { lineOf, type VerifyFinding } from './verify-finding';

/** The parts of a version that may change after publishing: only whether it is yanked. */
const MUTABLE = new Set<keyof PackageVersion>(['yanked', 'yanked_at', 'yanked_reason']);
/**
 * An unsigned version may gain its signature, both fields at once (register --receipt
 * --publisher-key-fingerprint, as dbpm registry index does): its bytes stay, they become
 * verifiable. A recorded signature never changes.
 */
const SIGNATURE_FIELDS = new Set<keyof PackageVersion>(['signature_url', 'publisher_key_fingerprint']);

export interface DocumentState {
  file: string;
  name: string;
  /** The head's document; undefined when the change removes it or it is unreadable. */
  head?: PackageDocument;
  /** The base's document, read only when the file changed. */
  base?: PackageDocument;
  /** Whether the file's bytes differ from the base's (or it is new, or removed). */
  changed: boolean;
  /** The head's text, kept for a changed document only (to locate findings in it). */
  text?: string;
}

export interface DocumentRules {
  maxDocumentBytes: number;
  allowOwnerTransfer: boolean;
  /** The registry's url and former_urls. */
  registryUrl: readonly string[];
  publishers: readonly string[];
  author?: string;
}

async function readDocument(side: RegistrySide, rel: string, findings: VerifyFinding[] | undefined): Promise<{ doc: PackageDocument; text: string } | undefined> {
  const text = await side.readText(rel);
  try {
    return { doc: parsePackageDocument(text, rel, nameFromDocumentPath(rel)), text };
  } catch (error) {
    if (!(error instanceof PackdexError)) throw error;
    findings?.push({ code: error.code, file: rel, line: error.line ?? lineOf(text, `"${(error.path ?? '').split('/').pop()}"`), message: error.message, value: error.path ?? rel, fix: error.fix });
    return undefined;
  }
}

/** What each side holds at `rel`: from the change's own list when it names the path, else asked of each side. */
export async function entriesAt(change: RegistryChange, rel: string, listed: ReadonlyMap<string, ChangedPath>): Promise<{ head?: TreeEntry; base?: TreeEntry }> {
  const known = listed.get(rel);
  if (known !== undefined) return { head: known.head, base: known.base };
  return { head: await change.head.entry(rel), base: await change.base?.entry(rel) };
}

/**
 * Read and check the package documents at `paths`. A document is refused unread when it is
 * larger than clients read; an unchanged one (same bytes as the base) is parsed once, for the
 * archives it references, and compared with nothing. A changed one keeps every published version
 * (yanking aside), its owner and its maintainers, and each version it adds lies in the owner's
 * repository and comes from an allowed author.
 */
export async function checkDocuments(change: RegistryChange, paths: readonly string[], rules: DocumentRules, findings: VerifyFinding[], listed: ReadonlyMap<string, ChangedPath>): Promise<{ documents: DocumentState[]; valid: boolean }> {
  const documents: DocumentState[] = [];
  let valid = true;
  const { base, head } = change;
  for (const rel of paths) {
    const at = await entriesAt(change, rel, listed);
    const h = at.head;
    const b = base === undefined ? undefined : at.base;
    const name = nameFromDocumentPath(rel);
    const baseReadable = b?.kind === 'file' && b.size <= rules.maxDocumentBytes;
    if (h === undefined) {
      const old = baseReadable ? await readDocument(base!, rel, undefined) : undefined;
      findings.push({
        code: 'VERSION_IMMUTABLE',
        file: rel,
        message: `Package ${quote(name)} was removed; published versions are never removed (yank them instead).`,
        value: name,
        fix: `Restore ${rel} from the base branch; yank versions with packdex yank ${name}@VERSION.`,
      });
      documents.push({ file: rel, name, base: old?.doc, changed: true });
      continue;
    }
    if (h.kind !== 'file') {
      valid = false;
      continue;
    }
    if (h.size > rules.maxDocumentBytes) {
      valid = false;
      findings.push({
        code: 'DOCUMENT_TOO_LARGE',
        file: rel,
        message: `${rel} is ${h.size} bytes, more than the ${rules.maxDocumentBytes} bytes a client reads of a package document; it was not read.`,
        value: String(h.size),
        fix: 'Restore the document from the base branch; a package document holds the index entry of each version, never files.',
      });
      continue;
    }
    const unchanged = b?.kind === 'file' && (await change.same(rel));
    const now = await readDocument(head, rel, findings);
    if (now === undefined) valid = false;
    const old = !unchanged && baseReadable ? await readDocument(base!, rel, undefined) : undefined;
    // A changed document whose base copy exists but cannot be read has no published versions or
    // owner to hold it to: fail closed, as for the base's registry.json.
    if (!unchanged && b?.kind === 'file' && old === undefined) {
      findings.push({
        code: b.size > rules.maxDocumentBytes ? 'DOCUMENT_TOO_LARGE' : 'PACKAGE_INVALID',
        file: rel,
        message: `The base's ${rel} cannot be read (${b.size > rules.maxDocumentBytes ? `${b.size} bytes, more than ${rules.maxDocumentBytes}` : 'it breaks the rules of a package document'}), so the change to ${quote(name)} cannot be checked against its published versions and owner.`,
        value: rel,
        fix: `Repair ${rel} on the base branch first (a maintainer's change), then rerun verify.`,
      });
    }
    documents.push({ file: rel, name, head: now?.doc, base: old?.doc, changed: !unchanged, ...(unchanged || now === undefined ? {} : { text: now.text }) });
    if (unchanged || now === undefined) continue;
    if (rules.author !== undefined) {
      const refused = authorFinding(rules.author, rel, name, rules.publishers, old?.doc);
      if (refused !== undefined) findings.push(refused);
    }
    if (old !== undefined) findings.push(...changedDocumentFindings(rel, old.doc, now, rules));
  }
  return { documents, valid };
}

function changedDocumentFindings(file: string, old: PackageDocument, now: { doc: PackageDocument; text: string }, rules: DocumentRules): VerifyFinding[] {
  const out: VerifyFinding[] = [];
  const { name } = old;
  const transfer = 'Restore it from the base branch; a transfer is made on purpose, with allow-owner-transfer: true (packdex verify --allow-owner-transfer).';
  if (now.doc.owner !== old.owner && !rules.allowOwnerTransfer) {
    out.push({ code: 'NAME_OWNED', file, line: lineOf(now.text, '"owner"'), message: `The owner of ${quote(name)} changed from ${quote(old.owner)} to ${quote(now.doc.owner)}; a name stays with the repository that first published it.`, value: now.doc.owner, fix: transfer });
  }
  if (!isDeepStrictEqual(now.doc.maintainers ?? [], old.maintainers ?? []) && !rules.allowOwnerTransfer) {
    out.push({ code: 'NAME_OWNED', file, line: lineOf(now.text, '"maintainers"') ?? lineOf(now.text, '"owner"'), message: `The maintainers of ${quote(name)} changed from ${JSON.stringify(old.maintainers ?? [])} to ${JSON.stringify(now.doc.maintainers ?? [])}; who may change a package is an ownership transfer.`, value: JSON.stringify(now.doc.maintainers ?? []), fix: transfer });
  }
  for (const v of old.versions) {
    const kept = now.doc.versions.find((x) => x.version === v.version);
    if (kept === undefined) {
      out.push({ code: 'VERSION_IMMUTABLE', file, message: `${name} ${v.version} was removed; a published version stays (yank it instead: packdex yank ${name}@${v.version}).`, value: v.version, fix: `Restore ${name} ${v.version} from the base branch.` });
      continue;
    }
    const gainsSignature = v.signature_url === undefined && v.publisher_key_fingerprint === undefined;
    const changed = (Object.keys({ ...v, ...kept }) as (keyof PackageVersion)[]).filter((k) => !MUTABLE.has(k) && !(gainsSignature && SIGNATURE_FIELDS.has(k)) && !isDeepStrictEqual(v[k], kept[k]));
    if (changed.length > 0) {
      out.push({ code: 'VERSION_IMMUTABLE', file, line: lineOf(now.text, `"version": "${v.version}"`), message: `${name} ${v.version} was altered (${changed.join(', ')}); a published version never changes: publish a new version instead.`, value: v.version, fix: `Restore ${name} ${v.version} from the base branch and publish a new version.` });
    }
  }
  // The owner in force is the base's, unless the workflow allowed this change to transfer the name.
  const owner = rules.allowOwnerTransfer ? now.doc.owner : old.owner;
  const earlier = new Set(old.versions.map((v) => (v.entry.repository === undefined ? undefined : repositoryKey(v.entry.repository))).filter((k): k is string => k !== undefined));
  for (const v of now.doc.versions) {
    if (old.versions.some((x) => x.version === v.version)) continue;
    const at = `"version": "${v.version}"`;
    for (const problem of unownedSources(v.entry, owner, rules.registryUrl, earlier)) {
      const needle = problem.what === 'repository' ? `"repository": ${JSON.stringify(problem.url)}` : `"url": ${JSON.stringify(problem.url)}`;
      out.push({
        code: 'SOURCE_NOT_OWNED',
        file,
        line: lineOf(now.text, needle, at) ?? lineOf(now.text, at),
        message:
          problem.what === 'repository'
            ? `${name} ${v.version} names the repository ${quote(problem.url)}, but ${quote(name)} belongs to ${quote(owner)}.`
            : `${name} ${v.version}'s ${problem.what} source ${quote(problem.url)} does not lie in ${quote(owner)}, the repository that owns ${quote(name)}.`,
        value: problem.url,
        fix:
          problem.what === 'git'
            ? `A new version of ${quote(name)} installs from ${owner}'s own repository; publish it from there.`
            : problem.what === 'archive'
              ? `Attach the archive to a release of ${owner} (https://${owner}/releases/download/…) or store it in the registry's archives/, as packdex publish does.`
              : `Set repository to https://${owner} (or leave it as earlier versions have it).`,
      });
    }
  }
  return out;
}
