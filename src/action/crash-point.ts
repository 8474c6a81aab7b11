/**
 * The Action's deterministic crash hook for tests, as the CLI's registry writes have one:
 * PACKDEX_TEST_CRASH_AT=<step> kills the process at that step with SIGKILL, so no handler or
 * finally block runs, exactly what a cancelled job or a lost runner does.
 */
export function crashPoint(step: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.PACKDEX_TEST_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}
