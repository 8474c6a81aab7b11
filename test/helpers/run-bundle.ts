import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { snapshot, tempDir } from './tmp';

export const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'packdex.cjs');
/** Every bundle run shares this clock, so two runs of one command write the same bytes. */
export const EPOCH = '1767322800';

export interface BundleRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  json<T = Record<string, unknown>>(): T;
}

/** Run the shipped CLI (dist/packdex.cjs) as its own process, with a fixed clock and a clean environment. */
export function runBundle(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; uid?: number; gid?: number } = {}): Promise<BundleRun> {
  return new Promise((resolve, reject) => {
    const home = options.env?.HOME ?? tempDir('packdex-home-');
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? home,
      env: { PATH: process.env.PATH, HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache'), SOURCE_DATE_EPOCH: EPOCH, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, json: <T>() => JSON.parse(stdout) as T }));
  });
}

/** A copy of a registry folder, to run one command on from the same starting state. */
export function copyRegistry(dir: string): string {
  const copy = path.join(tempDir('packdex-registry-copy-'), 'registry');
  cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
  return copy;
}

/** The registry's files; bookkeeping (lock, staging, journal) shows up here too, so a leftover fails the comparison. */
export function registryState(dir: string): Record<string, string> {
  return snapshot(dir);
}
