import path from 'node:path';
import { hashDirectory } from '../../core/checksum/directory-checksum';
import { hashFile } from '../../core/checksum/hash-file';
import { parseSha256 } from '../../core/checksum/parse-checksum';
import { checkGitRef, checkHttpsUrl } from '../../core/entry/source-rules';
import { entryForPack } from '../../core/entry/entry-for-pack';
import { readEntryFile } from '../../core/entry/read-entry-file';
import { applyFileChanges, isNoop } from '../../core/fs/file-change';
import { planIndexUpdate } from '../../core/index-file/plan-index-update';
import { bumpEntry, type Bump } from '../../core/index-file/update-index';
import type { AttunePackIndex, AttunePackIndexEntry } from '../../core/schema-types';
import { EXIT_OK, printJson, stringOpt, usageError, type Command, type CliIO, type Values } from '../command';
import { entryFlagOptions, entryFlagUsage, entrySettingsFromFlags, packDirOperand } from '../entry-flags';
import { renderDiff } from '../render-diff';
import { workProgress } from '../client-flags';

async function bumpFromFlags(values: Values, io: CliIO, json: boolean): Promise<(index: AttunePackIndex) => AttunePackIndexEntry> {
  const ref = stringOpt(values, 'pack')!;
  const version = stringOpt(values, 'version');
  if (version === undefined) throw usageError('--version is required with --pack', 'Pass the new version, e.g. --version 2.1.1.');
  const bump: Bump = { ref, version: version.replace(/^v(?=\d)/, '') };
  const gitRef = stringOpt(values, 'git-ref');
  const packDir = stringOpt(values, 'pack-dir');
  if (gitRef !== undefined) {
    bump.gitRef = checkGitRef(gitRef);
    const given = stringOpt(values, 'git-checksum');
    if (given !== undefined) bump.gitChecksum = parseSha256(given);
    else if (packDir !== undefined) bump.gitChecksum = `sha256:${await hashDirectory(path.resolve(io.cwd, packDir), {}, workProgress(io, json, 'hashing'))}`;
  }
  const archiveUrl = stringOpt(values, 'archive-url');
  if (archiveUrl !== undefined) {
    bump.archiveUrl = checkHttpsUrl(archiveUrl, 'Archive URL');
    const given = stringOpt(values, 'archive-checksum') ?? stringOpt(values, 'checksum');
    const file = stringOpt(values, 'archive');
    if (given !== undefined) bump.archiveChecksum = parseSha256(given);
    else if (file !== undefined) bump.archiveChecksum = `sha256:${await hashFile(path.resolve(io.cwd, file), 'sha256', workProgress(io, json, 'hashing'))}`;
  }
  // --pack bumps an entry that exists: replacing it is the point.
  return (index) => bumpEntry(index, bump);
}

/**
 * Attune's `directory_checksum`: the directory checksum of --pack-dir, else the checksum the
 * entry's git source records (the same thing, for the folder it was built from); null for an
 * archive-only entry given without a folder.
 */
async function directoryChecksum(entry: AttunePackIndexEntry, packDir: string | undefined): Promise<string | null> {
  if (packDir !== undefined) return `sha256:${await hashDirectory(packDir)}`;
  return entry.install_sources.find((s) => s.type === 'git')?.checksum ?? null;
}

export const indexUpdateCommand: Command = {
  name: 'index-update',
  summary: 'Add or replace one entry in an index file (created when missing).',
  usage: [
    'Usage: packdex index-update --index FILE (--entry FILE | --pack-dir DIR SOURCES) [--update]',
    '       packdex index-update --index FILE --pack REF --version V [--git-ref R (--git-checksum SUM | --pack-dir DIR)]',
    '                            [--archive-url U (--archive-checksum SUM | --archive FILE)]',
    '',
    '  --index FILE            the index.json to update',
    '  --output FILE           write the result here instead (default: --index)',
    '  --entry FILE            an entry from packdex index-entry (JSON or YAML)',
    ...entryFlagUsage,
    '  --pack REF              bump the existing entry REF to --version with new sources',
    '  --git-checksum SUM      the directory checksum at the new --git-ref',
    '  --update                replace an entry whose ref is already present',
    '  --registry-name NAME    name of a new index (when --index does not exist)',
    '  --registry-url URL      https URL of a new index',
    '  --dry-run               print what would change; write nothing',
    '',
    'An update that changes nothing leaves the file byte-identical and says "unchanged".',
    'Example: packdex index-update --index registry/index.json --entry entry.json --update',
  ].join('\n'),
  options: {
    ...entryFlagOptions,
    index: { type: 'string' },
    output: { type: 'string' },
    entry: { type: 'string' },
    pack: { type: 'string' },
    'git-checksum': { type: 'string' },
    update: { type: 'boolean' },
    'registry-name': { type: 'string' },
    'registry-url': { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  positionals: true,
  async run({ values, positionals, json }, io) {
    packDirOperand(values, positionals, io, 'index-update');
    const indexFile = stringOpt(values, 'index');
    if (indexFile === undefined) throw usageError('--index is required.', 'Pass --index path/to/index.json.');
    const entryFile = stringOpt(values, 'entry');
    const pack = stringOpt(values, 'pack');
    const forms = [entryFile !== undefined, pack !== undefined, pack === undefined && stringOpt(values, 'pack-dir') !== undefined].filter(Boolean).length;
    if (forms !== 1) {
      throw usageError('Pass exactly one of --entry FILE, --pack-dir DIR (with sources), or --pack REF --version V.');
    }
    let entry: AttunePackIndexEntry | ((index: AttunePackIndex) => AttunePackIndexEntry);
    const packDir = stringOpt(values, 'pack-dir');
    if (entryFile !== undefined) entry = await readEntryFile(path.resolve(io.cwd, entryFile));
    else if (pack !== undefined) entry = await bumpFromFlags(values, io, json);
    else {
      const result = await entryForPack(entrySettingsFromFlags(values, io));
      for (const w of result.warnings) io.stderr(`warning: ${w.message}\n`);
      entry = result.entry;
    }
    const registryUrl = stringOpt(values, 'registry-url');
    const plan = await planIndexUpdate({
      indexPath: path.resolve(io.cwd, indexFile),
      outputPath: path.resolve(io.cwd, stringOpt(values, 'output') ?? indexFile),
      entry,
      replace: values.update === true || pack !== undefined,
      registryName: stringOpt(values, 'registry-name'),
      registryUrl: registryUrl === undefined ? undefined : checkHttpsUrl(registryUrl, 'Registry URL'),
      now: io.now(),
    });
    const dryRun = values['dry-run'] === true;
    if (!dryRun) await applyFileChanges([plan.change]);
    const output = stringOpt(values, 'output') ?? indexFile;
    if (json) {
      printJson(io, {
        // Attune's `pack index-update` JSON, so a script that parses it works with packdex in its place.
        success: true,
        index_file: indexFile,
        pack_ref: plan.entry.ref,
        version: plan.entry.version,
        directory_checksum: await directoryChecksum(plan.entry, packDir === undefined ? undefined : path.resolve(io.cwd, packDir)),
        action: plan.outcome === 'created' ? 'added' : 'updated',
        // packdex's own.
        ok: true,
        outcome: plan.outcome,
        dryRun,
        output,
        ref: plan.entry.ref,
        changed: !isNoop(plan.change),
      });
    } else {
      if (dryRun) io.stdout(renderDiff(plan.change, io.cwd));
      io.stdout(`${dryRun ? 'would be ' : ''}${plan.outcome}: ${plan.entry.ref} ${plan.entry.version} in ${output}\n`);
    }
    return EXIT_OK;
  },
};
