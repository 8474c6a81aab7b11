import { execFile, spawn } from 'node:child_process';
import path from 'node:path';

export const BENCH_DIR = path.dirname(import.meta.dirname);
export const ROOT = path.dirname(BENCH_DIR);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ChildMeasurement {
  /** Wall time of the operation alone, in the child, after its modules loaded. */
  ms: number;
  /** Peak resident memory above the child's resident memory just before the operation. */
  peakExtraBytes: number;
  /** Whatever the operation reports (files written, requests, …). */
  detail: Record<string, unknown>;
}

/**
 * Run one operation of bench/lib/child.ts in a fresh Node process, so its peak memory is its own
 * (maxRSS never goes down within a process) and the heap of earlier cases does not weigh on it.
 */
export function inChild(op: string, args: Record<string, unknown>): Promise<ChildMeasurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'lib', 'child.ts'), op, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench child ${op} exited ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as ChildMeasurement);
    });
  });
}

/** Median of `runs` child measurements (time and peak memory each their own median). */
export async function medianInChild(runs: number, op: string, args: Record<string, unknown>): Promise<ChildMeasurement> {
  const all: ChildMeasurement[] = [];
  for (let i = 0; i < runs; i++) all.push(await inChild(op, args));
  return { ms: median(all.map((m) => m.ms)), peakExtraBytes: median(all.map((m) => m.peakExtraBytes)), detail: all[all.length - 1]!.detail };
}

/** Wall time of a shell pipeline (the baselines: openssl, find | xargs cat, git archive | gzip). */
export function timeShell(command: string, cwd: string): Promise<number> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    execFile('sh', ['-c', command], { cwd, maxBuffer: 1 << 20 }, (error) => {
      if (error) reject(error);
      else resolve(Number(process.hrtime.bigint() - start) / 1e6);
    });
  });
}

export async function medianShell(runs: number, command: string, cwd: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeShell(command, cwd));
  return median(times);
}

/** Wall time of an in-process async function. */
export async function medianOf(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}
