import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { initRegistry } from '../helpers/site';
import { snapshot, tempDir, writeTree } from '../helpers/tmp';

/**
 * Hostile or broken manifests of each profile. Published, the audit names the failing check (or,
 * for what only the index cares about, describe names the code); registered with --no-audit,
 * describe still refuses it with a code. Either way the registry is byte-for-byte as it was.
 */
interface Case {
  what: string;
  profile: 'pbg' | 'dbpm' | 'aam';
  files: Record<string, string>;
  /** The audit check that FAILs on publish, or the error code when the audit passes. */
  publish: { check: string } | { code: string };
  /** The error code of `register --no-audit`. */
  noAudit: string;
  extra?: string[];
}

const PY_OK = 'import process_bigraph\nclass P(process_bigraph.Process):\n    pass\n';
const pyproject = (project: string) => `[project]\n${project}\ndependencies = ["bigraph-schema", "process-bigraph"]\nrequires-python = ">=3.10"\n`;
const DBPM = 'name: utl_x\nversion: 1.0.0\nvendor: Acme\nlicense: MIT\ndescription: x\n';
const AAM = 'name: "@acme/agent"\nversion: 1.0.0\nauthor: a\ndescription: d\nlicense: MIT\n';
const ARTIFACTS = 'artifacts:\n  skills:\n    - name: s\n      path: skills/s\n';
const alias = ['a: &a [x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 7 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');

const cases: Case[] = [
  { what: 'pyproject.toml that is not TOML', profile: 'pbg', files: { 'pyproject.toml': '[project\nname = "x"\n' }, publish: { check: 'pyproject.toml' }, noAudit: 'MANIFEST_TOML_INVALID' },
  { what: 'pyproject.toml without [project]', profile: 'pbg', files: { 'pyproject.toml': '[tool.black]\nline-length = 100\n' }, publish: { check: 'pyproject.toml' }, noAudit: 'MANIFEST_SCHEMA' },
  { what: 'no pyproject.toml at all (--profile pbg)', profile: 'pbg', files: { 'setup.py': 'print(1)\n' }, publish: { check: 'pyproject.toml' }, noAudit: 'MANIFEST_NOT_FOUND', extra: ['--profile', 'pbg'] },
  { what: 'a missing bigraph-schema dependency', profile: 'pbg', files: { 'pyproject.toml': '[project]\nname = "pbg-x"\nversion = "1.0.0"\ndependencies = []\n', 'pbg_x/__init__.py': PY_OK }, publish: { check: 'bigraph-schema dep' }, noAudit: '' },
  ...['1.0.post1', '1!1.0', '1.0.dev2', '1.0+local', '1.2.3.4', 'not-a-version'].map(
    (version): Case => ({ what: `a version with no semver form (${version})`, profile: 'pbg', files: { 'pyproject.toml': pyproject(`name = "pbg-x"\nversion = "${version}"`), 'pbg_x/__init__.py': PY_OK }, publish: { check: 'version' }, noAudit: 'MANIFEST_VERSION_INVALID' }),
  ),
  { what: 'a dynamic version and no --version', profile: 'pbg', files: { 'pyproject.toml': pyproject('name = "pbg-x"\ndynamic = ["version"]'), 'pbg_x/__init__.py': PY_OK }, publish: { code: 'MANIFEST_VERSION_INVALID' }, noAudit: 'MANIFEST_VERSION_INVALID' },
  { what: 'a name that normalises to no package name', profile: 'pbg', files: { 'pyproject.toml': pyproject('name = "_private"\nversion = "1.0.0"'), 'pbg_x/__init__.py': PY_OK }, publish: { code: 'MANIFEST_REF_INVALID' }, noAudit: 'MANIFEST_REF_INVALID' },
  { what: 'a dbpm.yaml alias bomb', profile: 'dbpm', files: { 'dbpm.yaml': `${DBPM}${alias}\n` }, publish: { check: 'manifest' }, noAudit: 'MANIFEST_ALIAS_LIMIT' },
  { what: 'a dbpm range constraint', profile: 'dbpm', files: { 'dbpm.yaml': `${DBPM}dependencies:\n  utl_y: ">=1.0.0"\n` }, publish: { check: 'schema' }, noAudit: 'MANIFEST_SCHEMA' },
  { what: 'Core as a dbpm dependency', profile: 'dbpm', files: { 'dbpm.yaml': `${DBPM}dependencies:\n  core: ^1.0.0\n` }, publish: { check: 'core' }, noAudit: 'MANIFEST_SCHEMA' },
  { what: 'a dbpm name with capitals', profile: 'dbpm', files: { 'dbpm.yaml': DBPM.replace('utl_x', 'Utl-X') }, publish: { check: 'schema' }, noAudit: 'MANIFEST_SCHEMA' },
  { what: 'a dbpm version that is not semver', profile: 'dbpm', files: { 'dbpm.yaml': DBPM.replace('1.0.0', '"1.0"') }, publish: { check: 'version' }, noAudit: 'MANIFEST_VERSION_INVALID' },
  { what: 'aam.yaml that is not YAML', profile: 'aam', files: { 'aam.yaml': 'name: [x\n' }, publish: { check: 'manifest' }, noAudit: 'MANIFEST_YAML_INVALID' },
  { what: 'an AAM scope with capitals', profile: 'aam', files: { 'aam.yaml': `${AAM.replace('@acme', '@Acme')}${ARTIFACTS}`, 'skills/s/SKILL.md': '#\n' }, publish: { check: 'schema' }, noAudit: 'MANIFEST_SCHEMA' },
  { what: 'an AAM artifact outside the package', profile: 'aam', files: { 'aam.yaml': `${AAM}artifacts:\n  skills:\n    - name: s\n      path: ../../etc\n` }, publish: { check: 'artifacts' }, noAudit: 'MANIFEST_SCHEMA' },
  { what: 'an AAM constraint that is not semver', profile: 'aam', files: { 'aam.yaml': `${AAM}${ARTIFACTS}dependencies:\n  "@acme/base": latest-ish\n`, 'skills/s/SKILL.md': '#\n' }, publish: { check: 'dependencies' }, noAudit: 'MANIFEST_SCHEMA' },
];

describe('bad input for each kind of manifest: refused with a check or a code, nothing written', () => {
  for (const c of cases) {
    it(`${c.profile}: ${c.what}`, async () => {
      const registry = await initRegistry();
      const dir = writeTree(tempDir(`packdex-${c.profile}-`), c.files);
      const before = snapshot(registry);
      const run = await cli(['publish', '--pack-dir', dir, '--registry', registry, ...(c.extra ?? [])]);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      if ('check' in c.publish) assert.match(run.stdout, new RegExp(`^FAIL {2}${c.publish.check.replace(/[.]/g, '\\.')} `, 'm'));
      else assert.match(run.stderr, new RegExp(`^error ${c.publish.code}: `, 'm'));
      assert.deepEqual(snapshot(registry), before);
      if (c.noAudit === '') return;
      const forced = await cli(['register', dir, '--no-audit', '--registry', registry, ...(c.extra ?? [])]);
      assert.equal(forced.code, 1, forced.stdout + forced.stderr);
      assert.match(forced.stderr, new RegExp(`^error ${c.noAudit}: .+\\n(?:Expected: .+\\n)?Fix: .+`, 'm'));
      assert.deepEqual(snapshot(registry), before);
    });
  }
});
