import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PackdexError } from '../core/errors';
import { didYouMean } from './flags/did-you-mean';

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
  /** Whether stdout is a terminal (colour on stdout only there, unless FORCE_COLOR). */
  stdoutIsTTY?: boolean;
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
  /** Old flag spellings this verb still accepts, each with the flag that replaced it (flags/grammar.ts). */
  deprecated?: Record<string, string>;
  run(args: { values: Values; positionals: string[]; json: boolean }, io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A usage error: exit 2, one line and a pointer to the verb's --help. */
export function usageError(message: string, fix?: string): PackdexError {
  return new PackdexError('USAGE', message, { fix });
}

/** What parsing found: the values, the operands, and deprecation notices to print on stderr. */
export interface ParsedArgs {
  values: Values;
  positionals: string[];
  notices: string[];
}

/**
 * Parse a verb's arguments with node:util parseArgs, but check them ourselves so a mistake is
 * reported in our words (with "did you mean" for a mistyped flag), never parseArgs' own text.
 */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const notices: string[] = [];
  const args: string[] = [];
  let ended = false;
  argv.forEach((raw, i) => {
    let arg = raw;
    if (!ended && arg === '--') ended = true;
    else if (!ended && arg.startsWith('--')) {
      const [flag, ...inline] = arg.slice(2).split('=');
      const renamed = command.deprecated?.[flag!];
      if (renamed !== undefined) {
        notices.push(`warning: --${flag} is deprecated for packdex ${command.name}; use --${renamed}.`);
        arg = `--${[renamed, ...inline].join('=')}`;
      }
    }
    args.push(arg);
    const fallback = ended ? undefined : command.optionalValues?.[arg.replace(/^--/, '')];
    const next = argv[i + 1];
    if (arg.startsWith('--') && fallback !== undefined && (next === undefined || next.startsWith('-'))) args.push(fallback);
  });
  const options: Options = { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
  // The old spelling and the new one together would let the last silently win: refuse instead.
  for (const [from, to] of Object.entries(command.deprecated ?? {})) {
    const given = (flag: string) => argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`));
    if (given(from) && given(to)) throw usageError(`--${from} is the old spelling of --${to}; give only --${to}.`);
  }
  const { values, positionals, tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const longNames = Object.keys(options).map((n) => `--${n}`);
  for (const token of tokens) {
    if (token.kind === 'option') {
      const option = options[token.name];
      if (option === undefined || (token.rawName.length === 2 && option.short !== token.rawName.slice(1))) {
        const guess = token.rawName.startsWith('--') ? didYouMean(token.rawName, longNames) : undefined;
        throw usageError(`packdex ${command.name} has no option ${token.rawName}${guess === undefined ? '' : ` (did you mean ${guess}?)`}.`);
      }
      const shown = token.rawName.startsWith('--') ? token.rawName : `${token.rawName} (--${token.name})`;
      if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-'))) {
        throw usageError(`${shown} needs a value${token.value === undefined ? '' : `, but the next argument is the option '${token.value}'`}.`);
      }
      if (option.type === 'boolean' && token.value !== undefined) throw usageError(`${shown} takes no value, got '${token.value}'.`);
    } else if (token.kind === 'positional' && command.positionals !== true) {
      throw usageError(`packdex ${command.name} takes no arguments, got '${token.value}'.`);
    }
  }
  return { values: values as Values, positionals, notices };
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
