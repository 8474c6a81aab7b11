import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PublicKey } from 'openpgp';
import { loadOpenpgp } from '../../core/signatures/load-openpgp';
import { PackdexError, ioError, quote } from '../../core/errors';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import { fingerprintOf, parseFingerprint, readPublicKey } from '../../core/signatures/key-fingerprint';
import type { TrustedKey } from '../../core/signatures/verify-detached';
import { userConfigFolder } from '../registries/registry-config';

/** The trusted keys: one armoured public key per file, `<FINGERPRINT>.asc`, in the config folder. */
export function keysFolder(env: NodeJS.ProcessEnv): string {
  return path.join(userConfigFolder(env), 'keys');
}

export interface KeyInfo {
  fingerprint: string;
  userIds: string[];
  /** RFC 3339, or null when the key never expires. */
  expires: string | null;
  revoked: boolean;
  file: string;
}

async function describeKey(key: PublicKey, file: string, now: Date): Promise<KeyInfo> {
  const expires = await key.getExpirationTime().catch(() => null);
  return {
    fingerprint: fingerprintOf(key),
    userIds: key.getUserIDs(),
    expires: expires instanceof Date ? expires.toISOString() : null,
    revoked: await key.isRevoked(undefined, undefined, now),
    file,
  };
}

/**
 * Every trusted key, read from its file. The fingerprint is computed from the key itself, never
 * taken from the file name, so a file renamed to another key's fingerprint trusts nothing new.
 */
export async function readTrustedKeys(folder: string): Promise<TrustedKey[]> {
  const names = await readdir(folder).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return [] as string[];
    throw ioError('read', folder, cause);
  });
  const out: TrustedKey[] = [];
  for (const name of names.filter((n) => n.endsWith('.asc')).sort()) {
    const file = path.join(folder, name);
    const key = await readPublicKey(await readFile(file, 'utf8'), file);
    out.push({ fingerprint: fingerprintOf(key), key, source: file });
  }
  return out;
}

export async function listKeys(folder: string, now: Date): Promise<KeyInfo[]> {
  return Promise.all((await readTrustedKeys(folder)).map((t) => describeKey(t.key, t.source, now)));
}

export type AddOutcome = 'added' | 'updated' | 'unchanged';

/**
 * Trust the keys in an armoured file (a private key's public part only). A key already trusted
 * is merged with the new copy, so a refreshed expiry or a revocation the publisher issued since
 * is taken in and nothing already known is dropped.
 */
export async function addKeys(folder: string, file: string, now: Date): Promise<{ key: KeyInfo; outcome: AddOutcome }[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw ioError('read', file, cause);
  }
  let keys: PublicKey[];
  try {
    const { readKeys } = await loadOpenpgp();
    // openpgp reads one armour block; a file may hold several one after another (cat a.asc b.asc).
    const blocks = text.match(/-----BEGIN PGP (PUBLIC|PRIVATE) KEY BLOCK-----[\s\S]*?-----END PGP \1 KEY BLOCK-----/g) ?? [text];
    keys = [];
    for (const block of blocks) keys.push(...(await readKeys({ armoredKeys: block })).map((k) => (k.isPrivate() ? k.toPublic() : (k as PublicKey))));
  } catch (cause) {
    throw new PackdexError('KEY_INVALID', `${quote(file)} holds no ASCII-armoured OpenPGP key: ${(cause as Error).message}.`, {
      value: file,
      expected: 'a file beginning -----BEGIN PGP PUBLIC KEY BLOCK----- (gpg --armor --export FINGERPRINT)',
      fix: 'Export the publisher\'s public key in armoured form and give that file.',
      cause,
    });
  }
  await mkdir(folder, { recursive: true });
  const results: { key: KeyInfo; outcome: AddOutcome }[] = [];
  for (const incoming of keys) {
    const fingerprint = fingerprintOf(incoming);
    const target = path.join(folder, `${fingerprint}.asc`);
    const heldText = await readFile(target, 'utf8').catch(() => undefined);
    let merged = incoming;
    if (heldText !== undefined) {
      const held = await readPublicKey(heldText, target);
      merged = (await held.update(incoming)) as PublicKey;
    }
    const armored = merged.armor();
    const outcome: AddOutcome = heldText === undefined ? 'added' : heldText === armored ? 'unchanged' : 'updated';
    if (outcome !== 'unchanged') await writeFileAtomic(target, armored);
    results.push({ key: await describeKey(merged, target, now), outcome });
  }
  return results;
}

/** Stop trusting a key, named by its full fingerprint. */
export async function removeKey(folder: string, fingerprintText: string): Promise<string> {
  const fingerprint = parseFingerprint(fingerprintText, 'Key');
  const held = (await readTrustedKeys(folder)).filter((t) => t.fingerprint === fingerprint);
  if (held.length === 0) {
    throw new PackdexError('SIGNATURE_KEY_UNKNOWN', `No trusted key has the fingerprint ${fingerprint}.`, {
      value: fingerprint,
      expected: 'a fingerprint that packdex keys list shows',
      fix: 'Run packdex keys list to see the trusted keys.',
    });
  }
  for (const t of held) await rm(t.source, { force: true });
  return fingerprint;
}
