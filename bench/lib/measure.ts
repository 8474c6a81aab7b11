import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';

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

/** How a child that did not finish ended: its exit, and why, in words a table row can carry. */
export interface ChildFailure {
  failed: string;
  /** Seconds from spawn to exit. */
  seconds: number;
  /** The last peak resident size the child sampled before it died, if any. */
  lastPeakBytes?: number;
}

/**
 * Run one operation of bench/lib/child.ts in a fresh Node process, so its peak memory is its own
 * (maxRSS never goes down within a process) and the heap of earlier cases does not weigh on it.
 * Rejects when the child fails; tryInChild reports the failure instead.
 */
export async function inChild(op: string, args: Record<string, unknown>): Promise<ChildMeasurement> {
  const result = await tryInChild(op, args);
  if ('failed' in result) throw new Error(`bench child ${op} ${result.failed}`);
  return result;
}

/**
 * Like inChild, but a child that dies (out of memory, killed, an error) is a result, not a
 * rejection: a case at a size the code cannot handle yet reports why, and the bench goes on.
 * The child samples its peak resident size to stderr once a second, so a death by memory still
 * says how far it got. `heapMiB` caps the child's V8 heap (--max-old-space-size).
 */
export function tryInChild(op: string, args: Record<string, unknown>, options: { heapMiB?: number } = {}): Promise<ChildMeasurement | ChildFailure> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const heap = options.heapMiB === undefined ? [] : [`--max-old-space-size=${options.heapMiB}`];
    const child = spawn(process.execPath, [...heap, '--import', 'tsx', path.join(BENCH_DIR, 'lib', 'child.ts'), op, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let tail = '';
    let lastPeak: number | undefined;
    // V8's report of a heap out of memory starts with its last GCs; the fatal line after them may
    // be cut off by the abort, and its native stack trace is long, so it is noted as it passes.
    let outOfMemory = false;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8');
    // Whole lines only: a sample split across two chunks is still recognised.
    let pending = '';
    const take = (line: string) => {
      const m = /^bench-peak-rss (\d+)$/.exec(line);
      if (m) {
        lastPeak = Number(m[1]);
        return;
      }
      if (/heap out of memory|Reached heap limit|<--- Last few GCs --->/.test(line)) outOfMemory = true;
      process.stderr.write(`${line}\n`);
      tail = `${tail}${line}\n`.slice(-4000);
    };
    child.stderr.on('data', (d: string) => {
      const lines = (pending + d).split('\n');
      pending = lines.pop()!;
      lines.forEach(take);
    });
    child.stderr.on('end', () => pending !== '' && take(pending));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      if (code === 0) {
        resolve(JSON.parse(out.trim().split('\n').pop()!) as ChildMeasurement);
        return;
      }
      const error = /^(?:\w*Error|PackdexError)[^\n]*$/m.exec(tail)?.[0];
      const failed = outOfMemory
        ? `ran out of memory (V8 heap limit, ${options.heapMiB === undefined ? `${(heapLimitBytes() / 2 ** 30).toFixed(1)} GiB` : `${options.heapMiB} MiB`})`
        : signal !== null
          ? `was killed by ${signal}${signal === 'SIGKILL' ? ' (the kernel\'s out-of-memory killer, most likely)' : ''}`
          : `exited ${code}${error === undefined ? '' : `: ${error.slice(0, 200)}`}`;
      resolve({ failed, seconds, lastPeakBytes: lastPeak });
    });
  });
}

/** The V8 heap limit a child gets by default on this machine (the parent's is the same). */
function heapLimitBytes(): number {
  return getHeapStatistics().heap_size_limit;
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
