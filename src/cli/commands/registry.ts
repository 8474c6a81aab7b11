import path from 'node:path';
import { applyFileChanges } from '../../core/fs/file-change';
import { planInitRegistry } from '../../core/site/init-registry';
import { EXIT_OK, printJson, stringOpt, usageError, type CliIO, type Command, type Values } from '../command';
import { DEFAULT_REGISTRY_URL } from './quickstart';

async function init(values: Values, positionals: string[], json: boolean, io: CliIO): Promise<number> {
  if (positionals.length !== 1) throw usageError('packdex registry init takes one folder.', 'e.g. packdex registry init ./my-registry --name "Acme packs" --url https://acme.github.io/packs');
  const registryDir = path.resolve(io.cwd, positionals[0]!);
  const plan = await planInitRegistry({
    registryDir,
    name: stringOpt(values, 'name') ?? path.basename(registryDir),
    url: stringOpt(values, 'url') ?? DEFAULT_REGISTRY_URL,
    description: stringOpt(values, 'description'),
    force: values.force === true,
    now: io.now(),
  });
  await applyFileChanges(plan.changes);
  if (json) printJson(io, { ok: true, registry: registryDir, identity: plan.identity });
  else io.stdout(`Created registry ${JSON.stringify(plan.identity.name)} in ${path.relative(io.cwd, registryDir) || '.'} (served at ${plan.identity.url}).\nPublish into it with: packdex publish --pack-dir PACK --registry ${path.relative(io.cwd, registryDir) || '.'}\n`);
  return EXIT_OK;
}

export const registryCommand: Command = {
  name: 'registry',
  summary: 'Create a registry folder, or edit the registries the client reads (add, list, remove).',
  usage: [
    'Usage: packdex registry init DIR [--name NAME] [--url URL] [--description TEXT] [--force]',
    '',
    '  Creates registry.json, index.json, the browse page and .nojekyll in DIR. An existing',
    '  registry is refused unless --force (which keeps its packages and rebuilds index.json).',
  ].join('\n'),
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    description: { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const [sub, ...rest] = positionals;
    switch (sub) {
      case 'init':
        return init(values, rest, json, io);
      default:
        throw usageError(`Unknown registry subcommand ${sub === undefined ? '(none)' : `'${sub}'`}.`, 'Use init, add, list or remove.');
    }
  },
};
