import { setDistTag } from '../../core/site/change-package';
import { packageNotFound } from '../../core/site/plan-package-change';
import { updatePackage } from '../../core/site/update-package';
import { registryWriteOptions } from '../registry-write';
import { indexDroppedNote } from '../index-note';
import { EXIT_OK, printJson, usageError, type Command } from '../command';
import { REGISTRY_DIR_OPTIONS, REGISTRY_DIR_USAGE, REGISTRY_FOLDER_ALIAS, registryDirFrom } from '../flags/grammar';

export const distTagCommand: Command = {
  name: 'dist-tag',
  summary: 'Point a dist-tag (beta, stable, …) at a version, or remove it.',
  usage: [
    'Usage: packdex dist-tag NAME TAG VERSION [--registry-dir PATH]',
    '       packdex dist-tag NAME TAG --rm [--registry-dir PATH]',
    '',
    REGISTRY_DIR_USAGE,
    '  --rm             remove the tag',
    '',
    '`latest` is derived (the newest non-yanked version) and cannot be set; a tag never names a',
    'yanked version. Consumers resolve a tag with NAME@TAG.',
  ].join('\n'),
  options: { ...REGISTRY_DIR_OPTIONS, rm: { type: 'boolean' } },
  positionals: true,
  deprecated: REGISTRY_FOLDER_ALIAS,
  async run({ values, positionals, json }, io) {
    const remove = values.rm === true;
    const [name, tag, version] = positionals;
    if (name === undefined || tag === undefined || (remove ? version !== undefined : version === undefined) || positionals.length > 3) {
      throw usageError('packdex dist-tag takes NAME TAG VERSION, or NAME TAG --rm.', 'e.g. packdex dist-tag slack beta 2.2.0-rc.1');
    }
    const registryDir = registryDirFrom(values, io.cwd);
    const plan = await updatePackage(
      registryDir,
      name,
      (doc) => {
        if (doc === undefined) throw packageNotFound(registryDir, name);
        return setDistTag(doc, tag, version, io.now());
      },
      registryWriteOptions(io, 'dist-tag'),
    );
    const dropped = indexDroppedNote(plan.removed, plan.index);
    if (dropped !== undefined) io.stderr(dropped);
    if (json) printJson(io, { ok: true, outcome: plan.outcome, name, tag, version: plan.doc.dist_tags[tag] ?? null, dist_tags: plan.doc.dist_tags });
    else io.stdout(`${plan.outcome}: ${name} ${tag} ${remove ? 'removed' : `→ ${version}`}\n`);
    return EXIT_OK;
  },
};
