import { describeHolder } from '../core/site/registry-lock';
import type { RegistryWriteOptions } from '../core/site/registry-transaction';
import { usageError, type CliIO } from './command';

/**
 * How a CLI verb that changes a registry folder takes part in its transaction: the lock's wait
 * bound (PACKDEX_LOCK_TIMEOUT, seconds), the notices a waiting or recovering command prints, and
 * the test hook PACKDEX_TEST_CRASH_AT=<step>, which kills the process at that step (SIGKILL, so no
 * handler or finally block runs: exactly what a crash or kill -9 does).
 */
export function registryWriteOptions(io: CliIO, command: string): RegistryWriteOptions {
  const timeout = io.env.PACKDEX_LOCK_TIMEOUT;
  if (timeout !== undefined && !/^\d+(?:\.\d+)?$/.test(timeout)) {
    throw usageError(`PACKDEX_LOCK_TIMEOUT=${JSON.stringify(timeout)} is not a number of seconds.`, 'e.g. PACKDEX_LOCK_TIMEOUT=300 (0 = do not wait for another command).');
  }
  const crashAt = io.env.PACKDEX_TEST_CRASH_AT;
  return {
    command,
    ...(timeout === undefined ? {} : { timeoutMs: Number(timeout) * 1000 }),
    onWait: (holder) => io.stderr(`waiting for the registry lock, held by ${describeHolder(holder)}\n`),
    onRecover: (report) => {
      const done = report.finished.length === 0 ? '' : `finished an interrupted change (${report.finished.length} journaled file${report.finished.length === 1 ? '' : 's'})`;
      const swept = report.removed.length === 0 ? '' : `removed ${report.removed.length} leftover file${report.removed.length === 1 ? '' : 's'} of a change that never completed`;
      const locks = report.brokenLocks.map((h) => `removed the lock of ${describeHolder(h)}, which is no longer running`);
      io.stderr(`recovered the registry: ${[...locks, done, swept].filter(Boolean).join('; ')}\n`);
    },
    ...(crashAt === undefined || crashAt === '' ? {} : { atStep: (step) => void (step === crashAt && process.kill(process.pid, 'SIGKILL')) }),
  };
}
