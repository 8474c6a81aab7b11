import { checkHttpsUrl } from '../entry/source-rules';
import { checkRegistryPath } from '../names/url-rules';
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

/**
 * A signature URL as a registry document may record it: https, no credentials, query or fragment
 * (the archive URL's rules), and no `.` or `..` segment, plain or percent-encoded; or, for a
 * signature stored in the registry, a path relative to it (`archives/<file>.asc`), as its archive
 * is recorded. A client maps a URL under the registry's own address to a path inside the registry,
 * so a dot segment would name a file outside it.
 */
export function checkSignatureUrl(value: string, what: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('/')) return checkRegistryPath(value, what);
  checkHttpsUrl(value, what);
  const rest = value.replace(/^https:\/\/[^/]*/i, '');
  if (rest.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) {
    throw new PackdexError('URL_INVALID', `${what} ${quote(value)} has a dot segment.`, {
      value,
      expected: 'https://host/path/<archive>.asc with no . or .. segment',
      fix: 'Give the signature\'s plain URL.',
    });
  }
  return value;
}
