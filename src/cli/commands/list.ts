import { listPackages } from '../../client/resolve/list-packages';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, skipOptionsFrom, renderTable } from '../client-flags';
import { noRegistryConfigured } from '../../client/resolve/find-package';
import { EXIT_OK, printJson, usageError, type Command } from '../command';

export const listCommand: Command = {
  name: 'list',
  summary: 'List every package of the configured registries, one line per name.',
  usage: [
    'Usage: packdex list [registry options]',
    ...CLIENT_USAGE,
    '',
    'A name held by several registries is listed once, from the first in priority order (the one',
    'resolution asks); SHADOWS names the later registries that also hold it.',
  ].join('\n'),
  options: { ...CLIENT_OPTIONS },
  positionals: true,
  async run({ values, positionals, json }, io) {
    if (positionals.length > 0) throw usageError('packdex list takes no arguments.', 'To find packages by name or keyword, use packdex search QUERY.');
    const client = await openClientFrom(values, io);
    if (client.readers.length === 0) throw noRegistryConfigured();
    const packages = await listPackages(client.readers, skipOptionsFrom(values, io));
    if (json) printJson(io, { ok: true, packages });
    else if (packages.length === 0) io.stderr('The registries hold no packages.\n');
    else io.stdout(renderTable(['NAME', 'VERSION', 'REGISTRY', 'SHADOWS', 'DESCRIPTION'], packages.map((p) => [p.name, p.version, p.registry, p.shadowed.join(',') || '-', p.description])));
    return EXIT_OK;
  },
};
