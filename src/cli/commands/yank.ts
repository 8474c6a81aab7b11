import { quote } from '../../core/errors';
import { yankVersion } from '../../core/site/change-package';
import { packageNotFound } from '../../core/site/plan-package-change';
import { updatePackage } from '../../core/site/update-package';
import { registryWriteOptions } from '../registry-write';
import { indexDroppedNote } from '../index-note';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';
import { REGISTRY_DIR_OPTIONS, REGISTRY_DIR_USAGE, REGISTRY_FOLDER_ALIAS, registryDirFrom } from '../flags/grammar';

/** `name@version` as the site verbs take it; the version must be exact. */
export function parseExactSpec(spec: string | undefined, verb: string): { name: string; version: string } {
  const at = spec === undefined ? -1 : spec.lastIndexOf('@');
  if (spec === undefined || at <= 0 || at === spec.length - 1) {
    throw usageError(`packdex ${verb} needs NAME@VERSION${spec === undefined ? '' : `, got ${quote(spec)}`}.`, `e.g. packdex ${verb} slack@2.1.0`);
  }
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}

export const yankCommand: Command = {
  name: 'yank',
  summary: 'Mark a published version as yanked (or restore it with --undo).',
  usage: [
    'Usage: packdex yank NAME@VERSION [--reason TEXT] [--undo] [--registry-dir PATH]',
    '',
    '  --reason TEXT    why, shown to consumers',
    '  --undo           restore the version',
    REGISTRY_DIR_USAGE,
    '',
    'A yanked version stays published: exact pins and lockfiles still install it, ranges and',
    'dist-tags skip it. Dist-tags that named it are removed; index.json moves to the next newest.',
  ].join('\n'),
  options: { reason: { type: 'string' }, undo: { type: 'boolean' }, ...REGISTRY_DIR_OPTIONS },
  positionals: true,
  deprecated: REGISTRY_FOLDER_ALIAS,
  async run({ values, positionals, json }, io) {
    if (positionals.length !== 1) throw usageError('packdex yank takes exactly one NAME@VERSION.');
    const { name, version } = parseExactSpec(positionals[0], 'yank');
    const registryDir = registryDirFrom(values, io.cwd);
    const undo = values.undo === true;
    const plan = await updatePackage(
      registryDir,
      name,
      (doc) => {
      if (doc === undefined) throw packageNotFound(registryDir, name);
      return yankVersion(doc, version, { reason: stringOpt(values, 'reason'), undo }, io.now());
      },
      registryWriteOptions(io, 'yank'),
    );
    const latest = plan.doc.dist_tags.latest;
    const dropped = indexDroppedNote(plan.removed, plan.index);
    if (dropped !== undefined) io.stderr(dropped);
    if (json) printJson(io, { ok: true, outcome: plan.outcome, name, version, yanked: !undo, latest: latest ?? null });
    else io.stdout(`${plan.outcome}: ${name} ${version} ${undo ? 'restored' : 'yanked'}; latest is ${latest ?? 'none (every version is yanked)'}\n`);
    return EXIT_OK;
  },
};
