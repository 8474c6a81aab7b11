import type { PublicKey, Signature, Subkey } from 'openpgp';
import { loadOpenpgp } from './load-openpgp';
import { PackdexError, quote } from '../errors';
import { normaliseFingerprint } from './key-fingerprint';

/** A key the user trusts, read from the keyring; `fingerprint` is computed from the key itself. */
export interface TrustedKey {
  fingerprint: string;
  /** @internal The OpenPGP.js key (the library's declarations stay free of openpgp's types). */
  key: PublicKey;
  /** Where it was read from, for messages. */
  source: string;
}

export interface VerifyDetachedSettings {
  /** The artifact's exact bytes (already checked against its checksum). */
  data: Uint8Array;
  armoredSignature: string;
  /** The publisher_key_fingerprint the registry or lockfile recorded. */
  expectedFingerprint: string;
  trusted: readonly TrustedKey[];
  /** Validity (expiry, revocation) is judged at this time: the time of the install. */
  date: Date;
  /** What is being verified (`slack 2.1.0`) and where its signature came from, for messages. */
  subject: string;
  signatureLocation: string;
}

export interface VerifiedSignature {
  fingerprint: string;
  /** The (sub)key that made the signature, as 16 uppercase hex digits. */
  signingKeyId: string;
  created?: string;
}

const NOTHING = 'Nothing was installed.';

/**
 * Verify a detached OpenPGP signature the way dbpm's signature path does: the recorded fingerprint
 * must name a key the user trusts, the signature must come from that key (its primary key or one
 * of its subkeys), the key must be neither revoked nor expired now, and the signature must cover
 * exactly these bytes. Each failure is its own code.
 */
export async function verifyDetached(s: VerifyDetachedSettings): Promise<VerifiedSignature> {
  const { createMessage, readSignature, verify } = await loadOpenpgp();
  const expected = normaliseFingerprint(s.expectedFingerprint);
  if (expected === undefined) {
    throw new PackdexError('SIGNATURE_WRONG_KEY', `${s.subject} records the publisher key fingerprint ${quote(s.expectedFingerprint)}, which is not a full fingerprint. ${NOTHING}`, {
      value: s.expectedFingerprint,
      expected: '40 or 64 hex digits',
      fix: 'Report it to the registry\'s maintainers (or re-lock if the lockfile was edited).',
    });
  }
  let signature: Signature;
  try {
    signature = await readSignature({ armoredSignature: s.armoredSignature });
  } catch (cause) {
    throw new PackdexError('SIGNATURE_INVALID', `The signature of ${s.subject} (${quote(s.signatureLocation)}) is not an ASCII-armoured OpenPGP signature: ${(cause as Error).message}. ${NOTHING}`, {
      value: s.signatureLocation,
      expected: '-----BEGIN PGP SIGNATURE----- … a detached signature of the archive',
      fix: 'Report it to the registry\'s maintainers: the signature file is damaged or is not one.',
      cause,
    });
  }
  const issuers = signature.getSigningKeyIDs();
  const trusted = s.trusted.find((t) => t.fingerprint === expected);
  if (trusted === undefined) {
    const byOther = s.trusted.find((t) => issuers.some((id) => t.key.getKeys(id).length > 0));
    throw new PackdexError('SIGNATURE_KEY_UNKNOWN', `${s.subject} is signed by key ${expected}, which is not among your trusted keys${byOther === undefined ? '' : ` (the signature names ${byOther.fingerprint}'s key, but the registry records ${expected})`}. ${NOTHING}`, {
      value: expected,
      expected: s.trusted.length === 0 ? 'a trusted key with this fingerprint (you trust none yet)' : `one of ${s.trusted.map((t) => t.fingerprint).join(', ')}`,
      fix: `Get the publisher's public key, check its fingerprint with them out of band, then: packdex keys add KEYFILE.`,
    });
  }
  const signingKeys = issuers.flatMap((id) => trusted.key.getKeys(id));
  if (signingKeys.length === 0) {
    const ids = issuers.map((id) => id.toHex().toUpperCase());
    const other = s.trusted.find((t) => issuers.some((id) => t.key.getKeys(id).length > 0));
    throw new PackdexError('SIGNATURE_WRONG_KEY', `The signature of ${s.subject} was made by key ${other?.fingerprint ?? (ids.join(', ') || 'unknown')}, not by ${expected}, the publisher key the registry records. ${NOTHING}`, {
      value: other?.fingerprint ?? ids.join(', '),
      expected: `a signature by ${expected} or one of its subkeys`,
      fix: 'Do not use this artifact: its signature does not match the recorded publisher. Report it to the registry\'s maintainers.',
    });
  }
  await assertKeyValid(trusted, signingKeys, s);
  let verified: Awaited<ReturnType<typeof verify>>;
  try {
    verified = await verify({ message: await createMessage({ binary: s.data }), signature, verificationKeys: trusted.key, date: s.date });
  } catch (cause) {
    throw invalid(s, cause);
  }
  const mine = verified.signatures.filter((v) => trusted.key.getKeys(v.keyID).length > 0);
  for (const v of mine) {
    try {
      await v.verified;
    } catch (cause) {
      throw invalid(s, cause);
    }
  }
  const first = mine[0]!;
  const packet = await first.signature.then((sig) => sig.packets[0]).catch(() => undefined);
  return { fingerprint: expected, signingKeyId: first.keyID.toHex().toUpperCase(), ...(packet?.created ? { created: packet.created.toISOString() } : {}) };
}

function invalid(s: VerifyDetachedSettings, cause: unknown): PackdexError {
  return new PackdexError('SIGNATURE_INVALID', `The signature of ${s.subject} does not verify: ${(cause as Error).message}. The archive is not what key ${normaliseFingerprint(s.expectedFingerprint)} signed. ${NOTHING}`, {
    value: s.signatureLocation,
    expected: 'a detached signature over the archive\'s exact bytes',
    fix: 'Do not use this artifact. Report it to the registry\'s maintainers; re-lock if the lockfile is out of date.',
    cause,
  });
}

/**
 * Revocation and expiry at the time of the install, read from the key's own self-signatures.
 * openpgp.js accepts a signature made while the key was still valid; an artifact installed now
 * needs the key to be valid now, as dbpm's gpg check does.
 */
async function assertKeyValid(trusted: TrustedKey, signingKeys: (PublicKey | Subkey)[], s: VerifyDetachedSettings): Promise<void> {
  const fp = trusted.fingerprint;
  const keys: (PublicKey | Subkey)[] = [trusted.key, ...signingKeys.filter((k) => k !== trusted.key)];
  for (const key of keys) {
    const what = key === trusted.key ? `Key ${fp}` : `The signing subkey ${key.getKeyID().toHex().toUpperCase()} of ${fp}`;
    // A subkey's check takes the signature in question as optional context; none is needed here.
    if (await (key as PublicKey).isRevoked(undefined, undefined, s.date)) {
      throw new PackdexError('SIGNATURE_KEY_REVOKED', `${what}, which signed ${s.subject}, has been revoked. ${NOTHING}`, {
        value: fp,
        expected: 'a key that is not revoked',
        fix: 'Ask the publisher for a release signed by their current key; remove the revoked key with packdex keys remove and add the new one.',
      });
    }
    const expires = key === trusted.key ? await trusted.key.getExpirationTime() : await (key as Subkey).getExpirationTime(s.date);
    if (expires instanceof Date && expires.getTime() <= s.date.getTime()) {
      throw new PackdexError('SIGNATURE_KEY_EXPIRED', `${what}, which signed ${s.subject}, expired at ${expires.toISOString()}. ${NOTHING}`, {
        value: fp,
        expected: `a key valid at ${s.date.toISOString()}`,
        fix: 'If the publisher extended the key\'s expiry, add the refreshed key (packdex keys add FILE); else ask for a release signed by a current key.',
      });
    }
  }
}
