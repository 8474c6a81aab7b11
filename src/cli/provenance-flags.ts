import { existsSync } from 'node:fs';
import path from 'node:path';
import { readLockfile } from '../client/install/lockfile';
import { pinsOf, provenancePolicy, type ProvenancePolicy } from '../client/install/verify-provenance';
import { trustFolder } from '../client/trust/trust-folder';
import type { Options, Values } from './command';

/** The flags of the verbs that verify build provenance (install, lock, verify-package). */
export const PROVENANCE_OPTIONS: Options = {
  'trusted-root': { type: 'string', multiple: true },
  'accept-publisher-change': { type: 'boolean' },
};

export const PROVENANCE_USAGE = [
  '  --trusted-root FILE        verify provenance against this Sigstore trusted_root.json instead of',
  '                             the roots packdex trust update fetched or packdex ships (repeatable)',
  '  --accept-publisher-change  accept a version built by another repository or workflow than the',
  '                             one the lockfile pins (and pin the new one)',
];

/**
 * The provenance policy of a command: its roots (--trusted-root files, else those packdex trust
 * update wrote into the config folder, else the shipped ones), and the pins of the lockfile at
 * `lockfile` when there is one.
 */
export async function provenancePolicyFrom(values: Values, cwd: string, lockfile: string | undefined, env: NodeJS.ProcessEnv): Promise<ProvenancePolicy> {
  const pins = lockfile !== undefined && existsSync(lockfile) ? pinsOf(await readLockfile(lockfile)) : {};
  return provenancePolicy({
    trustedRoots: ((values['trusted-root'] as string[] | undefined) ?? []).map((f) => path.resolve(cwd, f)),
    updatedRoots: trustFolder(env),
    pins,
    acceptPublisherChange: values['accept-publisher-change'] === true,
  });
}
