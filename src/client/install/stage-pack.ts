import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { hashDirectory } from '../../core/checksum/directory-checksum';
import { checksumsEqual } from '../../core/checksum/parse-checksum';
import { PackdexError, quote } from '../../core/errors';
import { formatTimestamp } from '../../core/index-file/read-index';
import { walkPackFiles } from '../../core/pack-files/walk-pack-files';
import { selectProfile } from '../../core/profiles/detect-profile';
import { dependenciesOf } from '../../core/site/package-document';
import { obtainArchive, type ArchiveRequest } from './download-archive';
import { extractArchive, type ExtractLimits } from './extract-archive';
import { checkArtifactSignature, type ArtifactSignature } from './check-artifact-signature';
import { cloneGit } from './clone-git';
import type { SignaturePolicy } from './signature-policy';

/** What an install records beside the pack (Attune's installation metadata). */
export interface InstallRecord {
  pack_ref: string;
  version: string;
  installed_at: string;
  installed_from: { type: 'registry' | 'git' | 'archive' | 'directory'; url?: string; ref?: string; commit?: string; path?: string };
  /** The artifact's checksum: the archive's sha256, or for git and folders the directory checksum. */
  checksum: string;
  /** The directory checksum of the installed files, whatever the source. */
  directory_checksum: string;
  registry: { name: string; url: string } | null;
  dependencies: Record<string, string>;
  /** The fingerprint of the key whose signature over the archive was verified, when it was signed. */
  signed_by?: string;
}

/** A pack unpacked in the staging folder, verified, waiting to be activated. */
export interface StagedPack {
  root: string;
  record: InstallRecord;
}

export type StageSource =
  | { type: 'archive'; request: Omit<ArchiveRequest, 'onProgress'>; from: InstallRecord['installed_from']; signature?: ArtifactSignature }
  | { type: 'git'; url: string; ref?: string; checksum?: string; from: InstallRecord['installed_from'] }
  | { type: 'directory'; path: string };

export interface StageSettings {
  source: StageSource;
  /** An empty folder of the staging area for this pack. */
  dest: string;
  /** What the registry or lockfile says this is; the manifest must agree. */
  expect?: { name: string; version: string };
  registry: InstallRecord['registry'];
  limits: ExtractLimits;
  allowHttp: boolean;
  now: Date;
  /** Trusted keys and what is required; a signed archive is always verified. */
  signatures: SignaturePolicy;
  onProgress?: ArchiveRequest['onProgress'];
}

/**
 * Bring one pack into the staging area and prove it is what was asked for: the archive's size
 * and checksum (or a git checkout's directory checksum), a safe extraction, and a manifest whose
 * ref and version match the index. Nothing here touches the target folder.
 */
export async function stagePack(settings: StageSettings): Promise<StagedPack> {
  const { source, dest } = settings;
  await mkdir(dest, { recursive: true });
  let root: string;
  let checksum: string;
  let from: InstallRecord['installed_from'];
  let signedBy: string | undefined;
  if (source.type === 'archive') {
    const archive = await obtainArchive({ ...source.request, onProgress: settings.onProgress });
    // The signature is checked on the verified bytes, before a single file is unpacked.
    if (source.signature !== undefined) {
      const subject = settings.expect === undefined ? quote(source.request.location) : `${settings.expect.name} ${settings.expect.version}`;
      signedBy = (await checkArtifactSignature(archive.path, source.signature, settings.signatures, subject, settings.now)).fingerprint;
    }
    root = await extractArchive(archive.path, dest, settings.limits);
    checksum = archive.checksum;
    from = source.from;
  } else if (source.type === 'git') {
    root = path.join(dest, 'checkout');
    const { commit, ref } = await cloneGit(source.url, source.ref, root, settings.allowHttp);
    checksum = `sha256:${await hashDirectory(root)}`;
    if (source.checksum !== undefined && !checksumsEqual(source.checksum, checksum)) {
      throw new PackdexError('CHECKSUM_MISMATCH', `The checkout of ${quote(source.url)} at ${quote(source.ref ?? commit)} has directory checksum ${checksum}, but ${source.checksum} was published. It was not installed.`, {
        value: source.url,
        expected: source.checksum,
        fix: 'The tag was moved or the files changed after publishing: report it to the registry\'s maintainers.',
      });
    }
    from = { ...source.from, ...(ref === undefined ? {} : { ref }), commit };
  } else {
    // Copy only what a pack is made of: the same walk the checksum and the archive use, so
    // symlinks and special files are refused here too.
    // A .git folder (or one inside it) is git's metadata, which every copy and checksum leaves out:
    // said about the folder the user named, not as a missing copy in the staging area.
    if (source.path.split(path.sep).includes('.git')) {
      const workTree = source.path.slice(0, source.path.lastIndexOf(`${path.sep}.git`)) || path.sep;
      throw new PackdexError('PATH_UNSUPPORTED', `${quote(source.path)} is inside a .git folder (git's metadata), not a package.`, {
        value: source.path,
        expected: 'a package folder (pack.yaml, aam.yaml, dbpm.yaml or pyproject.toml)',
        fix: `Install the work tree instead: ${workTree}`,
      });
    }
    await walkPackFiles(source.path);
    root = path.join(dest, 'copy');
    await cp(source.path, root, { recursive: true, filter: (src) => src === source.path || path.basename(src) !== '.git' });
    checksum = `sha256:${await hashDirectory(root)}`;
    from = { type: 'directory', path: source.path };
  }
  const directory = source.type === 'archive' ? `sha256:${await hashDirectory(root)}` : checksum;
  // The artifact is read by the profile its manifest marks (pack.yaml, aam.yaml, dbpm.yaml,
  // pyproject.toml), so a package of any kind is checked against what the index said it is.
  const { manifest } = await selectProfile(root).describe(root, { versionIfUnset: settings.expect?.version });
  if (settings.expect !== undefined && (manifest.ref !== settings.expect.name || manifest.version !== settings.expect.version)) {
    throw new PackdexError('INSTALL_MISMATCH', `The artifact for ${settings.expect.name} ${settings.expect.version} holds ${manifest.ref} ${manifest.version}. It was not installed.`, {
      value: `${manifest.ref}@${manifest.version}`,
      expected: `${settings.expect.name}@${settings.expect.version}`,
      fix: 'The registry entry points at the wrong artifact: report it to the registry\'s maintainers.',
    });
  }
  const dependencies = dependenciesOf({ dependencies: manifest.dependencies });
  return {
    root,
    record: {
      pack_ref: manifest.ref,
      version: manifest.version,
      installed_at: formatTimestamp(settings.now),
      installed_from: from,
      checksum,
      directory_checksum: directory,
      registry: settings.registry,
      dependencies,
      ...(signedBy === undefined ? {} : { signed_by: signedBy }),
    },
  };
}
