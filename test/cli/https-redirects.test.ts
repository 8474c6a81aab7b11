import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildRegistry } from '../helpers/client';
import { makeTestCa, startServer, type TestServer } from '../helpers/registry-server';
import { snapshot, tempDir } from '../helpers/tmp';

const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'packdex.cjs');

function packdex(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the bundled CLI refuses an https registry that redirects to plain http', () => {
  let server: TestServer;
  let ca: ReturnType<typeof makeTestCa>;
  before(async () => {
    ca = makeTestCa();
    server = await startServer(await buildRegistry([{ ref: 'demo', version: '1.0.0' }, { ref: 'other', version: '1.0.0' }]), { key: ca.key, cert: ca.cert });
    // Neither target is ever contacted: the redirect is refused before any request.
    server.override.set('/archives/demo-1.0.0.tar.gz', (_req, res) => res.writeHead(301, { location: 'http://mirror.packdex.example/archives/demo-1.0.0.tar.gz' }).end());
    server.override.set('/packages/ot/he/other.json', (_req, res) => res.writeHead(302, { location: 'http://mirror.packdex.example/packages/ot/he/other.json' }).end());
  });
  after(() => server.stop());

  for (const [spec, what] of [['demo', 'an archive'], ['other', 'a package document']] as const) {
    for (const flags of [[], ['--allow-http']]) {
      it(`${what}, ${flags.length === 0 ? 'by default' : 'even with --allow-http'}: REDIRECT_REFUSED, nothing installed`, async () => {
        const home = tempDir();
        const env = { HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache'), NODE_EXTRA_CA_CERTS: ca.caFile };
        const before = snapshot(home);
        const r = await packdex(['install', spec, '--registry', server.url, '--dir', path.join(home, 'packs'), '--json', ...flags], env);
        assert.equal(r.code, 1, r.stdout + r.stderr);
        const error = JSON.parse(r.stdout).error;
        assert.equal(error.code, 'REDIRECT_REFUSED');
        assert.match(error.message, /downgrade from https to plain http/);
        assert.doesNotMatch(r.stderr, /Unexpected failure|\n\s+at /);
        assert.deepEqual(Object.keys(snapshot(home)).filter((k) => !k.startsWith('cache/')), Object.keys(before));
      });
    }
  }
});
