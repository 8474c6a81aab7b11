import semver from 'semver';
import { PackdexError, quote } from '../../core/errors';
import type { PackageDocument, PackageVersion } from '../../core/site/package-document';

export interface Selection {
  version: PackageVersion;
  warnings: string[];
}

/**
 * Pick the version a constraint names in one package document:
 * - none or `latest`, and any other dist-tag: the version the tag names;
 * - an exact version: that version, even yanked (a pin is a pin; a warning says so);
 * - a range (`~`, `^`, `>=… <…`): the highest non-yanked match; prereleases only when the range
 *   itself names one or `includePrerelease` is set.
 */
export function selectVersion(doc: PackageDocument, constraint: string | undefined, options: { includePrerelease?: boolean } = {}): Selection {
  const warnings: string[] = [];
  const want = constraint ?? 'latest';
  const tagged = doc.dist_tags[want];
  const byVersion = (v: string) => doc.versions.find((x) => x.version === v);
  if (tagged !== undefined) return { version: byVersion(tagged)!, warnings };
  const exact = semver.valid(want) === null ? undefined : byVersion(want) ?? doc.versions.find((x) => semver.eq(x.version, want));
  if (exact !== undefined) {
    if (exact.yanked) warnings.push(`${doc.name} ${exact.version} is yanked${exact.yanked_reason === undefined ? '' : `: ${exact.yanked_reason}`}; installing it because it was pinned exactly.`);
    return { version: exact, warnings };
  }
  const live = doc.versions.filter((v) => !v.yanked);
  if (semver.validRange(want) !== null && semver.valid(want) === null) {
    const best = semver.maxSatisfying(live.map((v) => v.version), want, { includePrerelease: options.includePrerelease === true });
    if (best !== null) return { version: byVersion(best)!, warnings };
  }
  const available = live.map((v) => v.version);
  const reason = want === 'latest' ? 'every version is yanked' : semver.validRange(want) !== null ? 'no published, non-yanked version matches' : `it has no dist-tag ${quote(want)}`;
  throw new PackdexError('NO_MATCHING_VERSION', `${doc.name}@${want}: ${reason}.`, {
    value: `${doc.name}@${want}`,
    expected: available.length === 0 ? 'a non-yanked version' : `one of ${available.slice(-10).join(', ')}${Object.keys(doc.dist_tags).length > 0 ? ` or a tag (${Object.keys(doc.dist_tags).join(', ')})` : ''}`,
    fix: available.some((v) => semver.prerelease(v) !== null) && options.includePrerelease !== true ? 'Widen the constraint, or pass --prerelease to consider prereleases.' : 'Widen the constraint, or pin an exact version.',
  });
}
