import { formatBytes } from '../format-bytes';
import path from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import { PackdexError, quote, type ErrorCode } from '../errors';
import { discoverContents, type Contents } from '../manifest/discover-contents';
import { COMPONENT_KINDS, loadManifest, type Finding, type LoadedManifest, type PackManifest } from '../manifest/pack-manifest';
import { walkPackFiles, type PackFile } from '../pack-files/walk-pack-files';

export type CheckStatus = 'PASS' | 'WARN' | 'FAIL';

/** Where a check's finding sits, for annotations. */
export interface CheckLocation {
  /** Pack-relative file. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface CheckResult {
  /** Stable check name, e.g. `manifest`, `schema`, `license`. */
  name: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
  /** For a FAIL that publishing would refuse with an error, that error's code (profiles that share one rule). */
  code?: ErrorCode;
  locations: CheckLocation[];
}

export interface AuditReport {
  packDir: string;
  checks: CheckResult[];
  counts: { pass: number; warn: number; fail: number };
  /** Present when the manifest could be read. */
  manifest?: PackManifest;
  contents?: Contents;
  /** True when the audit stopped early because the manifest could not be read. */
  stopped: boolean;
}

export interface AuditOptions {
  /** The version the pack must declare: a release's version, or its `v`-prefixed tag. */
  expectVersion?: string;
  /** Files larger than this fail the `file-size` check. */
  maxFileSize?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

/** How many checks passed, warned and failed: every profile's report counts them this way. */
export function countChecks(checks: readonly CheckResult[]): AuditReport['counts'] {
  return {
    pass: checks.filter((c) => c.status === 'PASS').length,
    warn: checks.filter((c) => c.status === 'WARN').length,
    fail: checks.filter((c) => c.status === 'FAIL').length,
  };
}

/** Strip the `v` of a tag such as `v1.2.0` (or `refs/tags/v1.2.0`). */
export function versionFromTag(tag: string): string {
  return tag.replace(/^refs\/tags\//, '').replace(/^v(?=\d)/, '');
}

function fromFindings(name: string, findings: Finding[], pass: string, statusWhenFound: CheckStatus = 'FAIL'): CheckResult {
  if (findings.length === 0) return { name, status: 'PASS', detail: pass, locations: [] };
  return {
    name,
    status: statusWhenFound,
    detail: findings.map((f) => f.message).join('; '),
    fix: findings[0]?.fix,
    locations: findings.map((f) => ({ file: f.file ?? 'pack.yaml', line: f.line, column: f.column, message: f.message })),
  };
}

function fromErrors(name: string, errors: PackdexError[], pass: string): CheckResult {
  if (errors.length === 0) return { name, status: 'PASS', detail: pass, locations: [] };
  return {
    name,
    status: 'FAIL',
    detail: errors.map((e) => e.message).join('; '),
    fix: errors[0]?.fix,
    locations: errors.map((e) => ({ file: e.path ?? '.', message: e.message })),
  };
}

/**
 * `paths`: FAIL on a name that is not UTF-8 (or an unreadable entry); WARN on a FIFO, socket or
 * device, which the checksum and the archive leave out as Attune does, so it is never published.
 */
function pathsCheck(errors: PackdexError[], skipped: string[]): CheckResult {
  if (errors.length > 0) return fromErrors('paths', errors, '');
  if (skipped.length === 0) return { name: 'paths', status: 'PASS', detail: 'every path is a regular file or folder with a UTF-8 name', locations: [] };
  return {
    name: 'paths',
    status: 'WARN',
    detail: `${skipped.map((p) => quote(p)).join(', ')} ${skipped.length === 1 ? 'is not a regular file or folder (a FIFO, socket or device) and is' : 'are not regular files or folders (FIFOs, sockets or devices) and are'} left out of the checksum and the archive, as Attune leaves them out`,
    fix: 'Remove them from the pack folder, or create them at run time instead of shipping them.',
    locations: skipped.map((p) => ({ file: p, message: 'not a regular file or folder: left out of the checksum and the archive' })),
  };
}

/**
 * Dry-run audit of a pack: ordered, named checks, each PASS, WARN or FAIL with a detail and a
 * fix. Never throws for a problem with the pack itself; stops after `manifest` when pack.yaml
 * cannot be read, since every later check depends on it.
 */
export async function runAudit(packDir: string, options: AuditOptions = {}): Promise<AuditReport> {
  const checks: CheckResult[] = [];
  const finish = (extra: Partial<AuditReport> = {}): AuditReport => ({ packDir, checks, counts: countChecks(checks), stopped: false, ...extra });

  let loaded: LoadedManifest;
  try {
    loaded = await loadManifest(packDir);
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    checks.push({
      name: 'manifest',
      status: 'FAIL',
      detail: cause.message,
      fix: cause.fix,
      locations: [{ file: cause.path ?? 'pack.yaml', line: cause.line, column: cause.column, message: cause.message }],
    });
    return finish({ stopped: true });
  }
  const { manifest, findings } = loaded;
  const file = path.basename(loaded.path);
  checks.push({ name: 'manifest', status: 'PASS', detail: `${file} found and parsed`, locations: [] });

  const byCode = (code: Finding['code'], severity: Finding['severity'] = 'fail'): Finding[] =>
    findings.filter((f) => f.code === code && f.severity === severity);
  checks.push(fromFindings('schema', byCode('MANIFEST_SCHEMA'), 'matches schemas/pack.schema.json'));
  checks.push(fromFindings('unknown-keys', byCode('MANIFEST_SCHEMA', 'warn'), 'no unknown keys', 'WARN'));
  checks.push(fromFindings('spellings', byCode('MANIFEST_SPELLING_CONFLICT'), 'no conflicting StackStorm-era spellings'));
  checks.push(fromFindings('ref', byCode('MANIFEST_REF_INVALID'), `ref ${quote(manifest.ref)}`));
  checks.push(fromFindings('version', byCode('MANIFEST_VERSION_INVALID'), `version ${quote(manifest.version)}`));

  if (options.expectVersion !== undefined) {
    const expected = versionFromTag(options.expectVersion);
    checks.push(
      expected === manifest.version
        ? { name: 'expected-version', status: 'PASS', detail: `version matches ${quote(options.expectVersion)}`, locations: [] }
        : {
            name: 'expected-version',
            status: 'FAIL',
            detail: `${file} says version ${quote(manifest.version)} but ${quote(expected)} is being released`,
            fix: `Set version: "${expected}" in ${file}, or release the tag v${manifest.version}.`,
            locations: [{ file, line: loaded.source.locate('/version').line, message: `version is not ${expected}` }],
          },
    );
  }

  checks.push(checkLicense(manifest.license, file, loaded.source.data.license !== undefined ? loaded.source.locate('/license').line : 1));
  checks.push(fromFindings('urls', byCode('URL_INVALID'), 'homepage and repository are URLs'));

  const { contents, findings: componentFindings } = await discoverContents(packDir, manifest);
  const counts = COMPONENT_KINDS.map((k) => `${contents[k].length} ${k}`).join(', ');
  checks.push(fromFindings('components', componentFindings, `every component file parses, names unique per kind (${counts})`));

  const problems: PackdexError[] = [];
  const skipped: string[] = [];
  let files: PackFile[] = [];
  try {
    files = await walkPackFiles(packDir, { problems, special: 'skip', skipped });
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    problems.push(cause);
  }
  checks.push(fromErrors('symlinks', problems.filter((p) => p.code === 'PATH_SYMLINK'), 'no symbolic links'));
  checks.push(pathsCheck(problems.filter((p) => p.code !== 'PATH_SYMLINK'), skipped));

  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const large = files.filter((f) => f.size > limit);
  checks.push(
    large.length === 0
      ? { name: 'file-size', status: 'PASS', detail: `${files.length} files, none over ${formatBytes(limit)}`, locations: [] }
      : {
          name: 'file-size',
          status: 'FAIL',
          detail: large.map((f) => `${f.relPath} is ${formatBytes(f.size)}`).join('; ') + ` (limit ${formatBytes(limit)})`,
          fix: 'Remove large generated or binary files from the pack, or raise the limit with --max-file-size.',
          locations: large.map((f) => ({ file: f.relPath, message: `${formatBytes(f.size)} is over the ${formatBytes(limit)} limit` })),
        },
  );

  const readme = files.find((f) => /^readme(\.(md|markdown|rst|txt))?$/i.test(f.relPath));
  checks.push(
    readme !== undefined
      ? { name: 'readme', status: 'PASS', detail: `${readme.relPath} present`, locations: [] }
      : { name: 'readme', status: 'WARN', detail: 'no README at the pack root', fix: 'Add a README.md saying what the pack does and how to configure it.', locations: [{ file, message: 'no README' }] },
  );

  const thin: string[] = [];
  if (manifest.description.trim() === '') thin.push('no description');
  if (manifest.author === 'Unknown') thin.push('no author');
  checks.push(
    thin.length === 0
      ? { name: 'metadata', status: 'PASS', detail: 'description and author present', locations: [] }
      : { name: 'metadata', status: 'WARN', detail: thin.join(', '), fix: `Add description: and author: to ${file}; search and the browse page show them.`, locations: [{ file, line: 1, message: thin.join(', ') }] },
  );

  return finish({ manifest, contents });
}

/** The `license` check shared by every profile: WARN when absent, FAIL unless an SPDX expression. */
export function checkLicense(license: string | undefined, file: string, line: number | undefined): CheckResult {
  if (license === undefined || license === 'NOASSERTION') {
    return {
      name: 'license',
      status: 'WARN',
      detail: license === undefined ? 'no license given' : 'no license given (recorded as NOASSERTION)',
      fix: `Add license: with an SPDX identifier such as "Apache-2.0" to ${file}.`,
      locations: [{ file, line: line ?? 1, message: 'no license' }],
    };
  }
  try {
    parseSpdx(license);
    return { name: 'license', status: 'PASS', detail: `${quote(license)} is a valid SPDX expression`, locations: [] };
  } catch {
    return {
      name: 'license',
      status: 'FAIL',
      detail: `${quote(license)} is not a valid SPDX license expression`,
      fix: 'Use an identifier from https://spdx.org/licenses/ (e.g. "MIT", "Apache-2.0") or an expression such as "MIT OR Apache-2.0".',
      locations: [{ file, line: line ?? 1, message: `${license} is not SPDX` }],
    };
  }
}
