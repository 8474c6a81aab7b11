import { searchPackages } from '../../client/resolve/search-packages';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, skipOptionsFrom, renderTable } from '../client-flags';
import { noRegistryConfigured } from '../../client/resolve/find-package';
import { EXIT_OK, printJson, stringOpt, type Command } from '../command';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Find packages by name, description or keyword across registries.',
  usage: ['Usage: packdex search QUERY [--limit N] [registry options]', '', '  --limit N  show at most N results (default 50)', ...CLIENT_USAGE].join('\n'),
  options: { ...CLIENT_OPTIONS, limit: { type: 'string' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const query = positionals.join(' ');
    const limit = Number(stringOpt(values, 'limit') ?? 50);
    const client = await openClientFrom(values, io);
    if (client.readers.length === 0) throw noRegistryConfigured();
    const hits = await searchPackages(client.readers, query, {
      ...skipOptionsFrom(values, io),
      limit: Number.isInteger(limit) && limit > 0 ? limit : 50,
    });
    if (json) printJson(io, { ok: true, query, results: hits });
    else if (hits.length === 0) io.stderr(`No package matches ${JSON.stringify(query)} in ${client.readers.map((r) => r.name).join(', ')}.\n`);
    else io.stdout(renderTable(['REGISTRY', 'NAME', 'VERSION', 'DESCRIPTION'], hits.map((h) => [h.registry, h.name, h.version, h.description])));
    // As npm search: finding nothing is an answer, not a failure.
    return EXIT_OK;
  },
};
