import { PackdexError } from '../../errors';
import { MAX_DOCUMENT_BYTES, parseRegistryIdentity, type RegistryIdentity } from '../read-site';
import type { VerifyOptions } from '../verify-change';
import { checkArchives, newArchivePaths } from './check-archives';
import { checkDocuments, type DocumentState } from './check-documents';
import { identityFindings } from './check-identity';
import { checkReadmes } from './check-readmes';
import { checkSourcesOnly } from './check-sources-only';
import { gitlinkFinding } from './checkout-control';
import { classifyPath } from './classify-path';
import { ownerDocumentPaths } from './owner-documents';
import type { ChangedPath, RegistryChange, RegistrySide } from './registry-reader';
import type { TreeEntry } from './registry-tree';
import type { VerifyFinding } from './verify-finding';

/** The most a change may add or alter, in bytes, unless the workflow says otherwise. */
export const DEFAULT_MAX_CHANGE_BYTES = 100 * 1024 * 1024;

async function readIdentity(side: RegistrySide, entry: TreeEntry | undefined, maxBytes: number): Promise<{ identity: RegistryIdentity; text: string } | VerifyFinding> {
  if (entry === undefined || entry.kind !== 'file') {
    return { code: 'REGISTRY_NOT_FOUND', file: 'registry.json', message: 'The registry has no registry.json (a regular file), so nothing says what it is.', fix: 'Restore registry.json from the base branch.' };
  }
  if (entry.size > maxBytes) {
    return { code: 'DOCUMENT_TOO_LARGE', file: 'registry.json', message: `registry.json is ${entry.size} bytes, more than the ${maxBytes} bytes a client reads; it was not read.`, value: String(entry.size), fix: 'Restore registry.json from the base branch.' };
  }
  const text = await side.readText('registry.json');
  try {
    return { identity: parseRegistryIdentity(text, 'registry.json'), text };
  } catch (error) {
    if (!(error instanceof PackdexError)) throw error;
    return { code: error.code, file: 'registry.json', message: error.message, fix: error.fix };
  }
}

const isFinding = (x: object): x is VerifyFinding => 'code' in x;

/** The head's registry.json as verify reads it (a finding when it cannot be read): the layout decides how verify runs. */
export async function headIdentity(change: RegistryChange, listed: ReadonlyMap<string, ChangedPath>, maxBytes = MAX_DOCUMENT_BYTES): Promise<{ identity: RegistryIdentity; text: string } | VerifyFinding> {
  return readIdentity(change.head, listed.get('registry.json')?.head ?? (await change.head.entry('registry.json')), maxBytes);
}

/**
 * Compares the derived files of a `derived: committed` registry with a full build (the folder
 * verify's checkDerivedFiles). Only the folder verify has one: a committed registry's derived
 * files depend on every document, so the git verify hands such a registry to the folder verify.
 */
export type CommittedDerivedCheck = (documentsReadable: boolean, findings: VerifyFinding[]) => Promise<void>;

/**
 * The rules of a registry change, over a RegistryChange (folders or commits): the one place
 * verify's rules are applied, so that both modes refuse the same changes with the same findings.
 * See verifyRegistryChange for the rules themselves.
 */
export async function checkChange(change: RegistryChange, options: VerifyOptions, committedDerived: CommittedDerivedCheck | undefined): Promise<VerifyFinding[]> {
  const maxDocumentBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const maxChangeBytes = options.maxChangeBytes ?? DEFAULT_MAX_CHANGE_BYTES;
  const listed = new Map(change.paths.map((p) => [p.rel, p]));
  const findings: VerifyFinding[] = [];

  const now = await headIdentity(change, listed, maxDocumentBytes);
  if (isFinding(now)) return [now];
  const baseEntry = change.base === undefined ? undefined : (listed.get('registry.json')?.base ?? (await change.base.entry('registry.json')));
  // An unchanged registry.json is the same file on both sides: read once.
  let was: Awaited<ReturnType<typeof readIdentity>> | undefined;
  if (change.base !== undefined && baseEntry !== undefined) was = (await change.same('registry.json')) ? now : await readIdentity(change.base, baseEntry, maxDocumentBytes);
  const before = was === undefined || isFinding(was) ? undefined : was.identity;
  // Without the base's registry.json there are no rules in force to judge by: fail closed.
  if (was !== undefined && isFinding(was)) {
    findings.push({ ...was, message: `The base's registry.json cannot be read (${was.message}), so the change cannot be checked against the registry's rules.`, fix: 'Repair registry.json on the base branch first, then rerun verify.' });
  }
  if (before !== undefined) findings.push(...identityFindings(before, now, options.allowIdentityChange === true));
  // The rules in force are the base's: a pull request does not get to write its own.
  const policy = before !== undefined && options.allowIdentityChange !== true ? before : now.identity;

  let changeBytes = 0;
  // A link (or anything not a file) keeps the site build from running: it reads folders by path.
  let onlyFiles = true;
  let largest: { rel: string; size: number } | undefined;
  for (const { rel, head: entry, base: old } of change.paths) {
    if (entry === undefined) continue;
    if (entry.kind !== 'file') onlyFiles = false;
    if (entry.kind === 'symlink') {
      findings.push({ code: 'PATH_SYMLINK', file: rel, message: `${rel} is a symbolic link; a registry serves files as they are, and a link can point anywhere.`, value: rel, fix: 'Replace the link with the file itself, or remove it.' });
    } else if (entry.kind === 'gitlink') {
      findings.push(gitlinkFinding(rel));
    } else if (entry.kind === 'other') {
      findings.push({ code: 'PATH_UNSUPPORTED', file: rel, message: `${rel} is not a regular file.`, value: rel, fix: 'Remove it.' });
    }
    if (old === undefined || old.kind !== entry.kind || old.size !== entry.size) {
      changeBytes += entry.size;
      if (largest === undefined || entry.size > largest.size) largest = { rel, size: entry.size };
    }
  }
  if (changeBytes > maxChangeBytes) {
    findings.push({
      code: 'CHANGE_TOO_LARGE',
      file: largest!.rel,
      message: `The change adds or alters ${changeBytes} bytes (${largest!.rel} alone ${largest!.size}), more than the ${maxChangeBytes} this registry accepts in one pull request; nothing more was read.`,
      value: String(changeBytes),
      fix: 'Split the change, or raise max-change-bytes in the verify workflow (packdex verify --max-change-bytes N).',
    });
    // Documents too large to read are still named, from their sizes alone.
    for (const { rel, head: entry } of change.paths) {
      if (entry !== undefined && classifyPath(rel, []) === 'document' && entry.size > maxDocumentBytes) {
        findings.push({ code: 'DOCUMENT_TOO_LARGE', file: rel, message: `${rel} is ${entry.size} bytes, more than the ${maxDocumentBytes} bytes a client reads of a package document; it was not read.`, value: String(entry.size), fix: 'Restore the document from the base branch.' });
      }
    }
    return findings;
  }

  // Where the registry's own archives are: its url, and the addresses it was served at before
  // (the base's as well, so a pull request cannot drop a former address to free its archives).
  const addresses = [...new Set([now.identity.url, ...(now.identity.former_urls ?? []), ...(before?.former_urls ?? [])])];
  const documentPaths: string[] = [];
  let packagesClean = true;
  for (const { rel, head: h } of change.paths) {
    const kind = classifyPath(rel, policy.extra_files ?? []);
    if (kind === 'document') documentPaths.push(rel);
    if (kind !== 'unexpected' || h === undefined || h.kind !== 'file') continue;
    // listPackageDocuments (the site build) reads every .json under packages/, wherever it is.
    if (rel.startsWith('packages/') && rel.endsWith('.json')) packagesClean = false;
    if (await change.same(rel)) continue;
    findings.push({
      code: 'UNEXPECTED_FILE',
      file: rel,
      message: rel.startsWith('packages/')
        ? `${rel} is not a package document where its name says it lives (packages/<shard>/<name>.json).`
        : `${rel} is ${listed.get(rel)?.base === undefined ? 'new' : 'altered'}, and it is none of the registry's files: registry.json, packages/, archives/, or what site build writes.`,
      value: rel,
      fix: rel.startsWith('packages/') ? 'Remove it, or move the document to where its name says.' : `Remove it, or list it in registry.json's extra_files (e.g. "${rel}") in a change the maintainers allow.`,
    });
  }

  const rules = { maxDocumentBytes, allowOwnerTransfer: options.allowOwnerTransfer === true, registryUrl: addresses, publishers: policy.publishers ?? [], author: options.author };
  const touched = await checkDocuments(change, documentPaths, rules, findings, listed);
  let documents: DocumentState[] = touched.documents;
  if (!change.complete) documents = [...documents, ...(await ownerDocuments(change, documents, addresses, rules, findings, listed))];
  await checkArchives(change, documents, listed, addresses, findings, options.openArchive);
  await checkReadmes(change, documents, findings);
  if (now.identity.derived === 'deployed') {
    await checkSourcesOnly(change, documents, now.identity, findings);
    return findings;
  }
  if (committedDerived === undefined) throw new Error('A derived: committed registry is checked by the folder verify (checkDerivedFiles).');
  // The build needs every document readable (a broken one is already a finding of its own) and
  // no links (it reads folders by path); without it, the page's files are still compared.
  try {
    await committedDerived(touched.valid && packagesClean && onlyFiles, findings);
  } catch (error) {
    if (!(error instanceof PackdexError)) throw error;
    findings.push({ code: error.code, file: typeof error.value === 'string' ? error.value : 'packages', message: error.message, fix: error.fix });
  }
  return findings;
}

/**
 * The documents the change does not touch but its rules must read (the git verify, which sees only
 * the diff): the owners by name (ownerDocumentPaths) of each archive or README the change adds,
 * alters or removes, and of each stored archive a new version installs from. Whether a base
 * version records such a file is what decides if its bytes are published (immutable) or new; a
 * file under another package's name is looked for by checkArchives and checkReadmes themselves,
 * in the rare case that needs it.
 */
async function ownerDocuments(change: RegistryChange, documents: readonly DocumentState[], addresses: readonly string[], rules: Parameters<typeof checkDocuments>[2], findings: VerifyFinding[], listed: ReadonlyMap<string, ChangedPath>): Promise<DocumentState[]> {
  const have = new Set(documents.map((d) => d.file));
  const wanted = new Set<string>();
  const files = [...change.paths.map((p) => p.rel).filter((rel) => rel.startsWith('archives/') || rel.startsWith('readmes/')), ...newArchivePaths(documents, addresses)];
  for (const rel of files) for (const doc of ownerDocumentPaths(rel)) if (!have.has(doc)) wanted.add(doc);
  await change.prefetch?.([...wanted, ...files]);
  const present: string[] = [];
  for (const rel of [...wanted].sort()) if ((await change.head.entry(rel)) !== undefined) present.push(rel);
  return (await checkDocuments(change, present, rules, findings, listed)).documents;
}
