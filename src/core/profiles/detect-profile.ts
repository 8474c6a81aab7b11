import { existsSync } from 'node:fs';
import path from 'node:path';
import { PackdexError, quote } from '../errors';

/** The kinds of package packdex reads. Attune (pack.yaml) is the index format's own. */
export const PROFILES = ['attune', 'pbg', 'dbpm', 'aam'] as const;
export type ProfileName = (typeof PROFILES)[number];

/** The file that marks each profile, in the order detection tries them. */
const MARKERS: [ProfileName, string][] = [
  ['attune', 'pack.yaml'],
  ['aam', 'aam.yaml'],
  ['dbpm', 'dbpm.yaml'],
  ['pbg', 'pyproject.toml'],
];

/**
 * Which profile a folder is: `--profile` when given, else the first marker file found (pack.yaml
 * wins over pyproject.toml, so an Attune pack with Python tooling stays an Attune pack). A folder
 * with none is Attune, whose audit then says pack.yaml is missing.
 */
export function detectProfile(dir: string, requested?: string): ProfileName {
  if (requested !== undefined && requested !== 'auto') {
    if ((PROFILES as readonly string[]).includes(requested)) return requested as ProfileName;
    throw new PackdexError('USAGE', `Unknown profile ${quote(requested)}.`, {
      value: requested,
      expected: ['auto', ...PROFILES].join(', '),
      fix: `Pass --profile with one of: auto, ${PROFILES.join(', ')}.`,
    });
  }
  for (const [profile, marker] of MARKERS) if (existsSync(path.join(dir, marker))) return profile;
  return 'attune';
}
