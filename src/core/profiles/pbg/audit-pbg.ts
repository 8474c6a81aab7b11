import { versionFromTag, type AuditOptions, type AuditReport, type CheckResult } from '../../audit/run-audit';
import { PackdexError, quote } from '../../errors';
import { reportOf } from '../manifest-checks';
import { discoverComputeClasses, type ComputeOutline } from './discover-classes';
import { pbgVersion } from './pep440-version';
import { lineOf, readPyProject, requirementName } from './read-pyproject';

export interface PbgAuditReport extends AuditReport {
  profile: 'pbg';
  /** `[project]` name and version, when pyproject.toml could be read. */
  project?: { name?: string; version?: string; description?: string; requiresPython?: string };
  compute: ComputeOutline[];
}

/**
 * `version` and, when a version is being released, `expected-version`: the rule describe applies
 * (`pbgVersion`), so a version the audit passes is one publish takes, and one it refuses fails
 * here with the same code, message and fix. A version left to the build (`dynamic`) is checked
 * only against the version being released, the one thing that names it.
 */
async function versionChecks(project: Record<string, unknown>, text: string, expectVersion: string | undefined): Promise<CheckResult[]> {
  const declared = typeof project.version === 'string' && project.version.trim() !== '' ? project.version : undefined;
  const dynamic = Array.isArray(project.dynamic) && project.dynamic.includes('version');
  const line = lineOf(text, /^\s*version\s*=/) ?? lineOf(text, '[project]');
  const expected = expectVersion === undefined ? undefined : versionFromTag(expectVersion);
  const failure = (name: string, e: PackdexError): CheckResult => ({ name, status: 'FAIL', code: e.code, detail: e.message, fix: e.fix, locations: [{ file: 'pyproject.toml', line: e.line ?? line, message: e.message }] });
  const attempt = async (name: string, requested: string | undefined, pass: (v: Awaited<ReturnType<typeof pbgVersion>>) => string): Promise<CheckResult> => {
    try {
      const v = await pbgVersion('pyproject.toml', declared, requested, { line, dynamic });
      return { name, status: 'PASS', detail: pass(v), locations: [] };
    } catch (e) {
      if (!(e instanceof PackdexError)) throw e;
      return failure(name, e);
    }
  };
  const published = (v: { version: string; pep440?: string }) => (v.pep440 === undefined ? `version ${quote(v.version)}` : `version ${quote(v.pep440)}, published as ${v.version}`);
  if (declared === undefined) {
    if (dynamic && expected === undefined) return [{ name: 'version', status: 'PASS', detail: 'version is dynamic: set by the build, checked against the version released', locations: [] }];
    return [await attempt('version', expected, (v) => `version set by the build: ${published(v)}`)];
  }
  const checks = [await attempt('version', undefined, published)];
  if (expected !== undefined && checks[0]!.status === 'PASS') checks.push(await attempt('expected-version', expected, () => `version matches ${quote(expectVersion)}`));
  return checks;
}

/**
 * The sms-api registry's audit of a process-bigraph package, with exactly its checks, in its order:
 * `pyproject.toml` (FAIL and stop when missing, unparsable or without [project]),
 * `bigraph-schema dep` (FAIL), `process-bigraph dep` (WARN), `requires-python` (WARN),
 * `Process/Step subclasses` (WARN when none); then packdex's `version` (and `expected-version`
 * when a version is being released). Every failing check says how to fix it.
 */
export async function auditPbg(root: string, options: AuditOptions = {}): Promise<PbgAuditReport> {
  const checks: CheckResult[] = [];
  const finish = (extra: Partial<PbgAuditReport>): PbgAuditReport => reportOf(root, 'pbg', checks, { compute: [], ...extra });

  const read = readPyProject(root);
  if (!read.ok) {
    const fix = {
      missing: 'Add a pyproject.toml with a [project] table (PEP 621): name, version, dependencies.',
      unparsable: 'Correct the TOML syntax at the line shown.',
      'no-project': 'Add a [project] table with name, version and dependencies (PEP 621).',
    }[read.reason];
    checks.push({ name: 'pyproject.toml', status: 'FAIL', detail: read.message, fix, locations: [{ file: 'pyproject.toml', line: read.line, column: read.column, message: read.message }] });
    return finish({ stopped: true });
  }
  const { project, text } = read.pyproject;
  checks.push({ name: 'pyproject.toml', status: 'PASS', detail: 'pyproject.toml found with a [project] table', locations: [] });

  const deps = Array.isArray(project.dependencies) ? project.dependencies.filter((d): d is string => typeof d === 'string') : [];
  const names = new Set(deps.map(requirementName));
  const depsLine = lineOf(text, /^\s*dependencies\s*=/) ?? lineOf(text, '[project]');

  // PEP 503 normalisation makes bigraph_schema and Bigraph.Schema the same name; bigraph-schema-extras stays another.
  const dependencyCheck = (dist: string, missing: 'FAIL' | 'WARN'): CheckResult =>
    names.has(dist)
      ? { name: `${dist} dep`, status: 'PASS', detail: `${dist} is in [project].dependencies`, locations: [] }
      : {
          name: `${dist} dep`,
          status: missing,
          detail: `${dist} is not in [project].dependencies`,
          fix: `Add "${dist}" to [project].dependencies`,
          locations: [{ file: 'pyproject.toml', line: depsLine, message: `${dist} is not a dependency` }],
        };
  checks.push(dependencyCheck('bigraph-schema', 'FAIL'), dependencyCheck('process-bigraph', 'WARN'));
  const requiresPython = typeof project['requires-python'] === 'string' ? project['requires-python'] : undefined;
  checks.push(
    requiresPython !== undefined
      ? { name: 'requires-python', status: 'PASS', detail: `requires-python = ${JSON.stringify(requiresPython)}`, locations: [] }
      : {
          name: 'requires-python',
          status: 'WARN',
          detail: '[project] has no requires-python',
          fix: 'Add requires-python (e.g. ">=3.10") to [project]',
          locations: [{ file: 'pyproject.toml', line: lineOf(text, '[project]'), message: 'requires-python is missing' }],
        },
  );
  const compute = await discoverComputeClasses(root);
  const processes = compute.filter((c) => c.compute_type === 'process').length;
  checks.push(
    compute.length > 0
      ? { name: 'Process/Step subclasses', status: 'PASS', detail: `${processes} Process and ${compute.length - processes} Step subclasses`, locations: [] }
      : {
          name: 'Process/Step subclasses',
          status: 'WARN',
          detail: 'no class X(Process) or class Y(Step) in the Python sources',
          fix: 'Declare Process or Step subclasses in the package (class MyProcess(Process): ...)',
          locations: [{ file: 'pyproject.toml', message: 'no Process or Step subclasses found' }],
        },
  );
  checks.push(...(await versionChecks(project, text, options.expectVersion)));
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return finish({ project: { name: str(project.name), version: str(project.version), description: str(project.description), requiresPython }, compute });
}
