import path from 'node:path';
import { buildArchive, type ArchiveSourceKind } from '../../core/archive/build-archive';
import { formatBytes } from '../../core/format-bytes';
import { describePack } from '../../core/describe-pack';
import { docsUrl } from '../../core/docs-url';
import { PACK_DIR_OPTIONS, PACK_DIR_USAGE, packDirFrom } from '../flags/grammar';
import { workProgress } from '../client-flags';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';

export const archiveCommand: Command = {
  name: 'archive',
  summary: 'Build the reproducible <ref>-<version>.tar.gz of a pack.',
  usage: [
    'Usage: packdex archive [DIR] --output FILE [--ref REF] [--source auto|git|directory] [--json]',
    '',
    PACK_DIR_USAGE,
    '  --output  where to write the archive',
    '  --ref     in a git work tree, the commit to archive (default HEAD)',
    '  --source  git: the files of the commit; directory: the files on disk;',
    '            auto (default): git inside a work tree, else directory',
    '',
    'Same input, same bytes: sorted entries, fixed times, owner 0, modes 0755/0644.',
    'Example: packdex archive examples/packs/slack --output slack-2.1.0.tar.gz --source directory',
    `The archive format: ${docsUrl('archive-format.md')}`,
  ].join('\n'),
  positionals: true,
  options: { ...PACK_DIR_OPTIONS, output: { type: 'string', short: 'o' }, ref: { type: 'string' }, source: { type: 'string' } },
  async run({ values, positionals, json }, io) {
    const output = stringOpt(values, 'output');
    if (output === undefined) throw usageError('--output is required.', 'Pass --output FILE.tar.gz.');
    const source = stringOpt(values, 'source') ?? 'auto';
    if (!['auto', 'git', 'directory'].includes(source)) throw usageError(`--source '${source}' is not auto, git or directory.`);
    const ref = stringOpt(values, 'ref');
    if (ref !== undefined && source === 'directory') throw usageError('--ref only applies to --source git.');
    const packDir = packDirFrom(values, positionals, io.cwd, 'archive');
    const { manifest } = await describePack(packDir);
    const result = await buildArchive({
      packDir,
      topFolder: `${manifest.ref}-${manifest.version}`,
      output: path.resolve(io.cwd, output),
      source: source as ArchiveSourceKind | 'auto',
      ref,
      onProgress: workProgress(io, json, 'archiving'),
    });
    if (json) printJson(io, { ok: true, ...result, path: output });
    else {
      const from = result.commit === undefined ? 'the directory' : `commit ${result.commit.slice(0, 12)}`;
      io.stdout(`${output}: ${result.files} files from ${from}, ${formatBytes(result.size)}\n${result.checksum}\n`);
    }
    return EXIT_OK;
  },
};
