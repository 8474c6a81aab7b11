import packageJson from '../../package.json' with { type: 'json' };
import { PackdexError, errnoOf, ioError } from '../core/errors';
import { clockFrom, EXIT_FAILURE, EXIT_USAGE, parseCommandArgs, printJson, type CliIO, type Command } from './command';
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
import { resolveCommand } from './commands/resolve';
import { searchCommand } from './commands/search';
import { listCommand } from './commands/list';
import { showCommand } from './commands/show';
import { serveCommand } from './commands/serve';
import { verifyCommand } from './commands/verify';
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
    'Every command takes --help and --json. Exit status: 0 success, 1 failure, 2 usage error.',
    '',
  ].join('\n');
}

/** Run the CLI; returns the exit status instead of exiting, so tests can call it in-process. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version') {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`error USAGE: Unknown command '${name}'.\n${topHelp()}`);
    return EXIT_USAGE;
  }
  const json = rest.includes('--json');
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help === true) {
      io.stdout(`${command.summary}\n\n${command.usage}\n`);
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
    else io.stderr(`error ${error.code}: ${error.describe()}\n${error.code === 'USAGE' ? `\n${command.usage}\n` : ''}`);
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
