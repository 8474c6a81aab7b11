import { PackdexError, quote } from '../errors';

/** The predicate packdex verifies: SLSA build provenance, as actions/attest-build-provenance writes it. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = new Set(['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']);

export interface ProvenanceSubject {
  name: string;
  sha256: string;
  predicateType: string;
}

/**
 * The signed statement must be SLSA provenance about the archive that was downloaded: one of its
 * subjects carries the archive's SHA-256. A signature over some other file proves nothing about
 * this one, however valid it is.
 */
export function checkSubjectDigest(what: string, payloadType: string, payload: Buffer, archiveChecksum: string): ProvenanceSubject {
  const invalid = (why: string, value: unknown): PackdexError =>
    new PackdexError('PROVENANCE_INVALID', `${what}'s provenance bundle ${why}. It was not installed.`, {
      value,
      expected: `a DSSE envelope of type ${IN_TOTO_PAYLOAD} holding an in-toto statement with predicate ${SLSA_PROVENANCE_V1}`,
      fix: 'Report it to the registry\'s maintainers; the publisher may have to publish a new version.',
    });
  if (payloadType !== IN_TOTO_PAYLOAD) throw invalid(`signs a payload of type ${quote(payloadType)}`, payloadType);
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch {
    throw invalid('signs a payload that is not JSON', payloadType);
  }
  const s = statement as { _type?: unknown; predicateType?: unknown; subject?: unknown };
  if (typeof s !== 'object' || s === null || typeof s._type !== 'string' || !STATEMENT_TYPES.has(s._type)) throw invalid('signs something that is not an in-toto statement', s?._type);
  if (s.predicateType !== SLSA_PROVENANCE_V1) throw invalid(`states ${quote(s.predicateType)}, not build provenance`, s.predicateType);
  if (!Array.isArray(s.subject) || s.subject.length === 0) throw invalid('names no subject', s.subject);
  const hex = archiveChecksum.replace(/^sha256:/, '').toLowerCase();
  const subjects = (s.subject as { name?: unknown; digest?: { sha256?: unknown } }[]).map((x) => ({ name: typeof x?.name === 'string' ? x.name : '', sha256: typeof x?.digest?.sha256 === 'string' ? x.digest.sha256.toLowerCase() : '' }));
  const match = subjects.find((x) => x.sha256 === hex);
  if (match === undefined) {
    throw new PackdexError('PROVENANCE_DIGEST_MISMATCH', `${what}'s provenance is about ${subjects.map((x) => `${quote(x.name)} (sha256:${x.sha256 || 'none'})`).join(', ')}, not the archive that was downloaded (${archiveChecksum}). It was not installed.`, {
      value: subjects.map((x) => `sha256:${x.sha256}`),
      expected: `a subject with digest sha256:${hex}`,
      fix: 'Do not use this version: its provenance belongs to another file. Report it to the registry\'s maintainers.',
    });
  }
  return { name: match.name, sha256: match.sha256, predicateType: SLSA_PROVENANCE_V1 };
}
