import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildRegistry } from '../helpers/client';
import { makeTestCa, startServer, type TestServer } from '../helpers/registry-server';
import { snapshot, tempDir } from '../helpers/tmp';

const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'packdex.cjs');

/** Run the shipped bundle as a user would, asynchronously (the server lives in this process). */
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

describe('the bundled CLI over HTTPS (a throwaway CA through NODE_EXTRA_CA_CERTS)', () => {
  let server: TestServer;
  let ca: ReturnType<typeof makeTestCa>;
  before(async () => {
    ca = makeTestCa();
    server = await startServer(await buildRegistry([{ ref: 'core', version: '1.0.0' }, { ref: 'slack', version: '2.1.0', extra: 'dependencies:\n  - core@^1.0.0\n' }]), { key: ca.key, cert: ca.cert });
  });
  after(() => server.stop());

  it('resolves and installs with verification when the CA is trusted', async () => {
    const home = tempDir();
    const env = { HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache'), NODE_EXTRA_CA_CERTS: ca.caFile };
    const resolved = await packdex(['resolve', 'slack', '--registry', server.url, '--json'], env);
    assert.equal(resolved.code, 0, resolved.stdout + resolved.stderr);
    assert.match(JSON.parse(resolved.stdout).artifact_url, /^https:\/\/localhost:\d+\/archives\/slack-2\.1\.0\.tar\.gz$/);
    const installed = await packdex(['install', 'slack', '--registry', server.url, '--dir', path.join(home, 'packs'), '--json'], env);
    assert.equal(installed.code, 0, installed.stdout + installed.stderr);
    assert.deepEqual(JSON.parse(installed.stdout).packs.map((p: { pack_ref: string }) => p.pack_ref).sort(), ['core', 'slack']);
    assert.ok(existsSync(path.join(home, 'packs/slack/pack.yaml')));
  });

  it('fails closed, writing nothing, when the certificate is not trusted', async () => {
    const home = tempDir();
    const before = snapshot(home);
    const r = await packdex(['install', 'slack', '--registry', server.url, '--dir', path.join(home, 'packs'), '--json'], { HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache') });
    assert.equal(r.code, 1);
    const error = JSON.parse(r.stdout).error;
    assert.equal(error.code, 'REGISTRY_UNAVAILABLE');
    assert.match(error.message, /CERT|certificate|SELF_SIGNED|UNABLE_TO_VERIFY/i);
    assert.deepEqual(snapshot(home), before);
  });

  it('sends the registry header with ${TOKEN} expanded from the environment, and never stores it', async () => {
    const home = tempDir();
    const env = { HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache'), NODE_EXTRA_CA_CERTS: ca.caFile, TOKEN: 'sekret' };
    const config = path.join(home, 'packdex.yaml');
    writeFileSync(config, `registries:\n  - name: acme\n    url: ${server.url}\n    headers:\n      Authorization: "Bearer \${TOKEN}"\n`);
    server.authorizations.length = 0;
    server.requests.length = 0;
    const r = await packdex(['resolve', 'core'], { ...env, PACKDEX_CONFIG: config });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(server.authorizations, ['Bearer sekret', 'Bearer sekret']);
    assert.doesNotMatch(readFileSync(config, 'utf8'), /sekret/);
  });
});
