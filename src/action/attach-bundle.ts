import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { hashFile } from '../core/checksum/hash-file';
import { provenanceFromBundle } from '../core/provenance/record-provenance';
import type { BuildProvenance } from '../core/schema-types';
import type { GitHubApi, RepoName } from '../github/github-api';
import { attachToRelease } from '../github/release-asset';

/**
 * Upload the Sigstore bundle beside the archive (`<archive>.sigstore.json`, on the same release)
 * and return what the version's entry records: the asset's URL and the signer its certificate
 * names. A rerun finds its own asset (same bytes) and uploads nothing.
 */
export async function attachBundle(api: GitHubApi, settings: { repo: RepoName; tag: string; title: string; archivePath: string; assetName: string; bundle: unknown }): Promise<BuildProvenance> {
  const name = `${settings.assetName}.sigstore.json`;
  // Read before the upload, so a bundle that names no workflow is refused without being attached.
  const record = provenanceFromBundle(settings.bundle, name);
  const file = `${settings.archivePath}.sigstore.json`;
  await writeFile(file, `${JSON.stringify(settings.bundle)}\n`);
  const attached = await attachToRelease(api, { repo: settings.repo, tag: settings.tag, title: settings.title, body: settings.title, file, name, checksum: `sha256:${await hashFile(file)}`, contentType: 'application/json' });
  core.info(attached.uploaded ? `Attached the provenance bundle ${name} to the release ${settings.tag}.` : `The release ${settings.tag} already carries ${name}.`);
  return { ...record, bundle_url: attached.asset.downloadUrl };
}
