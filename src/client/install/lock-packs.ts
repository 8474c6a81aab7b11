import { rm } from 'node:fs/promises';
import type { FetchTimeouts } from '../fetch/fetch-url';
import type { RegistryReader } from '../fetch/registry-reader';
import type { PackageSpec } from '../resolve/parse-spec';
import { archiveRequestFor, obtainArchive } from './download-archive';
import { lockedFrom, type LockedPack } from './lockfile';
import { InstallPlanner } from './plan-packs';
import { enforceProvenance, pinOf, provenancePolicy, type ProvenancePolicy } from './verify-provenance';

export interface LockSettings {
  specs: PackageSpec[];
  readers: readonly RegistryReader[];
  includePrerelease: boolean;
  skipUnavailable: boolean;
  cacheDir: string | undefined;
  allowHttp: boolean;
  timeouts?: FetchTimeouts;
  maxSize?: number;
  /** Trusted roots, the publishers the previous lockfile pinned, --accept-publisher-change. */
  provenance?: ProvenancePolicy;
  onWarning?: (message: string) => void;
  onProgress?: (name: string, received: number, total: number | undefined) => void;
}

/**
 * Resolve the specs and their dependencies to exact artifacts, and download each archive once to
 * prove it matches its checksum and size (it lands in the cache, so a locked install can work with
 * no network). The result is what packdex.lock.json records.
 */
export async function lockPacks(settings: LockSettings): Promise<Record<string, LockedPack>> {
  const planner = new InstallPlanner({
    readers: settings.readers,
    skipDeps: false,
    installed: new Map(),
    includePrerelease: settings.includePrerelease,
    skipUnavailable: settings.skipUnavailable,
    onSkip: (registry, error) => settings.onWarning?.(`skipped registry ${registry}: ${error.message}`),
    onWarning: settings.onWarning,
  });
  for (const spec of settings.specs) await planner.add({ spec, chain: [] });
  const out: Record<string, LockedPack> = {};
  const policy = settings.provenance ?? provenancePolicy({});
  for (const { resolution } of planner.packs.values()) {
    const reader = settings.readers.find((r) => r.name === resolution.registry.name);
    if (resolution.source === 'archive') {
      const got = await obtainArchive({
        ...archiveRequestFor(resolution, settings, reader),
        onProgress: settings.onProgress === undefined ? undefined : (r, t) => settings.onProgress!(resolution.package, r, t),
      });
      if (got.temporary) await rm(got.path, { force: true });
      const credentials = reader?.credentials();
      const insideFolder = reader?.folderRoot();
      // The lock pins the publisher the bundle proves, not the one the entry claims.
      const verified = await enforceProvenance(
        { name: resolution.package, version: resolution.version, archiveChecksum: got.checksum, provenance: resolution.provenance },
        { allowHttp: settings.allowHttp, ...(credentials === undefined ? {} : { credentials }), ...(insideFolder === undefined ? {} : { insideFolder }), ...(settings.timeouts === undefined ? {} : { timeouts: settings.timeouts }) },
        policy,
      );
      out[resolution.package] = { ...lockedFrom(resolution), size: got.size, ...(verified === undefined ? {} : { provenance: { bundle_url: resolution.provenance!.bundle_url, ...pinOf(verified) } }) };
    } else {
      await enforceProvenance({ name: resolution.package, version: resolution.version, archiveChecksum: resolution.artifact_checksum }, { allowHttp: settings.allowHttp }, policy);
      out[resolution.package] = lockedFrom(resolution);
    }
  }
  return out;
}
