import packageJson from '../../package.json' with { type: 'json' };
import { PackdexError, errnoOf, ioError } from '../core/errors';
import { clockFrom, EXIT_FAILURE, EXIT_USAGE, parseCommandArgs, printJson, type CliIO, type Command } from './command';
import { coloursFor } from './colour';
import { didYouMean } from './flags/did-you-mean';
import { COMMON_USAGE } from './flags/grammar';
import { archiveCommand } from './commands/archive';
import { auditCommand } from './commands/audit';
import { checksumCommand } from './commands/checksum';
import { indexEntryCommand } from './commands/index-entry';
import { indexMergeCommand } from './commands/index-merge';
import { indexUpdateCommand } from './commands/index-update';
import { quickstartCommand } from './commands/quickstart';
import { distTagCommand } from './commands/dist-tag';
import { publishCommand } from './commands/publish';
import { registerCommand } from './commands/register';
import { registryCommand } from './commands/registry';
import { siteCommand } from './commands/site';
import { yankCommand } from './commands/yank';
import { installCommand } from './commands/install';
import { lockCommand } from './commands/lock';
import { addCommand } from './commands/add';
import { updateCommand } from './commands/update';
import { keysCommand } from './commands/keys';
import { trustCommand } from './commands/trust';
import { resolveCommand } from './commands/resolve';
import { searchCommand } from './commands/search';
import { listCommand } from './commands/list';
import { showCommand } from './commands/show';
import { serveCommand } from './commands/serve';
import { verifyCommand } from './commands/verify';
import { verifyPackageCommand } from './commands/verify-package';
import { validateCommand } from './commands/validate';

export const COMMANDS: Command[] = [
  auditCommand,
  checksumCommand,
  archiveCommand,
  indexEntryCommand,
  indexUpdateCommand,
  indexMergeCommand,
  validateCommand,
  registryCommand,
  publishCommand,
  registerCommand,
  yankCommand,
  distTagCommand,
  siteCommand,
  verifyCommand,
  serveCommand,
  searchCommand,
  listCommand,
  showCommand,
  resolveCommand,
  installCommand,
  lockCommand,
  addCommand,
  updateCommand,
  keysCommand,
  trustCommand,
  verifyPackageCommand,
  quickstartCommand,
];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'packdex: a package registry without a server.',
    '',
    'Usage: packdex <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --help and --json. packdex version (or -v, --version) prints the version.',
    'Exit status: 0 success, 1 failure, 2 usage error.',
    '',
  ].join('\n');
}

/** The version verb and its flags: a thin alias of what package.json says. */
export const VERSION_WORDS = ['version', '--version', '-v'];

/** A verb's --help: its usage, with the options every verb takes when the usage does not list them. */
export function commandHelp(command: Command): string {
  const common = command.usage.includes('--json') ? '' : `\n\nEvery verb:\n${COMMON_USAGE}`;
  return `${command.summary}\n\n${command.usage}${common}\n`;
}

function usageLine(error: PackdexError, verb: string | undefined): string {
  const expected = error.expected === undefined ? '' : ` Expected: ${error.expected}.`;
  return `${error.message}${expected}${error.fix === undefined ? '' : ` ${error.fix}`}\nsee packdex ${verb === undefined ? '' : `${verb} `}--help\n`;
}

/** Run the CLI; returns the exit status instead of exiting, so tests can call it in-process. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const red = coloursFor(io, 'stderr').red;
  const helpFor = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
  if (helpFor !== undefined) {
    io.stdout(commandHelp(helpFor));
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (VERSION_WORDS.includes(name)) {
    if (rest.includes('--json')) printJson(io, { ok: true, version: packageJson.version });
    else io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const guess = didYouMean(name, [...COMMANDS.map((c) => c.name), 'version', 'help']);
    const what = name.startsWith('-') ? `Unknown option '${name}' before the command` : `Unknown command '${name}'`;
    io.stderr(`${red('error USAGE:')} ${what}${guess === undefined ? '' : ` (did you mean '${guess}'?)`}.\nsee packdex --help\n`);
    return EXIT_USAGE;
  }
  const json = rest.includes('--json');
  try {
    const { values, positionals, notices } = parseCommandArgs(command, rest);
    const yellow = coloursFor(io, 'stderr').yellow;
    for (const notice of notices) io.stderr(`${notice.replace(/^warning:/, yellow('warning:'))}\n`);
    if (values.help === true) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run({ values, positionals, json }, io);
  } catch (cause) {
    const fsCause = cause as NodeJS.ErrnoException | undefined;
    // A file-system error that escaped its wrapper still gets its coded meaning (DISK_FULL, READ_ONLY, …).
    const error =
      cause instanceof PackdexError
        ? cause
        : typeof fsCause?.syscall === 'string' && errnoOf(cause) !== undefined
          ? ioError(fsCause.syscall, fsCause.path ?? '(unknown path)', cause)
          : new PackdexError('IO', `Unexpected failure: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    if (json) printJson(io, { ok: false, error: error.toJSON() });
    else if (error.code === 'USAGE') io.stderr(`${red('error USAGE:')} ${usageLine(error, command.name)}`);
    else io.stderr(`${red(`error ${error.code}:`)} ${error.describe()}\n`);
    if (!(cause instanceof PackdexError) && io.env.PACKDEX_DEBUG) io.stderr(`${(cause as Error).stack}\n`);
    return error.code === 'USAGE' ? EXIT_USAGE : EXIT_FAILURE;
  }
}

// Only when run as the bundled bin (dist/packdex.cjs), not when imported by tests.
if (typeof require !== 'undefined' && require.main === module) {
  // `packdex … | head`: once the reader has gone, there is no one to tell anything, so packdex
  // stops quietly instead of dying on an unhandled EPIPE with a stack trace. Every file is written
  // atomically (temporary file, then rename), so stopping between two writes leaves each one whole.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    now: clockFrom(process.env),
    isTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}
