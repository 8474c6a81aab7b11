import path from 'node:path';
import { isNoop } from '../../core/fs/file-change';
import { PackdexError } from '../../core/errors';
import { buildSite, planSiteBuild } from '../../core/site/build-site';
import { registryWriteOptions } from '../registry-write';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';
import { renderDiff } from '../render-diff';
import { DEFAULT_REGISTRY_DIR } from './publish';
import { runSiteDeploy, SITE_DEPLOY_USAGE } from './site-deploy';

export const siteCommand: Command = {
  name: 'site',
  summary: 'Rebuild a registry\'s derived files (index.json, the browse page) from its package documents, or deploy it to object storage.',
  usage: [
    'Usage: packdex site build [--registry PATH] [--check] [--dry-run]',
    '',
    `  --registry PATH  the registry folder (default: ${DEFAULT_REGISTRY_DIR})`,
    '  --check          change nothing; fail (SITE_DRIFT) when a derived file differs from the build',
    '  --dry-run        print what would change; write nothing',
    '',
    'Publishing keeps these files up to date one package at a time; a full build from',
    'packages/**.json gives the same bytes.',
    '',
    ...SITE_DEPLOY_USAGE,
  ].join('\n'),
  options: { registry: { type: 'string' }, check: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, to: { type: 'string' }, endpoint: { type: 'string' }, region: { type: 'string' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    if (positionals.length === 1 && positionals[0] === 'deploy') {
      if (values.check !== undefined) throw usageError('--check is for site build; a deploy compares with the bucket itself.', 'Run packdex site build --check first, or packdex site deploy --dry-run to see what would be uploaded.');
      return runSiteDeploy(values, json, io);
    }
    if (positionals.length !== 1 || positionals[0] !== 'build') throw usageError('packdex site takes one subcommand: build or deploy.');
    for (const flag of ['to', 'endpoint', 'region']) if (values[flag] !== undefined) throw usageError(`--${flag} is for site deploy.`, 'Run packdex site deploy --to s3://BUCKET/PREFIX to upload the site.');
    const registryDir = path.resolve(io.cwd, stringOpt(values, 'registry') ?? DEFAULT_REGISTRY_DIR);
    // --check and --dry-run only read; a build plans and writes under the registry's lock.
    const writes = values.check !== true && values['dry-run'] !== true;
    const plan = writes ? await buildSite(registryDir, registryWriteOptions(io, 'site build')) : await planSiteBuild(registryDir);
    const changed = plan.changes.filter((c) => !isNoop(c));
    const rel = (p: string) => path.relative(registryDir, p);
    if (values.check === true) {
      if (changed.length > 0) {
        throw new PackdexError('SITE_DRIFT', `${changed.length} derived file${changed.length === 1 ? '' : 's'} differ from what the package documents give: ${changed.map((c) => rel(c.path)).join(', ')}.`, {
          value: changed.map((c) => rel(c.path)),
          expected: 'index.json and the page exactly as packdex site build writes them',
          fix: `Run packdex site build --registry ${path.relative(io.cwd, registryDir) || '.'} and commit the result.`,
        });
      }
    } else if (values['dry-run'] === true) {
      if (!json) for (const c of changed) io.stdout(renderDiff(c));
    }
    if (json) printJson(io, { ok: true, packages: plan.packages, changed: changed.map((c) => rel(c.path)) });
    else io.stdout(`${plan.packages} package${plan.packages === 1 ? '' : 's'}; ${changed.length === 0 ? 'every derived file is up to date' : `${values.check === true || values['dry-run'] === true ? 'would rewrite' : 'rewrote'} ${changed.map((c) => rel(c.path)).join(', ')}`}\n`);
    return EXIT_OK;
  },
};
