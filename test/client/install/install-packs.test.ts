import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { installPacks, type InstallSettings } from '../../../src/client/install/install-packs';
import { lockPacks } from '../../../src/client/install/lock-packs';
import { readLockfile, serializeLockfile } from '../../../src/client/install/lockfile';
import { parsePackageSpec } from '../../../src/client/resolve/parse-spec';
import { execGit } from '../../../src/core/git/run-git';
import { buildRegistry, testClient } from '../../helpers/client';
import { craftTarGz, hugeDeclaredSize, PACK_YAML } from '../../helpers/hostile-archives';
import { startServer, type TestServer } from '../../helpers/registry-server';
import { makePack, snapshot, tempDir } from '../../helpers/tmp';

const NOW = new Date('2026-05-01T00:00:00Z');
const deps = (...specs: string[]) => `dependencies:\n${specs.map((s) => `  - ${s}\n`).join('')}`;

async function settingsFor(registries: string[], specs: string[], dir: string, extra: Partial<InstallSettings> = {}): Promise<InstallSettings> {
  const client = await testClient(registries, { cacheDir: extra.cacheDir ?? tempDir('packdex-cache-') });
  return { specs, dir, cwd: dir, force: false, skipDeps: false, includePrerelease: false, skipUnavailable: false, readers: client.readers, cacheDir: client.cacheDir, allowHttp: false, now: NOW, ...extra };
}

/** Point a published version at other archive bytes, as a compromised host or a lying publisher would. */
function replaceArchive(registry: string, ref: string, version: string, bytes: Buffer, record: 'keep' | 'match'): void {
  writeFileSync(path.join(registry, 'archives', `${ref}-${version}.tar.gz`), bytes);
  if (record === 'keep') return;
  const docFile = path.join(registry, 'packages', ref.slice(0, 2), ref.slice(2, 4), `${ref}.json`);
  const doc = JSON.parse(readFileSync(docFile, 'utf8'));
  const v = doc.versions.find((x: { version: string }) => x.version === version);
  v.archive_size = bytes.length;
  v.entry.install_sources[0].checksum = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  writeFileSync(docFile, `${JSON.stringify(doc, null, 2)}\n`);
}

describe('installPacks from a loopback registry', () => {
  let registryDir: string;
  let server: TestServer;
  before(async () => {
    registryDir = await buildRegistry([
      { ref: 'core', version: '1.0.0' },
      { ref: 'core', version: '1.4.0' },
      { ref: 'core', version: '2.0.0' },
      { ref: 'slack', version: '2.1.0', extra: deps('core@^1.0.0') },
      { ref: 'jira', version: '0.9.3' },
      { ref: 'cyc_a', version: '1.0.0', extra: deps('cyc_b') },
      { ref: 'cyc_b', version: '1.0.0', extra: deps('cyc_a') },
      { ref: 'needs_new', version: '1.0.0', extra: deps('core@^2.0.0') },
    ]);
    server = await startServer(registryDir);
  });
  after(() => server.stop());

  it('installs a pack and its dependencies from the same registry, and records each install', async () => {
    const dir = path.join(tempDir(), 'packs');
    const results = await installPacks(await settingsFor([server.url], ['slack'], dir));
    assert.deepEqual(results.map((r) => `${r.name}@${r.version}:${r.outcome}`).sort(), ['core@1.4.0:installed', 'slack@2.1.0:installed']);
    assert.ok(existsSync(path.join(dir, 'slack', 'pack.yaml')));
    const record = JSON.parse(readFileSync(path.join(dir, '.packdex/installed/slack.json'), 'utf8'));
    assert.equal(record.version, '2.1.0');
    assert.equal(record.registry.url, server.url);
    assert.match(record.checksum, /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(record.dependencies, { core: '^1.0.0' });
    assert.deepEqual(Object.keys(snapshot(dir)).filter((k) => k.includes('staging')), [], 'no staging left');
  });

  it('is unchanged on a rerun, reinstalls with --force, and keeps an installed dependency that satisfies', async () => {
    const dir = tempDir();
    await installPacks(await settingsFor([server.url], ['slack'], dir));
    const again = await installPacks(await settingsFor([server.url], ['slack'], dir));
    assert.deepEqual(again.map((r) => r.outcome), ['unchanged']);
    const forced = await installPacks(await settingsFor([server.url], ['slack'], dir, { force: true }));
    assert.deepEqual(forced.map((r) => `${r.name}:${r.outcome}`), ['slack:replaced'], 'core 1.4.0 still satisfies ^1.0.0');
  });

  it('refuses a dependency cycle and a version conflict, naming the chain, and installs nothing', async () => {
    const dir = tempDir();
    await assert.rejects(installPacks(await settingsFor([server.url], ['cyc_a'], dir)), (e: Error & { code?: string }) => e.code === 'DEPENDENCY_CYCLE' && /cyc_a → cyc_b → cyc_a/.test(e.message));
    await assert.rejects(installPacks(await settingsFor([server.url], ['slack', 'needs_new'], dir)), (e: Error & { code?: string }) => e.code === 'DEPENDENCY_CONFLICT' && /core 1\.4\.0/.test(e.message) && /needs_new/.test(e.message));
    assert.deepEqual(snapshot(dir), {});
  });

  describe('hostile artifacts leave the target exactly as before', () => {
    const cases: [string, string, (reg: string, srv: TestServer) => Promise<void>][] = [
      ['a tampered archive (same size)', 'CHECKSUM_MISMATCH', async (reg) => {
        const file = path.join(reg, 'archives/jira-0.9.3.tar.gz');
        const bytes = readFileSync(file);
        bytes[bytes.length - 5] ^= 0xff;
        replaceArchive(reg, 'jira', '0.9.3', bytes, 'keep');
      }],
      ['an archive larger than recorded', 'DOWNLOAD_TOO_LARGE', async (reg) => {
        replaceArchive(reg, 'jira', '0.9.3', Buffer.concat([readFileSync(path.join(reg, 'archives/jira-0.9.3.tar.gz')), Buffer.alloc(100)]), 'keep');
      }],
      ['a shorter body than recorded (wrong size)', 'SIZE_MISMATCH', async (_reg, srv) => {
        srv.override.set('/archives/jira-0.9.3.tar.gz', (_req, res) => res.writeHead(200, { 'content-length': 10 }).end(Buffer.alloc(10)));
      }],
      ['a download cut off mid-stream', 'DOWNLOAD_FAILED', async (reg, srv) => {
        const bytes = readFileSync(path.join(reg, 'archives/jira-0.9.3.tar.gz'));
        srv.override.set('/archives/jira-0.9.3.tar.gz', (_req, res) => {
          res.writeHead(200, { 'content-length': bytes.length });
          res.write(bytes.subarray(0, 100));
          setTimeout(() => res.destroy(), 20);
        });
      }],
      ['an archive with ../ in a name', 'ARCHIVE_UNSAFE', async (reg) => {
        replaceArchive(reg, 'jira', '0.9.3', await craftTarGz([{ header: { name: 'jira-0.9.3/pack.yaml' }, body: PACK_YAML('jira', '0.9.3') }, { header: { name: 'jira-0.9.3/../../escaped.txt' }, body: 'x' }]), 'match');
      }],
      ['an archive with an absolute path', 'ARCHIVE_UNSAFE', async (reg) => {
        replaceArchive(reg, 'jira', '0.9.3', await craftTarGz([{ header: { name: '/tmp/packdex-absolute.txt' }, body: 'x' }]), 'match');
      }],
      ['an archive with a symlink escaping', 'ARCHIVE_UNSAFE', async (reg) => {
        replaceArchive(reg, 'jira', '0.9.3', await craftTarGz([{ header: { name: 'jira-0.9.3/pack.yaml' }, body: PACK_YAML('jira', '0.9.3') }, { header: { name: 'jira-0.9.3/etc', type: 'symlink', linkname: '../../../../etc' } }]), 'match');
      }],
      ['an archive declaring a huge size', 'ARCHIVE_UNSAFE', async (reg) => {
        replaceArchive(reg, 'jira', '0.9.3', await hugeDeclaredSize('jira-0.9.3/pack.yaml', 2 ** 40), 'match');
      }],
      ['an archive holding another pack', 'INSTALL_MISMATCH', async (reg) => {
        replaceArchive(reg, 'jira', '0.9.3', await craftTarGz([{ header: { name: 'slack-9.9.9/pack.yaml' }, body: PACK_YAML('slack', '9.9.9') }]), 'match');
      }],
    ];
    for (const [what, code, spoil] of cases) {
      it(`${what}: ${code}`, async () => {
        const reg = tempDir('packdex-spoiled-');
        cpSync(registryDir, reg, { recursive: true });
        const srv = await startServer(reg);
        try {
          // A target that already holds an installed pack, and one that does not exist yet.
          const dir = tempDir();
          await installPacks(await settingsFor([srv.url], ['core@1.0.0'], dir));
          await spoil(reg, srv);
          const before = snapshot(dir);
          await assert.rejects(installPacks(await settingsFor([srv.url], ['core@2.0.0', 'jira'], dir)), { code });
          assert.deepEqual(snapshot(dir), before);
          const fresh = path.join(tempDir(), 'new-packs');
          await assert.rejects(installPacks(await settingsFor([srv.url], ['jira'], fresh)), { code });
          assert.ok(!existsSync(fresh), 'a target that did not exist still does not');
          assert.ok(!existsSync('/tmp/packdex-absolute.txt') && !existsSync(path.join(dir, '..', 'escaped.txt')));
        } finally {
          await srv.stop();
        }
      });
    }
  });

  it('locks, then installs from the lockfile with the registry server stopped', async () => {
    const reg = tempDir('packdex-lock-reg-');
    cpSync(registryDir, reg, { recursive: true });
    const srv = await startServer(reg);
    const cacheDir = tempDir('packdex-cache-');
    const client = await testClient([srv.url], { cacheDir });
    const packages = await lockPacks({ specs: [parsePackageSpec('slack@^2.0.0')], readers: client.readers, includePrerelease: false, skipUnavailable: false, cacheDir, allowHttp: false });
    const lockFile = path.join(tempDir(), 'packdex.lock.json');
    writeFileSync(lockFile, serializeLockfile(packages));
    const lock = await readLockfile(lockFile);
    assert.deepEqual(Object.keys(lock.packages), ['core', 'slack']);
    assert.equal(lock.packages.slack!.artifact_url, `${srv.url}archives/slack-2.1.0.tar.gz`);
    assert.equal(lock.packages.core!.version, '1.4.0');
    assert.deepEqual(srv.requests.filter((r) => r.endsWith('.json')), ['/registry.json', '/packages/sl/ac/slack.json', '/packages/co/re/core.json']);
    // Stopped: any request from here on would fail with ECONNREFUSED.
    await srv.stop();
    const dir = tempDir();
    const results = await installPacks({ specs: [], dir, cwd: dir, force: false, skipDeps: false, includePrerelease: false, skipUnavailable: false, readers: [], cacheDir, allowHttp: false, lockfile: lock, now: NOW });
    assert.deepEqual(results.map((r) => `${r.name}@${r.version}`).sort(), ['core@1.4.0', 'slack@2.1.0']);
  });

  it('a lockfile install verifies the cache too: a tampered cached archive is refused without a server', async () => {
    const cacheDir = tempDir('packdex-cache-');
    const client = await testClient([server.url], { cacheDir });
    const packages = await lockPacks({ specs: [parsePackageSpec('jira')], readers: client.readers, includePrerelease: false, skipUnavailable: false, cacheDir, allowHttp: false });
    const cached = path.join(cacheDir, 'archives', `${packages.jira!.artifact_checksum.slice(7)}.tar.gz`);
    writeFileSync(cached, Buffer.from('tampered'));
    const locked = { lockfile_version: 1 as const, packages: { jira: { ...packages.jira!, artifact_url: 'https://127.0.0.1:1/jira.tar.gz' } } };
    const dir = tempDir();
    await assert.rejects(installPacks({ specs: [], dir, cwd: dir, force: false, skipDeps: false, includePrerelease: false, skipUnavailable: false, readers: [], cacheDir, allowHttp: false, lockfile: locked, now: NOW }), { code: 'DOWNLOAD_FAILED' });
    assert.deepEqual(snapshot(dir), {});
  });
});

describe('installPacks from the other four sources', () => {
  it('a local folder, a local archive, an archive URL and a git URL', async () => {
    const registry = await buildRegistry([{ ref: 'core', version: '1.0.0' }, { ref: 'jira', version: '0.9.3' }]);
    const server = await startServer(registry);
    try {
      const dir = tempDir();
      const folder = makePack({ 'pack.yaml': PACK_YAML('local_pack', '0.1.0') + deps('core@^1.0.0') });
      const results = await installPacks(await settingsFor([server.url], [folder, path.join(registry, 'archives/jira-0.9.3.tar.gz')], dir));
      assert.deepEqual(results.map((r) => `${r.name}:${r.record.installed_from.type}`).sort(), ['core:registry', 'jira:archive', 'local_pack:directory']);
      const viaUrl = await installPacks(await settingsFor([], [`${server.url}archives/jira-0.9.3.tar.gz`], tempDir()));
      assert.equal(viaUrl[0]!.record.installed_from.url, `${server.url}archives/jira-0.9.3.tar.gz`);
      await assert.rejects(installPacks(await settingsFor([], [`${server.url}archives/jira-0.9.3.tar.gz`], tempDir(), { checksum: `sha256:${'0'.repeat(64)}` })), { code: 'CHECKSUM_MISMATCH' });

      const repo = makePack({ 'pack.yaml': PACK_YAML('gitpack', '1.2.0') });
      for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'x'], ['tag', 'v1.2.0']]) await execGit(args, { cwd: repo });
      const git = await installPacks(await settingsFor([], [`git+file://${repo}`], tempDir()));
      assert.equal(git[0]!.record.installed_from.ref, 'v1.2.0', 'the newest semver tag by default');
      assert.match(git[0]!.record.installed_from.commit!, /^[0-9a-f]{40}$/);
      assert.equal(git[0]!.record.checksum, git[0]!.record.directory_checksum);
      await assert.rejects(installPacks(await settingsFor([], [`git+file://${repo}`], tempDir(), { gitRef: 'v9.9.9' })), { code: 'GIT_FAILED' });
    } finally {
      await server.stop();
    }
  });

  it('refuses to overwrite a folder it did not install, unless --force', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    const folder = makePack({ 'pack.yaml': PACK_YAML('keep', '1.0.0') });
    cpSync(folder, path.join(dir, 'keep_dir'), { recursive: true });
    const pack = makePack({ 'pack.yaml': PACK_YAML('keep_dir', '1.0.0') });
    const before = snapshot(dir);
    await assert.rejects(installPacks(await settingsFor([], [pack], dir)), { code: 'OUTPUT_EXISTS' });
    assert.deepEqual(snapshot(dir), before);
    await installPacks(await settingsFor([], [pack], dir, { force: true }));
    assert.match(readFileSync(path.join(dir, 'keep_dir/pack.yaml'), 'utf8'), /ref: keep_dir/);
  });

  it('names a dependency it cannot fetch when no registry is configured', async () => {
    const pack = makePack({ 'pack.yaml': PACK_YAML('lonely', '1.0.0') + deps('core@^1.0.0') });
    await assert.rejects(installPacks(await settingsFor([], [pack], tempDir())), (e: Error & { code?: string; fix?: string }) => e.code === 'REGISTRY_NOT_FOUND' && /lonely depends on core/.test(e.message) && /--skip-deps/.test(e.fix!));
    const ok = await installPacks(await settingsFor([], [pack], tempDir(), { skipDeps: true }));
    assert.equal(ok[0]!.name, 'lonely');
  });
});
