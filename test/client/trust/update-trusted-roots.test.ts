import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadTrustedRoots, verifyProvenance } from '../../../src/client/install/verify-provenance';
import { listTrustedRoots } from '../../../src/client/trust/list-trusted-roots';
import { updateTrustedRoots } from '../../../src/client/trust/update-trusted-roots';
import { cli } from '../../helpers/cli';
import { snapshot, tempDir } from '../../helpers/tmp';
import { startTufRepository, type TufRepository } from '../../helpers/tuf-repo';
// @ts-expect-error: a plain .mjs script shared with .ci/run
import { node24 } from '../../../scripts/install-node24.mjs';

/**
 * packdex trust update against TUF repositories on loopback, generated here with @tufjs/models:
 * what verifies is written where verification reads it, and every refusal (a target that is not
 * what the targets metadata records, metadata signed by another key, a mirror that does not
 * answer) is a coded error that leaves the trust folder byte-identical.
 */

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const TRUST = path.join(ROOT, 'trust');
const BIN = path.join(ROOT, 'dist', 'packdex.cjs');

/** Run a process asynchronously (the loopback TUF servers must answer meanwhile). */
function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' }, (error, stdout, stderr) => resolve({ code: error === null ? 0 : ((error as { code?: number }).code ?? 1), stdout, stderr }));
  });
}
const GITHUB_BUNDLE = path.join(import.meta.dirname, '..', '..', 'fixtures', 'sigstore', 'attest-build-provenance-13531551.github.sigstore.json');

/** GitHub's root without its three oldest generations: a root that differs from the shipped one, and still verifies the 2025 fixture. */
function trimmedGithubRoot(): Buffer {
  const root = JSON.parse(readFileSync(path.join(TRUST, 'github.json'), 'utf8')) as { certificateAuthorities: unknown[]; timestampAuthorities: unknown[] };
  root.certificateAuthorities = root.certificateAuthorities.slice(3);
  root.timestampAuthorities = root.timestampAuthorities.slice(3);
  return Buffer.from(`${JSON.stringify(root, null, 1)}\n`);
}

function refused(code: string, message?: RegExp): (e: Error & { code?: string }) => boolean {
  return (e) => {
    assert.equal(e.code, code, e.message);
    if (message !== undefined) assert.match(e.message, message);
    return true;
  };
}

describe('packdex trust update (TUF on loopback)', () => {
  let github: TufRepository;
  let publicGood: TufRepository;
  const repos = () => [
    { name: 'sigstore-public-good', mirrorURL: publicGood.url, initialRoot: publicGood.rootJson },
    { name: 'github', mirrorURL: github.url, initialRoot: github.rootJson },
  ];

  before(async () => {
    github = await startTufRepository({ 'trusted_root.json': trimmedGithubRoot() });
    publicGood = await startTufRepository({ 'trusted_root.json': readFileSync(path.join(TRUST, 'sigstore-public-good.json')) });
  });
  after(async () => {
    await github.close();
    await publicGood.close();
  });

  it('writes the verified roots where verification reads them, and verification uses them', async () => {
    const folder = path.join(tempDir(), 'trust');
    const updated = await updateTrustedRoots(folder, repos(), { retries: 0 });
    assert.deepEqual(updated.map((u) => [u.name, u.changed, u.file]), [
      ['sigstore-public-good', true, path.join(folder, 'sigstore-public-good.json')],
      ['github', true, path.join(folder, 'github.json')],
    ]);
    assert.deepEqual(readFileSync(path.join(folder, 'github.json')), github.files.get('/targets/trusted_root.json'));
    assert.ok(github.requests.includes('/timestamp.json') && github.requests.includes('/targets/trusted_root.json'));
    const roots = await loadTrustedRoots([], { updatedFolder: folder });
    assert.deepEqual(roots.map((r) => [r.name, r.source]), [['sigstore-public-good', 'updated'], ['github', 'updated']]);
    assert.equal(roots[1]!.root.certificateAuthorities.length, 3);
    const verified = await verifyProvenance({
      what: 'artifact 1.0.0',
      bundle: { location: GITHUB_BUNDLE, allowHttp: false },
      archiveChecksum: 'sha256:b03d18ed0a16864ef2d2e559c660159a2170b9d086a1f42f570b1679326b90e6',
      owner: 'github.com/actions/attest-build-provenance',
      roots,
    });
    assert.equal(verified.root, 'github');
    const listed = await listTrustedRoots(folder);
    assert.equal(listed[1]!.source, 'updated');
    assert.deepEqual(listed[1]!.parts.filter((p) => p.kind === 'ca').map((p) => [p.start, p.end]), [
      ['2025-05-27T00:00:00.000Z', '2025-12-09T00:00:00.000Z'],
      ['2025-11-13T00:00:00.000Z', '2026-07-13T00:00:00.000Z'],
      ['2026-06-12T00:00:00.000Z', undefined],
    ]);
    // Again: the same roots, reported unchanged.
    assert.deepEqual((await updateTrustedRoots(folder, repos(), { retries: 0 })).map((u) => u.changed), [false, false]);
  });

  it('refuses a target whose bytes are not the ones the signed targets metadata records, writing nothing', async () => {
    const repo = await startTufRepository({ 'trusted_root.json': trimmedGithubRoot() });
    try {
      const target = [{ name: 'github', mirrorURL: repo.url, initialRoot: repo.rootJson }];
      const folder = path.join(tempDir(), 'trust');
      await updateTrustedRoots(folder, target, { retries: 0 });
      // The repository publishes a new root (new targets, snapshot and timestamp versions), and an
      // attacker on the path serves other bytes for it: same length (one CA's URI changed, as a
      // swapped CA would look), then a longer file.
      const next = readFileSync(path.join(TRUST, 'github.json'));
      repo.resignTargets({ 'trusted_root.json': next });
      const before = snapshot(folder);
      const swapped = Buffer.from(next);
      swapped[swapped.indexOf('fulcio.githubapp.com')] = 'F'.charCodeAt(0);
      for (const bytes of [swapped, Buffer.concat([next, Buffer.from(' ')])]) {
        repo.files.set('/targets/trusted_root.json', bytes);
        // A client that has the previous version cached, and one that has nothing yet.
        const fresh = path.join(tempDir(), 'fresh');
        for (const dir of [folder, fresh]) {
          await assert.rejects(updateTrustedRoots(dir, target, { retries: 0 }), refused('TRUST_UPDATE_REFUSED', /github trusted root .* did not verify through TUF: .*(hash|length)/i));
        }
        assert.deepEqual(snapshot(folder), before, 'the trust folder is byte-identical');
        assert.equal(existsSync(fresh), false);
      }
      // What the repository really published still comes through.
      repo.files.set('/targets/trusted_root.json', next);
      assert.deepEqual((await updateTrustedRoots(folder, target, { retries: 0 })).map((u) => u.changed), [true]);
      assert.deepEqual(readFileSync(path.join(folder, 'github.json')), next);
    } finally {
      await repo.close();
    }
  });

  it('follows a key rotation from the anchor root, and refuses a replayed older timestamp or one signed by a rotated-out key', async () => {
    const repo = await startTufRepository({ 'trusted_root.json': trimmedGithubRoot() });
    try {
      const target = [{ name: 'github', mirrorURL: repo.url, initialRoot: repo.rootJson }];
      const folder = path.join(tempDir(), 'trust');
      await updateTrustedRoots(folder, target, { retries: 0 });
      const oldTimestamp = repo.files.get('/timestamp.json')!;
      // Every role moves to a new key; the client, anchored on version 1, walks to version 2.
      const next = readFileSync(path.join(TRUST, 'github.json'));
      repo.rotateKeys({ 'trusted_root.json': next });
      assert.deepEqual((await updateTrustedRoots(folder, target, { retries: 0 })).map((u) => u.changed), [true]);
      assert.deepEqual(readFileSync(path.join(folder, 'github.json')), next);
      // A fresh client, anchored on version 1 too, gets there as well.
      const fresh = path.join(tempDir(), 'fresh');
      await updateTrustedRoots(fresh, target, { retries: 0 });
      assert.deepEqual(readFileSync(path.join(fresh, 'github.json')), next);
      // An attacker replays an older timestamp, validly signed by the current key: the TUF
      // metadata kept from the last update (timestamp version 3 seen) refuses it; nothing changes.
      const older = repo.files.get('/timestamp.json')!;
      repo.resignTargets({ 'trusted_root.json': trimmedGithubRoot() });
      await updateTrustedRoots(folder, target, { retries: 0 });
      const before = snapshot(folder);
      const current = repo.files.get('/timestamp.json')!;
      repo.files.set('/timestamp.json', older);
      try {
        await assert.rejects(updateTrustedRoots(folder, target, { retries: 0 }), refused('TRUST_UPDATE_REFUSED', /version/i));
        assert.deepEqual(snapshot(folder), before);
      } finally {
        repo.files.set('/timestamp.json', current);
      }
      // And one from before the rotation, signed by the old key: refused on its signature.
      repo.files.set('/timestamp.json', oldTimestamp);
      try {
        await assert.rejects(updateTrustedRoots(folder, target, { retries: 0 }), refused('TRUST_UPDATE_REFUSED', /signed by 0\/1 keys/));
        assert.deepEqual(snapshot(folder), before);
      } finally {
        repo.files.set('/timestamp.json', current);
      }
    } finally {
      await repo.close();
    }
  });

  it('refuses targets metadata signed by a key the TUF root does not list, writing nothing', async () => {
    const repo = await startTufRepository({ 'trusted_root.json': trimmedGithubRoot() });
    try {
      const folder = path.join(tempDir(), 'trust');
      const target = { name: 'github', mirrorURL: repo.url, initialRoot: repo.rootJson };
      repo.resignTargets({ 'trusted_root.json': readFileSync(path.join(TRUST, 'sigstore-public-good.json')) }, { rogueKey: true });
      await assert.rejects(updateTrustedRoots(folder, [target], { retries: 0 }), refused('TRUST_UPDATE_REFUSED', /signed by 0\/1 keys/));
      assert.equal(existsSync(folder), false, 'not even the folder was created');
    } finally {
      await repo.close();
    }
  });

  it('writes no root unless every one verified (plan, then apply), and says when a mirror does not answer', async () => {
    const down = await startTufRepository({ 'trusted_root.json': trimmedGithubRoot() });
    await down.close();
    const folder = path.join(tempDir(), 'trust');
    await assert.rejects(
      updateTrustedRoots(folder, [repos()[0]!, { name: 'github', mirrorURL: down.url, initialRoot: down.rootJson }], { retries: 0 }),
      refused('TRUST_UPDATE_FAILED', /Could not fetch the github trusted root/),
    );
    assert.equal(existsSync(folder), false, 'public good verified, but was not written either');
  });

  it('refuses a verified target that is not a trusted root', async () => {
    const repo = await startTufRepository({ 'trusted_root.json': Buffer.from('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}') });
    try {
      const folder = path.join(tempDir(), 'trust');
      await assert.rejects(updateTrustedRoots(folder, [{ name: 'github', mirrorURL: repo.url, initialRoot: repo.rootJson }], { retries: 0 }), refused('TRUSTED_ROOT_INVALID'));
      assert.equal(existsSync(folder), false);
    } finally {
      await repo.close();
    }
  });

  it('packdex trust list and update on the command line: shipped, then updated from a mirror', async () => {
    const home = tempDir('packdex-home-');
    const env = { HOME: home, XDG_CONFIG_HOME: path.join(home, 'config') };
    const listed = await cli(['trust', 'list', '--json'], { cwd: home, env });
    assert.equal(listed.code, 0, listed.stdout + listed.stderr);
    assert.deepEqual(listed.json<{ roots: { name: string; source: string }[] }>().roots.map((r) => [r.name, r.source]), [['sigstore-public-good', 'shipped'], ['github', 'shipped']]);
    const table = await cli(['trust', 'list'], { cwd: home, env });
    assert.match(table.stdout, /github +shipped +ca +fulcio\.githubapp\.com +2026-06-12T00:00:00\.000Z +open/);
    const rootFile = path.join(home, 'github-tuf-root.json');
    writeFileSync(rootFile, JSON.stringify(github.rootJson));
    const usage = await cli(['trust', 'update', '--tuf-url', github.url, '--tuf-root', rootFile], { cwd: home, env });
    assert.equal(usage.code, 2, 'a mirror needs the NAME of the root it serves');
    const update = await cli(['trust', 'update', 'github', '--tuf-url', github.url, '--tuf-root', rootFile], { cwd: home, env });
    assert.equal(update.code, 0, update.stdout + update.stderr);
    assert.match(update.stdout, /^updated: github from http:\/\/127\.0\.0\.1:\d+ \(.*config\/packdex\/trust\/github\.json\)$/m);
    const after = await cli(['trust', 'list', '--json'], { cwd: home, env });
    assert.deepEqual(after.json<{ roots: { name: string; source: string; file?: string }[] }>().roots.map((r) => [r.name, r.source, r.file]), [
      ['sigstore-public-good', 'shipped', undefined],
      ['github', 'updated', path.join(home, 'config', 'packdex', 'trust', 'github.json')],
    ]);
  });

  it('the bundled CLI ships both roots and updates through TUF, on Node 20 and on Node 24 (@sigstore/tuf 3 runs on both)', async () => {
    const rootFile = path.join(tempDir(), 'github-tuf-root.json');
    writeFileSync(rootFile, JSON.stringify(github.rootJson));
    for (const node of [process.execPath, (await node24()) as string]) {
      const home = tempDir('packdex-home-');
      const env = { HOME: home, XDG_CONFIG_HOME: path.join(home, 'config') };
      const listed = await run(node, [BIN, 'trust', 'list', '--json'], env);
      assert.equal(listed.code, 0, listed.stderr);
      const roots = (JSON.parse(listed.stdout) as { roots: { name: string; source: string; parts: { kind: string; uri: string }[] }[] }).roots;
      assert.deepEqual(roots.map((r) => [r.name, r.source]), [['sigstore-public-good', 'shipped'], ['github', 'shipped']]);
      assert.ok(roots[1]!.parts.some((p) => p.kind === 'tsa' && p.uri === 'timestamp.githubapp.com'), 'GitHub\'s root is inside the bundle');
      const update = await run(node, [BIN, 'trust', 'update', 'github', '--tuf-url', github.url, '--tuf-root', rootFile, '--json'], env);
      assert.equal(update.code, 0, `${node}: ${update.stdout}${update.stderr}`);
      assert.deepEqual(readFileSync(path.join(home, 'config', 'packdex', 'trust', 'github.json')), github.files.get('/targets/trusted_root.json'));
    }
  });

  it('scripts/update-trusted-roots.mjs refreshes a trust folder the same way, and leaves it alone on a refusal', async () => {
    const rootFile = path.join(tempDir(), 'github-tuf-root.json');
    writeFileSync(rootFile, JSON.stringify(github.rootJson));
    const trustDir = tempDir();
    const script = path.join(ROOT, 'scripts', 'update-trusted-roots.mjs');
    const ok = await run(process.execPath, [script, 'github', '--tuf-url', github.url, '--tuf-root', rootFile, '--trust-dir', trustDir], {});
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /^updated: .*github\.json from http:\/\/127\.0\.0\.1:\d+$/m);
    assert.deepEqual(readFileSync(path.join(trustDir, 'github.json')), github.files.get('/targets/trusted_root.json'));
    assert.equal(JSON.parse(readFileSync(path.join(trustDir, 'tuf', 'tuf-repo.github.com.root.json'), 'utf8')).signed.version, 1);
    const before = snapshot(trustDir);
    const good = github.files.get('/targets/trusted_root.json')!;
    github.files.set('/targets/trusted_root.json', Buffer.concat([good, Buffer.from(' ')]));
    try {
      // The script's scratch config folder starts empty, so the tampered target is downloaded.
      const bad = await run(process.execPath, [script, 'github', '--tuf-url', github.url, '--tuf-root', rootFile, '--trust-dir', trustDir], {});
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /TRUST_UPDATE_REFUSED/);
      assert.deepEqual(snapshot(trustDir), before);
    } finally {
      github.files.set('/targets/trusted_root.json', good);
    }
  });
});
