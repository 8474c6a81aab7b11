import * as core from '@actions/core';
import { PackdexError } from '../core/errors';

export type ProvenanceMode = 'auto' | 'required' | 'off';

const GRANT = 'Give the publishing job `permissions: { contents: write, id-token: write, attestations: write }` (id-token lets the job ask GitHub for its OIDC identity, attestations lets it store the attestation).';

/**
 * Whether this run can attest, decided before anything is built or uploaded: `required` without an
 * OIDC token fails here, so a refused run leaves no release asset behind; `auto` says how to grant
 * the permissions and publishes without provenance; `off` never attests.
 */
export function canAttest(mode: ProvenanceMode, env: NodeJS.ProcessEnv): boolean {
  if (mode === 'off') return false;
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return true;
  if (mode === 'required') {
    throw new PackdexError('PROVENANCE_UNAVAILABLE', 'provenance: required, and this job cannot ask GitHub for an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Nothing was published.', {
      expected: 'a job with id-token: write and attestations: write',
      fix: GRANT,
    });
  }
  core.notice(`Publishing without build provenance: this job has no OIDC token. ${GRANT} Set 'provenance: off' to silence this.`);
  return false;
}

/**
 * Attest the archive with @actions/attest: SLSA build provenance for its SHA-256, signed through
 * Sigstore with the workflow's OIDC identity (public good for public repositories, GitHub's
 * instance otherwise) and stored with the attestations API. Returns the Sigstore bundle's JSON.
 */
export async function attestArchive(mode: ProvenanceMode, archive: { name: string; checksum: string }, token: string): Promise<unknown | undefined> {
  const { attestProvenance } = await import('./attest-library');
  try {
    const attestation = await attestProvenance({ subjectName: archive.name, subjectDigest: { sha256: archive.checksum.replace(/^sha256:/, '') }, token });
    core.info(`Attested ${archive.name}${attestation.attestationID === undefined ? '' : ` (attestation ${attestation.attestationID})`}${attestation.tlogID === undefined ? '' : `, transparency log entry ${attestation.tlogID}`}.`);
    return attestation.bundle;
  } catch (cause) {
    const message = `Could not attest ${archive.name}: ${(cause as Error).message}`;
    if (mode === 'required') throw new PackdexError('PROVENANCE_UNAVAILABLE', `${message}. Nothing was published to the registry.`, { value: archive.name, fix: GRANT, cause });
    core.warning(`${message}. Publishing without build provenance. ${GRANT}`);
    return undefined;
  }
}
