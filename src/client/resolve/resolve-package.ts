import { PackdexError, quote } from '../../core/errors';
import type { PackageDocument, PackageVersion } from '../../core/site/package-document';
import { findPackage } from './find-package';
import type { RegistryReader } from '../fetch/registry-reader';
import type { PackageSpec } from './parse-spec';
import { selectVersion } from './select-version';

/** A resolved version: the dbpm resolve answer plus where it came from. */
export interface Resolution {
  package: string;
  version: string;
  artifact_url: string;
  artifact_checksum: string;
  artifact_signature_url?: string;
  publisher_key_fingerprint?: string;
  /** Build provenance the version's entry records: where its Sigstore bundle is (mapped like the artifact) and who signed it. */
  provenance?: { bundle_url: string; owner: string; workflow: string; ref: string; issuer: string };
  /** dbpm packages: the oldest Core and Oracle Database they run on (dbpm's optional fields). */
  core_minimum_version?: string;
  oracle_minimum_version?: string;
  /** Bytes of the artifact, when the registry recorded them. */
  size?: number;
  /** `archive` when the registry has an archive source, else `git` (verified by directory checksum). */
  source: 'archive' | 'git';
  git_ref?: string;
  registry: { name: string; url: string };
  dependencies: Record<string, string>;
  yanked: boolean;
  warnings: string[];
}

export interface ResolveOptions {
  includePrerelease?: boolean;
  /** Go on to the next registry when one fails, instead of failing closed. */
  skipUnavailable?: boolean;
  /** Told about each registry skipped under skipUnavailable. */
  onSkip?: (registry: string, error: PackdexError) => void;
}

type InstallSource = PackageVersion['entry']['install_sources'][number];

/** Whether an archive URL names a tarball, the format packdex unpacks (`.tar.gz`, `.tgz`, `.tar`). */
function isTarball(url: string): boolean {
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
    // A folder registry's path: the name is all there is.
  }
  return /\.(?:tar\.gz|tgz|tar)$/i.test(pathname);
}

/**
 * Which install source to use. The archive, when there is one: its checksum covers the exact bytes
 * before anything is unpacked, it needs no git, and it is cached by checksum. The git source when
 * there is no archive, or when the archive is not a tarball and a git source exists (Attune
 * indexes may list a forge's `.zip`, which packdex does not unpack). Either is verified; the other
 * is never tried after a failure, since a checksum that does not match is a reason to stop.
 */
export function preferredSource(sources: readonly InstallSource[]): InstallSource {
  const archive = sources.find((s) => s.type === 'archive');
  const git = sources.find((s) => s.type === 'git');
  if (archive !== undefined && (git === undefined || isTarball(archive.url))) return archive;
  return git ?? sources[0]!;
}

/** Turn a chosen version into the resolve answer, artifact URLs mapped to where the registry was reached. */
export async function toResolution(reader: RegistryReader, doc: PackageDocument, version: PackageVersion, warnings: string[]): Promise<Resolution> {
  const source = preferredSource(version.entry.install_sources);
  const archive = source.type === 'archive' ? source : undefined;
  const out: Resolution = {
    package: doc.name,
    version: version.version,
    artifact_url: await reader.artifactLocation(source.url),
    artifact_checksum: source.checksum,
    source: source.type,
    registry: { name: reader.name, url: reader.endpoint.url },
    dependencies: version.dependencies,
    yanked: version.yanked,
    warnings,
  };
  if (archive !== undefined && version.archive_size !== undefined) out.size = version.archive_size;
  if (source.type === 'git') out.git_ref = (source as { ref: string }).ref;
  for (const key of ['core_minimum_version', 'oracle_minimum_version'] as const) {
    const value = version.entry.meta?.[key];
    if (typeof value === 'string') out[key] = value;
  }
  if (version.signature_url !== undefined) {
    out.artifact_signature_url = await reader.artifactLocation(version.signature_url);
    out.publisher_key_fingerprint = version.publisher_key_fingerprint;
  }
  if (version.provenance !== undefined) {
    const p = version.provenance;
    out.provenance = { bundle_url: await reader.artifactLocation(p.bundle_url), owner: doc.owner, workflow: p.identity.workflow, ref: p.identity.ref, issuer: p.issuer };
  }
  return out;
}

/**
 * Resolve `name@constraint` across registries in priority order. The first registry that holds
 * the name answers, even when none of its versions match: a private registry overriding a public
 * name must not silently fall through to the public one. A registry that fails stops the
 * resolution (fail closed) unless skipUnavailable.
 */
export async function resolvePackage(readers: readonly RegistryReader[], spec: PackageSpec, options: ResolveOptions = {}): Promise<{ resolution: Resolution; reader: RegistryReader }> {
  const { doc, reader } = await findPackage(readers, spec.name, options);
  const attune = (await reader.kind()) === 'attune';
  let selection;
  try {
    selection = selectVersion(doc, spec.constraint, { includePrerelease: options.includePrerelease });
  } catch (error) {
    throw attune ? notListed(reader, doc, spec, error) : error;
  }
  return { resolution: await toResolution(reader, doc, selection.version, selection.warnings), reader };
}

/**
 * An Attune registry lists one version of each pack, the newest: a constraint it does not meet
 * may well name a real, older version, so the error says why it cannot be had from here and
 * where it can. The first registry holding the name still answers for it (no fall-through).
 */
function notListed(reader: RegistryReader, doc: PackageDocument, spec: PackageSpec, cause: unknown): unknown {
  if (!(cause instanceof PackdexError) || cause.code !== 'NO_MATCHING_VERSION') return cause;
  const listed = doc.versions[0]!;
  const git = listed.entry.install_sources.find((s) => s.type === 'git');
  return new PackdexError('NO_MATCHING_VERSION', `${spec.name}@${spec.constraint ?? 'latest'}: registry ${quote(reader.name)} is an Attune index, which lists only the newest version of each pack (${listed.version}), and that does not match.`, {
    value: `${spec.name}@${spec.constraint ?? 'latest'}`,
    expected: `${listed.version}, or a range it satisfies (an Attune registry lists only the newest version)`,
    fix: `Ask for ${spec.name}@${listed.version} (or no constraint)${git === undefined ? '' : `; an older version installs straight from its repository: packdex install ${git.url} --ref TAG`}.`,
    cause,
  });
}
