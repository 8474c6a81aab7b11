import path from 'node:path';
import { lockPacks } from '../../client/install/lock-packs';
import { LOCKFILE_NAME, serializeLockfile, type LockedPack } from '../../client/install/lockfile';
import type { Client } from '../../client/registries/open-registries';
import { parsePackageSpec } from '../../client/resolve/parse-spec';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, progressPrinter, renderTable } from '../client-flags';
import { EXIT_OK, printJson, stringOpt, usageError, type CliIO, type Command, type Values } from '../command';

/** Resolve specs and their dependencies to what a lockfile pins (lock, add and update share it). */
export function resolveLock(client: Client, raw: string[], values: Values, io: CliIO, json: boolean): Promise<Record<string, LockedPack>> {
  return lockPacks({
    specs: raw.map(parsePackageSpec),
    readers: client.readers,
    includePrerelease: values.prerelease === true,
    skipUnavailable: values['skip-unavailable'] === true,
    cacheDir: client.cacheDir,
    allowHttp: client.allowHttp,
    timeouts: client.timeouts,
    onWarning: (m) => io.stderr(`warning: ${m}\n`),
    onProgress: json ? undefined : progressPrinter(io),
  });
}

/** Write the lockfile (folder paths relative to it) and say what it pins. */
export async function writeLock(output: string, packages: Record<string, LockedPack>, io: CliIO, json: boolean, extra: Record<string, unknown> = {}): Promise<void> {
  await writeFileAtomic(output, serializeLockfile(packages, { lockDir: path.dirname(output), cwd: io.cwd }));
  if (json) printJson(io, { ok: true, ...extra, lockfile: output, packages });
  else io.stdout(renderTable(['PACK', 'VERSION', 'REGISTRY', 'CHECKSUM'], Object.entries(packages).map(([n, p]) => [n, p.version, p.registry.name, p.artifact_checksum])) + `wrote ${path.relative(io.cwd, output)}\n`);
}

/** The project's dependencies as specs. */
export function dependencySpecs(client: Client): string[] {
  return Object.entries(client.config.config.dependencies ?? {}).map(([n, c]) => `${n}@${c}`);
}

export const lockCommand: Command = {
  name: 'lock',
  summary: `Resolve packs and their dependencies to exact artifacts and write ${LOCKFILE_NAME}.`,
  usage: [
    `Usage: packdex lock [NAME[@CONSTRAINT]...] [--output FILE] [registry options]`,
    '',
    '  With no NAME, the dependencies listed in packdex.yaml are locked.',
    `  --output FILE  where to write (default: ${LOCKFILE_NAME})`,
    '  --prerelease   let ranges match prereleases',
    ...CLIENT_USAGE,
    '',
    'Each archive is downloaded once and verified (size and checksum), and kept in the cache, so',
    'packdex install --lockfile works offline.',
  ].join('\n'),
  options: { ...CLIENT_OPTIONS, output: { type: 'string' }, prerelease: { type: 'boolean' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const client = await openClientFrom(values, io);
    const raw = positionals.length > 0 ? positionals : Object.entries(client.config.config.dependencies ?? {}).map(([n, c]) => `${n}@${c}`);
    if (raw.length === 0) throw usageError('Nothing to lock: give NAME[@CONSTRAINT], or list dependencies in packdex.yaml.');
    const packages = await resolveLock(client, raw, values, io, json);
    await writeLock(path.resolve(io.cwd, stringOpt(values, 'output') ?? LOCKFILE_NAME), packages, io, json);
    return EXIT_OK;
  },
};
