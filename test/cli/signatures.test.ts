import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateSchema } from '../../src/core/schemas';
import { cli, FIXED_NOW } from '../helpers/cli';
import { makeKey, revokedPublicKey, type TestKey } from '../helpers/openpgp-keys';
import { startServer, type TestServer } from '../helpers/registry-server';
import { packYaml, REGISTRY_URL } from '../helpers/site';
import { makePack, snapshot, tempDir, writeTree } from '../helpers/tmp';
// @ts-expect-error: a plain .mjs script shared with .ci/run
import { node24 } from '../../scripts/install-node24.mjs';

const DAY = 86_400_000;
const docFile = (reg: string, ref: string) => path.join(reg, 'packages', ref.slice(0, 2), ref.slice(2, 4), `${ref}.json`);

/** A user: a work folder with its own HOME (so its own keyring), cache and clock. */
function user() {
  const cwd = tempDir('packdex-user-');
  const env = { HOME: cwd, PACKDEX_CACHE_DIR: path.join(cwd, '.cache') };
  return { cwd, env, run: (args: string[], now?: Date) => cli(args, { cwd, env, now }) };
}

/** Publish ref@version into reg through the CLI, signed with `key` when given. */
async function publish(reg: string, ref: string, version: string, key?: TestKey, now?: Date, extra = ''): Promise<void> {
  const pack = makePack({ 'pack.yaml': packYaml(ref, version, extra) });
  const run = await cli(['publish', '--pack-dir', pack, '--registry', reg, ...(key === undefined ? [] : ['--sign-key', key.privateFile])], { now, env: {} });
  assert.equal(run.code, 0, run.stdout + run.stderr);
}

describe('OpenPGP detached signatures: publish --sign-key, keys, install, lock, install --lockfile', () => {
  let alice: TestKey;
  let bob: TestKey;
  let expiring: TestKey;
  let carol: TestKey;
  let reg: string;
  let server: TestServer;
  before(async () => {
    [alice, bob, carol] = await Promise.all([makeKey({ name: 'Alice' }), makeKey({ name: 'Bob' }), makeKey({ name: 'Carol' })]);
    // Valid for 30 days from 2025-06-01: it signs in June 2025 and has expired by the test clock (2026-01-02).
    expiring = await makeKey({ name: 'Expiring', expiresInSeconds: 30 * 86_400 });
    reg = tempDir('packdex-signed-reg-');
    assert.equal((await cli(['registry', 'init', reg, '--name', 'Signed', '--url', REGISTRY_URL])).code, 0);
    await publish(reg, 'slack', '2.1.0', alice, undefined, 'dependencies:\n  - core@^1.0.0\n');
    await publish(reg, 'core', '1.0.0', alice);
    await publish(reg, 'plain', '1.0.0');
    await publish(reg, 'old_key', '1.0.0', expiring, new Date('2025-06-10T00:00:00Z'));
    await publish(reg, 'by_carol', '1.0.0', carol);
    server = await startServer(reg);
  });
  after(() => server.stop());

  it('publish --sign-key writes <archive>.asc beside the archive, records URL and full fingerprint, and the receipt carries both', async () => {
    const version = JSON.parse(readFileSync(docFile(reg, 'slack'), 'utf8')).versions[0];
    assert.equal(version.signature_url, 'archives/slack-2.1.0.tar.gz.asc', 'stored in the registry: recorded relative to it, like the archive');
    assert.equal(version.entry.install_sources.find((s: { type: string }) => s.type === 'archive').url, 'archives/slack-2.1.0.tar.gz');
    assert.equal(version.publisher_key_fingerprint, alice.fingerprint);
    assert.match(readFileSync(path.join(reg, 'archives/slack-2.1.0.tar.gz.asc'), 'utf8'), /^-----BEGIN PGP SIGNATURE-----/);
    assert.equal(JSON.parse(readFileSync(docFile(reg, 'plain'), 'utf8')).versions[0].signature_url, undefined, 'unsigned stays unsigned');
    const shown = await user().run(['show', 'slack', '--registry', reg]);
    assert.match(shown.stdout, new RegExp(String.raw`^VERSION +PUBLISHED +SIZE +SIGNED BY +STATUS\n2\.1\.0 +\S+ +[\d.]+ \w+ +${alice.fingerprint}`, 'm'));
    // A receipt, and a rerun that changes nothing (not even the .asc).
    const other = tempDir('packdex-signed-reg-');
    await cli(['registry', 'init', other, '--name', 'O', '--url', REGISTRY_URL]);
    const pack = makePack({ 'pack.yaml': packYaml('utl_interval', '1.2.3') });
    const receiptFile = path.join(tempDir(), 'receipt.json');
    const args = ['publish', '--pack-dir', pack, '--registry', other, '--sign-key', alice.privateFile, '--receipt', receiptFile];
    assert.equal((await cli(args)).code, 0);
    const receipt = JSON.parse(readFileSync(receiptFile, 'utf8'));
    assert.deepEqual(validateSchema('receipt', receipt), []);
    assert.equal(receipt.artifact_signature_url, `${REGISTRY_URL}/archives/utl_interval-1.2.3.tar.gz.asc`);
    assert.equal(receipt.publisher_key_fingerprint, alice.fingerprint);
    const before = snapshot(other);
    const again = await cli([...args, '--json'], { now: new Date(FIXED_NOW.getTime() + DAY) });
    assert.equal(again.code, 0);
    assert.equal(again.json<{ outcome: string }>().outcome, 'unchanged');
    assert.deepEqual(snapshot(other), before);
  });

  it('publish refuses a locked key without its passphrase, and half a signature, and writes nothing', async () => {
    const locked = await makeKey({ name: 'Locked', passphrase: 's3cret-pass' });
    const other = tempDir('packdex-signed-reg-');
    await cli(['registry', 'init', other, '--name', 'O', '--url', REGISTRY_URL]);
    const before = snapshot(other);
    const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0') });
    const none = await cli(['publish', '--pack-dir', pack, '--registry', other, '--sign-key', locked.privateFile, '--json'], { env: {} });
    assert.equal(none.json<{ error: { code: string } }>().error.code, 'KEY_INVALID');
    const half = await cli(['publish', '--pack-dir', pack, '--registry', other, '--signature-url', 'https://x.example/a.asc', '--json']);
    assert.equal(half.json<{ error: { code: string } }>().error.code, 'SIGNATURE_FIELDS_INCOMPLETE');
    assert.deepEqual(snapshot(other), before);
    const both = await cli(['publish', '--pack-dir', pack, '--registry', other, '--sign-key', alice.privateFile, '--signature-url', 'https://x.example/a.asc', '--publisher-key-fingerprint', alice.fingerprint, '--json']);
    assert.equal(both.json<{ error: { code: string } }>().error.code, 'USAGE');
    const expiredKey = await cli(['publish', '--pack-dir', pack, '--registry', other, '--sign-key', expiring.privateFile, '--json']);
    assert.equal(expiredKey.json<{ error: { code: string } }>().error.code, 'SIGNATURE_KEY_EXPIRED');
    assert.deepEqual(snapshot(other), before, 'no archive, no .asc, no staged file');
    const ok = await cli(['publish', '--pack-dir', pack, '--registry', other, '--sign-key', locked.privateFile, '--json'], { env: { PACKDEX_SIGN_KEY_PASSPHRASE: 's3cret-pass' } });
    assert.equal(ok.code, 0, ok.stdout);
    assert.doesNotMatch(ok.stdout, /s3cret-pass/);
    // The same version with other bytes is refused, and leaves neither archive nor signature behind.
    const published = snapshot(other);
    const changed = makePack({ 'pack.yaml': packYaml('demo', '1.0.0', 'keywords: [changed]\n') });
    const immutable = await cli(['publish', '--pack-dir', changed, '--registry', other, '--sign-key', alice.privateFile, '--json']);
    assert.equal(immutable.json<{ error: { code: string } }>().error.code, 'VERSION_IMMUTABLE');
    assert.deepEqual(snapshot(other), published);
  });

  it('keys add | list | remove keep one armoured file per key, named by fingerprint', async () => {
    const u = user();
    const added = await u.run(['keys', 'add', alice.publicFile, '--json']);
    assert.equal(added.code, 0, added.stdout);
    assert.deepEqual(added.json<{ keys: { outcome: string; fingerprint: string }[] }>().keys.map((k) => [k.outcome, k.fingerprint]), [['added', alice.fingerprint]]);
    assert.ok(existsSync(path.join(u.cwd, '.config/packdex/keys', `${alice.fingerprint}.asc`)));
    assert.equal((await u.run(['keys', 'add', alice.privateFile, '--json'])).json<{ keys: { outcome: string }[] }>().keys[0]!.outcome, 'unchanged', 'a private key file adds only its public half');
    assert.doesNotMatch(readFileSync(path.join(u.cwd, '.config/packdex/keys', `${alice.fingerprint}.asc`), 'utf8'), /PRIVATE/);
    const list = await u.run(['keys', 'list', '--json']);
    assert.deepEqual(list.json<{ keys: { fingerprint: string; revoked: boolean }[] }>().keys.map((k) => [k.fingerprint, k.revoked]), [[alice.fingerprint, false]]);
    assert.equal((await u.run(['keys', 'remove', alice.fingerprint.toLowerCase()])).code, 0);
    assert.deepEqual((await u.run(['keys', 'list', '--json'])).json<{ keys: unknown[] }>().keys, []);
    const gone = await u.run(['keys', 'remove', alice.fingerprint, '--json']);
    assert.equal(gone.json<{ error: { code: string } }>().error.code, 'SIGNATURE_KEY_UNKNOWN');
    const notKey = path.join(u.cwd, 'not-a-key.asc');
    writeFileSync(notKey, 'hello\n');
    assert.equal((await u.run(['keys', 'add', notKey, '--json'])).json<{ error: { code: string } }>().error.code, 'KEY_INVALID');
  });

  for (const via of ['folder', 'http'] as const) {
    it(`installs signed packs from a ${via} registry, locks them, and installs the lockfile verifying again`, async () => {
      const u = user();
      await u.run(['keys', 'add', alice.publicFile]);
      const registry = via === 'folder' ? reg : server.url;
      const install = await u.run(['install', 'slack', '--registry', registry, '--dir', 'packs', '--json']);
      assert.equal(install.code, 0, install.stdout);
      const packs = install.json<{ packs: { name: string; signed_by?: string }[] }>().packs;
      assert.deepEqual(packs.map((p) => [p.name, p.signed_by]).sort(), [['core', alice.fingerprint], ['slack', alice.fingerprint]]);
      assert.equal(JSON.parse(readFileSync(path.join(u.cwd, 'packs/.packdex/installed/slack.json'), 'utf8')).signed_by, alice.fingerprint);
      if (via === 'http') assert.ok(server.requests.includes('/archives/slack-2.1.0.tar.gz.asc'));
      const lock = await u.run(['lock', 'slack', '--registry', registry]);
      assert.equal(lock.code, 0, lock.stdout + lock.stderr);
      const locked = JSON.parse(readFileSync(path.join(u.cwd, 'packdex.lock.json'), 'utf8')).packages.slack;
      assert.equal(locked.publisher_key_fingerprint, alice.fingerprint);
      assert.ok(locked.artifact_signature_url.endsWith('/archives/slack-2.1.0.tar.gz.asc'));
      const fromLock = await u.run(['install', '--lockfile', '--dir', 'locked', '--json']);
      assert.equal(fromLock.code, 0, fromLock.stdout);
      assert.ok(fromLock.json<{ packs: { signed_by?: string }[] }>().packs.every((p) => p.signed_by === alice.fingerprint));
    });
  }

  it('a signature stored in the registry follows it: two mirrors of one folder each serve and verify it, and old absolute spellings under url or former_urls still install', async () => {
    const u = user();
    await u.run(['keys', 'add', alice.publicFile]);
    // The same folder served from two origins, neither of them registry.json's url.
    const mirror = await startServer(reg);
    try {
      for (const origin of [server, mirror]) {
        const before = origin.requests.length;
        const dir = `packs-${origin === server ? 'a' : 'b'}`;
        const run = await u.run(['install', 'core', '--registry', origin.url, '--dir', dir, '--json']);
        assert.equal(run.code, 0, run.stdout);
        assert.equal(run.json<{ packs: { signed_by?: string }[] }>().packs[0]!.signed_by, alice.fingerprint);
        assert.ok(origin.requests.slice(before).includes('/archives/core-1.0.0.tar.gz.asc'), `the signature came from ${origin.url}`);
        const resolved = await u.run(['resolve', 'core', '--registry', origin.url, '--json']);
        assert.equal(resolved.json<{ artifact_signature_url: string }>().artifact_signature_url, new URL('archives/core-1.0.0.tar.gz.asc', origin.url).href);
      }
      // Locked from the mirror, installed from the lockfile: the mirror's URL is what was checked.
      assert.equal((await u.run(['lock', 'core', '--registry', mirror.url])).code, 0);
      assert.equal(JSON.parse(readFileSync(path.join(u.cwd, 'packdex.lock.json'), 'utf8')).packages.core.artifact_signature_url, new URL('archives/core-1.0.0.tar.gz.asc', mirror.url).href);
      const fromLock = await u.run(['install', '--lockfile', '--dir', 'locked', '--json']);
      assert.equal(fromLock.code, 0, fromLock.stdout);
      assert.equal(fromLock.json<{ packs: { signed_by?: string }[] }>().packs[0]!.signed_by, alice.fingerprint);
    } finally {
      await mirror.stop();
    }
    // A fork that gives registry.json its own url (and no former_urls): the document's path still
    // names the fork's own file, where an absolute URL would have sent the client to the original.
    const fork = copyOfRegistry();
    const forkIdentity = JSON.parse(readFileSync(path.join(fork, 'registry.json'), 'utf8'));
    writeFileSync(path.join(fork, 'registry.json'), `${JSON.stringify({ ...forkIdentity, url: 'https://fork.example.net/packs' }, null, 2)}\n`);
    const forked = await startServer(fork);
    try {
      const run = await u.run(['install', 'core', '--registry', forked.url, '--dir', 'packs-fork', '--json']);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.json<{ packs: { signed_by?: string }[] }>().packs[0]!.signed_by, alice.fingerprint);
      assert.ok(forked.requests.includes('/archives/core-1.0.0.tar.gz.asc'));
    } finally {
      await forked.stop();
    }

    // Documents written before signatures were recorded relative: the absolute URL under the
    // registry's url, and under a former url after the registry moved. Both map into the folder.
    const old = copyOfRegistry();
    const doc = JSON.parse(readFileSync(docFile(old, 'core'), 'utf8'));
    doc.versions[0].signature_url = `${REGISTRY_URL}/archives/core-1.0.0.tar.gz.asc`;
    writeFileSync(docFile(old, 'core'), `${JSON.stringify(doc, null, 2)}\n`);
    const moved = copyOfRegistry();
    const movedDoc = JSON.parse(readFileSync(docFile(moved, 'core'), 'utf8'));
    movedDoc.versions[0].signature_url = 'https://old-home.example.org/packs/archives/core-1.0.0.tar.gz.asc';
    writeFileSync(docFile(moved, 'core'), `${JSON.stringify(movedDoc, null, 2)}\n`);
    const identity = JSON.parse(readFileSync(path.join(moved, 'registry.json'), 'utf8'));
    writeFileSync(path.join(moved, 'registry.json'), `${JSON.stringify({ ...identity, former_urls: ['https://old-home.example.org/packs'] }, null, 2)}\n`);
    for (const registry of [old, moved]) {
      const served = await startServer(registry);
      try {
        for (const where of [registry, served.url]) {
          const run = await u.run(['install', 'core', '--registry', where, '--dir', path.join(tempDir('packdex-old-'), 'packs'), '--json']);
          assert.equal(run.code, 0, `${where}: ${run.stdout}`);
          assert.equal(run.json<{ packs: { signed_by?: string }[] }>().packs[0]!.signed_by, alice.fingerprint);
        }
        assert.ok(served.requests.includes('/archives/core-1.0.0.tar.gz.asc'), 'read from the server it was reached at, not the recorded host');
      } finally {
        await served.stop();
      }
    }
    // Publishing the same version again over the old spelling keeps it: unchanged, not a new signature.
    const pack = makePack({ 'pack.yaml': packYaml('core', '1.0.0') });
    const before = snapshot(old);
    const again = await cli(['publish', '--pack-dir', pack, '--registry', old, '--sign-key', alice.privateFile, '--json']);
    assert.equal(again.json<{ outcome: string }>().outcome, 'unchanged', again.stdout);
    assert.deepEqual(snapshot(old), before);
  });

  it('a relative signature path that leaves the registry is refused before anything is fetched', async () => {
    const u = user();
    await u.run(['keys', 'add', alice.publicFile]);
    const copy = copyOfRegistry();
    const doc = JSON.parse(readFileSync(docFile(copy, 'core'), 'utf8'));
    doc.versions[0].signature_url = 'archives/../../../etc/passwd';
    writeFileSync(docFile(copy, 'core'), `${JSON.stringify(doc, null, 2)}\n`);
    await refused(u, ['install', 'core', '--registry', copy, '--dir', 'packs'], 'URL_INVALID');
  });

  /** Run `install` (or any args) expecting `code`, and prove the packs folder and the lockfile did not change. */
  async function refused(u: ReturnType<typeof user>, args: string[], code: string): Promise<void> {
    const packs = path.join(u.cwd, 'packs');
    const lockfile = path.join(u.cwd, 'packdex.lock.json');
    // A packs folder that already holds something, which a refused install must leave as it is.
    if (!existsSync(packs)) writeTree(packs, { 'mine/pack.yaml': packYaml('mine', '1.0.0') });
    const beforePacks = snapshot(packs);
    const beforeLock = existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : undefined;
    const run = await u.run([...args, '--json']);
    assert.equal(run.code, 1, run.stdout);
    const error = run.json<{ error: { code: string; expected?: string; fix?: string } }>().error;
    assert.equal(error.code, code, run.stdout);
    assert.ok(error.fix, 'a fix is given');
    assert.deepEqual(snapshot(packs), beforePacks, 'nothing installed');
    assert.equal(existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : undefined, beforeLock, 'lockfile unchanged');
  }

  /** A copy of the signed registry to tamper with. */
  function copyOfRegistry(): string {
    const copy = tempDir('packdex-tampered-');
    cpSync(reg, copy, { recursive: true });
    return copy;
  }

  it('refuses a signature by a key the user has not listed (SIGNATURE_KEY_UNKNOWN)', async () => {
    const u = user();
    await u.run(['keys', 'add', bob.publicFile]);
    await refused(u, ['install', 'slack', '--registry', reg, '--dir', 'packs'], 'SIGNATURE_KEY_UNKNOWN');
  });

  it('refuses a recorded fingerprint that does not match the signing key (SIGNATURE_WRONG_KEY)', async () => {
    const u = user();
    await u.run(['keys', 'add', alice.publicFile]);
    await u.run(['keys', 'add', bob.publicFile]);
    const copy = copyOfRegistry();
    const doc = JSON.parse(readFileSync(docFile(copy, 'core'), 'utf8'));
    doc.versions[0].publisher_key_fingerprint = bob.fingerprint;
    writeFileSync(docFile(copy, 'core'), `${JSON.stringify(doc, null, 2)}\n`);
    await refused(u, ['install', 'core', '--registry', copy, '--dir', 'packs'], 'SIGNATURE_WRONG_KEY');
  });

  it('refuses a signature over other bytes (SIGNATURE_INVALID), also from a lockfile, and over HTTP', async () => {
    const u = user();
    await u.run(['keys', 'add', alice.publicFile]);
    const copy = copyOfRegistry();
    // Alice's real signature of another archive, put where core's belongs.
    cpSync(path.join(copy, 'archives/slack-2.1.0.tar.gz.asc'), path.join(copy, 'archives/core-1.0.0.tar.gz.asc'));
    await refused(u, ['install', 'core', '--registry', copy, '--dir', 'packs'], 'SIGNATURE_INVALID');
    // A lockfile made while the registry was sound still verifies, and so refuses the swapped signature.
    const v = user();
    await v.run(['keys', 'add', alice.publicFile]);
    const lockDir = copyOfRegistry();
    assert.equal((await v.run(['lock', 'core', '--registry', lockDir])).code, 0);
    cpSync(path.join(lockDir, 'archives/slack-2.1.0.tar.gz.asc'), path.join(lockDir, 'archives/core-1.0.0.tar.gz.asc'));
    await refused(v, ['install', '--lockfile', '--dir', 'packs'], 'SIGNATURE_INVALID');
    const w = user();
    await w.run(['keys', 'add', alice.publicFile]);
    server.override.set('/archives/core-1.0.0.tar.gz.asc', (_req, res) => res.end(readFileSync(path.join(reg, 'archives/slack-2.1.0.tar.gz.asc'))));
    try {
      await refused(w, ['install', 'core', '--registry', server.url, '--dir', 'packs'], 'SIGNATURE_INVALID');
    } finally {
      server.override.delete('/archives/core-1.0.0.tar.gz.asc');
    }
  });

  it('refuses an oversized, a missing and a local-file signature from an HTTP registry, installing nothing', async () => {
    const u = user();
    await u.run(['keys', 'add', alice.publicFile]);
    const asc = '/archives/core-1.0.0.tar.gz.asc';
    server.override.set(asc, (_req, res) => res.end(Buffer.alloc(100 * 1024, 0x41)));
    try {
      await refused(u, ['install', 'core', '--registry', server.url, '--dir', 'packs'], 'SIGNATURE_INVALID');
      server.override.set(asc, (_req, res) => {
        res.statusCode = 404;
        res.end('not found');
      });
      await refused(u, ['install', 'core', '--registry', server.url, '--dir', 'packs'], 'DOWNLOAD_FAILED');
    } finally {
      server.override.delete(asc);
    }
    // A dot segment would leave the registry: refused before anything is fetched (a folder registry maps such a URL to a path).
    const copy = copyOfRegistry();
    const doc = JSON.parse(readFileSync(docFile(copy, 'core'), 'utf8'));
    doc.versions[0].signature_url = 'https://packs.example.com/../../../../etc/passwd';
    writeFileSync(docFile(copy, 'core'), `${JSON.stringify(doc, null, 2)}\n`);
    await refused(u, ['install', 'core', '--registry', copy, '--dir', 'packs'], 'URL_INVALID');
    const hostile = await startServer(copy);
    try {
      const run = await u.run(['install', 'core', '--registry', hostile.url, '--dir', 'packs', '--json']);
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.json<{ error: { code: string } }>().error.code, 'URL_INVALID');
      assert.ok(!hostile.requests.some((r) => r.includes('passwd')), 'nothing fetched from outside the registry');
    } finally {
      await hostile.stop();
    }
  });

  it('refuses only one of signature URL and fingerprint (SIGNATURE_FIELDS_INCOMPLETE), in a registry document and in a lockfile', async () => {
    const u = user();
    await u.run(['keys', 'add', alice.publicFile]);
    const copy = copyOfRegistry();
    const doc = JSON.parse(readFileSync(docFile(copy, 'core'), 'utf8'));
    delete doc.versions[0].publisher_key_fingerprint;
    writeFileSync(docFile(copy, 'core'), `${JSON.stringify(doc, null, 2)}\n`);
    await refused(u, ['install', 'core', '--registry', copy, '--dir', 'packs'], 'SIGNATURE_FIELDS_INCOMPLETE');
    assert.equal((await u.run(['lock', 'core', '--registry', reg])).code, 0);
    const lockfile = path.join(u.cwd, 'packdex.lock.json');
    const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
    delete lock.packages.core.artifact_signature_url;
    writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
    await refused(u, ['install', '--lockfile', '--dir', 'packs'], 'SIGNATURE_FIELDS_INCOMPLETE');
  });

  it('refuses a key that has expired since it signed (SIGNATURE_KEY_EXPIRED)', async () => {
    const u = user();
    await u.run(['keys', 'add', expiring.publicFile]);
    await refused(u, ['install', 'old_key', '--registry', reg, '--dir', 'packs'], 'SIGNATURE_KEY_EXPIRED');
    // Before it expired, the same artifact installs.
    assert.equal((await u.run(['install', 'old_key', '--registry', reg, '--dir', 'then'], new Date('2025-06-20T00:00:00Z'))).code, 0);
  });

  it('refuses a key revoked since it signed (SIGNATURE_KEY_REVOKED): keys add takes the revocation in', async () => {
    const u = user();
    await u.run(['keys', 'add', carol.publicFile]);
    assert.equal((await u.run(['install', 'by_carol', '--registry', reg, '--dir', 'first'])).code, 0);
    const revoked = path.join(u.cwd, 'carol-revoked.asc');
    writeFileSync(revoked, await revokedPublicKey(carol));
    const add = await u.run(['keys', 'add', revoked, '--json']);
    assert.equal(add.json<{ keys: { outcome: string; revoked: boolean }[] }>().keys[0]!.outcome, 'updated');
    assert.equal(add.json<{ keys: { revoked: boolean }[] }>().keys[0]!.revoked, true);
    await refused(u, ['install', 'by_carol', '--registry', reg, '--dir', 'packs'], 'SIGNATURE_KEY_REVOKED');
    // Adding the old, unrevoked copy again does not undo the revocation.
    await u.run(['keys', 'add', carol.publicFile]);
    await refused(u, ['install', 'by_carol', '--registry', reg, '--dir', 'packs'], 'SIGNATURE_KEY_REVOKED');
  });

  it('require-signatures: true in packdex.yaml or on one registry refuses unsigned versions (SIGNATURE_REQUIRED)', async () => {
    const u = user();
    await u.run(['keys', 'add', alice.publicFile]);
    writeFileSync(path.join(u.cwd, 'packdex.yaml'), `require-signatures: true\nregistries:\n  - name: signed\n    url: ${reg}\n`);
    assert.equal((await u.run(['install', 'core', '--dir', 'ok'])).code, 0, 'a signed version installs');
    await refused(u, ['install', 'plain', '--dir', 'packs'], 'SIGNATURE_REQUIRED');
    await refused(u, ['lock', 'plain'], 'SIGNATURE_REQUIRED');
    // A lockfile does not get around the project's policy.
    writeFileSync(path.join(u.cwd, 'packdex.yaml'), `registries:\n  - name: signed\n    url: ${reg}\n`);
    assert.equal((await u.run(['lock', 'plain'])).code, 0);
    writeFileSync(path.join(u.cwd, 'packdex.yaml'), `require-signatures: true\nregistries:\n  - name: signed\n    url: ${reg}\n`);
    await refused(u, ['install', '--lockfile', '--dir', 'packs'], 'SIGNATURE_REQUIRED');
    rmSync(path.join(u.cwd, 'packdex.lock.json'));
    // Per registry, with the only keys it may be signed with.
    writeFileSync(path.join(u.cwd, 'packdex.yaml'), `registries:\n  - name: signed\n    url: ${reg}\n    require-signatures: true\n    trusted-keys: [${bob.fingerprint}]\n`);
    await refused(u, ['install', 'plain', '--dir', 'packs'], 'SIGNATURE_REQUIRED');
    await refused(u, ['install', 'core', '--dir', 'packs'], 'SIGNATURE_KEY_UNKNOWN');
    const why = await u.run(['install', 'core', '--dir', 'packs', '--json']);
    assert.match(why.json<{ error: { message: string } }>().error.message, /not for registry 'signed'/);
  });
});

describe('the bundled CLI signs and verifies on Node 20 and Node 24', () => {
  const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'packdex.cjs');
  const bundled = (node: string, args: string[], cwd: string) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(node, [BIN, ...args], { cwd, env: { PATH: process.env.PATH, HOME: cwd, PACKDEX_CACHE_DIR: path.join(cwd, '.cache') } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });
  for (const runtime of ['current', 'node24'] as const) {
    it(`publish --sign-key, keys add, install (Node ${runtime === 'current' ? process.versions.node : 24})`, async () => {
      const node = runtime === 'node24' ? (node24() as string) : process.execPath;
      const key = await makeKey({ name: 'Bundle' });
      const cwd = tempDir('packdex-bundle-sig-');
      writeTree(path.join(cwd, 'pk'), { 'pack.yaml': packYaml('demo', '1.0.0') });
      assert.equal((await bundled(node, ['registry', 'init', 'reg', '--name', 'B', '--url', REGISTRY_URL], cwd)).code, 0);
      const published = await bundled(node, ['publish', '--pack-dir', 'pk', '--registry', 'reg', '--sign-key', key.privateFile], cwd);
      assert.equal(published.code, 0, published.out);
      assert.match(published.out, new RegExp(`signed {3}${key.fingerprint}`));
      const unknown = await bundled(node, ['install', 'demo', '--registry', 'reg', '--dir', 'packs', '--json'], cwd);
      assert.equal(unknown.code, 1, unknown.out);
      assert.equal(JSON.parse(unknown.out).error.code, 'SIGNATURE_KEY_UNKNOWN');
      assert.equal(existsSync(path.join(cwd, 'packs')), false);
      assert.equal((await bundled(node, ['keys', 'add', key.publicFile], cwd)).code, 0);
      const ok = await bundled(node, ['install', 'demo', '--registry', 'reg', '--dir', 'packs', '--json'], cwd);
      assert.equal(ok.code, 0, ok.out);
      assert.equal(JSON.parse(ok.out).packs[0].signed_by, key.fingerprint);
    });
  }
});
