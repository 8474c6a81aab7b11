import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { validateSchema, type SchemaName } from '../../src/core/schemas';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

function load(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parse(text);
}

for (const schema of ['pack', 'index', 'index-entry', 'registry', 'package', 'config', 'lockfile', 'receipt', 'dbpm-receipt', 'dbpm', 'aam', 'outline'] as SchemaName[]) {
  describe(`${schema}.schema.json`, () => {
    const validDir = path.join(FIXTURES, schema, 'valid');
    for (const file of readdirSync(validDir).sort()) {
      it(`accepts valid/${file}`, () => {
        assert.deepEqual(validateSchema(schema, load(path.join(validDir, file))), []);
      });
    }
    const invalidDir = path.join(FIXTURES, schema, 'invalid');
    const expected = JSON.parse(readFileSync(path.join(invalidDir, 'expected.json'), 'utf8')) as Record<string, string>;
    const files = readdirSync(invalidDir).filter((f) => f !== 'expected.json').sort();
    it('has an expected failing path for every invalid fixture', () => {
      assert.deepEqual(Object.keys(expected).sort(), files);
    });
    for (const file of files) {
      it(`rejects invalid/${file} at ${expected[file]}`, () => {
        const issues = validateSchema(schema, load(path.join(invalidDir, file)));
        assert.ok(issues.length > 0, 'expected at least one issue');
        assert.ok(
          issues.some((i) => i.path === expected[file]),
          `expected an issue at ${expected[file]}, got ${JSON.stringify(issues)}`,
        );
      });
    }
  });
}
