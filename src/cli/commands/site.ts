import path from 'node:path';
import { isNoop } from '../../core/fs/file-change';
import { PackdexError } from '../../core/errors';
import { buildSite, planSiteBuild } from '../../core/site/build-site';
import { registryWriteOptions } from '../registry-write';
import { EXIT_OK, printJson, usageError, type Command } from '../command';
import { renderDiff } from '../render-diff';
import { didYouMean } from '../flags/did-you-mean';
import { REGISTRY_DIR_OPTIONS, REGISTRY_DIR_USAGE, REGISTRY_FOLDER_ALIAS, registryDirFrom } from '../flags/grammar';

export const siteCommand: Command = {
  name: 'site',
  summary: 'Rebuild a registry\'s derived files (index.json, the browse page) from its package documents.',
  usage: [
    'Usage: packdex site build [--registry-dir PATH] [--check] [--dry-run]',
    '',
    REGISTRY_DIR_USAGE,
    '  --check          change nothing; fail (SITE_DRIFT) when a derived file differs from the build',
    '  --dry-run        print what would change; write nothing',
    '',
    'Publishing keeps these files up to date one package at a time; a full build from',
    'packages/**.json gives the same bytes.',
  ].join('\n'),
  options: { ...REGISTRY_DIR_OPTIONS, check: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  positionals: true,
  deprecated: REGISTRY_FOLDER_ALIAS,
  async run({ values, positionals, json }, io) {
    if (positionals.length !== 1 || positionals[0] !== 'build') {
      const guess = positionals[0] === undefined ? undefined : didYouMean(positionals[0], ['build']);
      const what = positionals.length === 1 ? `Unknown site subcommand '${positionals[0]}'${guess === undefined ? '' : ` (did you mean '${guess}'?)`}.` : 'packdex site takes one subcommand: build.';
      throw usageError(what);
    }
    const registryDir = registryDirFrom(values, io.cwd);
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
          fix: `Run packdex site build --registry-dir ${path.relative(io.cwd, registryDir) || '.'} and commit the result.`,
        });
      }
    } else if (values['dry-run'] === true) {
      if (!json) for (const c of changed) io.stdout(renderDiff(c, io.cwd));
    }
    if (json) printJson(io, { ok: true, packages: plan.packages, changed: changed.map((c) => rel(c.path)) });
    else io.stdout(`${plan.packages} package${plan.packages === 1 ? '' : 's'}; ${changed.length === 0 ? 'every derived file is up to date' : `${values.check === true || values['dry-run'] === true ? 'would rewrite' : 'rewrote'} ${changed.map((c) => rel(c.path)).join(', ')}`}\n`);
    return EXIT_OK;
  },
};
