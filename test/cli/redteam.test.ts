import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { prepareCase, verifyFlags } from '../helpers/registry-attacks';
import { REDTEAM, REDTEAM_ACCEPTED } from '../helpers/registry-redteam';

describe('packdex verify on the hostile reviewer\'s pull requests', () => {
  for (const attack of REDTEAM) {
    it(`fails on ${attack.what}: FAIL ${attack.code} ${attack.file}${attack.line ? ':LINE' : ''}, exit 1`, async () => {
      const { base, head } = await prepareCase(attack);
      const r = await cli(['verify', '--base', base, '--head', head, '--json', ...verifyFlags(attack.options)]);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const out = r.json<{ ok: boolean; findings: { code: string; file: string; line?: number; fix?: string }[] }>();
      assert.equal(out.ok, false);
      assert.ok(out.findings.some((f) => f.code === attack.code && f.file === attack.file && (typeof f.line === 'number') === attack.line && f.fix !== undefined), JSON.stringify(out.findings.slice(0, 5)));
    });
  }
  for (const accepted of REDTEAM_ACCEPTED) {
    it(`passes ${accepted.what}`, async () => {
      const { base, head } = await prepareCase(accepted);
      const r = await cli(['verify', '--base', base, '--head', head, ...verifyFlags(accepted.options)]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
    });
  }
});
