/**
 * packdex as a library: the same steps the CLI runs, for tools that embed a registry client or
 * publish into a registry folder. Everything here throws PackdexError with a stable `code`.
 */
export { PackdexError, type ErrorCode } from './core/errors';
// publisher side
export { runAudit, type AuditReport, type AuditOptions, type CheckResult } from './core/audit/run-audit';
export { buildArchive, type BuildArchiveOptions, type ArchiveResult } from './core/archive/build-archive';
export { hashFile } from './core/checksum/hash-file';
export { hashDirectory } from './core/checksum/directory-checksum';
export { planInitRegistry, type InitRegistrySettings } from './core/site/init-registry';
export { publishToFolder, type PublishToFolderSettings, type PublishToFolderResult } from './core/site/publish-to-folder';
export { planSiteBuild, type SitePlan } from './core/site/build-site';
export { planPackageChange } from './core/site/plan-package-change';
export { addVersion, yankVersion, setDistTag, type NewVersion, type PackageChange } from './core/site/change-package';
export type { PackageDocument } from './core/site/package-document';
export type { PackManifest } from './core/manifest/pack-manifest';
export { packageDocumentPath } from './core/site/shard-path';
export { applyFileChanges, type FileChange } from './core/fs/file-change';
// Changing a registry folder safely (lock, journal, recovery): prefer these to planning and applying by hand.
export { changeRegistry, recoverRegistry, type RegistryWriteOptions } from './core/site/registry-transaction';
export { initRegistry } from './core/site/init-registry';
export { buildSite } from './core/site/build-site';
export { updatePackage } from './core/site/update-package';
// consumer side
export { openClient, type Client, type ClientOptions } from './client/registries/open-registries';
export { parsePackageSpec, type PackageSpec } from './client/resolve/parse-spec';
export { resolvePackage, type Resolution, type ResolveOptions } from './client/resolve/resolve-package';
export { selectVersion } from './client/resolve/select-version';
export { searchPackages, type SearchHit } from './client/resolve/search-packages';
export { installPacks, readInstallRecords, type InstallSettings, type InstalledPack } from './client/install/install-packs';
export { lockPacks, type LockSettings } from './client/install/lock-packs';
export { readLockfile, serializeLockfile, LOCKFILE_NAME, type Lockfile } from './client/install/lockfile';
export type { AttunePackIndex, AttunePackIndexEntry, LockedPack, PackdexPackageDocument, PackdexRegistryIdentity, PackdexLockfile } from './core/schema-types';
