import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { readRegistryIdentity } from '../../core/site/read-site';
import { EXIT_OK, printJson, stringOpt, usageError, type CliIO, type Command } from '../command';
import { createStaticHandler } from '../static-server';
import { DEFAULT_REGISTRY_DIR, REGISTRY_DIR_OPTIONS, registryDirFrom } from '../flags/grammar';
import { PackdexError } from '../../core/errors';

/** Start serving a folder; resolves with the server and its URL once it listens. */
export async function serveFolder(dir: string, host: string, port: number): Promise<{ server: Server; url: string }> {
  const server = createServer(createStaticHandler(dir));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause: NodeJS.ErrnoException) => {
      if (cause.code !== 'EADDRINUSE') return reject(cause);
      reject(new PackdexError('IO', `Port ${port} on ${host} is already in use.`, { value: port, fix: 'Pass --port 0 to pick a free port, or another --port N.', cause }));
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : port;
  return { server, url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}/` };
}

/** Serve until SIGINT/SIGTERM, then close. */
export async function serveUntilInterrupted(dir: string, host: string, port: number, io: CliIO, json: boolean): Promise<void> {
  const { server, url } = await serveFolder(dir, host, port);
  if (json) printJson(io, { ok: true, url, dir });
  else io.stdout(`Serving ${path.relative(io.cwd, dir) || '.'} at ${url}  (browse page: ${url}index.html; Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function portOpt(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port ${JSON.stringify(value)} is not a port number.`, 'Give 0 to 65535 (0 picks a free port).');
  return port;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve a registry folder over HTTP on loopback, as GitHub Pages would (for development).',
  usage: [
    `Usage: packdex serve [--registry-dir PATH] [--port N] [--host ADDR]`,
    '',
    `  --registry-dir PATH  the registry folder (default: ${DEFAULT_REGISTRY_DIR}; serve DIR is its old spelling)`,
    '  --port N             port (default 8080; 0 picks a free one)',
    '  --host ADDR          address to listen on (default 127.0.0.1)',
    '',
    'Clients read it with --registry http://127.0.0.1:PORT/ (http is accepted on loopback).',
  ].join('\n'),
  options: { ...REGISTRY_DIR_OPTIONS, port: { type: 'string' }, host: { type: 'string' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    if (positionals.length > 1) throw usageError('packdex serve takes at most one folder.');
    if (positionals.length === 1) {
      if (stringOpt(values, 'registry-dir') !== undefined) throw usageError('Give the registry folder once: --registry-dir PATH.');
      io.stderr('warning: packdex serve DIR is deprecated; use packdex serve --registry-dir DIR.\n');
    }
    const dir = positionals.length === 1 ? path.resolve(io.cwd, positionals[0]!) : registryDirFrom(values, io.cwd);
    await readRegistryIdentity(dir);
    await serveUntilInterrupted(dir, stringOpt(values, 'host') ?? '127.0.0.1', portOpt(stringOpt(values, 'port'), 8080), io, json);
    return EXIT_OK;
  },
};
