import { existsSync } from 'node:fs';
import path from 'node:path';
import { emptyAttuneContents } from '../../entry/content-kinds';
import type { DbpmPackageManifest } from '../../schema-types';
import { agreedVersion, indexName, loadYamlManifest, manifestRule, packsOf } from '../describe-helpers';
import type { Profile } from '../profile';
import { auditDbpm, CORE_FIX, DBPM_MANIFEST } from './audit-dbpm';

/**
 * dbpm packages (as dbpm defines them). The entry's dependencies are dbpm.yaml's, as `name@constraint`;
 * Core's and Oracle's minimum versions go to meta, where `packdex resolve` answers with them in
 * dbpm's field names. The vendor is the author.
 */
export const dbpmProfile: Profile = {
  name: 'dbpm',
  marker: DBPM_MANIFEST,
  detect: (dir) => existsSync(path.join(dir, DBPM_MANIFEST)),
  audit: (dir, options) => auditDbpm(dir, options),
  async describe(dir, options) {
    const parsed = await loadYamlManifest(dir, DBPM_MANIFEST, 'dbpm');
    const m = parsed.data as unknown as DbpmPackageManifest;
    const version = agreedVersion(DBPM_MANIFEST, m.version, options.version, parsed.locate('/version').line);
    // Core is the substrate, never resolved from a registry: an entry must not ask for it.
    if (m.dependencies?.core !== undefined) throw manifestRule(parsed, '/dependencies/core', 'core is listed as a dependency', CORE_FIX);
    const packs = packsOf(m.dependencies);
    const meta: Record<string, unknown> = { profile: 'dbpm' };
    if (m.core_minimum_version !== undefined) meta.core_minimum_version = m.core_minimum_version;
    if (m.oracle_minimum_version !== undefined) meta.oracle_minimum_version = m.oracle_minimum_version;
    return {
      profile: 'dbpm',
      manifest: {
        ref: indexName(DBPM_MANIFEST, m.name, ''),
        label: m.name,
        description: m.description ?? '',
        version,
        author: m.vendor !== undefined && m.vendor !== '' ? m.vendor : 'Unknown',
        license: m.license !== undefined && m.license !== '' ? m.license : 'NOASSERTION',
        keywords: [],
        runtime_deps: [],
        ...(packs === undefined ? {} : { dependencies: { packs } }),
        meta,
      },
      contents: emptyAttuneContents(),
    };
  },
};
