import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { entry, index } from '../helpers/index-data';
import { tempDir } from '../helpers/tmp';

const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'packdex.cjs');

/** A folder registry whose `list` is far larger than a pipe's buffer (64 KiB). */
function bigRegistry(): string {
  const dir = tempDir('packdex-big-');
  const identity = { format: 'packdex-registry', format_version: 1, name: 'Big', url: 'https://big.example', created_at: '2026-01-01T00:00:00Z', index: 'index.json', packages: 'packages', archives: 'archives' };
  writeFileSync(path.join(dir, 'registry.json'), `${JSON.stringify(identity)}\n`);
  const packs = Array.from({ length: 3000 }, (_, i) => entry(`pack_${String(i).padStart(5, '0')}`, '1.0.0', { description: 'A pack with a description long enough to fill the pipe quickly.' }));
  writeFileSync(path.join(dir, 'index.json'), `${JSON.stringify(index(packs, { registry_url: 'https://big.example' }))}\n`);
  return dir;
}

/** Run the bundle with stdout read by a reader that hangs up after the first chunk, as `| head -1` does. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; read: number }> {
  return new Promise((resolve) => {
    const home = tempDir();
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stdout.once('data', (d: Buffer) => {
      read = d.length;
      child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stderr, read }));
  });
}

describe('packdex … | head', () => {
  it('exits quietly when the reader closes the pipe early: status 0, nothing on stderr, no stack', async () => {
    const registry = bigRegistry();
    const r = await runIntoClosedPipe(['list', '--registry', registry]);
    assert.ok(r.read > 0, 'the reader got the first chunk');
    assert.equal(r.stderr, '');
    assert.equal(r.signal, null);
    assert.equal(r.code, 0);
  });
});
