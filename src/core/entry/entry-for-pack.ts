import { stat } from 'node:fs/promises';
import { hashDirectory } from '../checksum/directory-checksum';
import { hashFile } from '../checksum/hash-file';
import { parseSha256 } from '../checksum/parse-checksum';
import { PackdexError } from '../errors';
import type { Finding } from '../manifest/pack-manifest';
import { selectProfile } from '../profiles/detect-profile';
import type { AttunePackIndexEntry } from '../schema-types';
import { assertValidEntry } from '../index-file/index-rules';
import { buildEntry, type EntrySources } from './build-entry';

export interface EntryForPackSettings {
  packDir: string;
  /** auto (default: detected from the marker file), attune, pbg, dbpm or aam. */
  profile?: string;
  /** The version being published; must equal the manifest's. */
  version?: string;
  git?: { url: string; ref: string };
  /** An archive source: its checksum given, or computed from the archive file. */
  archive?: { url: string; checksum?: string; file?: string };
}

/**
 * An archive source from its flags: the checksum given, or computed from the file; both given,
 * they must agree. The file's size comes along when there is a file to measure.
 */
export async function archiveSource(archive: { url: string; checksum?: string; file?: string }): Promise<{ url: string; checksum: string; size?: number }> {
  const { url, checksum, file } = archive;
  if (file === undefined) return { url, checksum: checksum! };
  const actual = `sha256:${await hashFile(file)}`;
  if (checksum !== undefined && parseSha256(checksum) !== actual) {
    throw new PackdexError('CHECKSUM_INVALID', `--archive-checksum does not match the archive '${file}' (${actual}).`, {
      value: checksum,
      expected: actual,
      fix: 'Pass only --archive FILE and let packdex compute the checksum.',
    });
  }
  return { url, checksum: actual, size: (await stat(file)).size };
}

/**
 * The index entry of a package directory of any profile (Attune's `index-entry`): the git source's checksum is the
 * directory checksum of the pack, the archive's the SHA-256 of its bytes.
 */
export async function entryForPack(settings: EntryForPackSettings): Promise<{ entry: AttunePackIndexEntry; warnings: Finding[] }> {
  const profile = selectProfile(settings.packDir, settings.profile);
  const { manifest, contents, warnings = [] } = await profile.describe(settings.packDir, { version: settings.version });
  const sources: EntrySources = {};
  if (settings.git !== undefined) {
    sources.git = { ...settings.git, checksum: `sha256:${await hashDirectory(settings.packDir)}` };
  }
  if (settings.archive !== undefined) {
    const { url, checksum } = await archiveSource(settings.archive);
    sources.archive = { url, checksum };
  }
  const entry = buildEntry(manifest, contents, sources);
  assertValidEntry(entry);
  return { entry, warnings };
}
