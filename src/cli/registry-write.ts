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
    onRecover: (report) =>
      io.stderr(
        `recovered the registry from an interrupted change: ${report.finished.length} journaled file${report.finished.length === 1 ? '' : 's'} put in place, ${report.removed.length} leftover${report.removed.length === 1 ? '' : 's'} removed\n`,
      ),
    ...(crashAt === undefined || crashAt === '' ? {} : { atStep: (step) => void (step === crashAt && process.kill(process.pid, 'SIGKILL')) }),
  };
}
