import { createServer, type Server } from 'node:http';
import { createStaticHandler } from '../../src/cli/static-server';

/** A registry folder served on loopback (optionally under a sub-path), counting every response's body bytes. */
export interface CountingServer {
  url: string;
  seen: { path: string; bytes: number }[];
  reset(): void;
  close(): Promise<void>;
}

export async function countingServer(dir: string, options: { headers?: Record<string, string> } = {}): Promise<CountingServer> {
  const serve = createStaticHandler(dir);
  const seen: { path: string; bytes: number }[] = [];
  const server: Server = createServer((req, res) => {
    const record = { path: req.url ?? '', bytes: 0 };
    seen.push(record);
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const count = (chunk: unknown) => {
      if (chunk !== undefined && typeof chunk !== 'function') record.bytes += Buffer.byteLength(chunk as string | Buffer);
    };
    res.write = ((chunk: unknown, ...rest: never[]) => (count(chunk), write(chunk as never, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: never[]) => (count(chunk), end(chunk as never, ...rest))) as typeof res.end;
    serve(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    seen,
    reset: () => void (seen.length = 0),
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
