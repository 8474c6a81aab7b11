import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { ACCEPTED, ATTACKS, prepareCase, verifyFlags } from '../helpers/registry-attacks';

describe('packdex verify', () => {
  for (const attack of ATTACKS) {
    it(`fails on ${attack.what}: FAIL ${attack.code} ${attack.file}${attack.line ? ':LINE' : ''}`, async () => {
      const { base, head } = await prepareCase(attack);
      const r = await cli(['verify', '--base', base, '--head', head, ...verifyFlags(attack.options)]);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const escaped = attack.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.match(r.stdout, new RegExp(`^FAIL ${attack.code} ${escaped}${attack.line ? ':\\d+' : ''}: .+ Fix: .+$`, 'm'));
      const json = await cli(['verify', '--base', base, '--head', head, '--json', ...verifyFlags(attack.options)]);
      const out = json.json<{ ok: boolean; findings: { code: string; file: string; fix?: string }[] }>();
      assert.equal(out.ok, false);
      assert.ok(out.findings.some((f) => f.code === attack.code && f.file === attack.file && f.fix !== undefined));
    });
  }
  for (const accepted of ACCEPTED) {
    it(`passes ${accepted.what}`, async () => {
      const { base, head } = await prepareCase(accepted);
      const r = await cli(['verify', '--base', base, '--head', head, ...verifyFlags(accepted.options)]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, 'The change keeps every rule of the registry.\n');
    });
  }
  it('refuses a --max-change-bytes that is not a number of bytes (usage, exit 2)', async () => {
    const { base, head } = await prepareCase(ACCEPTED.at(-1)!);
    const r = await cli(['verify', '--base', base, '--head', head, '--max-change-bytes', '10MB']);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /--max-change-bytes is '10MB'/);
  });
});
