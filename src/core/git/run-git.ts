import { spawn } from 'node:child_process';
import { PackdexError } from '../errors';
import { ALLOWED_GIT_PROTOCOLS } from './check-ref';

export interface GitResult {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * What git may inherit from our environment: finding programs and the home folder (global config,
 * ssh keys), the temp folder, the locale, certificates, proxies and the ssh agent. Everything else
 * stays with us, above all the Action's INPUT_TOKEN and any other secret of the job: git and the
 * helpers, hooks and ssh it starts see only this and what the caller passes in `env`.
 */
const INHERITED = new Set([
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'TMPDIR', 'TMP', 'TEMP', 'LANG', 'LANGUAGE', 'TZ', 'XDG_CONFIG_HOME',
  'SSL_CERT_FILE', 'SSL_CERT_DIR', 'GIT_SSL_CAINFO', 'GIT_SSL_CAPATH',
  'http_proxy', 'https_proxy', 'no_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY',
  'SSH_AUTH_SOCK', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_SSH_VARIANT', 'GIT_EXEC_PATH',
  // Windows needs these to start any program at all.
  'SYSTEMROOT', 'SystemRoot', 'COMSPEC', 'PATHEXT', 'WINDIR', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'HOMEDRIVE', 'HOMEPATH',
]);

/**
 * The environment of every git child: the allowlist above, then the caller's `env` (credentials
 * as GIT_CONFIG_* headers, author names), then what packdex always sets. GIT_ALLOW_PROTOCOL makes
 * git refuse `ext::` (runs a command) and `fd::` transports, for remotes and submodules alike.
 */
export function gitEnvironment(env: NodeJS.ProcessEnv = {}, from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(from)) {
    if (value !== undefined && (INHERITED.has(key) || key.startsWith('LC_'))) out[key] = value;
  }
  return { ...out, ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_ALLOW_PROTOCOL: ALLOWED_GIT_PROTOCOLS.join(':') };
}

/**
 * The one way packdex runs git: argv only (no shell), never a prompt, output captured, an
 * environment from an allowlist. Callers decide what a non-zero exit means; `git()` below turns
 * it into GIT_FAILED.
 */
export function execGit(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string } = { cwd: '.' }): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: gitEnvironment(options.env),
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
