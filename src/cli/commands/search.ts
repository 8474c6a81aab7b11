import { searchPackages } from '../../client/resolve/search-packages';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, skipOptionsFrom, renderTable } from '../client-flags';
import { EXIT_FAILURE, EXIT_OK, printJson, stringOpt, type Command } from '../command';

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
    const hits = await searchPackages(client.readers, query, {
      ...skipOptionsFrom(values, io),
      limit: Number.isInteger(limit) && limit > 0 ? limit : 50,
    });
    if (json) printJson(io, { ok: true, query, results: hits });
    else if (hits.length === 0) io.stderr(`No package matches ${JSON.stringify(query)}.\n`);
    else io.stdout(renderTable(['REGISTRY', 'NAME', 'VERSION', 'DESCRIPTION'], hits.map((h) => [h.registry, h.name, h.version, h.description])));
    return hits.length === 0 ? EXIT_FAILURE : EXIT_OK;
  },
};
