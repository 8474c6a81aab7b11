import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError } from '../errors';
import { MAX_DOCUMENT_BYTES, parseRegistryIdentity, type RegistryIdentity } from './read-site';
import { checkArchives } from './verify/check-archives';
import { checkDerivedFiles } from './verify/check-derived';
import { checkDocuments } from './verify/check-documents';
import { identityFindings } from './verify/check-identity';
import { classifyPath } from './verify/classify-path';
import { checkReadmes } from './verify/check-readmes';
import { listRegistryTree, type TreeEntry } from './verify/registry-tree';
import { sameBytes } from './verify/same-bytes';
import type { VerifyFinding } from './verify/verify-finding';

export type { VerifyFinding } from './verify/verify-finding';

/** The most a change may add or alter, in bytes, unless the workflow says otherwise. */
export const DEFAULT_MAX_CHANGE_BYTES = 100 * 1024 * 1024;

export interface VerifyOptions {
  /** Let registry.json's identity and policy change (the workflow's explicit allow). */
  allowIdentityChange?: boolean;
  /** Let a package's owner or maintainers change (the workflow's explicit allow). */
  allowOwnerTransfer?: boolean;
  /** The most bytes the change may add or alter, counted from sizes before anything is read. */
  maxChangeBytes?: number;
  /** The largest package document accepted; default what clients read (16 MiB). */
  maxDocumentBytes?: number;
  /** The pull request's author (a GitHub login); when given, publishers and maintainers are enforced. */
  author?: string;
  /**
   * Opens a new version's stored archive and throws a PackdexError unless it holds that package
   * and version (the adapters pass publish's checkArchivePackage: extraction is not the core's).
   * Without it, stored archives are checked by size and checksum only.
   */
  openArchive?: (file: string, claim: { name: string; version: string }) => Promise<void>;
}

type Trees = { head: Map<string, TreeEntry>; base: Map<string, TreeEntry> };

async function readIdentity(root: string, tree: ReadonlyMap<string, TreeEntry>, maxBytes: number): Promise<{ identity: RegistryIdentity; text: string } | VerifyFinding> {
  const entry = tree.get('registry.json');
  if (entry === undefined || entry.kind !== 'file') {
    return { code: 'REGISTRY_NOT_FOUND', file: 'registry.json', message: 'The registry has no registry.json (a regular file), so nothing says what it is.', fix: 'Restore registry.json from the base branch.' };
  }
  if (entry.size > maxBytes) {
    return { code: 'DOCUMENT_TOO_LARGE', file: 'registry.json', message: `registry.json is ${entry.size} bytes, more than the ${maxBytes} bytes a client reads; it was not read.`, value: String(entry.size), fix: 'Restore registry.json from the base branch.' };
  }
  const text = await readFile(path.join(root, 'registry.json'), 'utf8');
  try {
    return { identity: parseRegistryIdentity(text, 'registry.json'), text };
  } catch (error) {
    if (!(error instanceof PackdexError)) throw error;
    return { code: error.code, file: 'registry.json', message: error.message, fix: error.fix };
  }
}

const isFinding = (x: object): x is VerifyFinding => 'code' in x;

/**
 * Check a registry change (a pull request's head against its base) the way the registry's
 * maintainers would. Every path of the head (and of the base, for removals) is classified by the
 * registry's layout, and:
 * - registry.json keeps its schema, and its identity and policy unless the change is allowed;
 * - each package document is at most what clients read, keeps its schema, keeps every published
 *   version (yanking aside), its owner and maintainers; a version it adds to an owned name installs
 *   only from the owner's repository (or the registry's own archives); its author is allowed;
 * - a stored archive a published version references keeps its bytes; a new one belongs to a new
 *   version and matches its size and checksum;
 * - every derived file is byte-identical to `site build` from the head's documents;
 * - no other file is added or altered unless registry.json's `extra_files` lists it;
 * - the change adds or alters at most `maxChangeBytes`, judged from sizes before reading.
 * `base` undefined means a new registry. Memory stays bounded: sizes come first, documents are
 * read only within the client's limit, archives and derived files are streamed.
 */
export async function verifyRegistryChange(base: string | undefined, head: string, options: VerifyOptions = {}): Promise<VerifyFinding[]> {
  const maxDocumentBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const maxChangeBytes = options.maxChangeBytes ?? DEFAULT_MAX_CHANGE_BYTES;
  const trees: Trees = { head: await listRegistryTree(head), base: base === undefined ? new Map() : await listRegistryTree(base) };
  const findings: VerifyFinding[] = [];

  const now = await readIdentity(head, trees.head, maxDocumentBytes);
  if (isFinding(now)) return [now];
  const was = base === undefined || !trees.base.has('registry.json') ? undefined : await readIdentity(base, trees.base, maxDocumentBytes);
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
  for (const [rel, entry] of trees.head) {
    if (entry.kind !== 'file') onlyFiles = false;
    if (entry.kind === 'symlink') {
      findings.push({ code: 'PATH_SYMLINK', file: rel, message: `${rel} is a symbolic link; a registry serves files as they are, and a link can point anywhere.`, value: rel, fix: 'Replace the link with the file itself, or remove it.' });
    } else if (entry.kind === 'other') {
      findings.push({ code: 'PATH_UNSUPPORTED', file: rel, message: `${rel} is not a regular file.`, value: rel, fix: 'Remove it.' });
    }
    const old = trees.base.get(rel);
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
    for (const [rel, entry] of trees.head) {
      if (classifyPath(rel, []) === 'document' && entry.size > maxDocumentBytes) {
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
  for (const rel of new Set([...trees.head.keys(), ...trees.base.keys()])) {
    const kind = classifyPath(rel, policy.extra_files ?? []);
    const h = trees.head.get(rel);
    const b = trees.base.get(rel);
    if (kind === 'document') documentPaths.push(rel);
    if (kind !== 'unexpected' || h === undefined || h.kind !== 'file') continue;
    // listPackageDocuments (the site build) reads every .json under packages/, wherever it is.
    if (rel.startsWith('packages/') && rel.endsWith('.json')) packagesClean = false;
    if (b?.kind === 'file' && b.size === h.size && (await sameBytes(path.join(base!, rel), path.join(head, rel)))) continue;
    findings.push({
      code: 'UNEXPECTED_FILE',
      file: rel,
      message: rel.startsWith('packages/')
        ? `${rel} is not a package document where its name says it lives (packages/<shard>/<name>.json).`
        : `${rel} is ${b === undefined ? 'new' : 'altered'}, and it is none of the registry's files: registry.json, packages/, archives/, or what site build writes.`,
      value: rel,
      fix: rel.startsWith('packages/') ? 'Remove it, or move the document to where its name says.' : `Remove it, or list it in registry.json's extra_files (e.g. "${rel}") in a change the maintainers allow.`,
    });
  }

  const { documents, valid } = await checkDocuments(base, head, documentPaths, trees, {
    maxDocumentBytes,
    allowOwnerTransfer: options.allowOwnerTransfer === true,
    registryUrl: addresses,
    publishers: policy.publishers ?? [],
    author: options.author,
  }, findings);
  await checkArchives(base, head, documents, trees, addresses, findings, options.openArchive);
  await checkReadmes(base, head, documents, trees, findings);
  // The build needs every document readable (a broken one is already a finding of its own) and
  // no links (it reads folders by path); without it, the page's files are still compared.
  try {
    await checkDerivedFiles(head, trees.head, valid && packagesClean && onlyFiles, findings, base === undefined ? undefined : { dir: base, tree: trees.base }, now.identity.derived === 'deployed');
  } catch (error) {
    if (!(error instanceof PackdexError)) throw error;
    findings.push({ code: error.code, file: typeof error.value === 'string' ? error.value : 'packages', message: error.message, fix: error.fix });
  }
  return findings;
}
