import { PackdexError, quote } from '../errors';
import type { PackageContents } from './content-kinds';
import type { PackManifest } from '../manifest/pack-manifest';
import type { ArchiveSource, AttunePackIndexEntry, GitSource, InstallSource } from '../schema-types';
import { parseSha256 } from '../checksum/parse-checksum';
import { checkGitRef, checkHttpsUrl } from './source-rules';
import { canonicalEntry } from './canonical-entry';

export interface EntrySources {
  git?: { url: string; ref: string; checksum: string };
  archive?: { url: string; checksum: string };
}

/**
 * Assemble an index entry from a normalised manifest, its discovered contents and its install
 * sources. Sources are checked here (https, refs, SHA-256) so a bad flag fails before any file is
 * touched; the whole entry is validated by the index rules before it is written anywhere.
 */
export function buildEntry(manifest: Omit<PackManifest, 'inline'> & { inline?: unknown }, contents: PackageContents, sources: EntrySources): AttunePackIndexEntry {
  const installSources: InstallSource[] = [];
  if (sources.git !== undefined) {
    const git: GitSource = {
      type: 'git',
      url: checkHttpsUrl(sources.git.url, 'Git URL'),
      ref: checkGitRef(sources.git.ref),
      checksum: parseSha256(sources.git.checksum),
    };
    installSources.push(git);
  }
  if (sources.archive !== undefined) {
    const archive: ArchiveSource = {
      type: 'archive',
      url: checkHttpsUrl(sources.archive.url, 'Archive URL'),
      checksum: parseSha256(sources.archive.checksum),
    };
    installSources.push(archive);
  }
  if (installSources.length === 0) {
    throw new PackdexError('ENTRY_SOURCES_MISSING', `Pack ${quote(manifest.ref)} has no install source.`, {
      expected: 'a git source (--git-url and --git-ref), an archive source (--archive-url), or both',
      fix: 'Pass --git-url URL --git-ref REF, or --archive-url URL with --archive FILE or --archive-checksum SUM.',
    });
  }
  const { inline: _inline, ...fields } = manifest;
  return canonicalEntry({
    ...fields,
    install_sources: installSources as AttunePackIndexEntry['install_sources'],
    contents,
  });
}
