import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNet, type Server as NetServer, type Socket } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkRedirect, fetchUrl, type FetchOptions } from '../../../src/client/fetch/fetch-url';
import { obtainArchive } from '../../../src/client/install/download-archive';
import { installPacks, type InstallSettings } from '../../../src/client/install/install-packs';
import { lockedFrom } from '../../../src/client/install/lockfile';
import type { Resolution } from '../../../src/client/resolve/resolve-package';
import { snapshot, tempDir } from '../../helpers/tmp';

/**
 * A malicious or broken server answering the client: what the hop rules must refuse, each with a
 * coded error, asking nothing it should not and writing nothing.
 */

const FAST = { headersMs: 400, idleMs: 400, windowMs: 400, minBytes: 1000 };
const options = (over: Partial<FetchOptions> = {}): FetchOptions => ({ what: 'Registry file', failCode: 'REGISTRY_UNAVAILABLE', failFix: 'Check it.', allowHttp: false, timeouts: FAST, ...over });

interface Recording {
  port: number;
  seen: { path: string; headers: IncomingHttpHeaders }[];
  routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>;
  stop(): Promise<void>;
}

async function server(): Promise<Recording> {
  const seen: Recording['seen'] = [];
  const routes: Recording['routes'] = new Map();
  const s = createHttp((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push({ path: p, headers: req.headers });
    (routes.get(p) ?? ((_q, r) => r.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (s.address() as { port: number }).port,
    seen,
    routes,
    stop: () => new Promise((resolve) => (s.close(() => resolve()), s.closeAllConnections())),
  };
}

/** A raw TCP server that writes `answer` whatever it is asked: for responses no HTTP library would send. */
async function rawServer(answer: (socket: Socket) => void): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const s: NetServer = createNet((socket) => {
    sockets.add(socket);
    socket.once('data', () => answer(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  return { port: (s.address() as { port: number }).port, stop: () => new Promise((resolve) => { for (const x of sockets) x.destroy(); s.close(() => resolve()); }) };
}

async function read(url: string, over: Partial<FetchOptions> = {}): Promise<string> {
  const r = await fetchUrl(url, options(over));
  let body = '';
  for await (const chunk of r.body()) body += Buffer.from(chunk).toString();
  return body;
}

describe('redirect hops a hostile registry sends', () => {
  let a: Recording;
  let b: Recording;
  before(async () => {
    a = await server();
    b = await server();
  });
  after(async () => {
    await a.stop();
    await b.stop();
  });

  it('drops the registry\'s headers on a redirect to the same host on another port', async () => {
    a.routes.set('/r', (_q, res) => res.writeHead(302, { location: `http://127.0.0.1:${b.port}/x` }).end());
    b.routes.set('/x', (_q, res) => res.writeHead(200).end('other port'));
    b.seen.length = 0;
    assert.equal(await read(`http://127.0.0.1:${a.port}/r`, { credentials: { origin: `http://127.0.0.1:${a.port}`, headers: { Authorization: 'Bearer sekret' } } }), 'other port');
    assert.equal(b.seen.length, 1);
    assert.equal(b.seen[0]!.headers.authorization, undefined);
  });

  it('drops them on a redirect to the same host and port named differently ([::1] is not 127.0.0.1)', async () => {
    a.routes.set('/v6', (_q, res) => res.writeHead(307, { location: `http://localhost:${a.port}/plain` }).end());
    a.routes.set('/plain', (req, res) => res.writeHead(200).end(String(req.headers.authorization)));
    assert.equal(await read(`http://127.0.0.1:${a.port}/v6`, { credentials: { origin: `http://127.0.0.1:${a.port}`, headers: { Authorization: 'Bearer sekret' } } }), 'undefined');
  });

  const refused: [string, (port: number) => string, string][] = [
    ['a Location with backslashes (\\\\evil\\x, a host to a browser)', () => '\\\\evil.example\\x', 'REDIRECT_REFUSED'],
    ['a Location /\\evil.example/x (protocol-relative after WHATWG parsing)', () => '/\\evil.example/x', 'REDIRECT_REFUSED'],
    ['userinfo in a protocol-relative Location', (port) => `//user:pw@127.0.0.1:${port}/x`, 'REDIRECT_REFUSED'],
    ['an encoded slash that climbs (%2F..%2F)', () => '/a/..%2F..%2Fetc/passwd', 'REDIRECT_REFUSED'],
    ['a javascript: Location', () => 'javascript:alert(1)', 'REDIRECT_REFUSED'],
    ['a data: Location', () => 'data:text/plain,hi', 'REDIRECT_REFUSED'],
    ['plain http to another host from a loopback server', () => 'http://registry.example/x', 'REDIRECT_REFUSED'],
  ];
  for (const [what, location, code] of refused) {
    it(`refuses ${what} (${code}) and asks no further hop`, async () => {
      a.routes.set('/bad', (_q, res) => res.writeHead(302, { location: location(a.port) }).end());
      a.seen.length = 0;
      await assert.rejects(read(`http://127.0.0.1:${a.port}/bad`), (e: Error & { code?: string }) => {
        assert.equal(e.code, code, e.message);
        assert.doesNotMatch(e.message, /pw@/, 'credentials are never echoed');
        return true;
      });
      assert.deepEqual(a.seen.map((s) => s.path), ['/bad']);
    });
  }

  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} with no Location is REGISTRY_UNAVAILABLE naming the URL`, async () => {
      a.routes.set('/nowhere', (_q, res) => res.writeHead(status).end());
      await assert.rejects(read(`http://127.0.0.1:${a.port}/nowhere`), (e: Error & { code?: string }) => e.code === 'REGISTRY_UNAVAILABLE' && e.message.includes('/nowhere') && /without saying where/.test(e.message));
    });
  }

  it('an empty Location is refused, not a loop onto itself', async () => {
    a.routes.set('/empty', (_q, res) => res.writeHead(302, { location: '' }).end());
    a.seen.length = 0;
    await assert.rejects(read(`http://127.0.0.1:${a.port}/empty`), (e: Error & { code?: string }) => ['REGISTRY_UNAVAILABLE', 'REDIRECT_REFUSED'].includes(e.code ?? ''));
    assert.ok(a.seen.length <= 6, `asked ${a.seen.length} times`);
  });
});

describe('checkRedirect: loopback spellings', () => {
  const remote = new URL('https://packs.acme.example/registry.json');
  for (const target of ['http://[::1]:8080/x', 'http://[0:0:0:0:0:0:0:1]/x', 'http://[::ffff:127.0.0.1]/x', 'http://127.1/x', 'http://0x7f000001/x', 'http://localhost./x', 'http://2130706433/x']) {
    it(`a remote https registry may not hand over to ${target}`, () => {
      for (const allowHttp of [false, true]) assert.throws(() => checkRedirect(remote, target, allowHttp), { code: 'REDIRECT_REFUSED' });
    });
  }
});

describe('archive bodies that lie about their length', () => {
  const archive = Buffer.alloc(4096, 7);
  const checksum = `sha256:${createHash('sha256').update(archive).digest('hex')}`;
  const cases: [string, (s: Socket) => void, string[]][] = [
    ['a Content-Length shorter than the recorded size, then more bytes', (s) => s.end(Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\n'), archive])), ['SIZE_MISMATCH', 'DOWNLOAD_FAILED']],
    ['a Content-Length of 10 GB and the connection closed after 100 bytes', (s) => s.end(Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10000000000\r\nConnection: close\r\n\r\n'), archive.subarray(0, 100)])), ['DOWNLOAD_TOO_LARGE']],
    ['no Content-Length and twice the recorded bytes', (s) => s.end(Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n'), archive, archive])), ['DOWNLOAD_TOO_LARGE']],
    ['the right length of other bytes', (s) => s.end(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${archive.length}\r\nConnection: close\r\n\r\n`), Buffer.alloc(archive.length, 8)])), ['CHECKSUM_MISMATCH']],
  ];
  for (const [what, answer, codes] of cases) {
    it(`${what}: ${codes.join(' or ')}, and nothing reaches the cache`, async () => {
      const raw = await rawServer(answer);
      const cacheDir = tempDir('packdex-cache-');
      try {
        await assert.rejects(
          obtainArchive({ location: `http://127.0.0.1:${raw.port}/a.tar.gz`, checksum, size: archive.length, maxSize: 1 << 20, allowHttp: false, cacheDir, timeouts: FAST }),
          (e: Error & { code?: string }) => (assert.ok(codes.includes(e.code ?? ''), `${e.code}: ${e.message}`), true),
        );
        const left = existsSync(path.join(cacheDir, 'archives')) ? readdirSync(path.join(cacheDir, 'archives')) : [];
        assert.deepEqual(left, [], 'no partial or unverified file is left in the cache');
      } finally {
        await raw.stop();
      }
    });
  }
});

describe('a lockfile entry that names a local file for a network registry', () => {
  it('is refused (URL_INVALID) before anything is read, and the packs folder is untouched', async () => {
    const secret = path.join(tempDir('packdex-home-'), 'id_rsa');
    writeFileSync(secret, 'PRIVATE KEY\n');
    const checksum = `sha256:${createHash('sha256').update(readFileSync(secret)).digest('hex')}`;
    const dir = path.join(tempDir(), 'packs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'keep.txt'), 'untouched\n');
    const before = snapshot(dir);
    for (const artifact_url of [`file://${secret}`, secret]) {
      const resolution = { package: 'demo', version: '1.0.0', source: 'archive', artifact_url, artifact_checksum: checksum, registry: { name: 'acme', url: 'https://packs.acme.example' }, dependencies: {}, yanked: false, warnings: [] } as unknown as Resolution;
      const settings: InstallSettings = { specs: [], dir, cwd: dir, force: false, skipDeps: false, includePrerelease: false, skipUnavailable: false, readers: [], cacheDir: undefined, allowHttp: false, now: new Date('2026-05-01T00:00:00Z'), timeouts: FAST, lockfile: { lockfile_version: 1, packages: { demo: lockedFrom(resolution) } } };
      await assert.rejects(installPacks(settings), (e: Error & { code?: string }) => e.code === 'URL_INVALID' && e.message.includes('acme'));
      assert.deepEqual(snapshot(dir), before);
    }
  });
});
