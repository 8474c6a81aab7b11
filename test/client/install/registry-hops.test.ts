import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HttpCache } from '../../../src/client/fetch/http-cache';
import { RegistryReader } from '../../../src/client/fetch/registry-reader';
import { installPacks, type InstallSettings } from '../../../src/client/install/install-packs';
import { parseRegistryLocation } from '../../../src/client/registries/registry-location';
import { applyFileChanges } from '../../../src/core/fs/file-change';
import { planSiteBuild } from '../../../src/core/site/build-site';
import { planInitRegistry } from '../../../src/core/site/init-registry';
import { buildRegistry, testClient } from '../../helpers/client';
import { startServer, type TestServer } from '../../helpers/registry-server';
import { publish, REGISTRY_URL } from '../../helpers/site';
import { snapshot, tempDir } from '../../helpers/tmp';

const NOW = new Date('2026-05-01T00:00:00Z');
const FAST = { headersMs: 400, idleMs: 400, windowMs: 400, minBytes: 1000 };

function settings(readers: InstallSettings['readers'], specs: string[], dir: string, extra: Partial<InstallSettings> = {}): InstallSettings {
  return { specs, dir, cwd: dir, force: false, skipDeps: false, includePrerelease: false, skipUnavailable: false, readers, cacheDir: undefined, allowHttp: false, now: NOW, timeouts: FAST, ...extra };
}

function docFile(registry: string, ref: string): string {
  return path.join(registry, 'packages', ref.slice(0, 2), ref.slice(2, 4), `${ref}.json`);
}

/** Rewrite a version's archive URL in its document, as an older packdex (absolute) or a hostile editor would. */
function setArchiveUrl(registry: string, ref: string, url: string): void {
  const file = docFile(registry, ref);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  doc.versions[0].entry.install_sources[0].url = url;
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

/** A packs folder with something in it, to prove a failed install leaves it as it was. */
function packsDir(): string {
  const dir = path.join(tempDir(), 'packs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'keep.txt'), 'untouched\n');
  return dir;
}

describe('a folder registry never opens a file outside its folder', () => {
  it('refuses an archive that is a symlink to a file outside, even one with the right bytes', async () => {
    const registry = await buildRegistry([{ ref: 'demo', version: '1.0.0' }]);
    const outside = path.join(tempDir(), 'demo-1.0.0.tar.gz');
    renameSync(path.join(registry, 'archives/demo-1.0.0.tar.gz'), outside);
    symlinkSync(outside, path.join(registry, 'archives/demo-1.0.0.tar.gz'));
    const client = await testClient([registry]);
    const dir = packsDir();
    const before = snapshot(dir);
    await assert.rejects(installPacks(settings(client.readers, ['demo'], dir)), (e: Error & { code?: string }) => e.code === 'PATH_OUTSIDE_REGISTRY' && e.message.includes(outside));
    assert.deepEqual(snapshot(dir), before);
  });

  it('refuses an archives/ folder that links outside', async () => {
    const registry = await buildRegistry([{ ref: 'demo', version: '1.0.0' }]);
    const elsewhere = tempDir();
    cpSync(path.join(registry, 'archives'), elsewhere, { recursive: true });
    rmSync(path.join(registry, 'archives'), { recursive: true });
    symlinkSync(elsewhere, path.join(registry, 'archives'));
    const client = await testClient([registry]);
    const dir = packsDir();
    const before = snapshot(dir);
    await assert.rejects(installPacks(settings(client.readers, ['demo'], dir)), { code: 'PATH_OUTSIDE_REGISTRY' });
    assert.deepEqual(snapshot(dir), before);
  });

  it('refuses a package document that links outside', async () => {
    const registry = await buildRegistry([{ ref: 'demo', version: '1.0.0' }]);
    const outside = path.join(tempDir(), 'demo.json');
    renameSync(docFile(registry, 'demo'), outside);
    symlinkSync(outside, docFile(registry, 'demo'));
    const client = await testClient([registry]);
    await assert.rejects(client.readers[0]!.packageDocument('demo'), { code: 'PATH_OUTSIDE_REGISTRY' });
  });

  for (const url of [`${REGISTRY_URL}/archives/../../outside.tar.gz`, `${REGISTRY_URL}/archives/%2e%2e/%2e%2e/outside.tar.gz`, 'archives/../../outside.tar.gz', 'archives/%2E%2E/outside.tar.gz', '../outside.tar.gz', '/etc/passwd', 'https://packs.example.com/../../etc/passwd']) {
    it(`refuses a document whose archive is ${url}, installing nothing`, async () => {
      const registry = await buildRegistry([{ ref: 'demo', version: '1.0.0' }]);
      setArchiveUrl(registry, 'demo', url);
      const client = await testClient([registry]);
      const dir = packsDir();
      const before = snapshot(dir);
      await assert.rejects(installPacks(settings(client.readers, ['demo'], dir)), (e: Error & { code?: string }) => ['PACKAGE_INVALID', 'URL_INVALID', 'PATH_OUTSIDE_REGISTRY'].includes(e.code ?? ''));
      assert.deepEqual(snapshot(dir), before);
    });
  }
});

describe('a registry\'s headers and an archive that redirects to another origin', () => {
  let registry: string;
  let home: TestServer;
  let cdn: TestServer;
  before(async () => {
    registry = await buildRegistry([{ ref: 'demo', version: '1.0.0' }]);
    home = await startServer(registry);
    cdn = await startServer(registry);
    // The registry host sends the archive to a CDN on another origin (127.0.0.1 vs localhost).
    home.override.set('/archives/demo-1.0.0.tar.gz', (_req, res: ServerResponse) => res.writeHead(302, { location: `${cdn.url.replace('127.0.0.1', 'localhost')}archives/demo-1.0.0.tar.gz` }).end());
  });
  after(async () => {
    await home.stop();
    await cdn.stop();
  });

  it('installs, sending the token to the registry only', async () => {
    const cache = new HttpCache({ dir: undefined, ttlSeconds: 0, refresh: false, now: () => NOW, log: [], timeouts: FAST });
    const reader = new RegistryReader({ name: 'acme', url: home.url, priority: 1, headers: { Authorization: 'Bearer sekret' }, location: parseRegistryLocation(home.url, { cwd: '/', allowHttp: false }) }, cache);
    const dir = path.join(tempDir(), 'packs');
    const results = await installPacks(settings([reader], ['demo'], dir));
    assert.deepEqual(results.map((r) => r.name), ['demo']);
    assert.ok(home.authorizations.length >= 3 && home.authorizations.every((a) => a === 'Bearer sekret'), JSON.stringify(home.authorizations));
    assert.deepEqual(cdn.requests, ['/archives/demo-1.0.0.tar.gz']);
    assert.deepEqual(cdn.authorizations, [''], 'the CDN never saw the token');
  });
});

describe('a stalled or dripping server installs nothing', () => {
  let registry: string;
  let server: TestServer;
  const open: ServerResponse[] = [];
  before(async () => {
    registry = await buildRegistry([{ ref: 'demo', version: '1.0.0' }, { ref: 'slow', version: '1.0.0' }, { ref: 'drip', version: '1.0.0' }]);
    server = await startServer(registry);
    server.override.set('/packages/sl/ow/slow.json', (_req, res) => open.push(res));
    server.override.set('/archives/demo-1.0.0.tar.gz', (_req, res) => {
      res.writeHead(200);
      res.write(Buffer.alloc(10));
      open.push(res);
    });
    server.override.set('/archives/drip-1.0.0.tar.gz', (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write(Buffer.alloc(1)), 5);
      res.on('close', () => clearInterval(timer));
      open.push(res);
    });
  });
  after(async () => {
    for (const res of open) res.destroy();
    await server.stop();
  });

  for (const [spec, code, what] of [['slow', 'REGISTRY_UNAVAILABLE', /sent no response/], ['demo', 'DOWNLOAD_FAILED', /stopped sending/], ['drip', 'DOWNLOAD_FAILED', /far too slowly/]] as const) {
    it(`${spec}: ${code}, naming the URL, and the packs folder as it was`, async () => {
      const client = await testClient([server.url], { timeouts: FAST });
      const dir = packsDir();
      const before = snapshot(dir);
      await assert.rejects(installPacks(settings(client.readers, [spec], dir)), (e: Error & { code?: string; fix?: string }) => {
        assert.equal(e.code, code);
        assert.match(e.message, what);
        assert.match(e.message, new RegExp(server.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
        assert.ok(e.fix !== undefined && e.fix.length > 0);
        return true;
      });
      assert.deepEqual(snapshot(dir), before);
    });
  }
});

describe('a registry that moves strands no version', () => {
  it('installs versions published before the move, whether recorded relative or (by an older packdex) absolute', async () => {
    const registry = await buildRegistry([{ ref: 'fresh', version: '1.0.0' }, { ref: 'older', version: '1.0.0' }]);
    const doc = JSON.parse(readFileSync(docFile(registry, 'fresh'), 'utf8'));
    assert.equal(doc.versions[0].entry.install_sources[0].url, 'archives/fresh-1.0.0.tar.gz', 'new publishes record a path');
    // What packdex wrote before it recorded paths: the archive under registry.json's url.
    setArchiveUrl(registry, 'older', `${REGISTRY_URL}/archives/older-1.0.0.tar.gz`);

    // The placeholder url is replaced by the real address.
    await applyFileChanges((await planInitRegistry({ registryDir: registry, name: 'Moved', url: 'https://moved.example/packs', force: true, now: NOW })).changes);
    const identity = JSON.parse(readFileSync(path.join(registry, 'registry.json'), 'utf8'));
    assert.equal(identity.url, 'https://moved.example/packs');
    assert.deepEqual(identity.former_urls, [REGISTRY_URL]);
    const index = JSON.parse(readFileSync(path.join(registry, 'index.json'), 'utf8'));
    assert.equal(index.registry_url, 'https://moved.example/packs');
    assert.deepEqual(index.packs.map((p: { install_sources: { url: string }[] }) => p.install_sources[0]!.url), ['https://moved.example/packs/archives/fresh-1.0.0.tar.gz', 'https://moved.example/packs/archives/older-1.0.0.tar.gz']);
    // index.json is what a full build gives: verify and site build --check agree.
    assert.equal((await planSiteBuild(registry)).changes.every((c) => c.before === c.after), true);

    // Served from yet another origin (a mirror on loopback) and read as a folder: both install.
    const server = await startServer(registry);
    try {
      for (const where of [server.url, registry]) {
        const client = await testClient([where]);
        const dir = path.join(tempDir(), 'packs');
        const results = await installPacks(settings(client.readers, ['fresh', 'older'], dir));
        assert.deepEqual(results.map((r) => r.name).sort(), ['fresh', 'older']);
      }
      assert.ok(server.requests.includes('/archives/older-1.0.0.tar.gz'));
    } finally {
      await server.stop();
    }

    // Publishing after the move records a path too, and a rerun of an old version is unchanged.
    const again = await publish(registry, 'third', '1.0.0');
    assert.equal(again.doc!.versions[0]!.entry.install_sources[0]!.url, 'archives/third-1.0.0.tar.gz');
    assert.equal(again.entry!.install_sources[0]!.url, 'https://moved.example/packs/archives/third-1.0.0.tar.gz');
  });
});
