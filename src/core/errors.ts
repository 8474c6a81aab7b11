/**
 * Every failure packdex reports carries one of these stable codes. Adapters map them to exit
 * statuses and annotations; tests assert them. Add a code here, never a free-form string.
 */
export type ErrorCode =
  // usage of a command (exit 2)
  | 'USAGE'
  // manifest (pack.yaml)
  | 'MANIFEST_NOT_FOUND'
  | 'MANIFEST_UNREADABLE'
  | 'MANIFEST_YAML_INVALID'
  | 'MANIFEST_TOML_INVALID'
  | 'MANIFEST_ALIAS_LIMIT'
  | 'MANIFEST_NOT_MAPPING'
  | 'MANIFEST_SCHEMA'
  | 'MANIFEST_SPELLING_CONFLICT'
  | 'MANIFEST_REF_INVALID'
  | 'MANIFEST_VERSION_INVALID'
  | 'MANIFEST_VERSION_MISMATCH'
  | 'VERSION_INVALID'
  | 'OUTLINE_INVALID'
  | 'COMPONENT_INVALID'
  | 'COMPONENT_DUPLICATE'
  // files of a pack
  | 'PATH_NOT_FOUND'
  | 'PATH_SYMLINK'
  | 'PATH_NOT_UTF8'
  | 'PATH_UNSUPPORTED'
  | 'FILE_CHANGED'
  | 'FILE_TOO_LARGE'
  // checksums and urls
  | 'CHECKSUM_INVALID'
  | 'CHECKSUM_INSECURE'
  | 'CHECKSUM_ALGORITHM'
  | 'URL_INVALID'
  | 'GIT_REF_INVALID'
  | 'GIT_PATH_INVALID'
  | 'GIT_FAILED'
  // entries and indexes
  | 'ENTRY_INVALID'
  | 'ENTRY_SOURCES_MISSING'
  | 'INDEX_JSON_INVALID'
  | 'INDEX_INVALID'
  | 'INDEX_NOT_FOUND'
  | 'INDEX_IDENTITY_MISSING'
  | 'PACK_EXISTS'
  | 'PACK_NOT_FOUND'
  | 'OUTPUT_EXISTS'
  // the registry site
  | 'REGISTRY_NOT_FOUND'
  | 'REGISTRY_EXISTS'
  | 'REGISTRY_INVALID'
  | 'PACKAGE_INVALID'
  | 'NAME_OWNED'
  | 'VERSION_IMMUTABLE'
  | 'VERSION_NOT_FOUND'
  | 'DIST_TAG_INVALID'
  | 'SITE_DRIFT'
  // index.json's size policy (registry.json index_policy)
  | 'INDEX_TOO_LARGE'
  | 'INDEX_POLICY_INVALID'
  | 'INDEX_ABSENT'
  | 'REGISTRY_LOCKED'
  // the file system (one mapping from errno: ioError)
  | 'DISK_FULL'
  | 'READ_ONLY'
  | 'PERMISSION_DENIED'
  | 'NOT_A_DIRECTORY'
  // the registry guard (verify)
  | 'DERIVED_FILE_CHANGED'
  | 'ARCHIVE_IMMUTABLE'
  | 'ARCHIVE_MISSING'
  | 'UNEXPECTED_FILE'
  | 'REGISTRY_IDENTITY_CHANGED'
  | 'DOCUMENT_TOO_LARGE'
  | 'CHANGE_TOO_LARGE'
  | 'SOURCE_NOT_OWNED'
  | 'AUTHOR_NOT_ALLOWED'
  // the client
  | 'CONFIG_INVALID'
  | 'REGISTRY_UNAVAILABLE'
  | 'URL_INSECURE'
  | 'REDIRECT_REFUSED'
  | 'PATH_OUTSIDE_REGISTRY'
  | 'SPEC_INVALID'
  | 'NO_MATCHING_VERSION'
  | 'DOWNLOAD_FAILED'
  | 'DOWNLOAD_TOO_LARGE'
  | 'SIZE_MISMATCH'
  | 'CHECKSUM_MISMATCH'
  | 'ARCHIVE_UNSAFE'
  | 'ARCHIVE_INVALID'
  | 'INSTALL_MISMATCH'
  | 'DEPENDENCY_CYCLE'
  | 'DEPENDENCY_CONFLICT'
  | 'LOCKFILE_INVALID'
  | 'LOCKFILE_STALE'
  // OpenPGP detached signatures (publish --sign-key, install, keys)
  | 'SIGNATURE_KEY_UNKNOWN'
  | 'SIGNATURE_INVALID'
  | 'SIGNATURE_WRONG_KEY'
  | 'SIGNATURE_KEY_EXPIRED'
  | 'SIGNATURE_KEY_REVOKED'
  | 'SIGNATURE_FIELDS_INCOMPLETE'
  | 'SIGNATURE_REQUIRED'
  | 'KEY_INVALID'
  // build provenance (Sigstore bundles)
  | 'PROVENANCE_INVALID'
  | 'PROVENANCE_IDENTITY_MISMATCH'
  | 'PROVENANCE_DIGEST_MISMATCH'
  | 'PROVENANCE_UNTRUSTED_ROOT'
  | 'PROVENANCE_NO_EVIDENCE'
  | 'PROVENANCE_MISSING'
  | 'PROVENANCE_UNAVAILABLE'
  | 'TRUSTED_ROOT_INVALID'
  | 'TRUST_UPDATE_FAILED'
  | 'TRUST_UPDATE_REFUSED'
  | 'PUBLISHER_CHANGED'
  // publishing through GitHub (the Action)
  | 'GITHUB_FORBIDDEN'
  | 'GITHUB_NOT_FOUND'
  | 'GITHUB_API_FAILED'
  | 'RELEASE_ASSET_CONFLICT'
  | 'ARCHIVE_MISMATCH'
  | 'PUBLISH_RACE_LOST'
  // deploying a built site to object storage
  | 'DEPLOY_TARGET_INVALID'
  | 'DEPLOY_FAILED'
  | 'DEPLOY_INTERRUPTED'
  | 'IO';

export interface ErrorDetails {
  /** The offending value, quoted in the message. */
  value?: unknown;
  /** The form that was expected. */
  expected?: string;
  /** What the user should do about it. */
  fix?: string;
  /** A JSON path (`/packs/3/ref`) or file path the error concerns. */
  path?: string;
  /** 1-based line in `path`'s file, when known. */
  line?: number;
  column?: number;
  cause?: unknown;
}

export class PackdexError extends Error {
  readonly code: ErrorCode;
  readonly value?: unknown;
  readonly expected?: string;
  readonly fix?: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'PackdexError';
    this.code = code;
    this.value = details.value;
    this.expected = details.expected;
    this.fix = details.fix;
    this.path = details.path;
    this.line = details.line;
    this.column = details.column;
  }

  /** The whole story on one screen: message, what was expected, the fix. */
  describe(): string {
    const lines = [this.message];
    if (this.expected !== undefined) lines.push(`Expected: ${this.expected}`);
    if (this.fix !== undefined) lines.push(`Fix: ${this.fix}`);
    return lines.join('\n');
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { code: this.code, message: this.message };
    if (this.value !== undefined) out.value = this.value;
    if (this.expected !== undefined) out.expected = this.expected;
    if (this.fix !== undefined) out.fix = this.fix;
    if (this.path !== undefined) out.path = this.path;
    if (this.line !== undefined) out.line = this.line;
    if (this.column !== undefined) out.column = this.column;
    return out;
  }
}

/** Quote a value for a message the way users will recognise it. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  return JSON.stringify(value) ?? String(value);
}

/** What each file-system errno means for the user: the one place errnos become codes. */
const ERRNO_CODES: Record<string, { code: ErrorCode; reason: string; fix: string }> = {
  ENOSPC: { code: 'DISK_FULL', reason: 'the disk is full', fix: 'Free some space on that file system (or raise the quota) and run the command again; nothing was half-written.' },
  EDQUOT: { code: 'DISK_FULL', reason: 'the disk quota is used up', fix: 'Free some space or raise the quota, and run the command again; nothing was half-written.' },
  EROFS: { code: 'READ_ONLY', reason: 'the file system is read-only', fix: 'Run the command on a writable copy, or remount the file system read-write.' },
  EACCES: { code: 'PERMISSION_DENIED', reason: 'permission denied', fix: 'Check the owner and mode of the path (and its folders), or run as a user who may write there.' },
  EPERM: { code: 'PERMISSION_DENIED', reason: 'operation not permitted', fix: 'Check the owner, mode and attributes (chattr +i) of the path, or run as a user who may write there.' },
  ENOTDIR: { code: 'NOT_A_DIRECTORY', reason: 'a part of the path is a file, not a folder', fix: 'Point it at a folder, or move the file that is in the way.' },
  EISDIR: { code: 'NOT_A_DIRECTORY', reason: 'a folder is where a file was expected', fix: 'Move the folder that is in the way.' },
};

/** The errno of a Node.js file-system error, if it has one. */
export function errnoOf(cause: unknown): string | undefined {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Wrap an I/O failure so adapters always see a PackdexError: a full disk, a read-only file system,
 * a refused permission and a file where a folder belongs get their own codes; anything else is IO.
 */
export function ioError(action: string, target: string, cause: unknown): PackdexError {
  if (cause instanceof PackdexError) return cause;
  const known = ERRNO_CODES[errnoOf(cause) ?? ''];
  if (known !== undefined) {
    return new PackdexError(known.code, `Could not ${action} '${target}': ${known.reason} (${errnoOf(cause)}).`, { value: target, fix: known.fix, cause });
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new PackdexError('IO', `Could not ${action} '${target}': ${reason}`, {
    value: target,
    fix: 'Check that the path exists and that packdex may read and write it.',
    cause,
  });
}
