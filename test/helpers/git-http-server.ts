import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A real git server on 127.0.0.1: `git http-backend` behind a check of the Authorization header. */
export interface GitServer {
  /** Like GITHUB_SERVER_URL: repositories are at `${url}/owner/repo.git`. */
  url: string;
  /** Every Authorization header received ('' when absent). */
  authorizations: string[];
  stop(): Promise<void>;
}

/**
 * Answer one smart-HTTP request with `git http-backend` (CGI) over the bare repositories under
 * `projectRoot`. `pathInfo` is `/owner/repo.git/info/refs` and the like.
 */
export function runHttpBackend(req: IncomingMessage, res: ServerResponse, projectRoot: string, pathInfo: string, query: string): void {
  const cgi = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: pathInfo,
      QUERY_STRING: query,
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      // An authenticated user may push (receive-pack is refused to anonymous users).
      REMOTE_USER: 'publisher',
      REMOTE_ADDR: '127.0.0.1',
      ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
    },
  });
  req.pipe(cgi.stdin);
  let head = Buffer.alloc(0);
  let headersDone = false;
  cgi.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end === -1) return;
    headersDone = true;
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const at = line.indexOf(':');
      const key = line.slice(0, at).trim().toLowerCase();
      const value = line.slice(at + 1).trim();
      if (key === 'status') status = Number(value.split(' ')[0]);
      else headers[key] = value;
    }
    res.writeHead(status, headers);
    res.write(head.subarray(end + 4));
  });
  cgi.on('close', () => res.end());
}

export async function startGitServer(projectRoot: string, expectedAuthorization: string): Promise<GitServer> {
  const authorizations: string[] = [];
  const server: Server = createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    authorizations.push(auth);
    if (auth !== expectedAuthorization) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="packdex test"' }).end('unauthorized\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    runHttpBackend(req, res, projectRoot, url.pathname, url.search.slice(1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    authorizations,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
