import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity } from '@sigstore/verify';
import { PackdexError, quote } from '../errors';
import type { BuildProvenance } from '../schema-types';
import { parseWorkflowIdentity } from './check-publisher-identity';

// Fulcio's OIDC issuer extensions: v2 holds a DER UTF8String, v1 (legacy) the raw string.
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';

/**
 * What a version's entry records about its provenance, read from the bundle the workflow just got:
 * the signer identity comes from the certificate Fulcio issued (the truth clients check against),
 * not from the runner's variables, which a reusable workflow would make differ.
 */
export function provenanceFromBundle(bundleJson: unknown, bundleUrl: string): BuildProvenance {
  const invalid = (why: string, value?: unknown): PackdexError =>
    new PackdexError('PROVENANCE_INVALID', `The attestation's bundle ${why}.`, { value, expected: 'a Sigstore bundle signed with a certificate for a GitHub Actions workflow', fix: 'Run the workflow again; if it persists, report it with the run\'s log.' });
  let key;
  try {
    key = toSignedEntity(bundleFromJSON(bundleJson)).key;
  } catch (cause) {
    throw invalid(`is not a Sigstore bundle (${(cause as Error).message})`);
  }
  if (key.$case !== 'certificate') throw invalid('is signed by a key, not a certificate');
  const cert = key.certificate;
  const san = cert.subjectAltName;
  const v2 = cert.extension(OID_ISSUER_V2);
  const issuer = v2 !== undefined ? v2.valueObj.subs[0]?.value.toString('utf8') : cert.extension(OID_ISSUER_V1)?.value.toString('utf8');
  const identity = san === undefined ? undefined : parseWorkflowIdentity(san);
  if (identity === undefined) throw invalid(`names ${quote(san ?? '(no identity)')}, not a GitHub Actions workflow`, san);
  if (issuer === undefined || !/^https:\/\//.test(issuer)) throw invalid('names no OIDC issuer', issuer);
  return { bundle_url: bundleUrl, identity: { repository: identity.repository, workflow: identity.workflow, ref: identity.ref }, issuer };
}
