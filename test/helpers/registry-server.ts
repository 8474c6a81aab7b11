import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import path from 'node:path';
import { createStaticHandler } from '../../src/cli/static-server';
import { tempDir } from './tmp';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP(S) server on 127.0.0.1 serving a registry folder, with hooks to misbehave. */
export interface TestServer {
  url: string;
  /** Paths requested, in order (for counting requests). */
  requests: string[];
  /** The Authorization header of each request ('' when absent). */
  authorizations: string[];
  /** Replace the answer for one path (tampering, truncation, errors). */
  override: Map<string, Handler>;
  stop(): Promise<void>;
}

export async function startServer(root: string, tls?: { key: Buffer; cert: Buffer }): Promise<TestServer> {
  const serve = createStaticHandler(root);
  const requests: string[] = [];
  const authorizations: string[] = [];
  const override = new Map<string, Handler>();
  const handler: Handler = (req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(p);
    authorizations.push(req.headers.authorization ?? '');
    (override.get(p) ?? serve)(req, res);
  };
  const server: Server = tls === undefined ? createHttp(handler) : createHttps({ key: tls.key, cert: tls.cert }, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `${tls === undefined ? 'http' : 'https'}://${tls === undefined ? '127.0.0.1' : 'localhost'}:${port}/`,
    requests,
    authorizations,
    override,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A throwaway CA and a certificate it signed for localhost and 127.0.0.1, made with openssl. */
/** `names`: more DNS names the server's certificate covers (hosts a test proxy routes to loopback). */
export function makeTestCa(names: readonly string[] = []): { caFile: string; key: Buffer; cert: Buffer } {
  const dir = tempDir('packdex-ca-');
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=packdex test CA');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost');
  writeFileSync(path.join(dir, 'ext.cnf'), `subjectAltName=${['DNS:localhost', 'IP:127.0.0.1', ...names.map((n) => `DNS:${n}`)].join(',')}\nbasicConstraints=CA:FALSE\n`);
  run('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf');
  return { caFile: path.join(dir, 'ca.pem'), key: readFileSync(path.join(dir, 'server.key')), cert: readFileSync(path.join(dir, 'server.pem')) };
}
