import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PackdexError } from '../core/errors';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The clock, overridable with SOURCE_DATE_EPOCH for reproducible output. */
  now(): Date;
  /** Whether stderr is a terminal (progress bars are drawn only there). */
  isTTY?: boolean;
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  /** Usage lines, shown by --help and on a usage error. */
  usage: string;
  options: Options;
  /** Whether positional arguments are accepted. */
  positionals?: boolean;
  /** String options whose value may be left out (`--lockfile` alone means this default). */
  optionalValues?: Record<string, string>;
  run(args: { values: Values; positionals: string[]; json: boolean }, io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A usage error: exit 2, with the command's usage printed. */
export function usageError(message: string, fix?: string): PackdexError {
  return new PackdexError('USAGE', message, { fix });
}

export function parseCommandArgs(command: Command, argv: string[]): { values: Values; positionals: string[] } {
  const args: string[] = [];
  argv.forEach((arg, i) => {
    args.push(arg);
    const fallback = command.optionalValues?.[arg.replace(/^--/, '')];
    const next = argv[i + 1];
    if (arg.startsWith('--') && fallback !== undefined && (next === undefined || next.startsWith('-'))) args.push(fallback);
  });
  argv = args;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (cause) {
    const message = (cause as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    throw usageError(message, `See packdex ${command.name} --help.`);
  }
}

export function stringOpt(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** The clock: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return () => new Date(Number(epoch) * 1000);
  return () => new Date();
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
