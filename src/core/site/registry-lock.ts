import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PackdexError, errnoOf, ioError, quote } from '../errors';

/** The lock file in a registry folder's root; it exists only while a command changes the folder. */
export const LOCK_FILE = '.packdex-lock';
/** Held for the instant it takes to remove a dead holder's lock, so that two waiters never both do. */
const BREAK_FILE = '.packdex-lock.break';
/** Default bound on the wait for another command's lock. */
export const DEFAULT_LOCK_TIMEOUT_MS = 120_000;
/** A lock file with no readable holder is the trace of a process killed inside open+write; past this age it is stale. */
const UNREADABLE_STALE_MS = 10_000;

/** Who holds a registry's lock: enough to tell a live holder from a dead one on the same machine. */
export interface LockHolder {
  pid: number;
  host: string;
  /** The holder's PID namespace (Linux); two containers with one hostname still differ here. */
  pid_ns?: string;
  /** The process's start time in clock ticks after boot (Linux): a reused PID has another. */
  proc_start?: string;
  command: string;
  since: string;
  token: string;
}

export interface LockOptions {
  /** How long to wait for another holder before REGISTRY_LOCKED; 0 = do not wait. */
  timeoutMs?: number;
  /** Told once when the lock is held by someone else and this process starts to wait. */
  onWait?: (holder: LockHolder | undefined) => void;
  /** What the holder is doing (shown to waiters). */
  command?: string;
}

export interface RegistryLock {
  holder: LockHolder;
  /** Locks of dead holders that were removed to take this one (a killed command's trace). */
  broken: (LockHolder | undefined)[];
  release(): Promise<void>;
}

function pidNamespace(pid: number | 'self'): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/ns/pid`);
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/PID/stat; the command name (field 2) may hold spaces and parentheses, so count from its end. */
function processStart(pid: number | 'self'): string | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function me(command: string): LockHolder {
  const ns = pidNamespace('self');
  const start = processStart('self');
  return {
    pid: process.pid,
    host: os.hostname(),
    ...(ns === undefined ? {} : { pid_ns: ns }),
    ...(start === undefined ? {} : { proc_start: start }),
    command,
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
}

/**
 * Whether a holder is certainly gone: same host and PID namespace, and its PID is free or belongs
 * to a process started at another time. A holder on another machine is never judged dead.
 */
export function holderIsDead(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return false;
  const ns = pidNamespace('self');
  if (holder.pid_ns !== undefined && ns !== undefined && holder.pid_ns !== ns) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (cause) {
    return errnoOf(cause) === 'ESRCH';
  }
  if (holder.proc_start === undefined) return false;
  const start = processStart(holder.pid);
  return start !== undefined && start !== holder.proc_start;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const data = JSON.parse(text) as LockHolder;
    return typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.token === 'string' ? data : undefined;
  } catch {
    return undefined;
  }
}

async function readHolder(file: string): Promise<{ holder?: LockHolder; mtimeMs: number } | undefined> {
  try {
    const [text, st] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { holder: parseHolder(text), mtimeMs: st.mtimeMs };
  } catch (cause) {
    if (errnoOf(cause) === 'ENOENT') return undefined;
    throw ioError('read the lock', file, cause);
  }
}

/** Create `file` with `holder` in it, or return false when it already exists. */
async function createExclusive(file: string, holder: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o644);
  } catch (cause) {
    if (errnoOf(cause) === 'EEXIST') return false;
    throw ioError('create the lock', file, cause);
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`);
    await handle.sync();
  } catch (cause) {
    await handle.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw ioError('write the lock', file, cause);
  }
  await handle.close();
  return true;
}

/**
 * Remove a lock whose holder is dead. Only the process holding the break file may, and only if the
 * lock still carries the token judged dead: a waiter that saw the old lock never removes a new one.
 */
async function breakStaleLock(dir: string, staleToken: string | undefined, mtimeMs: number, self: LockHolder): Promise<boolean> {
  const breakFile = path.join(dir, BREAK_FILE);
  if (!(await createExclusive(breakFile, self))) {
    // A breaker killed in the middle leaves its file; it is judged like any lock.
    const seen = await readHolder(breakFile);
    if (seen !== undefined && (seen.holder === undefined ? Date.now() - seen.mtimeMs > UNREADABLE_STALE_MS : holderIsDead(seen.holder))) {
      await unlink(breakFile).catch(() => undefined);
    }
    return false;
  }
  try {
    const now = await readHolder(path.join(dir, LOCK_FILE));
    if (now === undefined || now.holder?.token !== staleToken || now.mtimeMs !== mtimeMs) return false;
    await unlink(path.join(dir, LOCK_FILE));
    return true;
  } finally {
    await unlink(breakFile).catch(() => undefined);
  }
}

export function describeHolder(holder: LockHolder | undefined): string {
  if (holder === undefined) return 'an unknown process (the lock file is unreadable)';
  return `packdex ${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
}

/**
 * Take a registry folder's exclusive lock: `.packdex-lock`, created with O_EXCL and naming its
 * holder, as git does with index.lock. A lock whose holder died (same machine, PID gone or reused)
 * is removed; a live one is waited for, up to the timeout, then REGISTRY_LOCKED names the holder.
 */
export async function acquireRegistryLock(dir: string, options: LockOptions = {}): Promise<RegistryLock> {
  const file = path.join(dir, LOCK_FILE);
  const self = me(options.command ?? 'change');
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let told = false;
  let pause = 10;
  const broken: (LockHolder | undefined)[] = [];
  for (;;) {
    if (await createExclusive(file, self)) {
      return {
        holder: self,
        broken,
        async release() {
          // Only our own lock is removed: if it was taken from us, the new holder's stays.
          const now = await readHolder(file);
          if (now?.holder?.token === self.token) await unlink(file).catch(() => undefined);
        },
      };
    }
    const seen = await readHolder(file);
    if (seen === undefined) continue;
    const stale = seen.holder === undefined ? Date.now() - seen.mtimeMs > UNREADABLE_STALE_MS : holderIsDead(seen.holder);
    if (stale) {
      if (await breakStaleLock(dir, seen.holder?.token, seen.mtimeMs, self)) broken.push(seen.holder);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new PackdexError('REGISTRY_LOCKED', `The registry ${quote(dir)} is locked by ${describeHolder(seen.holder)}; gave up after ${Math.round(timeoutMs / 100) / 10} s.`, {
        value: file,
        expected: 'no other command changing the registry at the same time',
        fix: `Wait for that command to finish and run again (PACKDEX_LOCK_TIMEOUT=SECONDS waits longer). If that process no longer exists (it ran on another machine), remove ${file}.`,
      });
    }
    if (!told) {
      told = true;
      options.onWait?.(seen.holder);
    }
    // Jitter keeps twenty waiters from retrying in lockstep.
    await delay(Math.min(pause, Math.max(1, deadline - Date.now())) * (0.5 + Math.random()));
    pause = Math.min(pause * 2, 200);
  }
}
