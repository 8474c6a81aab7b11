import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { normaliseFingerprint, readPublicKey } from '../../../src/core/signatures/key-fingerprint';
import { loadSigningKey, signDetached } from '../../../src/core/signatures/sign-detached';
import { verifyDetached, type TrustedKey } from '../../../src/core/signatures/verify-detached';
import { makeKey, revokedPublicKey, type TestKey } from '../../helpers/openpgp-keys';

const NOW = new Date('2026-05-01T00:00:00Z');
const DAY = 86_400_000;
const DATA = new TextEncoder().encode('the archive bytes');

async function trust(key: TestKey, armored = key.publicArmored): Promise<TrustedKey> {
  return { fingerprint: key.fingerprint, key: await readPublicKey(armored, 'test'), source: 'test' };
}

async function signWith(key: TestKey, data: Uint8Array, date: Date, passphrase?: string): Promise<string> {
  return signDetached(data, await loadSigningKey(key.privateArmored, passphrase, 'test'), date);
}

describe('verifyDetached', () => {
  let alice: TestKey;
  let bob: TestKey;
  let expired: TestKey;
  let revocable: TestKey;
  before(async () => {
    [alice, bob, revocable] = await Promise.all([makeKey({ name: 'Alice' }), makeKey({ name: 'Bob' }), makeKey({ name: 'Revoked' })]);
    // Made 30 days before the install, valid for 10: it signed while valid and is expired now.
    expired = await makeKey({ name: 'Expired', created: new Date(NOW.getTime() - 30 * DAY), expiresInSeconds: 10 * 86_400 });
  });

  it('accepts a signature by the recorded, trusted key, with the fingerprint in any case and spacing', async () => {
    const sig = await signWith(alice, DATA, NOW);
    const spaced = alice.fingerprint.toLowerCase().replace(/(.{4})/g, '$1 ');
    const ok = await verifyDetached({ data: DATA, armoredSignature: sig, expectedFingerprint: spaced, trusted: [await trust(bob), await trust(alice)], date: NOW, subject: 'x 1.0.0', signatureLocation: 'x.asc' });
    assert.equal(ok.fingerprint, alice.fingerprint);
    assert.match(ok.signingKeyId, /^[0-9A-F]{16}$/);
  });

  const cases: [string, () => Promise<{ sig: string; expected: string; trusted: TrustedKey[]; data?: Uint8Array }>, string][] = [
    ['a signature by a key the user does not trust', async () => ({ sig: await signWith(bob, DATA, NOW), expected: bob.fingerprint, trusted: [await trust(alice)] }), 'SIGNATURE_KEY_UNKNOWN'],
    ['a recorded fingerprint that is not the signing key', async () => ({ sig: await signWith(bob, DATA, NOW), expected: alice.fingerprint, trusted: [await trust(alice), await trust(bob)] }), 'SIGNATURE_WRONG_KEY'],
    ['a signature over other bytes', async () => ({ sig: await signWith(alice, new TextEncoder().encode('other bytes'), NOW), expected: alice.fingerprint, trusted: [await trust(alice)] }), 'SIGNATURE_INVALID'],
    ['a file that is no signature', async () => ({ sig: '-----BEGIN PGP SIGNATURE-----\n\nAAAA\n-----END PGP SIGNATURE-----\n', expected: alice.fingerprint, trusted: [await trust(alice)] }), 'SIGNATURE_INVALID'],
    ['a key that has expired since it signed', async () => ({ sig: await signWith(expired, DATA, new Date(NOW.getTime() - 29 * DAY)), expected: expired.fingerprint, trusted: [await trust(expired)] }), 'SIGNATURE_KEY_EXPIRED'],
    ['a key revoked since it signed', async () => ({ sig: await signWith(revocable, DATA, new Date(NOW.getTime() - DAY)), expected: revocable.fingerprint, trusted: [await trust(revocable, await revokedPublicKey(revocable))] }), 'SIGNATURE_KEY_REVOKED'],
    ['a short key ID instead of a fingerprint', async () => ({ sig: await signWith(alice, DATA, NOW), expected: alice.fingerprint.slice(-16), trusted: [await trust(alice)] }), 'SIGNATURE_WRONG_KEY'],
  ];
  for (const [name, make, code] of cases) {
    it(`refuses ${name} (${code}) with value, expected and fix`, async () => {
      const c = await make();
      await assert.rejects(
        verifyDetached({ data: c.data ?? DATA, armoredSignature: c.sig, expectedFingerprint: c.expected, trusted: c.trusted, date: NOW, subject: 'x 1.0.0', signatureLocation: 'x.asc' }),
        (e: Error & { code?: string; fix?: string; expected?: string; value?: unknown }) => e.code === code && e.fix !== undefined && e.expected !== undefined && e.value !== undefined && /Nothing was installed/.test(e.message),
      );
    });
  }

  it('unlocks a passphrase-protected key only with its passphrase, and never echoes it', async () => {
    const locked = await makeKey({ name: 'Locked', passphrase: 'correct horse' });
    await assert.rejects(loadSigningKey(locked.privateArmored, undefined, 'k.asc'), { code: 'KEY_INVALID' });
    await assert.rejects(loadSigningKey(locked.privateArmored, 'wrong', 'k.asc'), (e: Error & { code?: string }) => e.code === 'KEY_INVALID' && !e.message.includes('wrong'));
    const signer = await loadSigningKey(locked.privateArmored, 'correct horse', 'k.asc');
    assert.equal(signer.fingerprint, locked.fingerprint);
  });

  it('refuses to sign with an expired key', async () => {
    await assert.rejects(signWith(expired, DATA, NOW), { code: 'SIGNATURE_KEY_EXPIRED' });
  });

  it('normalises fingerprints and refuses short IDs', () => {
    assert.equal(normaliseFingerprint(`0x${'ab'.repeat(20)}`), 'AB'.repeat(20));
    assert.equal(normaliseFingerprint('ABCD 1234'), undefined);
  });
});
