import { existsSync } from 'node:fs';
import path from 'node:path';
import { runAudit } from '../../audit/run-audit';
import { describePack } from '../../describe-pack';
import { MANIFEST_NAMES } from '../../manifest/pack-manifest';
import { agreedVersion } from '../describe-helpers';
import type { Profile } from '../profile';

/** Attune and StackStorm-era packs (pack.yaml): the index format's own kind. */
export const attuneProfile: Profile = {
  name: 'attune',
  marker: 'pack.yaml',
  detect: (dir) => MANIFEST_NAMES.some((n) => existsSync(path.join(dir, n))),
  audit: (dir, options) => runAudit(dir, options),
  async describe(dir, options) {
    const { manifest, contents, warnings } = await describePack(dir);
    agreedVersion('pack.yaml', manifest.version, options.version);
    return { profile: 'attune', manifest, contents, warnings };
  },
};
