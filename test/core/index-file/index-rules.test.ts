import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertValidIndex, indexViolations } from '../../../src/core/index-file/index-rules';
import { entry, index } from '../../helpers/index-data';

describe('indexViolations', () => {
  it('accepts a valid index', () => {
    assert.deepEqual(indexViolations(index([entry('a'), entry('b')])), []);
  });

  const cases: [string, unknown, string][] = [
    ['unsorted refs', index([entry('b'), entry('a')]), '/packs/1'],
    ['duplicate refs', index([entry('a'), entry('a', '2.0.0')]), '/packs/1'],
    ['unsorted keywords', index([entry('a', '1.0.0', { keywords: ['b', 'a'] })]), '/packs/0/keywords/1'],
    ['unsorted runtime_deps', index([entry('a', '1.0.0', { runtime_deps: ['python3', 'nodejs'] })]), '/packs/0/runtime_deps/1'],
    [
      'unsorted component names',
      index([entry('a', '1.0.0', { contents: { actions: [{ name: 'b', description: '' }, { name: 'a', description: '' }], sensors: [], triggers: [], rules: [], workflows: [] } })]),
      '/packs/0/contents/actions/1',
    ],
    [
      'duplicate component names',
      index([entry('a', '1.0.0', { contents: { actions: [], sensors: [{ name: 's', description: '' }, { name: 's', description: 'again' }], triggers: [], rules: [], workflows: [] } })]),
      '/packs/0/contents/sensors/1',
    ],
    ['an impossible date', index([], { last_updated: '2024-02-30T12:00:00Z' }), '/last_updated'],
    ['a version the pattern allows but semver does not', index([entry('a', '01.2.3')]), '/packs/0/version'],
    ['an unknown top-level key', { ...index([]), extra: true }, '/extra'],
  ];
  for (const [what, data, path] of cases) {
    it(`reports ${what} at ${path}`, () => {
      const v = indexViolations(data);
      assert.ok(v.some((x) => x.path === path), JSON.stringify(v));
    });
  }

  it('assertValidIndex lists every violation with its path', () => {
    assert.throws(() => assertValidIndex(index([entry('b'), entry('a', '1.0')]), 'x.json'), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'INDEX_INVALID');
      assert.match(e.message, /\/packs\/1\/version/);
      assert.match(e.message, /\/packs\/1: ref 'a' is out of order/);
      return true;
    });
  });
});
