import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { checkLicense, countChecks, versionFromTag, type AuditReport, type CheckResult } from '../audit/run-audit';
import { PackdexError, quote } from '../errors';
import { parseYamlMapping, type ParsedYaml } from '../manifest/parse-yaml';
import { validateSchema, type SchemaName } from '../schemas';

/**
 * The checks every YAML-manifest profile (dbpm, AAM) runs the same way. Each profile's audit is
 * its own ordered list of checks; these build the shared ones, so names, wording and fixes agree.
 */

export function reportOf<P extends string, X extends object>(root: string, profile: P, checks: CheckResult[], extra: X & { stopped?: boolean }): AuditReport & { profile: P } & X {
  return { packDir: root, profile, checks, counts: countChecks(checks), stopped: false, ...extra };
}

/** `manifest`: the file read and parsed with line numbers, or a FAIL (the audit then stops). */
export async function loadManifestCheck(root: string, file: string, required: string): Promise<{ check: CheckResult; parsed?: ParsedYaml }> {
  try {
    const text = await readFile(path.join(root, file), 'utf8').catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT') throw new PackdexError('MANIFEST_NOT_FOUND', `${file} is missing.`, { fix: `Add ${file} with ${required}.` });
      throw cause;
    });
    return { check: { name: 'manifest', status: 'PASS', detail: `${file} found and parsed`, locations: [] }, parsed: parseYamlMapping(text, file, file) };
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    return { check: { name: 'manifest', status: 'FAIL', detail: cause.message, fix: cause.fix, locations: [{ file, line: cause.line, column: cause.column, message: cause.message }] } };
  }
}

/** A schema issue that is only an unknown top-level key: the audit warns on it and describe ignores it. */
export function isUnknownTopLevelKey(issue: { keyword: string; path: string }): boolean {
  return issue.keyword === 'additionalProperties' && issue.path.split('/').length === 2;
}

/** `schema` (FAIL) and `unknown-keys` (WARN, top-level keys only), each finding on its line. */
export function schemaChecks(schema: SchemaName, parsed: ParsedYaml, fix: string): CheckResult[] {
  const file = parsed.file;
  const at = (pointer: string) => parsed.locate(pointer).line;
  const issues = validateSchema(schema, parsed.data);
  const unknown = issues.filter(isUnknownTopLevelKey);
  const broken = issues.filter((i) => !unknown.includes(i));
  return [
    broken.length === 0
      ? { name: 'schema', status: 'PASS', detail: `matches schemas/${schema}.schema.json`, locations: [] }
      : { name: 'schema', status: 'FAIL', detail: broken.map((i) => `${i.path || '/'} ${i.message}`).join('; '), fix, locations: broken.map((i) => ({ file, line: at(i.path), message: `${i.path || '/'} ${i.message}` })) },
    unknown.length === 0
      ? { name: 'unknown-keys', status: 'PASS', detail: 'no unknown keys', locations: [] }
      : { name: 'unknown-keys', status: 'WARN', detail: unknown.map((i) => i.message).join('; '), fix: `Remove the keys, or check their spelling against schemas/${schema}.schema.json.`, locations: unknown.map((i) => ({ file, line: at(i.path), message: i.message })) },
  ];
}

/** `version` (semver) and, when a release version is expected, `expected-version`. */
export function versionChecks(parsed: ParsedYaml, expectVersion: string | undefined): CheckResult[] {
  const file = parsed.file;
  const line = parsed.locate('/version').line;
  const version = typeof parsed.data.version === 'string' ? parsed.data.version : undefined;
  const checks: CheckResult[] = [
    version !== undefined && semver.valid(version) !== null
      ? { name: 'version', status: 'PASS', detail: `version ${quote(version)}`, locations: [] }
      : { name: 'version', status: 'FAIL', detail: `version ${quote(version ?? '(missing)')} is not a semantic version`, fix: 'Set version: to MAJOR.MINOR.PATCH, e.g. "1.2.3".', locations: [{ file, line, message: 'not a semantic version' }] },
  ];
  if (expectVersion !== undefined) {
    const expected = versionFromTag(expectVersion);
    checks.push(
      expected === version
        ? { name: 'expected-version', status: 'PASS', detail: `version matches ${quote(expectVersion)}`, locations: [] }
        : { name: 'expected-version', status: 'FAIL', detail: `${file} says version ${quote(version ?? '(missing)')} but ${quote(expected)} is being released`, fix: `Set version: "${expected}" in ${file}, or release the tag v${version ?? ''}.`, locations: [{ file, line, message: `version is not ${expected}` }] },
    );
  }
  return checks;
}

/**
 * The checks every YAML manifest gets after `manifest`, in order: `schema`, `unknown-keys`,
 * `version`, `expected-version` (when a release version is expected) and `license`.
 */
export function standardChecks(schema: SchemaName, parsed: ParsedYaml, schemaFix: string, expectVersion: string | undefined): CheckResult[] {
  const license = parsed.data.license;
  return [
    ...schemaChecks(schema, parsed, schemaFix),
    ...versionChecks(parsed, expectVersion),
    checkLicense(typeof license === 'string' ? license : undefined, parsed.file, license === undefined ? undefined : parsed.locate('/license').line),
  ];
}

/** `metadata`: WARN when any of the named text fields is missing or empty. */
export function metadataCheck(parsed: ParsedYaml, keys: readonly string[]): CheckResult {
  const missing = keys.filter((k) => typeof parsed.data[k] !== 'string' || parsed.data[k] === '');
  return missing.length === 0
    ? { name: 'metadata', status: 'PASS', detail: `${keys.join(' and ')} present`, locations: [] }
    : { name: 'metadata', status: 'WARN', detail: `no ${missing.join(' or ')}`, fix: `Add ${missing.join(' and ')} to ${parsed.file}.`, locations: [{ file: parsed.file, line: 1, message: `no ${missing.join(' or ')}` }] };
}
