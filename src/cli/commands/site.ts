import path from 'node:path';
import { isNoop } from '../../core/fs/file-change';
import { PackdexError } from '../../core/errors';
import { buildSite, checkSiteBuilds, findSiteDrift, planSiteBuild, SITE_FILES } from '../../core/site/build-site';
import { indexPolicyOf, omittedReason, type IndexState } from '../../core/site/index-json/index-policy';
import { readRegistryIdentity } from '../../core/site/read-site';
import { committedSizeWarnings, readFileSizes } from '../../core/site/size-warnings';
import { writeSiteOutput } from '../../core/site/write-site-output';
import { registryWriteOptions } from '../registry-write';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';
import { renderDiff } from '../render-diff';
import { didYouMean } from '../flags/did-you-mean';
import { REGISTRY_DIR_OPTIONS, REGISTRY_DIR_USAGE, REGISTRY_FOLDER_ALIAS, registryDirFrom } from '../flags/grammar';
import { runSiteDeploy, SITE_DEPLOY_USAGE } from './site-deploy';

export const siteCommand: Command = {
  name: 'site',
  summary: 'Rebuild a registry\'s derived files (index.json, the browse page) from its package documents, or deploy it to object storage.',
  usage: [
    'Usage: packdex site build [--registry-dir PATH] [--check] [--dry-run] [--out DIR]',
    '',
    REGISTRY_DIR_USAGE,
    '  --check          change nothing; fail (SITE_DRIFT) when a derived file differs from the build',
    '  --dry-run        print what would change; write nothing',
    '  --out DIR        build the whole served site into DIR (a new folder): the sources copied, the',
    '                   derived files built; for registries whose registry.json says "derived": "deployed"',
    '',
    'Publishing keeps these files up to date one package at a time; a full build from',
    'packages/**.json gives the same bytes.',
    '',
    ...SITE_DEPLOY_USAGE,
  ].join('\n'),
  options: { ...REGISTRY_DIR_OPTIONS, check: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, out: { type: 'string' }, to: { type: 'string' }, endpoint: { type: 'string' }, region: { type: 'string' } },
  positionals: true,
  deprecated: REGISTRY_FOLDER_ALIAS,
  async run({ values, positionals, json }, io) {
    if (positionals.length === 1 && positionals[0] === 'deploy') {
      if (values.check !== undefined) throw usageError('--check is for site build; a deploy compares with the bucket itself.', 'Run packdex site build --check first, or packdex site deploy --dry-run to see what would be uploaded.');
      return runSiteDeploy(values, json, io);
    }
    if (positionals.length !== 1 || positionals[0] !== 'build') {
      const guess = positionals[0] === undefined ? undefined : didYouMean(positionals[0], ['build', 'deploy']);
      const what = positionals.length === 1 ? `Unknown site subcommand '${positionals[0]}'${guess === undefined ? '' : ` (did you mean '${guess}'?)`}.` : 'packdex site takes one subcommand: build or deploy.';
      throw usageError(what);
    }
    for (const flag of ['to', 'endpoint', 'region']) if (values[flag] !== undefined) throw usageError(`--${flag} is for site deploy.`, 'Run packdex site deploy --to s3://BUCKET/PREFIX to upload the site.');
    const registryDir = registryDirFrom(values, io.cwd);
    const out = stringOpt(values, 'out');
    if (out !== undefined) {
      if (values.check === true || values['dry-run'] === true) throw usageError('--out builds a new folder; it does not go with --check or --dry-run.');
      const built = await writeSiteOutput(registryDir, path.resolve(io.cwd, out));
      if (json) printJson(io, { ok: true, packages: built.packages, out: path.resolve(io.cwd, out), sources: built.sources.length, derived: built.derived });
      else io.stdout(`${built.packages} package${built.packages === 1 ? '' : 's'}; wrote ${out} (${built.sources.length} source file${built.sources.length === 1 ? '' : 's'} and ${summariseDerived(built.derived)})\n`);
      return EXIT_OK;
    }
    const { identity } = await readRegistryIdentity(registryDir);
    if (values.check === true && identity.derived === 'deployed') {
      // Nothing derived is committed: building proves the documents are sound, and that is all.
      const plan = await checkSiteBuilds(registryDir);
      if (json) printJson(io, { ok: true, packages: plan.packages, changed: [], derived: 'deployed' });
      else io.stdout(`${plan.packages} package${plan.packages === 1 ? '' : 's'}; registry.json says derived files are deployed, not committed: nothing to compare\n`);
      return EXIT_OK;
    }
    // --check compares as it builds and --dry-run plans in memory (for its diffs); a build streams
    // into the registry's staging folder and writes under its lock.
    const rel = (p: string) => path.relative(registryDir, p);
    let changed: string[];
    let built: { packages: number; index: IndexState };
    if (values.check === true) {
      const found = await findSiteDrift(registryDir);
      built = found;
      changed = found.drift;
      if (changed.length > 0) {
        throw new PackdexError('SITE_DRIFT', `${changed.length} derived file${changed.length === 1 ? '' : 's'} differ from what the package documents give: ${changed.join(', ')}.`, {
          value: changed,
          expected: 'index.json and the page exactly as packdex site build writes them',
          fix: `Run packdex site build --registry-dir ${path.relative(io.cwd, registryDir) || '.'} and commit the result.`,
        });
      }
    } else if (values['dry-run'] === true) {
      const plan = await planSiteBuild(registryDir);
      built = plan;
      const writes = plan.changes.filter((c) => !isNoop(c));
      changed = [...writes.map((c) => rel(c.path)), ...plan.removed.map(rel)];
      if (!json) {
        for (const c of writes) io.stdout(renderDiff(c, io.cwd));
        for (const r of plan.removed) io.stdout(`would remove ${rel(r)}\n`);
      }
    } else {
      const done = await buildSite(registryDir, registryWriteOptions(io, 'site build'));
      built = done;
      changed = done.changed.map(rel);
    }
    const plan = built;
    if (!plan.index.produced) io.stderr(`note: ${omittedReason(plan.index)}; registry.json says so (index: null), and clients search and install from the package documents and search files.\n`);
    const warnings = committedSizeWarnings(await readFileSizes(registryDir), SITE_FILES, identity.derived, indexPolicyOf(identity));
    for (const w of warnings) io.stderr(`warning: ${w.message}\n`);
    if (json) printJson(io, { ok: true, packages: plan.packages, changed, index: plan.index.produced ? 'index.json' : null, ...(warnings.length > 0 ? { warnings: warnings.map((w) => w.message) } : {}) });
    else io.stdout(`${plan.packages} package${plan.packages === 1 ? '' : 's'}; ${changed.length === 0 ? 'every derived file is up to date' : `${values.check === true || values['dry-run'] === true ? 'would rewrite' : 'rewrote'} ${changed.join(', ')}`}\n`);
    return EXIT_OK;
  },
};

/** The derived files a build wrote, with the search files (thousands, in a large registry) counted rather than listed. */
export function summariseDerived(files: readonly string[]): string {
  const search = files.filter((f) => f.startsWith('search/')).length;
  const rest = files.filter((f) => !f.startsWith('search/'));
  return search === 0 ? rest.join(', ') : [...rest.slice(0, 2), `search/ (${search} file${search === 1 ? '' : 's'})`, ...rest.slice(2)].join(', ');
}
