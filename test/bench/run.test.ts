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
  it('runs all nine cases and reports each against its baseline', () => {
    const out = tempDir('packdex-bench-test-');
    const json = path.join(out, 'bench.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'run.ts'), '--tiny', '--json', json, '--work', path.join(out, 'work')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(readFileSync(json, 'utf8')) as { mode: string; rows: { case: string; value: number; raw: Record<string, number | string> }[] };
    assert.equal(result.mode, 'tiny');
    assert.deepEqual([...new Set(result.rows.map((r) => r.case.split(' ')[0]))], ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const row of result.rows) assert.ok(Number.isFinite(row.value) && row.value > 0, `${row.case}: a measured value`);
    const byCase = (n: string) => result.rows.filter((r) => r.case.startsWith(`${n} `));
    // Correctness of what the cases count:
    const written = String(byCase('5')[0]!.raw.written).split(' ');
    assert.deepEqual(written.filter((w) => !w.startsWith('search/')), ['archives/slack-2.1.0.tar.gz', 'index.json', 'packages/sl/ac/slack.json', 'readmes/slack/2.1.0.md', 'recent.json'], 'publish writes the document, index.json, the feed, its README and its archive');
    assert.ok(written.includes('search/manifest.json'), 'and the search files its words touch');
    const search = byCase('9').filter((r) => r.raw.worstBytes !== undefined);
    assert.ok(search.length >= 2 && search.every((r) => Number(r.raw.worstBytes) < 1_000_000), 'a cold query reads small files');
    assert.equal(byCase('6')[0]!.raw.requests, 2, 'resolve costs registry.json and one package document');
    assert.match(run.stdout, /^\| Case \| Measure \| packdex \| Compared with \|/m);
    assert.match(run.stdout, /of \d+ within budget; tiny run/);
  });
});
