import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildArchive, type ArchiveResult } from '../archive/build-archive';
import { versionFromTag, type AuditOptions, type AuditReport } from '../audit/run-audit';
import { hashDirectory } from '../checksum/directory-checksum';
import { buildEntry, type EntrySources } from '../entry/build-entry';
import { checkHttpsUrl } from '../entry/source-rules';
import { applyFileChanges, type FileChange } from '../fs/file-change';
import { archiveFileName, archiveStem } from '../names/package-name';
import { selectProfile } from '../profiles/detect-profile';
import type { ProfileName } from '../profiles/profile';
import type { AttunePackIndexEntry } from '../schema-types';
import { addVersion, type PackageOutcome } from './change-package';
import { recordedEntry, type PackageDocument } from './package-document';
import { planPackageChange } from './plan-package-change';
import { readRegistryIdentity, type RegistryIdentity } from './read-site';
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
  /** The audit's options; `expectVersion` is also the version describe must agree with. */
  audit?: AuditOptions;
  /** Skip the audit (register --no-audit): only what describe needs is checked. */
  skipAudit?: boolean;
  /** Plan only: build nothing into the registry, write nothing. */
  dryRun?: boolean;
  now: Date;
}

export interface PublishToFolderResult {
  profile: ProfileName;
  /** Absent when the audit was skipped. */
  audit?: AuditReport;
  archive?: ArchiveResult;
  entry?: AttunePackIndexEntry;
  doc?: PackageDocument;
  outcome?: PackageOutcome;
  /** Whether index.json's line for the package changed (false when an older version was added). */
  indexChanged?: boolean;
  changes?: FileChange[];
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
 * FAIL. Only the package's document and index.json are rewritten. The archive is moved into place
 * before either, so no document ever names a missing archive; a refused publish leaves nothing.
 */
export async function publishToFolder(settings: PublishToFolderSettings): Promise<PublishToFolderResult> {
  const { identity } = await readRegistryIdentity(settings.registryDir);
  const profile = selectProfile(settings.packDir, settings.profile);
  const expectVersion = settings.audit?.expectVersion;
  const audit = settings.skipAudit === true ? undefined : await profile.audit(settings.packDir, settings.audit ?? {});
  if (audit !== undefined && audit.counts.fail > 0) return { profile: profile.name, audit };
  const { manifest, contents } = await profile.describe(settings.packDir, { version: expectVersion === undefined ? undefined : versionFromTag(expectVersion) });
  const fileName = archiveFileName(manifest.ref, manifest.version);
  const archivePath = path.join(settings.registryDir, identity.archives, fileName);
  await mkdir(path.dirname(archivePath), { recursive: true });
  const staged = path.join(path.dirname(archivePath), `.${path.basename(fileName)}.${process.pid}.staged`);
  const base = checkHttpsUrl(settings.archiveUrlBase ?? `${identity.url}/${identity.archives}`, 'Archive URL base').replace(/\/+$/, '');
  try {
    const archive = await buildArchive({ packDir: settings.packDir, topFolder: archiveStem(manifest.ref, manifest.version), output: staged, source: 'directory' });
    const sources: EntrySources = { archive: { url: `${base}/${fileName}`, checksum: archive.checksum } };
    if (settings.git !== undefined) sources.git = { ...settings.git, checksum: `sha256:${await hashDirectory(settings.packDir)}` };
    const entry = buildEntry(manifest, contents, sources);
    const readme = await readPackReadme(settings.packDir);
    const plan = await planPackageChange(settings.registryDir, entry.ref, (doc) =>
      addVersion(
        doc,
        {
          entry: recordedEntry(entry, identity, doc),
          owner: settings.owner ?? ownerFromRepository(entry.repository),
          archiveSize: archive.size,
          signatureUrl: settings.signatureUrl,
          publisherKeyFingerprint: settings.publisherKeyFingerprint,
          readme,
        },
        settings.now,
      ),
      identity,
    );
    const result = {
      profile: profile.name,
      audit,
      archive: { ...archive, path: archivePath },
      entry,
      doc: plan.doc,
      outcome: plan.outcome,
      indexChanged: plan.changes[1]!.before !== plan.changes[1]!.after,
      changes: plan.changes,
      identity,
    };
    if (settings.dryRun === true) return result;
    // A rerun finds its archive already in place; a new version moves the staged bytes in.
    if (plan.outcome !== 'unchanged' || !(await stat(archivePath).catch(() => undefined))) await rename(staged, archivePath);
    await applyFileChanges(plan.changes);
    return result;
  } finally {
    await rm(staged, { force: true });
  }
}
