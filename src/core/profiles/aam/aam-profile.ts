import { existsSync } from 'node:fs';
import path from 'node:path';
import { emptyAttuneContents, sortComponents, type PackageContents } from '../../entry/content-kinds';
import type { AAMPackageManifest } from '../../schema-types';
import semver from 'semver';
import { pointerKey } from '../../manifest/parse-yaml';
import { agreedVersion, indexName, loadYamlManifest, manifestRule, packsOf, repositoryUrl } from '../describe-helpers';
import type { Profile } from '../profile';
import { AAM_MANIFEST, ARTIFACT_KINDS, RANGE_FIX, auditAam, leavesPackage } from './audit-aam';

/**
 * AAM packages (as AAM registries do): scoped or unscoped names kept as they are, artifacts as the agents,
 * skills, prompts and instructions contents kinds, and dependencies as `name@constraint`.
 */
export const aamProfile: Profile = {
  name: 'aam',
  marker: AAM_MANIFEST,
  detect: (dir) => existsSync(path.join(dir, AAM_MANIFEST)),
  audit: (dir, options) => auditAam(dir, options),
  async describe(dir, options) {
    const parsed = await loadYamlManifest(dir, AAM_MANIFEST, 'aam');
    const m = parsed.data as unknown as AAMPackageManifest;
    const version = agreedVersion(AAM_MANIFEST, m.version, options.version, parsed.locate('/version').line);
    const contents: PackageContents = emptyAttuneContents();
    for (const kind of ARTIFACT_KINDS) {
      const list = m.artifacts?.[kind] ?? [];
      // Whether each file exists is the audit's to say; a path out of the package is never indexed.
      list.forEach((a, i) => {
        if (leavesPackage(dir, a.path)) {
          throw manifestRule(parsed, `/artifacts/${kind}/${i}/path`, `${kind} ${a.name}: path '${a.path}' leaves the package`, 'Point the artifact at a file or folder inside the package.');
        }
      });
      if (list.length > 0) contents[kind] = sortComponents(list.map((a) => ({ name: a.name, description: a.description ?? '' })));
    }
    for (const [name, range] of Object.entries(m.dependencies ?? {})) {
      if (semver.validRange(range) === null) throw manifestRule(parsed, `/dependencies/${pointerKey(name)}`, `dependency ${name}: '${range}' is not a semver constraint`, RANGE_FIX);
    }
    const packs = packsOf(m.dependencies);
    return {
      profile: 'aam',
      manifest: {
        ref: indexName(AAM_MANIFEST, m.name, ''),
        label: m.name,
        description: m.description ?? '',
        version,
        author: m.author !== undefined && m.author !== '' ? m.author : 'Unknown',
        repository: repositoryUrl(m.repository),
        license: m.license !== undefined && m.license !== '' ? m.license : 'NOASSERTION',
        keywords: [...new Set(m.keywords ?? [])].sort(),
        runtime_deps: [],
        ...(packs === undefined ? {} : { dependencies: { packs } }),
        meta: { profile: 'aam' },
      },
      contents,
    };
  },
};
