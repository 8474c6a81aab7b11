import { PackdexError, quote } from '../errors';

/**
 * dbpm's rule: a signature URL and a publisher key fingerprint are given together or not at all.
 * One without the other would be a signature nobody can check, or a claim with nothing behind it.
 */
export function assertSignatureFields(signatureUrl: string | undefined, fingerprint: string | undefined, where: string, fix: string): void {
  if ((signatureUrl === undefined) === (fingerprint === undefined)) return;
  const missing = signatureUrl === undefined ? 'a signature URL' : 'a publisher key fingerprint';
  throw new PackdexError('SIGNATURE_FIELDS_INCOMPLETE', `${where} has ${signatureUrl === undefined ? `the publisher key fingerprint ${quote(fingerprint)}` : `the signature URL ${quote(signatureUrl)}`} but no ${missing.replace(/^an? /, '')}; the two go together.`, {
    value: signatureUrl ?? fingerprint,
    expected: 'both artifact_signature_url and publisher_key_fingerprint, or neither',
    fix,
  });
}
