import { existsSync } from 'node:fs';
import path from 'node:path';
import { LOCKFILE_NAME, readLockfile, type LockedPack } from '../../client/install/lockfile';
import { PROJECT_CONFIG_NAME } from '../../client/registries/registry-config';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom } from '../client-flags';
import { EXIT_OK, usageError, type Command } from '../command';
import { dependencySpecs, resolveLock, writeLock } from './lock';

/** NAME and what it depends on, as the new lock resolved them. */
function closure(packages: Record<string, LockedPack>, name: string): Set<string> {
  const out = new Set<string>();
  const visit = (n: string): void => {
    if (out.has(n) || packages[n] === undefined) return;
    out.add(n);
    for (const dep of Object.keys(packages[n]!.dependencies)) visit(dep);
  };
  visit(name);
  return out;
}

export const updateCommand: Command = {
  name: 'update',
  summary: `Re-resolve the dependencies of ${PROJECT_CONFIG_NAME} and rewrite ${LOCKFILE_NAME}.`,
  usage: [
    'Usage: packdex update [NAME...] [--prerelease] [registry options]',
    '',
    `  With no NAME, every dependency is resolved again to the newest version its range allows.`,
    '  With NAME, only NAME and what it depends on move; every other package keeps the version',
    `  ${LOCKFILE_NAME} pinned. Run packdex install afterwards to install the new lock.`,
    '  --prerelease  let ranges match prereleases',
    ...CLIENT_USAGE,
  ].join('\n'),
  options: { ...CLIENT_OPTIONS, prerelease: { type: 'boolean' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const client = await openClientFrom(values, io);
    const specs = dependencySpecs(client);
    if (specs.length === 0) throw usageError(`Nothing to update: ${PROJECT_CONFIG_NAME} lists no dependencies.`, 'Add one with packdex add NAME.');
    const deps = client.config.config.dependencies ?? {};
    for (const name of positionals) {
      if (deps[name] === undefined) throw usageError(`${name} is not a dependency in ${PROJECT_CONFIG_NAME}.`, `Add it with packdex add ${name}.`);
    }
    const output = path.join(io.cwd, LOCKFILE_NAME);
    const fresh = await resolveLock(client, specs, values, io, json);
    let packages = fresh;
    if (positionals.length > 0 && existsSync(output)) {
      const old = (await readLockfile(output)).packages;
      const moving = new Set(positionals.flatMap((n) => [...closure(fresh, n)]));
      // Others keep their pins, as long as the fresh resolution still needs them.
      packages = Object.fromEntries(Object.entries(fresh).map(([n, p]) => [n, moving.has(n) || old[n] === undefined ? p : old[n]!]));
    }
    await writeLock(output, packages, io, json);
    return EXIT_OK;
  },
};
