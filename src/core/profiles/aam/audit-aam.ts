import { existsSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import type { AuditReport, CheckResult } from '../../audit/run-audit';
import { quote } from '../../errors';
import type { AAMPackageManifest } from '../../schema-types';
import { pointerKey } from '../../manifest/parse-yaml';
import { loadManifestCheck, metadataCheck, reportOf, standardChecks } from '../manifest-checks';

export const AAM_MANIFEST = 'aam.yaml';
export const ARTIFACT_KINDS = ['agents', 'skills', 'prompts', 'instructions'] as const;
export const RANGE_FIX = 'Use a semver range such as ">=1.0.0", "^1.2.0" or "~1.2.3".';

/** An artifact path that is absolute or climbs out of the package root: never installed, never indexed. */
export function leavesPackage(root: string, rel: string): boolean {
  return path.isAbsolute(rel) || !path.resolve(root, rel).startsWith(`${path.resolve(root)}${path.sep}`);
}

export interface AamAuditReport extends AuditReport {
  profile: 'aam';
  /** The manifest, when no check failed. */
  aam?: AAMPackageManifest;
}

/**
 * The audit of an AAM package (as AAM registries do): aam.yaml parsed with line numbers and checked against
 * its schema (scoped or unscoped lowercase names), a semver version, SPDX license, every artifact's
 * path present and names unique per kind, and dependency constraints that are semver ranges.
 */
export async function auditAam(root: string, options: { expectVersion?: string } = {}): Promise<AamAuditReport> {
  const { check, parsed } = await loadManifestCheck(root, AAM_MANIFEST, 'name, version and artifacts');
  const checks: CheckResult[] = [check];
  if (parsed === undefined) return reportOf(root, 'aam', checks, { stopped: true });
  const { data, file } = parsed;
  const at = (pointer: string) => parsed.locate(pointer).line;

  checks.push(...standardChecks('aam', parsed, 'Correct the values at the paths listed (schemas/aam.schema.json). Names are lowercase letters, digits and hyphens, optionally under @scope/.', options.expectVersion));

  // Artifacts: every path inside the package and present, names unique per kind, at least one.
  const artifacts = (data.artifacts ?? {}) as Record<string, { name?: unknown; path?: unknown }[] | undefined>;
  const problems: { pointer: string; message: string }[] = [];
  let total = 0;
  for (const kind of ARTIFACT_KINDS) {
    const list = Array.isArray(artifacts[kind]) ? artifacts[kind]! : [];
    const seen = new Set<string>();
    list.forEach((a, i) => {
      total++;
      const pointer = `/artifacts/${kind}/${i}`;
      if (typeof a.name === 'string') {
        if (seen.has(a.name)) problems.push({ pointer: `${pointer}/name`, message: `duplicate ${kind} name ${quote(a.name)}` });
        seen.add(a.name);
      }
      if (typeof a.path === 'string') {
        if (leavesPackage(root, a.path)) problems.push({ pointer: `${pointer}/path`, message: `${quote(a.path)} leaves the package` });
        else if (!existsSync(path.resolve(root, a.path))) problems.push({ pointer: `${pointer}/path`, message: `${quote(a.path)} does not exist` });
      }
    });
  }
  checks.push(
    problems.length > 0
      ? { name: 'artifacts', status: 'FAIL', detail: problems.map((p) => p.message).join('; '), fix: 'Point each artifact at a file or folder inside the package, with a name unique within its kind.', locations: problems.map((p) => ({ file, line: at(p.pointer), message: p.message })) }
      : total === 0
        ? { name: 'artifacts', status: 'WARN', detail: 'the package declares no artifacts', fix: 'List the agents, skills, prompts or instructions the package installs under artifacts:.', locations: [{ file, line: at('/artifacts'), message: 'no artifacts' }] }
        : { name: 'artifacts', status: 'PASS', detail: ARTIFACT_KINDS.map((k) => `${Array.isArray(artifacts[k]) ? artifacts[k]!.length : 0} ${k}`).join(', '), locations: [] },
  );

  const deps = data.dependencies !== null && typeof data.dependencies === 'object' ? (data.dependencies as Record<string, unknown>) : {};
  const badRanges = Object.entries(deps).filter(([, c]) => typeof c !== 'string' || semver.validRange(c) === null);
  checks.push(
    badRanges.length === 0
      ? { name: 'dependencies', status: 'PASS', detail: `${Object.keys(deps).length} dependencies with semver constraints`, locations: [] }
      : {
          name: 'dependencies',
          status: 'FAIL',
          detail: badRanges.map(([n, c]) => `${n}: ${quote(c)} is not a semver constraint`).join('; '),
          fix: RANGE_FIX,
          locations: badRanges.map(([n]) => ({ file, line: at(`/dependencies/${pointerKey(n)}`), message: `${n} has no valid constraint` })),
        },
  );
  checks.push(metadataCheck(parsed, ['description', 'author']));
  return reportOf(root, 'aam', checks, checks.some((c) => c.status === 'FAIL') ? {} : { aam: data as unknown as AAMPackageManifest });
}
