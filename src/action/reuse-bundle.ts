import * as core from '@actions/core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { verifyProvenance, type NamedTrustedRoot } from '../client/install/verify-provenance';
import { PackdexError, quote } from '../core/errors';
import { provenanceFromBundle } from '../core/provenance/record-provenance';
import type { WorkflowIdentity } from '../core/provenance/check-publisher-identity';
import type { BuildProvenance } from '../core/schema-types';
import type { GitHubApi, ReleaseAsset, RepoName } from '../github/github-api';

/** A Sigstore bundle is a few KiB (verify-provenance reads at most 1 MiB too). */
const MAX_BUNDLE_BYTES = 1024 * 1024;

/**
 * This run's signer as Fulcio would certify it, from the runner's GITHUB_WORKFLOW_REF
 * (`OWNER/REPO/.github/workflows/FILE@REF`); undefined when the runner does not say.
 */
export function runIdentity(env: NodeJS.ProcessEnv): WorkflowIdentity | undefined {
  const m = /^([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)\/(\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml)@(refs\/\S+)$/.exec(env.GITHUB_WORKFLOW_REF ?? '');
  return m === null ? undefined : { repository: m[1]!, workflow: m[2]!, ref: m[3]! };
}

export interface ReuseSettings {
  repo: RepoName;
  tag: string;
  /** The `<archive>.sigstore.json` asset already on the release. */
  asset: ReleaseAsset;
  archive: { name: string; checksum: string };
  /** The package's owner as the registry records it (HOST/OWNER/REPO). */
  owner: string;
  /** This run's identity (runIdentity); undefined when the runner gives none. */
  identity: WorkflowIdentity | undefined;
  roots: readonly NamedTrustedRoot[];
  tempDir: string;
}

/**
 * A rerun after a kill between the bundle's upload and the registry push finds the bundle on the
 * release. Attesting again would make another bundle (new certificate, new log entry) that cannot
 * replace the asset, so the one there is reused, but only when the client would accept it for
 * exactly this archive and this run: verified with the client's own code against the roots the
 * Action trusts, its subject the archive's SHA-256, its signer this repository, workflow file and
 * ref. Anything else (another digest, another workflow, a stale or foreign file) is refused with
 * RELEASE_ASSET_CONFLICT before anything is pushed.
 */
export async function reuseBundle(api: GitHubApi, settings: ReuseSettings): Promise<BuildProvenance> {
  const { asset } = settings;
  const refuse = (why: string, cause?: unknown): PackdexError =>
    new PackdexError('RELEASE_ASSET_CONFLICT', `The release ${quote(settings.tag)} already has ${quote(asset.name)}, and it is not a provenance bundle for this archive from this workflow: ${why}. Nothing was pushed to the registry.`, {
      value: asset.downloadUrl,
      expected: `a Sigstore bundle for ${settings.archive.name} (${settings.archive.checksum}) signed by ${settings.identity === undefined ? 'this workflow' : `${settings.identity.repository}/${settings.identity.workflow}@${settings.identity.ref}`}`,
      fix: `Delete ${asset.name} from the release ${settings.tag} and rerun the job: it attests the archive again and uploads a fresh bundle.`,
      cause,
    });
  if (settings.identity === undefined) throw refuse('the runner does not say which workflow this is (GITHUB_WORKFLOW_REF is not set), so the bundle\'s signer cannot be compared with it');
  const bytes = await api.downloadAsset(settings.repo, asset, MAX_BUNDLE_BYTES).catch((cause: unknown) => {
    throw refuse(`it could not be downloaded (${(cause as Error).message})`, cause);
  });
  const work = await mkdtemp(path.join(settings.tempDir, 'packdex-bundle-'));
  try {
    const file = path.join(work, asset.name);
    await writeFile(file, bytes);
    const what = `${settings.archive.name} on the release ${settings.tag}`;
    const verified = await verifyProvenance({
      what,
      bundle: { location: file, allowHttp: false },
      archiveChecksum: settings.archive.checksum,
      owner: settings.owner,
      recorded: { workflow: settings.identity.workflow, ref: settings.identity.ref },
      roots: settings.roots,
    }).catch((cause: unknown) => {
      if (cause instanceof PackdexError) throw refuse(`${cause.code}: ${cause.message.replace(/ It was not installed\.$/, '')}`, cause);
      throw cause;
    });
    if (verified.identity.repository.toLowerCase() !== settings.identity.repository.toLowerCase()) throw refuse(`it was signed by a workflow of ${verified.identity.repository}, and this run is ${settings.identity.repository}'s`);
    const record = provenanceFromBundle(JSON.parse(bytes.toString('utf8')), asset.downloadUrl);
    core.info(`The release ${settings.tag} already carries ${asset.name}, a verified bundle for ${settings.archive.checksum} signed by ${verified.san}: reusing it instead of attesting again.`);
    return record;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
