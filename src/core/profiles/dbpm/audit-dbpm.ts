import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { checkLicense, versionFromTag, type AuditReport, type CheckResult } from '../../audit/run-audit';
import { PackdexError, quote } from '../../errors';
import { parseYamlMapping, type ParsedYaml } from '../../manifest/parse-yaml';
import { validateSchema } from '../../schemas';
import type { DbpmPackageManifest } from '../../schema-types';

export const DBPM_MANIFEST = 'dbpm.yaml';

export interface DbpmAuditReport extends AuditReport {
  profile: 'dbpm';
  /** The manifest, when it passed its schema. */
  dbpm?: DbpmPackageManifest;
}

/**
 * The audit of a dbpm package (seed 002): dbpm.yaml parsed with line numbers, its schema (name,
 * semver version, dependencies with exact, ~ or ^ constraints only), the SPDX license, and the
 * rule that Core is the implicit substrate, never a dependency. Unknown keys warn.
 */
export async function auditDbpm(root: string, options: { expectVersion?: string } = {}): Promise<DbpmAuditReport> {
  const checks: CheckResult[] = [];
  const finish = (extra: Partial<DbpmAuditReport>): DbpmAuditReport => ({
    packDir: root,
    profile: 'dbpm',
    checks,
    counts: {
      pass: checks.filter((c) => c.status === 'PASS').length,
      warn: checks.filter((c) => c.status === 'WARN').length,
      fail: checks.filter((c) => c.status === 'FAIL').length,
    },
    stopped: false,
    ...extra,
  });
  const file = DBPM_MANIFEST;

  let parsed: ParsedYaml;
  try {
    const text = await readFile(path.join(root, file), 'utf8').catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT') throw new PackdexError('MANIFEST_NOT_FOUND', `${file} is missing.`, { fix: `Add ${file} with at least name and version.` });
      throw cause;
    });
    parsed = parseYamlMapping(text, file, 'dbpm.yaml');
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    checks.push({ name: 'manifest', status: 'FAIL', detail: cause.message, fix: cause.fix, locations: [{ file, line: cause.line, column: cause.column, message: cause.message }] });
    return finish({ stopped: true });
  }
  checks.push({ name: 'manifest', status: 'PASS', detail: `${file} found and parsed`, locations: [] });
  const data = parsed.data;
  const at = (pointer: string) => parsed.locate(pointer).line;

  const issues = validateSchema('dbpm', data);
  const unknown = issues.filter((i) => i.keyword === 'additionalProperties' && !i.path.startsWith('/dependencies/'));
  const broken = issues.filter((i) => !unknown.includes(i));
  checks.push(
    broken.length === 0
      ? { name: 'schema', status: 'PASS', detail: 'matches schemas/dbpm.schema.json', locations: [] }
      : {
          name: 'schema',
          status: 'FAIL',
          detail: broken.map((i) => `${i.path || '/'} ${i.message}`).join('; '),
          fix: 'Correct the values at the paths listed (schemas/dbpm.schema.json). Dependency constraints are exact (1.2.3), ~1.2.3 or ^1.2.3.',
          locations: broken.map((i) => ({ file, line: at(i.path), message: `${i.path || '/'} ${i.message}` })),
        },
  );
  checks.push(
    unknown.length === 0
      ? { name: 'unknown-keys', status: 'PASS', detail: 'no unknown keys', locations: [] }
      : {
          name: 'unknown-keys',
          status: 'WARN',
          detail: unknown.map((i) => i.message).join('; '),
          fix: 'Remove the keys, or check their spelling against schemas/dbpm.schema.json.',
          locations: unknown.map((i) => ({ file, line: at(i.path), message: i.message })),
        },
  );

  const version = typeof data.version === 'string' ? data.version : undefined;
  checks.push(
    version !== undefined && semver.valid(version) !== null
      ? { name: 'version', status: 'PASS', detail: `version ${quote(version)}`, locations: [] }
      : {
          name: 'version',
          status: 'FAIL',
          detail: `version ${quote(version ?? '(missing)')} is not a semantic version`,
          fix: 'Set version: to MAJOR.MINOR.PATCH, e.g. "1.2.3".',
          locations: [{ file, line: at('/version'), message: 'not a semantic version' }],
        },
  );
  if (options.expectVersion !== undefined) {
    const expected = versionFromTag(options.expectVersion);
    checks.push(
      expected === version
        ? { name: 'expected-version', status: 'PASS', detail: `version matches ${quote(options.expectVersion)}`, locations: [] }
        : {
            name: 'expected-version',
            status: 'FAIL',
            detail: `${file} says version ${quote(version ?? '(missing)')} but ${quote(expected)} is being released`,
            fix: `Set version: "${expected}" in ${file}, or release the tag v${version ?? ''}.`,
            locations: [{ file, line: at('/version'), message: `version is not ${expected}` }],
          },
    );
  }
  checks.push(checkLicense(typeof data.license === 'string' ? data.license : undefined, file, data.license === undefined ? undefined : at('/license')));

  const deps = data.dependencies !== null && typeof data.dependencies === 'object' ? Object.keys(data.dependencies) : [];
  checks.push(
    deps.includes('core')
      ? {
          name: 'core',
          status: 'FAIL',
          detail: 'core is listed as a dependency',
          fix: 'Core is the implicit substrate every dbpm package runs on: remove it from dependencies and set core_minimum_version instead.',
          locations: [{ file, line: at('/dependencies/core'), message: 'core is not an ordinary dependency' }],
        }
      : { name: 'core', status: 'PASS', detail: 'Core is not listed as an ordinary dependency', locations: [] },
  );
  const missing = ['description', 'vendor'].filter((k) => typeof data[k] !== 'string' || data[k] === '');
  checks.push(
    missing.length === 0
      ? { name: 'metadata', status: 'PASS', detail: 'description and vendor present', locations: [] }
      : { name: 'metadata', status: 'WARN', detail: `no ${missing.join(' or ')}`, fix: `Add ${missing.join(' and ')} to ${file}.`, locations: [{ file, line: 1, message: `no ${missing.join(' or ')}` }] },
  );
  const fail = checks.some((c) => c.status === 'FAIL');
  return finish(fail ? {} : { dbpm: data as unknown as DbpmPackageManifest });
}
