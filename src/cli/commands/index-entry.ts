import path from 'node:path';
import { stringify } from 'yaml';
import { serializeEntry } from '../../core/entry/canonical-entry';
import { entryForPack } from '../../core/entry/entry-for-pack';
import { checkHttpsUrl } from '../../core/entry/source-rules';
import { applyFileChanges } from '../../core/fs/file-change';
import { planIndexUpdate } from '../../core/index-file/plan-index-update';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';
import { entryFlagOptions, entryFlagUsage, entrySettingsFromFlags, packDirOperand } from '../entry-flags';

export const indexEntryCommand: Command = {
  name: 'index-entry',
  summary: 'Generate the index entry of a pack (to stdout, or merged into an index file).',
  usage: [
    'Usage: packdex index-entry [DIR | --pack-dir DIR] [--version V] [--git-url URL --git-ref REF]',
    '                           [--archive-url URL (--archive-checksum SUM | --archive FILE)]',
    '                           [--format json|yaml] [--index-file INDEX --output OUT [--update]]',
    '',
    ...entryFlagUsage,
    '  --format json|yaml      output format of the entry (default json)',
    '  --index-file INDEX      append the entry to this index instead of printing it',
    '  --output OUT            where to write that index (default: INDEX)',
    '  --update                replace an entry with the same ref',
    '  --registry-name NAME    name of a new index (when INDEX does not exist)',
    '  --registry-url URL      https URL of a new index',
    '',
    'Example: packdex index-entry --pack-dir ./pack-slack --version 2.1.0 \\',
    '           --git-url https://github.com/example/pack-slack.git --git-ref v2.1.0 \\',
    '           --archive-url https://example.com/packs/slack-2.1.0.tar.gz --archive slack-2.1.0.tar.gz',
  ].join('\n'),
  options: { ...entryFlagOptions, format: { type: 'string' }, 'index-file': { type: 'string' }, output: { type: 'string' }, update: { type: 'boolean' }, 'registry-name': { type: 'string' }, 'registry-url': { type: 'string' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    packDirOperand(values, positionals, io, 'index-entry');
    const format = stringOpt(values, 'format') ?? 'json';
    if (format !== 'json' && format !== 'yaml') throw usageError(`--format '${format}' is not json or yaml.`);
    const indexFile = stringOpt(values, 'index-file');
    const output = stringOpt(values, 'output');
    if (output !== undefined && indexFile === undefined) throw usageError('--output needs --index-file', 'Pass --index-file INDEX to merge the entry into an index.');
    const { entry, warnings } = await entryForPack(entrySettingsFromFlags(values, io));
    for (const w of warnings) io.stderr(`warning: ${w.message}\n`);

    if (indexFile !== undefined) {
      const registryUrl = stringOpt(values, 'registry-url');
      const plan = await planIndexUpdate({
        indexPath: path.resolve(io.cwd, indexFile),
        outputPath: path.resolve(io.cwd, output ?? indexFile),
        entry,
        replace: values.update === true,
        registryName: stringOpt(values, 'registry-name'),
        registryUrl: registryUrl === undefined ? undefined : checkHttpsUrl(registryUrl, 'Registry URL'),
        now: io.now(),
      });
      await applyFileChanges([plan.change]);
      if (json) printJson(io, { ok: true, outcome: plan.outcome, output: output ?? indexFile, entry });
      else io.stdout(`${plan.outcome}: ${entry.ref} ${entry.version} in ${output ?? indexFile}\n`);
      return EXIT_OK;
    }
    if (json) printJson(io, { ok: true, entry });
    else io.stdout(format === 'yaml' ? stringify(JSON.parse(serializeEntry(entry))) : serializeEntry(entry));
    return EXIT_OK;
  },
};
