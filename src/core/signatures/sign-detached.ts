import type { PrivateKey } from 'openpgp';
import { loadOpenpgp } from './load-openpgp';
import { PackdexError, quote } from '../errors';
import { fingerprintOf } from './key-fingerprint';

export interface SigningKey {
  /** @internal The OpenPGP.js key (the library's declarations stay free of openpgp's types). */
  key: PrivateKey;
  /** The primary key's full fingerprint: what a registry records as publisher_key_fingerprint. */
  fingerprint: string;
}

/**
 * Read an armoured private key and unlock it. The passphrase comes from the caller (an
 * environment variable, an Action secret) and is never part of a message or a result.
 */
export async function loadSigningKey(armored: string, passphrase: string | undefined, source: string): Promise<SigningKey> {
  const { decryptKey, readPrivateKey } = await loadOpenpgp();
  let key: PrivateKey;
  try {
    key = await readPrivateKey({ armoredKey: armored });
  } catch (cause) {
    throw new PackdexError('KEY_INVALID', `${quote(source)} is not an ASCII-armoured OpenPGP private key: ${(cause as Error).message}.`, {
      value: source,
      expected: 'a file beginning -----BEGIN PGP PRIVATE KEY BLOCK----- (gpg --armor --export-secret-keys FINGERPRINT)',
      fix: 'Export the signing key in armoured form and give that file to --sign-key.',
      cause,
    });
  }
  if (!key.isDecrypted()) {
    if (passphrase === undefined || passphrase === '') {
      throw new PackdexError('KEY_INVALID', `The signing key in ${quote(source)} is protected by a passphrase, and none was given.`, {
        value: source,
        fix: 'Set PACKDEX_SIGN_KEY_PASSPHRASE (the Action: the sign-key-passphrase input, from a secret).',
      });
    }
    try {
      key = await decryptKey({ privateKey: key, passphrase });
    } catch (cause) {
      // openpgp's message says only that decryption failed; the passphrase itself is never echoed.
      throw new PackdexError('KEY_INVALID', `The signing key in ${quote(source)} could not be unlocked: ${(cause as Error).message}.`, {
        value: source,
        fix: 'Check PACKDEX_SIGN_KEY_PASSPHRASE: it must be the key\'s passphrase.',
        cause,
      });
    }
  }
  return { key, fingerprint: fingerprintOf(key) };
}

/**
 * An ASCII-armoured detached signature over `data`, made at `date` (the publish time, so a rerun
 * signs with the same creation time). An expired or revoked key cannot sign: openpgp refuses,
 * and so does packdex, with the reason.
 */
export async function signDetached(data: Uint8Array, signer: SigningKey, date: Date): Promise<string> {
  const { createMessage, sign } = await loadOpenpgp();
  try {
    return await sign({ message: await createMessage({ binary: data }), signingKeys: signer.key, detached: true, format: 'armored', date });
  } catch (cause) {
    const reason = (cause as Error).message;
    const code = /revoked/i.test(reason) ? 'SIGNATURE_KEY_REVOKED' : /expired/i.test(reason) ? 'SIGNATURE_KEY_EXPIRED' : 'KEY_INVALID';
    throw new PackdexError(code, `Key ${signer.fingerprint} cannot sign at ${date.toISOString()}: ${reason}.`, {
      value: signer.fingerprint,
      expected: 'a key that is valid now and can sign',
      fix: 'Sign with a current, unrevoked key (or extend the key\'s expiry and export it again).',
      cause,
    });
  }
}
