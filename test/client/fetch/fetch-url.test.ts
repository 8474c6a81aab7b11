import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { checkRedirect, fetchUrl, MAX_REDIRECTS, type FetchOptions } from '../../../src/client/fetch/fetch-url';

interface Loopback {
  /** http://127.0.0.1:PORT or http://localhost:PORT: two hosts, two origins. */
  url: string;
  seen: { path: string; headers: IncomingHttpHeaders }[];
  routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>;
  stop(): Promise<void>;
}

/** A real HTTP server on loopback that records every request's headers. */
async function loopback(host: '127.0.0.1' | 'localhost'): Promise<Loopback> {
  const seen: Loopback['seen'] = [];
  const routes: Loopback['routes'] = new Map();
  const server = createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push({ path: p, headers: req.headers });
    const route = routes.get(p);
    if (route === undefined) {
      res.writeHead(404).end();
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://${host}:${port}`,
    seen,
    routes,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const redirect = (location: string, status = 302) => (_: IncomingMessage, res: ServerResponse) => res.writeHead(status, { location }).end();
const ok = (body: string) => (_: IncomingMessage, res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/plain' }).end(body);

const FAST = { headersMs: 400, idleMs: 400, windowMs: 400, minBytes: 1000 };

function options(over: Partial<FetchOptions> = {}): FetchOptions {
  return { what: 'Registry file', failCode: 'REGISTRY_UNAVAILABLE', failFix: 'Check it.', allowHttp: false, timeouts: FAST, ...over };
}

async function text(url: string, over: Partial<FetchOptions> = {}): Promise<{ body: string; hops: string[] }> {
  const r = await fetchUrl(url, options(over));
  let body = '';
  for await (const chunk of r.body()) body += Buffer.from(chunk).toString();
  return { body, hops: r.hops };
}

describe('fetchUrl: redirects followed by packdex, each hop checked', () => {
  let a: Loopback;
  let b: Loopback;
  before(async () => {
    a = await loopback('127.0.0.1');
    b = await loopback('localhost');
  });
  after(async () => {
    await a.stop();
    await b.stop();
  });

  it(`follows up to ${MAX_REDIRECTS} redirects (301, 302, 303, 307, 308, relative and absolute)`, async () => {
    const statuses = [301, 302, 303, 307, 308];
    statuses.forEach((s, i) => a.routes.set(`/chain5/${i}`, redirect(i % 2 === 0 ? `/chain5/${i + 1}` : `${a.url}/chain5/${i + 1}`, s)));
    a.routes.set('/chain5/5', ok('arrived'));
    const got = await text(`${a.url}/chain5/0`);
    assert.equal(got.body, 'arrived');
    assert.equal(got.hops.length, 6);
  });

  it(`refuses the ${MAX_REDIRECTS + 1}th redirect, naming the chain`, async () => {
    for (let i = 0; i < 6; i++) a.routes.set(`/chain6/${i}`, redirect(`/chain6/${i + 1}`));
    a.routes.set('/chain6/6', ok('never'));
    a.seen.length = 0;
    await assert.rejects(fetchUrl(`${a.url}/chain6/0`, options()), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'REDIRECT_REFUSED');
      assert.match(e.message, /more than 5 times/);
      return true;
    });
    assert.ok(!a.seen.some((s) => s.path === '/chain6/6'), 'the last target is never asked');
  });

  it('a loop ends the same way, not in a hang', async () => {
    a.routes.set('/loop', redirect('/loop'));
    await assert.rejects(fetchUrl(`${a.url}/loop`, options()), { code: 'REDIRECT_REFUSED' });
  });

  it('sends configured headers only to their own origin: not after a redirect to another one', async () => {
    a.routes.set('/moved', redirect(`${b.url}/elsewhere`));
    b.routes.set('/elsewhere', ok('cross-origin body'));
    a.seen.length = 0;
    b.seen.length = 0;
    const got = await text(`${a.url}/moved`, { credentials: { origin: a.url, headers: { 'X-Api-Key': 'sekret', Authorization: 'Bearer sekret' } }, headers: { 'if-none-match': '"e1"' } });
    assert.equal(got.body, 'cross-origin body');
    assert.equal(a.seen[0]!.headers['x-api-key'], 'sekret');
    assert.equal(a.seen[0]!.headers.authorization, 'Bearer sekret');
    const second = b.seen.find((s) => s.path === '/elsewhere')!;
    assert.equal(second.headers['x-api-key'], undefined);
    assert.equal(second.headers.authorization, undefined);
    assert.ok(!JSON.stringify(b.seen).includes('sekret'), 'no configured header reached the other origin');
  });

  it('sends them again when a redirect comes back to their origin', async () => {
    a.routes.set('/out', redirect(`${b.url}/back`));
    b.routes.set('/back', redirect(`${a.url}/home`));
    a.routes.set('/home', ok('home'));
    a.seen.length = 0;
    b.seen.length = 0;
    await text(`${a.url}/out`, { credentials: { origin: a.url, headers: { 'X-Api-Key': 'sekret' } } });
    assert.equal(b.seen[0]!.headers['x-api-key'], undefined);
    assert.equal(a.seen.find((s) => s.path === '/home')!.headers['x-api-key'], 'sekret');
  });

  const refusals: [string, string, RegExp][] = [
    ['credentials in the target', 'http://user:pw@127.0.0.1:1/x', /credentials/],
    ['a .. segment in the Location text', '/a/../../etc/passwd', /'\.\.' path segment/],
    ['a . segment', '/a/./b', /'\.' path segment/],
    ['%2e%2e', '/a/%2e%2e/b', /path segment/],
    ['%2E', '/a/%2E/b', /path segment/],
    ['a file: URL', 'file:///etc/passwd', /file:/],
    ['plain http beyond loopback', 'http://registry.packdex.example/x', /plain http/],
  ];
  for (const [what, location, message] of refusals) {
    it(`refuses a redirect to ${what}, and never asks it`, async () => {
      a.routes.set('/bad', redirect(location));
      await assert.rejects(fetchUrl(`${a.url}/bad`, options()), (e: Error & { code?: string }) => {
        assert.equal(e.code, 'REDIRECT_REFUSED');
        assert.match(e.message, message);
        assert.doesNotMatch(e.message, /pw@/, 'credentials are never echoed');
        return true;
      });
    });
  }
});

describe('checkRedirect: the https → http downgrade', () => {
  const from = new URL('https://packs.acme.example/reg/registry.json');
  it('is refused even with --allow-http', () => {
    for (const allowHttp of [false, true]) {
      assert.throws(() => checkRedirect(from, 'http://packs.acme.example/reg/registry.json', allowHttp), (e: Error & { code?: string }) => e.code === 'REDIRECT_REFUSED' && /downgrade/.test(e.message));
      assert.throws(() => checkRedirect(from, 'http://127.0.0.1:8080/x', allowHttp), { code: 'REDIRECT_REFUSED' }, 'a remote https server may not hand over to plain http on loopback');
    }
  });
  it('is allowed only between loopback hosts (a local development server)', () => {
    assert.equal(checkRedirect(new URL('https://localhost:8443/x'), 'http://127.0.0.1:8080/y', false).toString(), 'http://127.0.0.1:8080/y');
  });
  it('https to https on another host is followed (headers are dropped by origin, not by host)', () => {
    assert.equal(checkRedirect(from, 'https://cdn.example/a.tar.gz', false).toString(), 'https://cdn.example/a.tar.gz');
  });
  it('http → http beyond loopback needs --allow-http, like a first URL', () => {
    assert.throws(() => checkRedirect(new URL('http://127.0.0.1/x'), 'http://mirror.example/x', false), { code: 'REDIRECT_REFUSED' });
    assert.equal(checkRedirect(new URL('http://127.0.0.1/x'), 'http://mirror.example/x', true).host, 'mirror.example');
  });
});

describe('fetchUrl: stalls and drips end in a coded error naming the URL and a fix', () => {
  let s: Loopback;
  const open: ServerResponse[] = [];
  before(async () => {
    s = await loopback('127.0.0.1');
    // Accepts the request and never answers.
    s.routes.set('/silent', (_req, res) => open.push(res));
    // Sends headers and part of the body, then nothing.
    s.routes.set('/stops', (_req, res) => {
      res.writeHead(200, { 'content-length': '100000' });
      res.write('x'.repeat(10));
      open.push(res);
    });
    // One byte at a time, forever: never silent, never useful.
    s.routes.set('/drips', (_req, res) => {
      res.writeHead(200, { 'content-length': '100000' });
      const timer = setInterval(() => res.write('x'), 5);
      res.on('close', () => clearInterval(timer));
      open.push(res);
    });
  });
  after(async () => {
    for (const res of open) res.destroy();
    await s.stop();
  });

  for (const [path, why] of [['/silent', /sent no response/], ['/stops', /stopped sending/], ['/drips', /far too slowly/]] as const) {
    for (const failCode of ['REGISTRY_UNAVAILABLE', 'DOWNLOAD_FAILED'] as const) {
      it(`${path}: ${failCode}`, async () => {
        await assert.rejects(text(`${s.url}${path}`, { failCode }), (e: Error & { code?: string; fix?: string; value?: string }) => {
          assert.equal(e.code, failCode);
          assert.match(e.message, why);
          assert.ok(e.message.includes(`${s.url}${path}`), e.message);
          assert.match(e.fix ?? '', /PACKDEX_HTTP_TIMEOUT/);
          return true;
        });
      });
    }
  }
});
