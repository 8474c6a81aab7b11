import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = path.join(import.meta.dirname, 'cli-entry.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).toString();

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI from source in a new process, with only PATH and `env` in its environment, in `cwd`.
 * Asynchronous, so servers of the calling test process keep answering.
 */
export function packdexProcess(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<ProcessRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, ...args], { cwd, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
