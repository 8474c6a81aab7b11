import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { installPacks, type InstalledPack } from '../../client/install/install-packs';
import { RegistryReader } from '../../client/fetch/registry-reader';
import { HttpCache } from '../../client/fetch/http-cache';
import { formatBytes } from '../../core/format-bytes';
import { checkHttpsUrl } from '../../core/entry/source-rules';
import { initRegistry } from '../../core/site/init-registry';
import { registryWriteOptions } from '../registry-write';
import { publishToFolder, type PublishToFolderResult } from '../../core/site/publish-to-folder';
import { EXIT_FAILURE, EXIT_OK, printJson, stringOpt, type Command } from '../command';
import { renderAudit } from './audit';
import { portOpt, serveUntilInterrupted } from './serve';

export const DEFAULT_REGISTRY_URL = 'https://registry.packdex.example';

export const quickstartCommand: Command = {
  name: 'quickstart',
  summary: 'Build a local registry from the example packs, install one with the client, and serve the browse page (what `npm start` runs).',
  usage: [
    'Usage: packdex quickstart [--examples DIR] [--registry-dir DIR] [--packs DIR] [--install NAME] [--port N] [--no-serve]',
    '',
    '  --examples DIR  folder of packs, one per subfolder (default: examples/packs)',
    '  --registry-dir DIR  the local registry folder to publish into (default: .packdex/registry)',
    `  --url URL       where that folder will be served (default: ${DEFAULT_REGISTRY_URL})`,
    '  --name NAME     the registry name (default: "packdex local registry")',
    '  --packs DIR     where the client installs (default: .packdex/packs)',
    '  --install SPEC  which pack the client installs, with its dependencies (default: deploy_kit)',
    '  --port N        port for the browse page on 127.0.0.1 (default 8080; 0 picks a free one)',
    '  --no-serve      stop after installing',
    '',
    '1. registry init (once), 2. for each example: audit, reproducible archive, checksum, package',
    'document and index.json, 3. packdex install from that registry folder, verified, 4. serve the',
    'folder on 127.0.0.1 until Ctrl-C. Running it again changes nothing.',
  ].join('\n'),
  options: {
    examples: { type: 'string' },
    'registry-dir': { type: 'string' },
    url: { type: 'string' },
    name: { type: 'string' },
    packs: { type: 'string' },
    install: { type: 'string' },
    port: { type: 'string' },
    'no-serve': { type: 'boolean' },
  },
  deprecated: { registry: 'registry-dir' },
  async run({ values, json }, io) {
    const examples = path.resolve(io.cwd, stringOpt(values, 'examples') ?? 'examples/packs');
    const registryDir = path.resolve(io.cwd, stringOpt(values, 'registry-dir') ?? '.packdex/registry');
    const packsDir = path.resolve(io.cwd, stringOpt(values, 'packs') ?? '.packdex/packs');
    const registryUrl = checkHttpsUrl(stringOpt(values, 'url') ?? DEFAULT_REGISTRY_URL, 'Registry URL');
    const registryName = stringOpt(values, 'name') ?? 'packdex local registry';
    const port = portOpt(stringOpt(values, 'port'), 8080);
    const rel = (p: string) => path.relative(io.cwd, p) || '.';
    const packs = (await readdir(examples, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const say = (t: string): void => {
      if (!json) io.stdout(t);
    };
    if (!existsSync(path.join(registryDir, 'registry.json'))) {
      const init = await initRegistry({ registryDir, name: registryName, url: registryUrl, force: false, now: io.now() }, registryWriteOptions(io, 'quickstart'));
      say(`Created registry ${rel(registryDir)} (registry.json, index.json, browse page)\n`);
      for (const w of init.warnings) io.stderr(`warning: ${w}\n`);
    }
    say(`Publishing ${packs.length} example packs from ${rel(examples)} into ${rel(registryDir)}\n`);
    const results: (PublishToFolderResult & { pack: string })[] = [];
    for (const pack of packs) {
      say(`\n== ${pack}\n`);
      const result = await publishToFolder({ packDir: path.join(examples, pack), registryDir, write: registryWriteOptions(io, 'quickstart'), now: io.now() });
      results.push({ pack, ...result });
      if (result.audit !== undefined) say(renderAudit(result.audit));
      if (result.archive === undefined || result.entry === undefined) {
        say(`skipped: the audit failed\n`);
        continue;
      }
      say(`archive  ${rel(result.archive.path)} (${result.archive.files} files, ${formatBytes(result.archive.size)}) ${result.archive.checksum}\n`);
      say(`publish  ${result.outcome}: ${result.entry.ref} ${result.entry.version}\n`);
    }
    const failed = results.filter((r) => r.entry === undefined).length;
    // The client reads the folder exactly as it would read the served site.
    const reader = new RegistryReader(
      { name: 'local', url: registryDir, priority: 0, headers: {}, location: { kind: 'file', dir: registryDir } },
      new HttpCache({ dir: undefined, ttlSeconds: 0, refresh: false, now: io.now, log: [] }),
    );
    const spec = stringOpt(values, 'install') ?? 'deploy_kit';
    let installed: InstalledPack[] = [];
    if (failed === 0) {
      installed = await installPacks({ specs: [spec], dir: packsDir, cwd: io.cwd, force: false, skipDeps: false, includePrerelease: false, skipUnavailable: false, readers: [reader], cacheDir: undefined, allowHttp: false, now: io.now() });
      say(`\nInstalled with the client into ${rel(packsDir)}:\n${installed.map((i) => `  ${i.name} ${i.version} (${i.outcome}, ${i.record.checksum})\n`).join('')}`);
    }
    if (json) {
      printJson(io, {
        ok: failed === 0,
        registry: registryDir,
        packs: results.map((r) => ({ pack: r.pack, counts: r.audit?.counts, outcome: r.outcome, ref: r.entry?.ref, version: r.entry?.version, checksum: r.archive?.checksum })),
        installed: installed.map((i) => ({ name: i.name, version: i.version, outcome: i.outcome })),
      });
    }
    if (failed > 0) return EXIT_FAILURE;
    if (values['no-serve'] !== true) {
      say('\n');
      await serveUntilInterrupted(registryDir, '127.0.0.1', port, io, false);
    }
    return EXIT_OK;
  },
};
