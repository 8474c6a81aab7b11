import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A forward proxy on loopback, as a runner behind a corporate proxy has one (HTTPS_PROXY): clients
 * that honour the variable (git's curl, @actions/http-client, @sigstore/sign's make-fetch-happen
 * through @npmcli/agent) open `CONNECT host:443` here. Nothing leaves the machine:
 *   - `tunnels`: a host whose TLS goes through untouched to a loopback port (github.com to the
 *     loopback GitHub, whose certificate also names github.com);
 *   - `terminate`: hosts whose TLS ends here, with a certificate from the tests' throwaway CA
 *     (trusted by the clients through NODE_EXTRA_CA_CERTS / GIT_SSL_CAINFO), answered by `handler`
 *     (the hosted Sigstore endpoints, served by @sigstore/mock);
 *   - anything else is refused (403) and recorded in `refused`, so a test can assert that no
 *     request was headed for the network.
 */
export interface ConnectProxy {
  /** HTTPS_PROXY / https_proxy. */
  url: string;
  /** Every CONNECT target, `host:port`, in order. */
  connects: string[];
  /** Targets refused: neither tunnelled nor terminated here (plain-HTTP proxy requests included). */
  refused: string[];
  stop(): Promise<void>;
}

export async function startConnectProxy(options: {
  tunnels: Record<string, number>;
  terminate: { hosts: readonly string[]; tls: { key: Buffer; cert: Buffer }; handler: (req: IncomingMessage, res: ServerResponse) => void };
}): Promise<ConnectProxy> {
  const connects: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  // Not listening: sockets are handed to it after the CONNECT, as if it had accepted them.
  const terminating = createHttps({ key: options.terminate.tls.key, cert: options.terminate.tls.cert }, options.terminate.handler);
  const proxy = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403).end('this proxy tunnels only\n');
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const target = req.url ?? '';
    connects.push(target);
    const [host, port] = [target.replace(/:\d+$/, '').toLowerCase(), Number(/:(\d+)$/.exec(target)?.[1] ?? 443)];
    const tunnelPort = options.tunnels[host];
    if (tunnelPort !== undefined && port === 443) {
      const upstream = connect(tunnelPort, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0) upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => socket.destroy());
      return;
    }
    if (options.terminate.hosts.includes(host) && port === 443) {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) socket.unshift(head);
      terminating.emit('connection', socket);
      return;
    }
    refused.push(target);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    connects,
    refused,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        proxy.close(() => resolve());
      }),
  };
}
