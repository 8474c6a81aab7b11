import { checkDerivedFiles } from './verify/check-derived';
import { checkChange, DEFAULT_MAX_CHANGE_BYTES } from './verify/check-change';
import { folderChange } from './verify/folder-change';
import type { VerifyFinding } from './verify/verify-finding';

export type { VerifyFinding } from './verify/verify-finding';
export { DEFAULT_MAX_CHANGE_BYTES };

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
 * - every derived file is byte-identical to `site build` from the head's documents (`derived:
 *   committed`), or, for a registry that keeps only its sources in git (`derived: deployed`), no
 *   derived file is added or altered and each changed document builds;
 * - no other file is added or altered unless registry.json's `extra_files` lists it;
 * - the change adds or alters at most `maxChangeBytes`, judged from sizes before reading.
 * `base` undefined means a new registry. Memory stays bounded: sizes come first, documents are
 * read only within the client's limit, archives and derived files are streamed. The rules
 * themselves are checkChange's, shared with the git verify (verifyGitChange).
 */
export async function verifyRegistryChange(base: string | undefined, head: string, options: VerifyOptions = {}): Promise<VerifyFinding[]> {
  const { change, headTree, baseTree } = await folderChange(base, head);
  return checkChange(change, options, (documentsReadable, findings) => checkDerivedFiles(head, headTree, documentsReadable, findings, base === undefined ? undefined : { dir: base, tree: baseTree }));
}

