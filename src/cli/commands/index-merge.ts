import { access } from 'node:fs/promises';
import path from 'node:path';
import { serializeIndex } from '../../core/entry/canonical-entry';
import { PackdexError } from '../../core/errors';
import { applyFileChanges } from '../../core/fs/file-change';
import { mergeIndexes } from '../../core/index-file/merge-indexes';
import { readIndexFile } from '../../core/index-file/read-index';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';
import { renderDiff } from '../render-diff';

export const indexMergeCommand: Command = {
  name: 'index-merge',
  summary: 'Merge several index files into one (the higher version of a ref wins).',
  usage: [
    'Usage: packdex index-merge --output OUT IN... [--force] [--dry-run]',
    '',
    '  --output OUT  the merged index to write',
    '  IN...         index files, all validated before anything is written',
    '  --force       overwrite OUT when it exists',
    '  --dry-run     print the result; write nothing',
    '',
    'On a duplicate ref the higher semver wins (a tie keeps the first input); the registry name',
    'and URL come from the first input, last_updated is the newest of the inputs.',
    'Example: packdex index-merge --output combined.json registry1.json registry2.json',
  ].join('\n'),
  positionals: true,
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  async run({ values, positionals, json }, io) {
    const output = stringOpt(values, 'output');
    if (output === undefined) throw usageError('--output is required.', 'Pass --output combined.json.');
    if (positionals.length === 0) throw usageError('index-merge needs at least one input index.');
    const outPath = path.resolve(io.cwd, output);
    const exists = await access(outPath).then(() => true, () => false);
    if (exists && values.force !== true) {
      throw new PackdexError('OUTPUT_EXISTS', `Output file already exists: ${output}. Use --force to overwrite.`, {
        value: output,
        fix: 'Pass --force, or choose another --output.',
      });
    }
    // Every input is read and validated before anything is written.
    const inputs = [];
    for (const input of positionals) inputs.push((await readIndexFile(path.resolve(io.cwd, input))).index);
    const merged = mergeIndexes(inputs);
    const change = { path: outPath, before: undefined, after: serializeIndex(merged) };
    const dryRun = values['dry-run'] === true;
    if (!dryRun) await applyFileChanges([change]);
    const total = inputs.reduce((n, i) => n + i.packs.length, 0);
    if (json) {
      printJson(io, {
        // Attune's `pack index-merge` JSON, so a script that parses it works with packdex in its place.
        success: true,
        output_file: output,
        sources_count: positionals.length,
        total_loaded: total,
        unique_packs: merged.packs.length,
        duplicates_resolved: total - merged.packs.length,
        // packdex's own.
        ok: true,
        dryRun,
        output,
        inputs: positionals.length,
        packs: merged.packs.length,
        duplicates: total - merged.packs.length,
      });
    }
    else {
      if (dryRun) io.stdout(renderDiff(change, io.cwd));
      io.stdout(`${dryRun ? 'would write' : 'wrote'} ${output}: ${merged.packs.length} packs from ${positionals.length} indexes (${total - merged.packs.length} duplicate refs resolved)\n`);
    }
    return EXIT_OK;
  },
};
