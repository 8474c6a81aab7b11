import { rm } from 'node:fs/promises';
import type { FetchTimeouts } from '../fetch/fetch-url';
import type { RegistryReader } from '../fetch/registry-reader';
import type { PackageSpec } from '../resolve/parse-spec';
import { artifactSignatureFor, checkArtifactSignature } from './check-artifact-signature';
import { archiveRequestFor, obtainArchive } from './download-archive';
import { lockedFrom, type LockedPack } from './lockfile';
import { InstallPlanner } from './plan-packs';
import type { SignaturePolicy } from './signature-policy';
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
  /** Trusted keys and require-signatures: a signed version is verified before it is locked. */
  signatures?: SignaturePolicy;
  /** When signing keys' expiry and revocation are judged (default: now). */
  now?: Date;
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
  const policy = settings.signatures ?? { trusted: [], requireAll: false, registries: new Map() };
  const provenance = settings.provenance ?? provenancePolicy({});
  for (const { resolution } of planner.packs.values()) {
    const reader = settings.readers.find((r) => r.name === resolution.registry.name);
    const signature = artifactSignatureFor(resolution, policy, settings.allowHttp, reader);
    if (resolution.source === 'archive') {
      const got = await obtainArchive({
        ...archiveRequestFor(resolution, settings, reader),
        onProgress: settings.onProgress === undefined ? undefined : (r, t) => settings.onProgress!(resolution.package, r, t),
      });
      try {
        if (signature !== undefined) await checkArtifactSignature(got.path, signature, policy, `${resolution.package} ${resolution.version}`, settings.now ?? new Date());
      } finally {
        if (got.temporary) await rm(got.path, { force: true });
      }
      const credentials = reader?.credentials();
      const insideFolder = reader?.folderRoot();
      // The lock pins the publisher the bundle proves, not the one the entry claims.
      const verified = await enforceProvenance(
        { name: resolution.package, version: resolution.version, archiveChecksum: got.checksum, provenance: resolution.provenance },
        { allowHttp: settings.allowHttp, ...(credentials === undefined ? {} : { credentials }), ...(insideFolder === undefined ? {} : { insideFolder }), ...(settings.timeouts === undefined ? {} : { timeouts: settings.timeouts }) },
        provenance,
      );
      out[resolution.package] = { ...lockedFrom(resolution), size: got.size, ...(verified === undefined ? {} : { provenance: { bundle_url: resolution.provenance!.bundle_url, ...pinOf(verified) } }) };
    } else {
      await enforceProvenance({ name: resolution.package, version: resolution.version, archiveChecksum: resolution.artifact_checksum }, { allowHttp: settings.allowHttp }, provenance);
      out[resolution.package] = lockedFrom(resolution);
    }
  }
  return out;
}
