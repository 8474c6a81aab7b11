import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers/tmp';

const ROOT = path.join(import.meta.dirname, '..', '..');

// The benchmarks at tiny sizes: every case runs end to end and reports what it measured. Times are
// never asserted here (npm run bench is where they are read); what each case counts is.
describe('npm run bench -- --tiny', () => {
  it('runs all ten cases and reports each against its baseline', () => {
    const out = tempDir('packdex-bench-test-');
    const json = path.join(out, 'bench.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'run.ts'), '--tiny', '--json', json, '--work', path.join(out, 'work')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(readFileSync(json, 'utf8')) as { mode: string; rows: { case: string; measure: string; value: number; raw: Record<string, number | string> }[] };
    assert.equal(result.mode, 'tiny');
    assert.deepEqual([...new Set(result.rows.map((r) => r.case.split(' ')[0]))], ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    // Case 10 counts things that should be zero (files two publishers share); every other value is a measurement.
    for (const row of result.rows) assert.ok(Number.isFinite(row.value) && (row.value > 0 || row.case.startsWith('10 ')), `${row.case}: a measured value`);
    const byCase = (n: string) => result.rows.filter((r) => r.case.startsWith(`${n} `));
    // Correctness of what the cases count:
    const written = String(byCase('5')[0]!.raw.written).split(' ');
    assert.deepEqual(written.filter((w) => !w.startsWith('search/')), ['archives/slack-2.1.0.tar.gz', 'index.json', 'packages/sl/ac/slack.json', 'readmes/slack/2.1.0.md', 'recent.json'], 'publish writes the document, index.json, the feed, its README and its archive');
    assert.ok(written.includes('search/manifest.json'), 'and the search files its words touch');
    const search = byCase('9').filter((r) => r.raw.worstBytes !== undefined);
    assert.ok(search.length >= 2 && search.every((r) => Number(r.raw.worstBytes) < 1_000_000), 'a cold query reads small files');
    assert.equal(byCase('6')[0]!.raw.requests, 2, 'resolve costs registry.json and one package document');
    // Case 10: a sources-only registry's publish commits the document and the README, nothing else;
    // the committed layout's rewrites index.json, and two of its publishers share it.
    const scale = (measure: RegExp) => byCase('10').filter((r) => measure.test(r.measure));
    for (const row of scale(/^one publish commits, .*\(deployed\)$/)) {
      assert.match(String(row.raw.paths), /^packages\/\S+\.json readmes\/\S+\/9\.0\.0\.md$/, 'publish commits the document and the README');
      assert.ok(Number(row.raw.bytes) > 5_000 && Number(row.raw.bytes) < 100_000);
    }
    assert.ok(String(scale(/^one publish commits, .*\(committed\)$/)[0]!.raw.paths).split(' ').includes('index.json'));
    assert.deepEqual(scale(/^two publishers.*\(deployed\)$/).map((r) => r.raw.common), ['', '']);
    assert.ok(String(scale(/^two publishers.*\(committed\)$/)[0]!.raw.common).split(' ').includes('index.json'));
    const built = scale(/^site build --out/);
    assert.equal(built.length, 2);
    for (const row of built) assert.ok(Number(row.raw.files) > Number(row.raw.sourceFiles) && Number(row.raw.bytes) > Number(row.raw.sourceBytes), 'the site holds the sources and more');
    const verify = scale(/^verify of a pull request/)[0]!;
    assert.ok(verify.raw.unavailable !== undefined || verify.raw.findings === 0, 'verify is measured (and accepts the change) or says it is not available');
    assert.match(run.stdout, /^\| Case \| Measure \| packdex \| Compared with \|/m);
    assert.match(run.stdout, /of \d+ within budget; tiny run/);
  });

  it('reports a site build that runs out of memory as a row that is not met, and goes on', () => {
    const out = tempDir('packdex-bench-test-');
    const json = path.join(out, 'bench.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'run.ts'), '--tiny', '--only', '10', '--build-heap', '8', '--json', json, '--work', path.join(out, 'work')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const rows = (JSON.parse(readFileSync(json, 'utf8')) as { rows: { measure: string; packdex: string; met: boolean }[] }).rows;
    const builds = rows.filter((r) => r.measure.startsWith('site build --out'));
    assert.equal(builds.length, 2);
    for (const row of builds) {
      assert.equal(row.met, false);
      assert.match(row.packdex, /^failed after \d+ s: ran out of memory \(V8 heap limit, 8 MiB\)/);
    }
    assert.ok(rows.some((r) => r.measure.startsWith('one publish commits') && r.met), 'the other rows are still measured');
  });
});
