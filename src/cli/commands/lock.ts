import path from 'node:path';
import { lockPacks } from '../../client/install/lock-packs';
import { LOCKFILE_NAME, serializeLockfile } from '../../client/install/lockfile';
import { parsePackageSpec } from '../../client/resolve/parse-spec';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, progressPrinter, renderTable } from '../client-flags';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';
import { PROVENANCE_OPTIONS, PROVENANCE_USAGE, provenancePolicyFrom } from '../provenance-flags';

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
    'packdex install --lockfile works offline. A version with build provenance is verified and its',
    'publisher (repository and workflow) pinned; relocking refuses a package whose publisher changed.',
  ].join('\n'),
  options: { ...CLIENT_OPTIONS, ...PROVENANCE_OPTIONS, output: { type: 'string' }, prerelease: { type: 'boolean' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const client = await openClientFrom(values, io);
    const raw = positionals.length > 0 ? positionals : Object.entries(client.config.config.dependencies ?? {}).map(([n, c]) => `${n}@${c}`);
    if (raw.length === 0) throw usageError('Nothing to lock: give NAME[@CONSTRAINT], or list dependencies in packdex.yaml.');
    const output = path.resolve(io.cwd, stringOpt(values, 'output') ?? LOCKFILE_NAME);
    const packages = await lockPacks({
      specs: raw.map(parsePackageSpec),
      readers: client.readers,
      includePrerelease: values.prerelease === true,
      skipUnavailable: values['skip-unavailable'] === true,
      cacheDir: client.cacheDir,
      allowHttp: client.allowHttp,
      timeouts: client.timeouts,
      provenance: await provenancePolicyFrom(values, io.cwd, output),
      onWarning: (m) => io.stderr(`warning: ${m}\n`),
      onProgress: json ? undefined : progressPrinter(io),
    });
    await writeFileAtomic(output, serializeLockfile(packages));
    if (json) printJson(io, { ok: true, lockfile: output, packages });
    else io.stdout(renderTable(['PACK', 'VERSION', 'REGISTRY', 'CHECKSUM'], Object.entries(packages).map(([n, p]) => [n, p.version, p.registry.name, p.artifact_checksum])) + `wrote ${path.relative(io.cwd, output)}\n`);
    return EXIT_OK;
  },
};
