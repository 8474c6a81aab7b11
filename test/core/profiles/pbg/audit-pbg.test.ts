import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { moduleOf } from '../../../../src/core/profiles/pbg/discover-classes';
import { auditPbg } from '../../../../src/core/profiles/pbg/audit-pbg';
import { requirementName } from '../../../../src/core/profiles/pbg/read-pyproject';
import { tempDir } from '../../../helpers/tmp';

const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'profiles', 'pbg');
const NAMES = ['pyproject.toml', 'bigraph-schema dep', 'process-bigraph dep', 'requires-python', 'Process/Step subclasses', 'version'];
const summary = (r: Awaited<ReturnType<typeof auditPbg>>) => r.checks.map((c) => `${c.name}: ${c.status}`);

describe('pbg profile: the audit of seed 000', () => {
  it('passes a compliant package, with the seed’s checks in its order then version, and outlines its classes', async () => {
    const report = await auditPbg(path.join(FIXTURES, 'compliant'));
    assert.deepEqual(report.checks.map((c) => c.name), NAMES);
    assert.deepEqual(report.counts, { pass: 6, warn: 0, fail: 0 });
    assert.deepEqual(report.project, { name: 'pbg-cobra', version: '0.3.1', description: 'COBRA flux balance analysis as process-bigraph processes', requiresPython: '>=3.10' });
    assert.deepEqual(
      report.compute.map(({ file: _f, line: _l, ...outline }) => outline),
      [
        { module: 'pbg_cobra.processes.fba', name: 'FBA', compute_type: 'process', description: 'Flux balance analysis.', inputs: '{"substrates":"map[float]"}', outputs: '{}', config_schema: '{"model_file":"string"}' },
        { module: 'pbg_cobra.processes.fba', name: 'ReadModel', compute_type: 'step', inputs: '{}', outputs: '{}', config_schema: '{}' },
      ],
    );
    assert.deepEqual([report.compute[0]!.file, report.compute[0]!.line], ['src/pbg_cobra/processes/fba.py', 5]);
  });

  it('fails without bigraph-schema (bigraph-schema-extras does not count) and accepts process_bigraph', async () => {
    const report = await auditPbg(path.join(FIXTURES, 'missing-schema'));
    assert.deepEqual(summary(report), ['pyproject.toml: PASS', 'bigraph-schema dep: FAIL', 'process-bigraph dep: PASS', 'requires-python: WARN', 'Process/Step subclasses: PASS', 'version: PASS']);
    const fail = report.checks[1]!;
    assert.equal(fail.fix, 'Add "bigraph-schema" to [project].dependencies');
    assert.deepEqual(fail.locations, [{ file: 'pyproject.toml', line: 4, message: 'bigraph-schema is not a dependency' }]);
    assert.equal(report.checks[3]!.fix, 'Add requires-python (e.g. ">=3.10") to [project]');
    assert.deepEqual(report.compute.map((c) => `${c.module}.${c.name}`), ['pbg_tiny.Tiny']);
  });

  it('keeps nested packages in module paths, reads dotted and multi-line bases, and skips tests/', async () => {
    const report = await auditPbg(path.join(FIXTURES, 'nested'));
    assert.deepEqual(report.counts, { pass: 6, warn: 0, fail: 0 });
    assert.deepEqual(report.compute.map((c) => `${c.compute_type} ${c.module}.${c.name}`), ['step pbg_deep.a.Init', 'process pbg_deep.a.b.inner.Deep', 'step pbg_deep.a.b.inner.Configured']);
  });

  it('stops after pyproject.toml when it is missing, unparsable or has no [project], each with a fix', async () => {
    const missing = await auditPbg(tempDir('packdex-pbg-'));
    assert.deepEqual([summary(missing), missing.stopped], [['pyproject.toml: FAIL'], true]);
    assert.match(missing.checks[0]!.fix!, /Add a pyproject\.toml with a \[project\] table/);

    const bad = tempDir('packdex-pbg-');
    writeFileSync(path.join(bad, 'pyproject.toml'), '[project]\nname = "x"\nversion = \n');
    const unparsable = await auditPbg(bad);
    assert.deepEqual(summary(unparsable), ['pyproject.toml: FAIL']);
    assert.match(unparsable.checks[0]!.detail, /^pyproject\.toml is not valid TOML/);
    assert.equal(unparsable.checks[0]!.locations[0]!.line, 3);

    const noProject = tempDir('packdex-pbg-');
    writeFileSync(path.join(noProject, 'pyproject.toml'), '[tool.poetry]\nname = "x"\n');
    assert.deepEqual(summary(await auditPbg(noProject)), ['pyproject.toml: FAIL']);
  });

  it('warns (never fails) when process-bigraph or the classes are missing', async () => {
    const dir = tempDir('packdex-pbg-');
    cpSync(path.join(FIXTURES, 'missing-schema'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\nversion = "1.0.0"\nrequires-python = ">=3.9"\ndependencies = ["bigraph-schema"]\n');
    writeFileSync(path.join(dir, 'pbg_tiny', '__init__.py'), 'x = "class Fake(Process):"\n');
    assert.deepEqual(summary(await auditPbg(dir)), ['pyproject.toml: PASS', 'bigraph-schema dep: PASS', 'process-bigraph dep: WARN', 'requires-python: PASS', 'Process/Step subclasses: WARN', 'version: PASS']);
  });

  it('normalises requirement names per PEP 503 and maps files to dotted modules', () => {
    assert.equal(requirementName('Bigraph_Schema>=0.0.50'), 'bigraph-schema');
    assert.equal(requirementName('process.bigraph ; python_version>"3.8"'), 'process-bigraph');
    assert.equal(requirementName('bigraph-schema-extras'), 'bigraph-schema-extras');
    assert.equal(moduleOf('src/pkg/a/b.py'), 'pkg.a.b');
    assert.equal(moduleOf('pkg/__init__.py'), 'pkg');
  });
});
