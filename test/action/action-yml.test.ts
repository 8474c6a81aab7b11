import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

describe('examples/workflows', () => {
  const dir = path.join(import.meta.dirname, '..', '..', 'examples', 'workflows');
  const action = parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  for (const file of readdirSync(dir).sort()) {
    it(`${file} uses only inputs action.yml declares`, () => {
      const workflow = parse(readFileSync(path.join(dir, file), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
      const steps = Object.values(workflow.jobs).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith('packdex/packdex'));
      assert.ok(steps.length > 0);
      for (const step of steps) for (const key of Object.keys(step.with ?? {})) assert.ok(key in action.inputs, `${file}: unknown input ${key}`);
    });
  }
});
