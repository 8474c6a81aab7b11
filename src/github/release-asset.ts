import { readFile } from 'node:fs/promises';
import { PackdexError, quote } from '../core/errors';
import type { GitHubApi, ReleaseAsset, RepoName } from './github-api';

export interface AttachSettings {
  repo: RepoName;
  tag: string;
  /** The release's title and body when it has to be created. */
  title: string;
  body: string;
  file: string;
  name: string;
  /** `sha256:<hex>` of the file. */
  checksum: string;
  /** Default application/gzip (the archive); a detached signature is application/pgp-signature, a Sigstore bundle application/json. */
  contentType?: string;
  /**
   * `keep`: an asset of that name already there is used as it is. For a detached signature only:
   * OpenPGP signatures are salted, so a rerun's differs from the first run's, and the client
   * verifies whichever is attached.
   */
  existing?: 'refuse' | 'keep';
}

export interface Attached {
  asset: ReleaseAsset;
  releaseUrl: string;
  /** False when the release already carried these exact bytes (a rerun). */
  uploaded: boolean;
  releaseCreated: boolean;
}

/**
 * Attach the archive to the tag's release, creating the release when the tag has none. A rerun
 * finds its own asset (same name, same SHA-256) and uploads nothing; an asset of that name with
 * other bytes is refused, because the registry may already point at it.
 */
export async function attachToRelease(api: GitHubApi, settings: AttachSettings): Promise<Attached> {
  const found = await api.releaseByTag(settings.repo, settings.tag);
  const release = found ?? (await api.createRelease(settings.repo, { tag: settings.tag, title: settings.title, body: settings.body }));
  const held = release.assets.find((a) => a.name === settings.name);
  if (held !== undefined) {
    if (held.digest === settings.checksum || settings.existing === 'keep') return { asset: held, releaseUrl: release.htmlUrl, uploaded: false, releaseCreated: false };
    throw new PackdexError('RELEASE_ASSET_CONFLICT', `The release ${quote(settings.tag)} already has an asset ${quote(settings.name)} with other bytes.`, {
      value: held.digest ?? '(no digest reported)',
      expected: settings.checksum,
      fix:
        held.digest === null
          ? `This server reports no asset digests, so packdex cannot tell whether ${settings.name} is the same archive: delete the asset from the release and rerun.`
          : `An archive is immutable once published. If this version is not in the registry yet, delete ${settings.name} from the release and rerun; otherwise publish a new version.`,
    });
  }
  const asset = await api.uploadAsset(settings.repo, release, { name: settings.name, bytes: await readFile(settings.file), contentType: settings.contentType ?? 'application/gzip' });
  if (asset.digest !== null && asset.digest !== settings.checksum) {
    throw new PackdexError('RELEASE_ASSET_CONFLICT', `GitHub stored ${quote(settings.name)} with digest ${asset.digest}, not the archive's ${settings.checksum}.`, {
      value: asset.digest,
      expected: settings.checksum,
      fix: 'The upload was altered on the way: delete the asset from the release and rerun.',
    });
  }
  return { asset, releaseUrl: release.htmlUrl, uploaded: true, releaseCreated: found === undefined };
}
