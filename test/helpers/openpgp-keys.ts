import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateKey, readKey, revokeKey } from 'openpgp';
import { tempDir } from './tmp';

/** A throwaway OpenPGP key made for one test: armoured halves, its fingerprint, files on disk. */
export interface TestKey {
  fingerprint: string;
  publicArmored: string;
  privateArmored: string;
  revocationCertificate: string;
  publicFile: string;
  privateFile: string;
}

/** When test keys are made unless told otherwise: before every fixed clock the tests use. */
export const KEY_CREATED = new Date('2025-06-01T00:00:00Z');

/**
 * Make an ed25519 key. `created` and `expiresInSeconds` make keys that expired in the past;
 * `passphrase` protects the private half.
 */
export async function makeKey(options: { name?: string; created?: Date; expiresInSeconds?: number; passphrase?: string } = {}): Promise<TestKey> {
  const name = options.name ?? 'Test Publisher';
  const made = await generateKey({
    type: 'ecc',
    curve: 'ed25519Legacy',
    userIDs: [{ name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com` }],
    format: 'armored',
    date: options.created ?? KEY_CREATED,
    ...(options.expiresInSeconds === undefined ? {} : { keyExpirationTime: options.expiresInSeconds }),
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
  });
  const key = await readKey({ armoredKey: made.publicKey });
  const dir = tempDir('packdex-key-');
  const publicFile = path.join(dir, 'public.asc');
  const privateFile = path.join(dir, 'private.asc');
  writeFileSync(publicFile, made.publicKey);
  writeFileSync(privateFile, made.privateKey);
  return { fingerprint: key.getFingerprint().toUpperCase(), publicArmored: made.publicKey, privateArmored: made.privateKey, revocationCertificate: made.revocationCertificate, publicFile, privateFile };
}

/** The public key with its revocation certificate applied, as the publisher would publish it after revoking. */
export async function revokedPublicKey(key: TestKey): Promise<string> {
  const { publicKey } = await revokeKey({ key: await readKey({ armoredKey: key.publicArmored }), revocationCertificate: key.revocationCertificate, format: 'armored' });
  return publicKey;
}
