import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkHttpsUrl } from '../../core/entry/source-rules';
import { existsSync } from 'node:fs';
import { applyFileChanges } from '../../core/fs/file-change';
import { planInitRegistry } from '../../core/site/init-registry';
import { publishToFolder, type PublishToFolderResult } from '../../core/site/publish-to-folder';
import { formatBytes } from '../../core/audit/run-audit';
import { EXIT_FAILURE, EXIT_OK, printJson, stringOpt, type Command } from '../command';
import { renderAudit } from './audit';

export const DEFAULT_REGISTRY_URL = 'https://registry.packdex.example';

export const quickstartCommand: Command = {
  name: 'quickstart',
  summary: 'Publish the example packs into a local registry folder (what `npm start` runs).',
  usage: [
    'Usage: packdex quickstart [--examples DIR] [--registry DIR] [--url URL] [--name NAME] [--json]',
    '',
    '  --examples DIR  folder of packs, one per subfolder (default: examples/packs)',
    '  --registry DIR  the local registry folder to publish into (default: .packdex/registry)',
    `  --url URL       where that folder will be served (default: ${DEFAULT_REGISTRY_URL})`,
    '  --name NAME     the registry name (default: "packdex local registry")',
    '',
    'For each pack: audit, build the reproducible archive, checksum it, and merge its entry into',
    'index.json. Running it again changes nothing.',
  ].join('\n'),
  options: { examples: { type: 'string' }, registry: { type: 'string' }, url: { type: 'string' }, name: { type: 'string' } },
  async run({ values, json }, io) {
    const examples = path.resolve(io.cwd, stringOpt(values, 'examples') ?? 'examples/packs');
    const registryDir = path.resolve(io.cwd, stringOpt(values, 'registry') ?? '.packdex/registry');
    const registryUrl = checkHttpsUrl(stringOpt(values, 'url') ?? DEFAULT_REGISTRY_URL, 'Registry URL');
    const registryName = stringOpt(values, 'name') ?? 'packdex local registry';
    const packs = (await readdir(examples, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const say = (t: string): void => {
      if (!json) io.stdout(t);
    };
    say(`Publishing ${packs.length} example packs from ${path.relative(io.cwd, examples) || '.'} into ${path.relative(io.cwd, registryDir)}\n`);
    if (!existsSync(path.join(registryDir, 'registry.json'))) {
      await applyFileChanges((await planInitRegistry({ registryDir, name: registryName, url: registryUrl, force: false, now: io.now() })).changes);
    }
    const results: (PublishToFolderResult & { pack: string })[] = [];
    for (const pack of packs) {
      say(`\n== ${pack}\n`);
      const result = await publishToFolder({ packDir: path.join(examples, pack), registryDir, now: io.now() });
      results.push({ pack, ...result });
      say(renderAudit(result.audit));
      if (result.archive === undefined || result.entry === undefined) {
        say(`skipped: the audit failed\n`);
        continue;
      }
      say(`archive  ${path.relative(io.cwd, result.archive.path)} (${result.archive.files} files, ${formatBytes(result.archive.size)}) ${result.archive.checksum}\n`);
      say(`index    ${result.outcome}: ${result.entry.ref} ${result.entry.version}\n`);
    }
    const failed = results.filter((r) => r.entry === undefined).length;
    say(`\nRegistry index: ${path.relative(io.cwd, path.join(registryDir, 'index.json'))} (archive URLs under ${registryUrl}; pass --url for where you will serve the folder)\n`);
    if (json) {
      printJson(io, {
        ok: failed === 0,
        registry: registryDir,
        packs: results.map((r) => ({ pack: r.pack, counts: r.audit.counts, outcome: r.outcome, ref: r.entry?.ref, version: r.entry?.version, checksum: r.archive?.checksum })),
      });
    }
    return failed === 0 ? EXIT_OK : EXIT_FAILURE;
  },
};
