import { PackdexError, quote } from '../errors';
import { aamProfile } from './aam/aam-profile';
import { attuneProfile } from './attune/attune-profile';
import { dbpmProfile } from './dbpm/dbpm-profile';
import { pbgProfile } from './pbg/pbg-profile';
import { PROFILES, type Profile, type ProfileName } from './profile';

export { PROFILES, type ProfileName };

/** Every profile, in the order detection tries them. */
const BY_DETECTION: Profile[] = [attuneProfile, aamProfile, dbpmProfile, pbgProfile];

export function profileNamed(name: ProfileName): Profile {
  return BY_DETECTION.find((p) => p.name === name)!;
}

/**
 * Which profile a folder is: `--profile` when given, else the first whose marker file is there
 * (pack.yaml wins over pyproject.toml, so an Attune pack with Python tooling stays an Attune pack).
 * A folder with none is Attune, whose audit then says pack.yaml is missing.
 */
export function detectProfile(dir: string, requested?: string): ProfileName {
  return selectProfile(dir, requested).name;
}

export function selectProfile(dir: string, requested?: string): Profile {
  if (requested !== undefined && requested !== 'auto') {
    if ((PROFILES as readonly string[]).includes(requested)) return profileNamed(requested as ProfileName);
    throw new PackdexError('USAGE', `Unknown profile ${quote(requested)}.`, {
      value: requested,
      expected: ['auto', ...PROFILES].join(', '),
      fix: `Pass --profile with one of: auto, ${PROFILES.join(', ')}.`,
    });
  }
  return BY_DETECTION.find((p) => p.detect(dir)) ?? attuneProfile;
}
