import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (for --json runs). */
  json<T = Record<string, unknown>>(): T;
}

export const FIXED_NOW = new Date('2026-01-02T03:04:05Z');

/** Run the CLI in-process with a fixed clock. */
export async function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; now?: Date; tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    now: () => options.now ?? FIXED_NOW,
    isTTY: options.tty,
    stdoutIsTTY: options.tty,
  });
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}
