import type { Key, PublicKey } from 'openpgp';
import { loadOpenpgp } from './load-openpgp';
import { PackdexError, quote } from '../errors';

/** A full OpenPGP fingerprint as documents store it: 40 (v4) or 64 (v6) uppercase hex digits. */
export const FINGERPRINT_PATTERN = /^(?:[0-9A-F]{40}|[0-9A-F]{64})$/;

/**
 * A fingerprint in the one form packdex compares: spaces and a `0x` prefix dropped, uppercase.
 * Undefined when what is left is not a full fingerprint; a short key ID is never enough, since
 * anyone can make a key with a chosen 64-bit ID.
 */
export function normaliseFingerprint(text: string): string | undefined {
  const bare = text.replace(/\s+/g, '').replace(/^0x/i, '').toUpperCase();
  return FINGERPRINT_PATTERN.test(bare) ? bare : undefined;
}

/** `normaliseFingerprint`, or a coded error naming where the value came from. */
export function parseFingerprint(text: string, what: string): string {
  const fingerprint = normaliseFingerprint(text);
  if (fingerprint === undefined) {
    throw new PackdexError('KEY_INVALID', `${what} ${quote(text)} is not a full OpenPGP fingerprint.`, {
      value: text,
      expected: '40 hex digits (a v4 key) or 64 (a v6 key), e.g. as `gpg --fingerprint` prints it',
      fix: 'Give the primary key\'s full fingerprint, not a short or long key ID.',
    });
  }
  return fingerprint;
}

/** The primary key's full fingerprint, uppercase. */
export function fingerprintOf(key: Key): string {
  return key.getFingerprint().toUpperCase();
}

/**
 * Read one armoured OpenPGP key (public, or private, of which only the public part is kept).
 * `source` names the file in the message.
 */
export async function readPublicKey(armored: string, source: string): Promise<PublicKey> {
  const { readKey } = await loadOpenpgp();
  let key: Key;
  try {
    key = await readKey({ armoredKey: armored });
  } catch (cause) {
    throw new PackdexError('KEY_INVALID', `${quote(source)} is not an ASCII-armoured OpenPGP key: ${(cause as Error).message}.`, {
      value: source,
      expected: 'a file beginning -----BEGIN PGP PUBLIC KEY BLOCK----- (gpg --armor --export FINGERPRINT)',
      fix: 'Export the publisher\'s public key in armoured form and give that file.',
      cause,
    });
  }
  return key.isPrivate() ? key.toPublic() : (key as PublicKey);
}
