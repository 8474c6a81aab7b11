import semver from 'semver';
import { isDeepStrictEqual } from 'node:util';
import { canonicalEntry } from '../entry/canonical-entry';
import { PackdexError, quote } from '../errors';
import { formatTimestamp } from '../index-file/read-index';
import { assertValidEntry } from '../index-file/index-rules';
import type { AttunePackIndexEntry, BuildProvenance } from '../schema-types';
import { assertSignatureFields, checkSignatureUrl } from '../signatures/signature-fields';
import { readmePath, type PackReadme } from './readme/read-pack-readme';
import { canonicalDocument, dependenciesOf, indexEntryOf, type PackageDocument, type PackageVersion } from './package-document';

export type PackageOutcome = 'created' | 'updated' | 'unchanged';

export interface PackageChange {
  doc: PackageDocument;
  outcome: PackageOutcome;
  /** Files beside the document that the change adds (a new version's README), registry-relative. */
  files?: { path: string; text: string }[];
}

/** What a publisher hands over for one version. */
export interface NewVersion {
  entry: AttunePackIndexEntry;
  /** The repository publishing it; must match the name's owner. */
  owner: string;
  archiveSize?: number;
  signatureUrl?: string;
  publisherKeyFingerprint?: string;
  /** The pack's README (readPackReadme), kept at readmes/<name>/<version>.md. */
  readme?: PackReadme;
  /** The archive's build provenance (a Sigstore bundle beside it, and who signed it). */
  provenance?: BuildProvenance;
}

/**
 * Stamp the times of a changed document: updated_at always, index_updated_at only when the
 * package's line in index.json moved, which is what lets a full site build reproduce last_updated.
 */
function stamp(before: PackageDocument | undefined, after: PackageDocument, now: Date): PackageChange {
  const next = canonicalDocument(after);
  if (before !== undefined && isDeepStrictEqual(canonicalDocument(before), next)) return { doc: before, outcome: 'unchanged' };
  const time = formatTimestamp(now);
  next.updated_at = time;
  const moved = before === undefined || !isDeepStrictEqual(indexEntryOf(canonicalDocument(before)), indexEntryOf(next));
  if (moved) next.index_updated_at = time;
  return { doc: next, outcome: before === undefined ? 'created' : 'updated' };
}

/**
 * Add one version. The same version with the same entry again is `unchanged` (a rerun of a release
 * job); with anything different it is refused, because a published version never changes. A name
 * belongs to the repository that first published it.
 */
export function addVersion(doc: PackageDocument | undefined, input: NewVersion, now: Date): PackageChange {
  assertValidEntry(input.entry);
  const entry = canonicalEntry(input.entry);
  assertSignatureFields(input.signatureUrl, input.publisherKeyFingerprint, `${entry.ref} ${entry.version}`, 'Pass both --signature-url and --publisher-key-fingerprint, --sign-key alone, or none of them.');
  if (input.signatureUrl !== undefined) checkSignatureUrl(input.signatureUrl, 'The signature URL');
  if (doc !== undefined && doc.owner !== input.owner) {
    throw new PackdexError('NAME_OWNED', `The name ${quote(entry.ref)} belongs to ${quote(doc.owner)}; ${quote(input.owner)} may not publish it.`, {
      value: input.owner,
      expected: doc.owner,
      fix: `Publish from ${doc.owner}, choose another name for this pack, or ask the registry's maintainers to transfer the name.`,
    });
  }
  const version: PackageVersion = {
    version: entry.version,
    published_at: formatTimestamp(now),
    ...(input.archiveSize === undefined ? {} : { archive_size: input.archiveSize }),
    dependencies: dependenciesOf(entry),
    yanked: false,
    ...(input.signatureUrl === undefined ? {} : { signature_url: input.signatureUrl, publisher_key_fingerprint: input.publisherKeyFingerprint }),
    ...(input.readme === undefined
      ? {}
      : { readme: { path: readmePath(entry.ref, entry.version), checksum: input.readme.checksum, size: input.readme.size, ...(input.readme.truncated ? { truncated: true } : {}) } }),
    ...(input.provenance === undefined ? {} : { provenance: input.provenance }),
    entry,
  };
  // The README is written beside the document, once, with the version that records it.
  const files = input.readme === undefined ? undefined : [{ path: readmePath(entry.ref, entry.version), text: input.readme.text }];
  // Build metadata does not make another version: 1.0.0+x is 1.0.0 published again.
  const held = doc?.versions.find((v) => v.version === entry.version || semver.eq(v.version, entry.version));
  if (held !== undefined) {
    const same =
      isDeepStrictEqual(canonicalEntry(held.entry), entry) &&
      held.archive_size === version.archive_size &&
      held.signature_url === version.signature_url &&
      held.publisher_key_fingerprint === version.publisher_key_fingerprint &&
      // The provenance record is attached after the archive, so a rerun compares without it
      // first: a version held with provenance is the same version published again.
      (version.provenance === undefined || isDeepStrictEqual(held.provenance, version.provenance));
    if (same) return { doc: doc!, outcome: 'unchanged' };
    // The same artifact, published unsigned, may gain its signature later (dbpm registry index
    // --publisher-key-fingerprint): the bytes do not change, they become verifiable. A signature
    // once recorded never changes.
    const gainsSignature =
      isDeepStrictEqual(canonicalEntry(held.entry), entry) &&
      held.archive_size === version.archive_size &&
      held.signature_url === undefined &&
      version.signature_url !== undefined;
    if (gainsSignature) {
      const signed: PackageVersion = { ...held, signature_url: version.signature_url, publisher_key_fingerprint: version.publisher_key_fingerprint };
      return stamp(doc!, { ...doc!, versions: doc!.versions.map((v) => (v === held ? signed : v)) as PackageDocument['versions'] }, now);
    }
    throw new PackdexError('VERSION_IMMUTABLE', `${entry.ref} ${entry.version} is already published with different contents.`, {
      value: `${entry.ref}@${entry.version}`,
      expected: `the published version (archive ${held.entry.install_sources.find((s) => s.type === 'archive')?.checksum ?? held.entry.install_sources[0].checksum})`,
      fix: `Published versions never change: bump the version (e.g. ${quote(semver.inc(entry.version, 'patch') ?? entry.version)}) and publish that.`,
    });
  }
  if (doc === undefined) {
    const time = version.published_at;
    return { ...stamp(undefined, { name: entry.ref, owner: input.owner, dist_tags: {}, updated_at: time, index_updated_at: time, versions: [version] }, now), ...(files === undefined ? {} : { files }) };
  }
  return { ...stamp(doc, { ...doc, versions: [...doc.versions, version] }, now), ...(files === undefined ? {} : { files }) };
}

function findVersion(doc: PackageDocument, version: string): PackageVersion {
  const held = doc.versions.find((v) => v.version === version);
  if (held === undefined) {
    throw new PackdexError('VERSION_NOT_FOUND', `${doc.name} has no version ${quote(version)}.`, {
      value: `${doc.name}@${version}`,
      expected: `one of ${doc.versions.map((v) => v.version).join(', ')}`,
      fix: 'Check the version (packdex show lists them).',
    });
  }
  return held;
}

/**
 * Yank (or, with `undo`, restore) one version. A yanked version stays published for exact pins and
 * lockfiles; ranges and dist-tags skip it, and any tag that named it is dropped.
 */
export function yankVersion(doc: PackageDocument, version: string, options: { reason?: string; undo?: boolean }, now: Date): PackageChange {
  const held = findVersion(doc, version);
  const yanked = options.undo !== true;
  if (held.yanked === yanked && (!yanked || options.reason === undefined || held.yanked_reason === options.reason)) return { doc, outcome: 'unchanged' };
  const changed: PackageVersion = { ...held, yanked, yanked_at: formatTimestamp(now) };
  delete changed.yanked_reason;
  if (yanked && options.reason !== undefined) changed.yanked_reason = options.reason;
  const versions = doc.versions.map((v) => (v === held ? changed : v)) as PackageDocument['versions'];
  return stamp(doc, { ...doc, versions }, now);
}

/** Point a dist-tag at a version, or remove it (`version` undefined). `latest` is derived, never set. */
export function setDistTag(doc: PackageDocument, tag: string, version: string | undefined, now: Date): PackageChange {
  if (!/^[a-z][a-z0-9._-]*$/.test(tag) || semver.validRange(tag) !== null) {
    throw new PackdexError('DIST_TAG_INVALID', `Invalid dist-tag ${quote(tag)}.`, {
      value: tag,
      expected: 'a lowercase word such as beta or stable (letters, digits, . _ -), not a version or range',
      fix: 'Choose a tag name like "beta" or "lts".',
    });
  }
  if (tag === 'latest') {
    throw new PackdexError('DIST_TAG_INVALID', '`latest` is always the newest non-yanked version and cannot be set by hand.', {
      value: tag,
      fix: 'Yank the versions that should not be latest, or use another tag (e.g. "stable").',
    });
  }
  const tags = { ...doc.dist_tags };
  if (version === undefined) {
    if (tags[tag] === undefined) return { doc, outcome: 'unchanged' };
    delete tags[tag];
  } else {
    const held = findVersion(doc, version);
    if (held.yanked) {
      throw new PackdexError('DIST_TAG_INVALID', `${doc.name} ${version} is yanked, and a tag never names a yanked version.`, {
        value: `${doc.name}@${version}`,
        fix: `Restore it first (packdex yank ${doc.name}@${version} --undo) or tag another version.`,
      });
    }
    tags[tag] = version;
  }
  return stamp(doc, { ...doc, dist_tags: tags }, now);
}
