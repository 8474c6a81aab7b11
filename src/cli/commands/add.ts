import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMap } from 'yaml';
import { LOCKFILE_NAME } from '../../client/install/lockfile';
import { loadConfig, PROJECT_CONFIG_NAME } from '../../client/registries/registry-config';
import { parsePackageSpec } from '../../client/resolve/parse-spec';
import { resolvePackage } from '../../client/resolve/resolve-package';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, skipOptionsFrom } from '../client-flags';
import { EXIT_OK, usageError, type Command } from '../command';
import { resolveLock, writeLock } from './lock';

export const addCommand: Command = {
  name: 'add',
  summary: `Add a dependency to ${PROJECT_CONFIG_NAME} and update ${LOCKFILE_NAME}.`,
  usage: [
    'Usage: packdex add NAME[@RANGE]... [--prerelease] [registry options]',
    '',
    '  RANGE defaults to ^VERSION of the version resolved now (as npm and cargo add do); an exact',
    `  version or a dist-tag is kept as given. ${PROJECT_CONFIG_NAME} is created when missing, and its`,
    '  comments and layout are kept. Then every dependency is locked again and the lockfile written.',
    '  --prerelease  let ranges match prereleases',
    ...CLIENT_USAGE,
  ].join('\n'),
  options: { ...CLIENT_OPTIONS, prerelease: { type: 'boolean' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    if (positionals.length === 0) throw usageError('packdex add needs NAME[@RANGE].', 'e.g. packdex add slack@^2.1.0');
    const client = await openClientFrom(values, io);
    const added: Record<string, string> = {};
    for (const raw of positionals) {
      const spec = parsePackageSpec(raw);
      let constraint = spec.constraint;
      if (constraint === undefined) {
        const { resolution } = await resolvePackage(client.readers, spec, { includePrerelease: values.prerelease === true, ...skipOptionsFrom(values, io) });
        constraint = resolution.version.includes('-') ? resolution.version : `^${resolution.version}`;
      }
      added[spec.name] = constraint;
    }
    // Every dependency, the new ones included, must resolve before packdex.yaml is touched.
    const file = path.join(io.cwd, PROJECT_CONFIG_NAME);
    const existed = existsSync(file);
    const loaded = await loadConfig(file);
    const deps = { ...(loaded.config.dependencies ?? {}), ...added };
    const packages = await resolveLock(client, Object.entries(deps).map(([n, c]) => `${n}@${c}`), values, io, json);
    const { document } = loaded;
    if (!isMap(document.contents)) document.contents = document.createNode({}) as never;
    for (const [name, constraint] of Object.entries(added)) document.setIn(['dependencies', name], constraint);
    await writeFileAtomic(file, document.toString({ lineWidth: 0 }));
    if (!json) io.stdout(`${existed ? 'wrote' : 'created'} ${PROJECT_CONFIG_NAME}: ${Object.entries(added).map(([n, c]) => `${n}@${c}`).join(', ')}\n`);
    await writeLock(path.join(io.cwd, LOCKFILE_NAME), packages, io, json, { added });
    return EXIT_OK;
  },
};
