import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const ROOT = path.join(import.meta.dirname, '..', '..');

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));

  it('runs the committed bundle on node24, with branding', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/action.cjs');
    assert.ok(action.branding.icon && action.branding.color);
  });

  it('describes every input and output', () => {
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)] as [string, { description?: string }][]) {
      assert.ok(spec.description && spec.description.length > 10, `${name} has a description`);
    }
  });

  it("matches the README's generated tables", () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/action-docs.mjs'), '--check'], { cwd: ROOT });
  });
});
