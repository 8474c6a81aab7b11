import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PackdexError } from '../../../src/core/errors';
import { LOCK_FILE, acquireRegistryLock, holderIsDead, type LockHolder } from '../../../src/core/site/registry-lock';
import { tempDir } from '../../helpers/tmp';

/** The PID of a process that has exited (a real one, so the number was really in use). */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(run.stdout.toString());
}

function holder(overrides: Partial<LockHolder>): LockHolder {
  return { pid: process.pid, host: os.hostname(), command: 'publish', since: '2026-01-01T00:00:00.000Z', token: 'feedfacefeedface', ...overrides };
}

async function refused(promise: Promise<unknown>): Promise<PackdexError> {
  const error = await promise.then(
    () => assert.fail('the lock was taken'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof PackdexError);
  return error;
}

describe('acquireRegistryLock', () => {
  it('creates the lock naming its holder, refuses a second taker with REGISTRY_LOCKED naming the first, and removes it on release', async () => {
    const dir = tempDir();
    const lock = await acquireRegistryLock(dir, { command: 'publish' });
    const file = path.join(dir, LOCK_FILE);
    const written = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    assert.equal(written.pid, process.pid);
    assert.equal(written.host, os.hostname());
    const waited: (LockHolder | undefined)[] = [];
    const error = await refused(acquireRegistryLock(dir, { command: 'yank', timeoutMs: 50, onWait: (h) => waited.push(h) }));
    assert.equal(error.code, 'REGISTRY_LOCKED');
    assert.match(error.message, new RegExp(`locked by packdex publish \\(pid ${process.pid} on ${os.hostname()}, since `));
    assert.equal(waited.length, 1, 'the waiter says once whom it waits for');
    assert.equal(waited[0]?.token, written.token);
    await lock.release();
    assert.equal(existsSync(file), false);
    await (await acquireRegistryLock(dir, { timeoutMs: 0 })).release();
  });

  it('a waiter gets the lock once the holder releases it', async () => {
    const dir = tempDir();
    const first = await acquireRegistryLock(dir);
    const second = acquireRegistryLock(dir, { timeoutMs: 10_000, onWait: () => void first.release() });
    const lock = await second;
    assert.notEqual(lock.holder.token, first.holder.token);
    await lock.release();
  });

  it('breaks the lock of a dead holder on this machine, and says whose it was', async () => {
    const dir = tempDir();
    const dead = holder({ pid: deadPid() });
    assert.equal(holderIsDead(dead), true);
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(dead));
    const lock = await acquireRegistryLock(dir, { timeoutMs: 0 });
    assert.deepEqual(lock.broken.map((h) => h?.pid), [dead.pid]);
    await lock.release();
  });

  it('breaks the lock of a reused PID (the process now under that PID started at another time)', async () => {
    const dir = tempDir();
    const self = await acquireRegistryLock(dir);
    const mine = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as LockHolder;
    await self.release();
    if (mine.proc_start === undefined) return; // No /proc here: start times are not compared.
    const reused = holder({ proc_start: String(Number(mine.proc_start) - 1) });
    assert.equal(holderIsDead(reused), true);
    assert.equal(holderIsDead(holder({ proc_start: mine.proc_start })), false, 'this very process is alive');
  });

  it('never breaks a lock held on another machine or in another PID namespace: it waits, then names the holder', async () => {
    for (const other of [holder({ host: 'build-agent-7', pid: deadPid() }), holder({ pid_ns: 'pid:[1]', pid: deadPid() })]) {
      const dir = tempDir();
      writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(other));
      const error = await refused(acquireRegistryLock(dir, { timeoutMs: 30 }));
      assert.equal(error.code, 'REGISTRY_LOCKED');
      assert.match(error.message, new RegExp(`pid ${other.pid} on ${other.host}`));
      assert.match(error.fix ?? '', /remove .*\.packdex-lock/);
      assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).token, other.token, 'the lock is left alone');
    }
  });

  it('an unreadable lock (a holder killed between creating and writing it) is waited for, not broken, while fresh', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, LOCK_FILE), '');
    const error = await refused(acquireRegistryLock(dir, { timeoutMs: 30 }));
    assert.match(error.message, /an unknown process/);
  });

  it('release leaves alone a lock that is no longer its own', async () => {
    const dir = tempDir();
    const lock = await acquireRegistryLock(dir);
    const other = holder({ token: 'another0another0' });
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(other));
    await lock.release();
    assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).token, other.token);
  });
});
