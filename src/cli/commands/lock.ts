import path from 'node:path';
import { lockPacks } from '../../client/install/lock-packs';
import { LOCKFILE_NAME, serializeLockfile, type LockedPack } from '../../client/install/lockfile';
import type { Client } from '../../client/registries/open-registries';
import { loadSignaturePolicy } from '../../client/install/signature-policy';
import { parsePackageSpec } from '../../client/resolve/parse-spec';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, progressPrinter, renderTable } from '../client-flags';
import { EXIT_OK, printJson, stringOpt, usageError, type CliIO, type Command, type Values } from '../command';
import { PROVENANCE_OPTIONS, PROVENANCE_USAGE, provenancePolicyFrom } from '../provenance-flags';

/** Resolve specs and their dependencies to what a lockfile pins (lock, add and update share it). */
export async function resolveLock(client: Client, raw: string[], values: Values, io: CliIO, json: boolean, lockfile = path.resolve(io.cwd, LOCKFILE_NAME)): Promise<Record<string, LockedPack>> {
  return lockPacks({
    specs: raw.map(parsePackageSpec),
    readers: client.readers,
    includePrerelease: values.prerelease === true,
    skipUnavailable: values['skip-unavailable'] === true,
    cacheDir: client.cacheDir,
    allowHttp: client.allowHttp,
    timeouts: client.timeouts,
    signatures: await loadSignaturePolicy(io.env, client.config),
    now: io.now(),
    // A publisher the lockfile pins must stay the package's publisher (--accept-publisher-change).
    provenance: await provenancePolicyFrom(values, io.cwd, lockfile, io.env),
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
    ...PROVENANCE_USAGE,
    ...CLIENT_USAGE,
    '',
    'Each archive is downloaded once and verified (size and checksum), and kept in the cache, so',
    'packdex install --lockfile works offline. A signed version is verified against the trusted keys',
    '(packdex keys) before it is locked.',
    'A version with build provenance is verified and its publisher (repository and workflow) pinned;',
    'relocking refuses a package whose publisher changed.',
  ].join('\n'),
  options: { ...CLIENT_OPTIONS, ...PROVENANCE_OPTIONS, output: { type: 'string' }, prerelease: { type: 'boolean' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const client = await openClientFrom(values, io);
    const raw = positionals.length > 0 ? positionals : Object.entries(client.config.config.dependencies ?? {}).map(([n, c]) => `${n}@${c}`);
    if (raw.length === 0) throw usageError('Nothing to lock: give NAME[@CONSTRAINT], or list dependencies in packdex.yaml.');
    const output = path.resolve(io.cwd, stringOpt(values, 'output') ?? LOCKFILE_NAME);
    const packages = await resolveLock(client, raw, values, io, json, output);
    await writeLock(output, packages, io, json);
    return EXIT_OK;
  },
};
