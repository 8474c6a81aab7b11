/**
 * packdex as a library: the same steps the CLI runs, for tools that embed a registry client or
 * publish into a registry folder. Everything here throws PackdexError with a stable `code`.
 */
export { PackdexError, type ErrorCode } from './core/errors';
// publisher side
export { runAudit, type AuditReport } from './core/audit/run-audit';
export { buildArchive } from './core/archive/build-archive';
export { hashFile } from './core/checksum/hash-file';
export { hashDirectory } from './core/checksum/directory-checksum';
export { planInitRegistry } from './core/site/init-registry';
export { publishToFolder } from './core/site/publish-to-folder';
export { planSiteBuild } from './core/site/build-site';
export { planPackageChange } from './core/site/plan-package-change';
export { addVersion, yankVersion, setDistTag } from './core/site/change-package';
export { packageDocumentPath } from './core/site/shard-path';
export { applyFileChanges, type FileChange } from './core/fs/file-change';
// Changing a registry folder safely (lock, journal, recovery): prefer these to planning and applying by hand.
export { changeRegistry, recoverRegistry, type RegistryWriteOptions } from './core/site/registry-transaction';
export { initRegistry } from './core/site/init-registry';
export { buildSite } from './core/site/build-site';
export { updatePackage } from './core/site/update-package';
// consumer side
export { openClient, type Client, type ClientOptions } from './client/registries/open-registries';
export { parsePackageSpec } from './client/resolve/parse-spec';
export { resolvePackage, type Resolution } from './client/resolve/resolve-package';
export { selectVersion } from './client/resolve/select-version';
export { searchPackages, type SearchHit } from './client/resolve/search-packages';
export { installPacks, readInstallRecords, type InstallSettings, type InstalledPack } from './client/install/install-packs';
export { lockPacks } from './client/install/lock-packs';
export { readLockfile, serializeLockfile, LOCKFILE_NAME } from './client/install/lockfile';
export type { AttunePackIndex, AttunePackIndexEntry, PackdexPackageDocument, PackdexRegistryIdentity, PackdexLockfile } from './core/schema-types';
