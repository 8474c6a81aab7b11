import { rm } from 'node:fs/promises';
import { PackdexError } from '../../core/errors';
import { checkPublisherChange, samePublisher, type PinnedPublisher } from '../../core/provenance/check-publisher-change';
import type { RegistryReader } from '../fetch/registry-reader';
import type { FetchTimeouts } from '../fetch/fetch-url';
import type { PackageSpec } from '../resolve/parse-spec';
import { resolvePackage } from '../resolve/resolve-package';
import { archiveRequestFor, obtainArchive } from './download-archive';
import { pinOf, verifyProvenance, type ProvenancePolicy, type VerifiedProvenance } from './verify-provenance';

export interface VerifyPackageSettings {
  spec: PackageSpec;
  readers: readonly RegistryReader[];
  cacheDir: string | undefined;
  allowHttp: boolean;
  timeouts?: FetchTimeouts;
  includePrerelease: boolean;
  skipUnavailable: boolean;
  policy: ProvenancePolicy;
}

export interface VerifyPackageReport {
  name: string;
  version: string;
  registry: string;
  owner: string;
  archive: { url: string; checksum: string; size: number };
  bundle_url: string;
  provenance: VerifiedProvenance;
  /** The lockfile's pin for this package: absent, the same publisher, or another one accepted with --accept-publisher-change. */
  pin: { status: 'none' | 'matches' | 'changed-accepted'; pinned?: PinnedPublisher };
}

/**
 * Everything install checks about a version's provenance, done on its own and reported: the archive
 * downloaded and matched to its recorded size and checksum, the bundle verified, the signer matched
 * to the owner repository, the subject to the archive, the publisher to the lockfile's pin. Nothing
 * is installed; a failed check throws its code as install would.
 */
export async function verifyPackage(settings: VerifyPackageSettings): Promise<VerifyPackageReport> {
  const { resolution, reader } = await resolvePackage(settings.readers, settings.spec, { includePrerelease: settings.includePrerelease, skipUnavailable: settings.skipUnavailable });
  const what = `${resolution.package} ${resolution.version}`;
  if (resolution.provenance === undefined || resolution.source !== 'archive') {
    throw new PackdexError('PROVENANCE_MISSING', `${what} has no build provenance${resolution.source === 'archive' ? '' : ' (it installs from git, and provenance is about an archive)'}: the registry records no Sigstore bundle for it.`, {
      value: what,
      expected: 'a version published by the packdex Action with id-token: write and attestations: write',
      fix: 'Ask the publisher to grant those permissions to the publishing workflow and publish a new version.',
    });
  }
  const got = await obtainArchive(archiveRequestFor(resolution, settings, reader));
  if (got.temporary) await rm(got.path, { force: true });
  const credentials = reader.credentials();
  const insideFolder = reader.folderRoot();
  const provenance = await verifyProvenance({
    what,
    bundle: { location: resolution.provenance.bundle_url, allowHttp: settings.allowHttp, ...(credentials === undefined ? {} : { credentials }), ...(insideFolder === undefined ? {} : { insideFolder }), ...(settings.timeouts === undefined ? {} : { timeouts: settings.timeouts }) },
    archiveChecksum: got.checksum,
    owner: resolution.provenance.owner,
    recorded: { workflow: resolution.provenance.workflow, ref: resolution.provenance.ref },
    roots: await settings.policy.roots(),
  });
  const pinned = settings.policy.pins[resolution.package];
  checkPublisherChange(resolution.package, resolution.version, pinned, pinOf(provenance), settings.policy.acceptPublisherChange);
  return {
    name: resolution.package,
    version: resolution.version,
    registry: resolution.registry.name,
    owner: resolution.provenance.owner,
    archive: { url: resolution.artifact_url, checksum: got.checksum, size: got.size },
    bundle_url: resolution.provenance.bundle_url,
    provenance,
    pin: pinned === undefined ? { status: 'none' } : { status: samePublisher(pinned, pinOf(provenance)) ? 'matches' : 'changed-accepted', pinned },
  };
}
