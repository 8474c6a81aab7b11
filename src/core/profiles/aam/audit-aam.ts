import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { checkLicense, versionFromTag, type AuditReport, type CheckResult } from '../../audit/run-audit';
import { PackdexError, quote } from '../../errors';
import { parseYamlMapping, type ParsedYaml } from '../../manifest/parse-yaml';
import { validateSchema } from '../../schemas';
import type { AAMPackageManifest } from '../../schema-types';

export const AAM_MANIFEST = 'aam.yaml';
export const ARTIFACT_KINDS = ['agents', 'skills', 'prompts', 'instructions'] as const;

export interface AamAuditReport extends AuditReport {
  profile: 'aam';
  /** The manifest, when no check failed. */
  aam?: AAMPackageManifest;
}

/** `@scope/name` → { scope, name }; an unscoped name has no scope. */
export function splitScopedName(full: string): { scope?: string; name: string } {
  const m = /^@([^/]+)\/(.+)$/.exec(full);
  return m === null ? { name: full } : { scope: m[1], name: m[2]! };
}

/**
 * The audit of an AAM package (seed 001): aam.yaml parsed with line numbers and checked against
 * its schema (scoped or unscoped lowercase names), a semver version, SPDX license, every artifact's
 * path present and names unique per kind, and dependency constraints that are semver ranges.
 */
export async function auditAam(root: string, options: { expectVersion?: string } = {}): Promise<AamAuditReport> {
  const checks: CheckResult[] = [];
  const finish = (extra: Partial<AamAuditReport>): AamAuditReport => ({
    packDir: root,
    profile: 'aam',
    checks,
    counts: {
      pass: checks.filter((c) => c.status === 'PASS').length,
      warn: checks.filter((c) => c.status === 'WARN').length,
      fail: checks.filter((c) => c.status === 'FAIL').length,
    },
    stopped: false,
    ...extra,
  });
  const file = AAM_MANIFEST;
  let parsed: ParsedYaml;
  try {
    const text = await readFile(path.join(root, file), 'utf8').catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT') throw new PackdexError('MANIFEST_NOT_FOUND', `${file} is missing.`, { fix: `Add ${file} with name, version and artifacts.` });
      throw cause;
    });
    parsed = parseYamlMapping(text, file, 'aam.yaml');
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    checks.push({ name: 'manifest', status: 'FAIL', detail: cause.message, fix: cause.fix, locations: [{ file, line: cause.line, column: cause.column, message: cause.message }] });
    return finish({ stopped: true });
  }
  checks.push({ name: 'manifest', status: 'PASS', detail: `${file} found and parsed`, locations: [] });
  const data = parsed.data;
  const at = (pointer: string) => parsed.locate(pointer).line;

  const issues = validateSchema('aam', data);
  const unknown = issues.filter((i) => i.keyword === 'additionalProperties' && i.path.split('/').length === 2);
  const broken = issues.filter((i) => !unknown.includes(i));
  checks.push(
    broken.length === 0
      ? { name: 'schema', status: 'PASS', detail: 'matches schemas/aam.schema.json', locations: [] }
      : {
          name: 'schema',
          status: 'FAIL',
          detail: broken.map((i) => `${i.path || '/'} ${i.message}`).join('; '),
          fix: 'Correct the values at the paths listed (schemas/aam.schema.json). Names are lowercase letters, digits and hyphens, optionally under @scope/.',
          locations: broken.map((i) => ({ file, line: at(i.path), message: `${i.path || '/'} ${i.message}` })),
        },
  );
  checks.push(
    unknown.length === 0
      ? { name: 'unknown-keys', status: 'PASS', detail: 'no unknown keys', locations: [] }
      : { name: 'unknown-keys', status: 'WARN', detail: unknown.map((i) => i.message).join('; '), fix: 'Remove the keys, or check their spelling against schemas/aam.schema.json.', locations: unknown.map((i) => ({ file, line: at(i.path), message: i.message })) },
  );

  const version = typeof data.version === 'string' ? data.version : undefined;
  checks.push(
    version !== undefined && semver.valid(version) !== null
      ? { name: 'version', status: 'PASS', detail: `version ${quote(version)}`, locations: [] }
      : { name: 'version', status: 'FAIL', detail: `version ${quote(version ?? '(missing)')} is not a semantic version`, fix: 'Set version: to MAJOR.MINOR.PATCH, e.g. "1.2.3".', locations: [{ file, line: at('/version'), message: 'not a semantic version' }] },
  );
  if (options.expectVersion !== undefined) {
    const expected = versionFromTag(options.expectVersion);
    checks.push(
      expected === version
        ? { name: 'expected-version', status: 'PASS', detail: `version matches ${quote(options.expectVersion)}`, locations: [] }
        : { name: 'expected-version', status: 'FAIL', detail: `${file} says version ${quote(version ?? '(missing)')} but ${quote(expected)} is being released`, fix: `Set version: "${expected}" in ${file}.`, locations: [{ file, line: at('/version'), message: `version is not ${expected}` }] },
    );
  }
  checks.push(checkLicense(typeof data.license === 'string' ? data.license : undefined, file, data.license === undefined ? undefined : at('/license')));

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
        const resolved = path.resolve(root, a.path);
        if (path.isAbsolute(a.path) || !resolved.startsWith(`${path.resolve(root)}${path.sep}`)) problems.push({ pointer: `${pointer}/path`, message: `${quote(a.path)} leaves the package` });
        else if (!existsSync(resolved)) problems.push({ pointer: `${pointer}/path`, message: `${quote(a.path)} does not exist` });
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
          fix: 'Use a semver range such as ">=1.0.0", "^1.2.0" or "~1.2.3".',
          locations: badRanges.map(([n]) => ({ file, line: at(`/dependencies/${n.replace(/~/g, '~0').replace(/\//g, '~1')}`), message: `${n} has no valid constraint` })),
        },
  );
  const missing = ['description', 'author'].filter((k) => typeof data[k] !== 'string' || data[k] === '');
  checks.push(
    missing.length === 0
      ? { name: 'metadata', status: 'PASS', detail: 'description and author present', locations: [] }
      : { name: 'metadata', status: 'WARN', detail: `no ${missing.join(' or ')}`, fix: `Add ${missing.join(' and ')} to ${file}.`, locations: [{ file, line: 1, message: `no ${missing.join(' or ')}` }] },
  );
  return finish(checks.some((c) => c.status === 'FAIL') ? {} : { aam: data as unknown as AAMPackageManifest });
}
