import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { tempDir } from './tmp';

const ROOT = path.join(import.meta.dirname, '..', '..');
export const ACTION_BUNDLE = path.join(ROOT, 'dist', 'action.cjs');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT's text as written, for assertions on its exact format. */
  output: string;
  summary: string;
}

/** The INPUT_* variables a runner sets: every input's default from action.yml, then the `with:` values. */
export function inputEnv(inputs: Record<string, string>, token: string): NodeJS.ProcessEnv {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: NodeJS.ProcessEnv = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = spec.default === '${{ github.token }}' ? token : (spec.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(inputs)) {
    const key = `INPUT_${name.toUpperCase()}`;
    if (!(key in env)) throw new Error(`action.yml declares no input ${name}`);
    env[key] = value;
  }
  return env;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks, as the runner reads them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m === null) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

/**
 * Run the committed bundle the way a runner does: `node dist/action.cjs` in the workspace, with
 * INPUT_*, GITHUB_* and the output and summary files. Asynchronous, so servers in this process
 * (the loopback GitHub) keep answering while it runs.
 */
export function runActionBundle(options: { node?: string; cwd: string; env: NodeJS.ProcessEnv }): Promise<ActionRun> {
  const files = tempDir('packdex-runner-');
  const output = path.join(files, 'output');
  const summary = path.join(files, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const child = spawn(options.node ?? process.execPath, [ACTION_BUNDLE], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: files, GITHUB_ACTIONS: 'true', RUNNER_TEMP: files, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...options.env },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const text = readFileSync(output, 'utf8');
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        outputs: parseOutputFile(text),
        output: text,
        summary: readFileSync(summary, 'utf8'),
      });
    });
  });
}
