import type { AuditReport, CheckResult } from '../../audit/run-audit';
import type { DbpmPackageManifest } from '../../schema-types';
import { loadManifestCheck, metadataCheck, reportOf, standardChecks } from '../manifest-checks';

export const DBPM_MANIFEST = 'dbpm.yaml';
export const CORE_FIX = 'Core is the implicit substrate every dbpm package runs on: remove it from dependencies and set core_minimum_version instead.';

export interface DbpmAuditReport extends AuditReport {
  profile: 'dbpm';
  /** The manifest, when no check failed. */
  dbpm?: DbpmPackageManifest;
}

/**
 * The audit of a dbpm package (as dbpm defines them): dbpm.yaml parsed with line numbers, its schema (name,
 * semver version, dependencies with exact, ~ or ^ constraints only), the SPDX license, and the
 * rule that Core is the implicit substrate, never a dependency. Unknown keys warn.
 */
export async function auditDbpm(root: string, options: { expectVersion?: string } = {}): Promise<DbpmAuditReport> {
  const { check, parsed } = await loadManifestCheck(root, DBPM_MANIFEST, 'at least name and version');
  const checks: CheckResult[] = [check];
  if (parsed === undefined) return reportOf(root, 'dbpm', checks, { stopped: true });
  const { data, file } = parsed;
  const at = (pointer: string) => parsed.locate(pointer).line;

  checks.push(...standardChecks('dbpm', parsed, 'Correct the values at the paths listed (schemas/dbpm.schema.json). Dependency constraints are exact (1.2.3), ~1.2.3 or ^1.2.3.', options.expectVersion));
  const deps = data.dependencies !== null && typeof data.dependencies === 'object' ? Object.keys(data.dependencies) : [];
  checks.push(
    deps.includes('core')
      ? {
          name: 'core',
          status: 'FAIL',
          detail: 'core is listed as a dependency',
          fix: CORE_FIX,
          locations: [{ file, line: at('/dependencies/core'), message: 'core is not an ordinary dependency' }],
        }
      : { name: 'core', status: 'PASS', detail: 'Core is not listed as an ordinary dependency', locations: [] },
  );
  checks.push(metadataCheck(parsed, ['description', 'vendor']));
  return reportOf(root, 'dbpm', checks, checks.some((c) => c.status === 'FAIL') ? {} : { dbpm: data as unknown as DbpmPackageManifest });
}
