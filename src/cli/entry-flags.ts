import path from 'node:path';
import type { EntryForPackSettings } from '../core/entry/entry-for-pack';
import { stringOpt, usageError, type CliIO, type Options, type Values } from './command';
import { packDirFrom } from './flags/grammar';

/** The Attune `index-entry` flags, shared by index-entry and index-update. */
export const entryFlagOptions: Options = {
  'pack-dir': { type: 'string' },
  profile: { type: 'string' },
  version: { type: 'string' },
  'git-url': { type: 'string' },
  'git-ref': { type: 'string' },
  'archive-url': { type: 'string' },
  'archive-checksum': { type: 'string' },
  // Attune's CI example passes the archive checksum as --checksum.
  checksum: { type: 'string' },
  archive: { type: 'string' },
};

export const entryFlagUsage = [
  '  DIR, --pack-dir DIR     the package folder (pack.yaml, aam.yaml, dbpm.yaml or pyproject.toml)',
  '  --profile P             auto (default: from the manifest found), attune, aam, dbpm or pbg',
  '  --version V             the version being published (must match the manifest\'s)',
  '  --git-url URL           https clone URL; needs --git-ref',
  '  --git-ref REF           tag, branch or commit of the git source',
  '  --archive-url URL       https download URL of the archive; needs one of:',
  '  --archive FILE          the archive, whose SHA-256 is computed',
  '  --archive-checksum SUM  its checksum (alias: --checksum)',
];

/** The grammar's positional package folder `[DIR]`, as --pack-dir (which the pairing rules read). */
export function packDirOperand(values: Values, positionals: string[], io: CliIO, verb: string): void {
  if (positionals.length > 0) values['pack-dir'] = packDirFrom(values, positionals, io.cwd, verb);
}

/** Turn the flags into settings, with the pairing rules of Attune's CLI. */
export function entrySettingsFromFlags(values: Values, io: CliIO): EntryForPackSettings {
  const packDir = stringOpt(values, 'pack-dir');
  if (packDir === undefined) throw usageError('The package folder is required.', 'Pass DIR or --pack-dir DIR (the folder that holds the manifest).');
  const gitUrl = stringOpt(values, 'git-url');
  const gitRef = stringOpt(values, 'git-ref');
  if (gitUrl !== undefined && gitRef === undefined) throw usageError('--git-ref is required with --git-url', 'Pass the released tag, e.g. --git-ref v1.2.0.');
  if (gitRef !== undefined && gitUrl === undefined) throw usageError('--git-url is required with --git-ref', 'Pass the https clone URL of the repository.');
  const archiveUrl = stringOpt(values, 'archive-url');
  const checksum = stringOpt(values, 'archive-checksum') ?? stringOpt(values, 'checksum');
  const archiveFile = stringOpt(values, 'archive');
  if (archiveUrl === undefined && (checksum !== undefined || archiveFile !== undefined)) {
    throw usageError('--archive-url is required with --archive or --archive-checksum', 'Pass the https URL the archive is downloaded from.');
  }
  if (archiveUrl !== undefined && checksum === undefined && archiveFile === undefined) {
    throw usageError('--archive-checksum or --archive is required with --archive-url', 'Pass --archive FILE to compute the checksum, or --archive-checksum SUM.');
  }
  if (gitUrl === undefined && archiveUrl === undefined) {
    throw usageError('An install source is required: --git-url with --git-ref, --archive-url, or both.');
  }
  const settings: EntryForPackSettings = { packDir: path.resolve(io.cwd, packDir), profile: stringOpt(values, 'profile') };
  const version = stringOpt(values, 'version');
  if (version !== undefined) settings.version = version.replace(/^v(?=\d)/, '');
  if (gitUrl !== undefined) settings.git = { url: gitUrl, ref: gitRef! };
  if (archiveUrl !== undefined) {
    settings.archive = { url: archiveUrl };
    if (checksum !== undefined) settings.archive.checksum = checksum;
    if (archiveFile !== undefined) settings.archive.file = path.resolve(io.cwd, archiveFile);
  }
  return settings;
}
