import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { addKeys, keysFolder, listKeys, readTrustedKeys, removeKey } from '../../../src/client/keys/keyring';
import { makeKey, revokedPublicKey } from '../../helpers/openpgp-keys';
import { tempDir } from '../../helpers/tmp';

const NOW = new Date('2026-05-01T00:00:00Z');

describe('the keyring', () => {
  it('lives in keys/ of the config folder', () => {
    assert.equal(keysFolder({ XDG_CONFIG_HOME: '/x' }), path.join('/x', 'packdex', 'keys'));
    assert.equal(keysFolder({ HOME: '/h' }), path.join('/h', '.config', 'packdex', 'keys'));
  });

  it('adds every key of a file, one <FINGERPRINT>.asc each; a second add is unchanged', async () => {
    const [a, b] = await Promise.all([makeKey({ name: 'A' }), makeKey({ name: 'B' })]);
    const both = path.join(tempDir(), 'both.asc');
    writeFileSync(both, a.publicArmored + b.publicArmored);
    const folder = path.join(tempDir(), 'keys');
    const added = await addKeys(folder, both, NOW);
    assert.deepEqual(added.map((x) => x.outcome), ['added', 'added']);
    assert.deepEqual(readdirSync(folder).sort(), [`${a.fingerprint}.asc`, `${b.fingerprint}.asc`].sort());
    assert.deepEqual((await addKeys(folder, both, NOW)).map((x) => x.outcome), ['unchanged', 'unchanged']);
  });

  it('trusts what a file holds, not what it is named: a renamed key does not stand for another', async () => {
    const [a, b] = await Promise.all([makeKey({ name: 'A' }), makeKey({ name: 'B' })]);
    const folder = path.join(tempDir(), 'keys');
    mkdirSync(folder, { recursive: true });
    copyFileSync(a.publicFile, path.join(folder, `${b.fingerprint}.asc`));
    assert.deepEqual((await readTrustedKeys(folder)).map((t) => t.fingerprint), [a.fingerprint]);
  });

  it('merges a revocation in and never loses it to an older copy', async () => {
    const k = await makeKey({ name: 'R' });
    const folder = path.join(tempDir(), 'keys');
    await addKeys(folder, k.publicFile, NOW);
    const revoked = path.join(tempDir(), 'revoked.asc');
    writeFileSync(revoked, await revokedPublicKey(k));
    assert.equal((await addKeys(folder, revoked, NOW))[0]!.outcome, 'updated');
    assert.equal((await addKeys(folder, k.publicFile, NOW))[0]!.outcome, 'unchanged');
    assert.equal((await listKeys(folder, NOW))[0]!.revoked, true);
  });

  it('removes by full fingerprint only', async () => {
    const k = await makeKey({ name: 'X' });
    const folder = path.join(tempDir(), 'keys');
    await addKeys(folder, k.publicFile, NOW);
    await assert.rejects(removeKey(folder, k.fingerprint.slice(-16)), { code: 'KEY_INVALID' });
    assert.equal(await removeKey(folder, k.fingerprint.toLowerCase()), k.fingerprint);
    assert.deepEqual(await readTrustedKeys(folder), []);
    assert.deepEqual(await readTrustedKeys(path.join(tempDir(), 'none')), [], 'no folder: no keys');
  });
});
