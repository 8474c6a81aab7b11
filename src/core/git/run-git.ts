import { spawn } from 'node:child_process';
import { PackdexError } from '../errors';

export interface GitResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * The one way packdex runs git: argv only (no shell), never a prompt, output captured. Callers
 * decide what a non-zero exit means; `git()` below turns it into GIT_FAILED.
 */
export function execGit(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string } = { cwd: '.' }): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', (cause) =>
      reject(new PackdexError('GIT_FAILED', `Could not run git: ${cause.message}`, { fix: 'Install git and make sure it is on PATH.', cause })),
    );
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    if (child.stdin !== null) {
      // git may exit before reading its input (a failed rev-parse): that is its answer, not ours.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
  });
}

export interface GitOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** How the step is named in the message (default `git <subcommand>`). */
  what?: string;
  /** The value the error quotes (default the argv). */
  value?: string;
  fix?: string;
}

/** Run git and return stdout, or throw GIT_FAILED quoting git's own complaint. */
export async function git(args: readonly string[], where: string | GitOptions): Promise<Buffer> {
  const options = typeof where === 'string' ? { cwd: where } : where;
  const result = await execGit(args, { cwd: options.cwd, env: options.env });
  if (result.exitCode !== 0) {
    throw new PackdexError('GIT_FAILED', `${options.what ?? `git ${args[0]}`} failed: ${result.stderr.trim() || `exit code ${result.exitCode}`}`, {
      value: options.value ?? args.join(' '),
      fix: options.fix ?? 'Check that the folder is a git work tree and the ref exists (git log --oneline -1 REF).',
    });
  }
  return result.stdout;
}
