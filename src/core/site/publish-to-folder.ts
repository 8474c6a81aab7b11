import { lstat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildArchive, type ArchiveResult } from '../archive/build-archive';
import { versionFromTag, type AuditOptions, type AuditReport } from '../audit/run-audit';
import { hashDirectory } from '../checksum/directory-checksum';
import { buildEntry, type EntrySources } from '../entry/build-entry';
import { checkHttpsUrl } from '../entry/source-rules';
import { hashFile } from '../checksum/hash-file';
import type { FileChange } from '../fs/file-change';
import { archiveFileName, archiveStem } from '../names/package-name';
import { selectProfile } from '../profiles/detect-profile';
import type { ProfileName } from '../profiles/profile';
import type { AttunePackIndexEntry } from '../schema-types';
import { addVersion, type PackageOutcome } from './change-package';
import { recordedEntry, recordedSignatureUrl, type PackageDocument } from './package-document';
import { planPackageChange } from './plan-package-change';
import type { IndexState } from './index-json/index-policy';
import { readRegistryIdentity, type RegistryIdentity } from './read-site';
import { changeRegistry, type PlacedFile, type RegistryWriteOptions } from './registry-transaction';
import { signDetached, type SigningKey } from '../signatures/sign-detached';
import { PackdexError } from '../errors';
import { readPackReadme } from './readme/read-pack-readme';

export interface PublishToFolderSettings {
  packDir: string;
  registryDir: string;
  /** auto (default: detected from the marker file), attune, pbg, dbpm or aam. */
  profile?: string;
  /** A git source to record beside the archive (an https clone URL and the commit it was read at). */
  git?: { url: string; ref: string };
  /** Who publishes: the name's owner (e.g. github.com/acme/pack-slack). Default: from the entry's repository, else `local`. */
  owner?: string;
  /** Archive URLs are `<base>/<file>`; default `<registry url>/archives`. */
  archiveUrlBase?: string;
  signatureUrl?: string;
  publisherKeyFingerprint?: string;
  /** Sign the archive: `<archive>.asc` is staged beside it and recorded with the key's fingerprint. */
  signer?: SigningKey;
  /** The audit's options; `expectVersion` is also the version describe must agree with. */
  audit?: AuditOptions;
  /** Skip the audit (register --no-audit): only what describe needs is checked. */
  skipAudit?: boolean;
  /** Plan only: build nothing into the registry, write nothing. */
  dryRun?: boolean;
  /** The registry lock's wait bound, its waiting notice, and the test crash hook. */
  write?: RegistryWriteOptions;
  now: Date;
  /** Progress of archiving (bytes read of the total), for the CLI's progress line. */
  onProgress?: (done: number, total: number) => void;
}

export interface PublishToFolderResult {
  profile: ProfileName;
  /** Absent when the audit was skipped. */
  audit?: AuditReport;
  archive?: ArchiveResult;
  entry?: AttunePackIndexEntry;
  doc?: PackageDocument;
  outcome?: PackageOutcome;
  /** Files that disagreed with the package's document and were put right (index.json, the archive). */
  repaired?: string[];
  /** Whether index.json's line for the package changed (false when an older version was added). */
  indexChanged?: boolean;
  changes?: FileChange[];
  /** Registry files the change removed (index.json, once it passed registry.json's limit). */
  removed?: string[];
  /** Whether the registry has index.json after the change (undefined when derived files are deployed). */
  index?: IndexState;
  /** The registry's registry.json. */
  identity?: RegistryIdentity;
}

/** The owner a folder publish records when none is given: the pack's repository, else `local`. */
export function ownerFromRepository(repository: string | undefined): string {
  if (repository === undefined) return 'local';
  const m = /^[a-z]+:\/\/(?:www\.)?([^/]+)\/(.+?)(?:\.git)?\/*$/i.exec(repository);
  return m ? `${m[1]!.toLowerCase()}/${m[2]}` : 'local';
}

/**
 * audit → archive → checksum → entry → merge, into a registry folder. The audit stops the flow on
 * FAIL. Only the package's archive and document and index.json are written, in one registry
 * transaction: the archive is built and the version planned under the registry's lock, so two
 * publishers never both see a version as new, and a killed or failing publish leaves the registry
 * as it was or (once journaled) finished by the next command.
 */
export async function publishToFolder(settings: PublishToFolderSettings): Promise<PublishToFolderResult> {
  // A wrong --registry fails before the audit runs; registry.json is read again under the lock.
  await readRegistryIdentity(settings.registryDir);
  const profile = selectProfile(settings.packDir, settings.profile);
  const expectVersion = settings.audit?.expectVersion;
  const audit = settings.skipAudit === true ? undefined : await profile.audit(settings.packDir, settings.audit ?? {});
  if (audit !== undefined && audit.counts.fail > 0) return { profile: profile.name, audit };
  const { manifest, contents } = await profile.describe(settings.packDir, { version: expectVersion === undefined ? undefined : versionFromTag(expectVersion) });
  const gitChecksum = settings.git === undefined ? undefined : `sha256:${await hashDirectory(settings.packDir)}`;
  const fileName = archiveFileName(manifest.ref, manifest.version);
  if (settings.signer !== undefined && (settings.signatureUrl !== undefined || settings.publisherKeyFingerprint !== undefined)) {
    throw new PackdexError('USAGE', 'Sign with a key, or record a signature made elsewhere: not both.', {
      value: settings.signatureUrl ?? settings.publisherKeyFingerprint,
      fix: 'Give --sign-key alone, or --signature-url with --publisher-key-fingerprint.',
    });
  }
  const { value } = await changeRegistry(settings.registryDir, { ...settings.write, command: settings.write?.command ?? 'publish', dryRun: settings.dryRun }, async (ctx) => {
    const { identity } = await readRegistryIdentity(settings.registryDir);
    const archivePath = path.join(settings.registryDir, identity.archives, fileName);
    const base = checkHttpsUrl(settings.archiveUrlBase ?? `${identity.url}/${identity.archives}`, 'Archive URL base').replace(/\/+$/, '');
    const staged = ctx.stagingPath(fileName);
    const archive = await buildArchive({ packDir: settings.packDir, topFolder: archiveStem(manifest.ref, manifest.version), output: staged, source: 'directory', onProgress: settings.onProgress });
    // Signed over the staged bytes and staged beside them, so the .asc lands with the archive in the
    // same transaction, or not at all.
    let signature = { url: settings.signatureUrl, fingerprint: settings.publisherKeyFingerprint };
    let signatureFile: { path: string; source: string } | undefined;
    if (settings.signer !== undefined) {
      const stagedSignature = ctx.stagingPath(`${fileName}.asc`);
      await writeFile(stagedSignature, await signDetached(await readFile(staged), settings.signer, settings.now));
      signature = { url: `${base}/${fileName}.asc`, fingerprint: settings.signer.fingerprint };
      signatureFile = { path: `${archivePath}.asc`, source: stagedSignature };
    }
    const sources: EntrySources = { archive: { url: `${base}/${fileName}`, checksum: archive.checksum } };
    if (settings.git !== undefined) sources.git = { ...settings.git, checksum: gitChecksum! };
    const entry = buildEntry(manifest, contents, sources);
    const readme = await readPackReadme(settings.packDir);
    const plan = await planPackageChange(
      settings.registryDir,
      entry.ref,
      (doc) =>
        addVersion(
          doc,
          {
            entry: recordedEntry(entry, identity, doc),
            owner: settings.owner ?? ownerFromRepository(entry.repository),
            archiveSize: archive.size,
            // Stored beside the archive in the registry: recorded relative to it, like the archive.
            signatureUrl: signature.url === undefined ? undefined : recordedSignatureUrl(signature.url, identity, doc?.versions.find((v) => v.version === entry.version)),
            publisherKeyFingerprint: signature.fingerprint,
            readme,
          },
          settings.now,
        ),
      identity,
    );
    // The document is the truth: an archive it names that is missing or has other bytes is put back.
    const archiveHeld = await hashIfExists(archivePath);
    const repaired = [...plan.repaired];
    if (plan.outcome === 'unchanged' && archiveHeld !== archive.checksum) repaired.unshift(path.posix.join(identity.archives, fileName));
    const result: PublishToFolderResult = {
      profile: profile.name,
      audit,
      archive: { ...archive, path: archivePath },
      entry,
      doc: plan.doc,
      outcome: plan.outcome,
      repaired,
      indexChanged: plan.indexChanged,
      changes: plan.changes,
      removed: plan.removed,
      ...(plan.index === undefined ? {} : { index: plan.index }),
      identity,
    };
    const files: PlacedFile[] = archiveHeld === archive.checksum ? [] : [{ path: archivePath, source: staged, sha256: archive.checksum.replace(/^sha256:/, '') }];
    // OpenPGP signatures are salted, so a rerun's would differ: the .asc already in place is kept.
    if (signatureFile !== undefined && (plan.outcome !== 'unchanged' || (await hashIfExists(signatureFile.path)) === undefined)) files.push(signatureFile);
    return { value: result, changes: plan.changes, files, removed: plan.removed };
  });
  return value;
}

async function hashIfExists(file: string): Promise<string | undefined> {
  const st = await lstat(file).catch(() => undefined);
  return st?.isFile() === true ? `sha256:${await hashFile(file)}` : undefined;
}
