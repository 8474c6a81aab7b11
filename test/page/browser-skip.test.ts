// The browse page tests on a machine without a browser: skipped with a notice that says how to run
// them, so `npm test` passes there; in CI a failure instead, so a CI run cannot pass without them.
// Runs the test file itself in a child test runner, with CHROMIUM_PATH naming no file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers/tmp';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FILE = path.join('test', 'page', 'browse-page.test.ts');

function runBrowseTests(env: NodeJS.ProcessEnv) {
  // A fresh runner: NODE_TEST_CONTEXT would make the child report to this one instead.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_TEST_CONTEXT' && k !== 'CI' && !k.startsWith('PACKDEX_') && k !== 'CHROMIUM_PATH'));
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', FILE], { cwd: ROOT, encoding: 'utf8', env: { ...base, ...env } });
  return { code: result.status, out: result.stdout + result.stderr };
}

/** A number from the runner's closing lines (ℹ tests 5, ℹ skipped 5, …). */
function count(out: string, what: string): number {
  const m = new RegExp(`^ℹ ${what} (\\d+)$`, 'm').exec(out);
  assert.ok(m, `no '${what}' line in\n${out}`);
  return Number(m[1]);
}

describe('the browse page tests without a browser', () => {
  it('skip every test, with a notice naming the missing browser and how to run them, and pass', () => {
    const marker = path.join(tempDir(), 'ran.json');
    const run = runBrowseTests({ CHROMIUM_PATH: '/nonexistent/chromium', PACKDEX_BROWSER_MARKER: marker });
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /NOTICE: no browser at \/nonexistent\/chromium, so the browse page tests are skipped\. To run them: apt-get install chromium \(Debian's package\), or set CHROMIUM_PATH/);
    assert.ok(count(run.out, 'skipped') > 0);
    assert.equal(count(run.out, 'skipped'), count(run.out, 'tests'), 'every test skipped, and counted as skipped');
    assert.equal(count(run.out, 'pass'), 0);
    assert.equal(existsSync(marker), false, 'no marker: nothing ran');
  });

  for (const ci of ['true', '1']) {
    it(`fail with CI=${ci} (as .ci/run and GitHub set it), saying how to get the browser`, () => {
      const run = runBrowseTests({ CHROMIUM_PATH: '/nonexistent/chromium', CI: ci });
      assert.equal(run.code, 1, run.out);
      assert.match(run.out, /no browser at \/nonexistent\/chromium, and CI is set, where the browse page tests must run: apt-get install chromium/);
      assert.equal(count(run.out, 'skipped'), 0);
      assert.ok(count(run.out, 'tests') > 0);
      assert.doesNotMatch(run.out, /NOTICE/);
    });
  }

  it('PACKDEX_SKIP_BROWSER=1 skips them on purpose, even with a browser', () => {
    const run = runBrowseTests({ PACKDEX_SKIP_BROWSER: '1' });
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /# PACKDEX_SKIP_BROWSER=1/);
    assert.equal(count(run.out, 'skipped'), count(run.out, 'tests'));
  });
});
