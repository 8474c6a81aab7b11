import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertValidIndex, indexViolations } from '../../../src/core/index-file/index-rules';
import { entry, index } from '../../helpers/index-data';

describe('indexViolations', () => {
  it('accepts a valid index', () => {
    assert.deepEqual(indexViolations(index([entry('a'), entry('b')])), []);
  });

  const unsortedContents = { actions: [{ name: 'b', description: '' }, { name: 'a', description: '' }], sensors: [], triggers: [], rules: [], workflows: [] };
  it('accepts what Attune accepts and packdex would not write: unsorted lists, sources in any order and number, bare and spaced dependencies, an empty email, a mailto homepage, offsets and fractions', () => {
    const [git, archive] = entry('a').install_sources;
    const readable = index(
      [
        entry('a', '1.0.0', { keywords: ['b', 'a'], runtime_deps: ['python3', 'nodejs'], contents: unsortedContents, install_sources: [archive!, git!, { ...archive!, url: 'https://mirror.example.com/a.tar.gz' }] }),
        entry('b', '1.0.0', { email: '', homepage: 'mailto:b@example.com', dependencies: { packs: ['core', 'core', 'a@>=1.0.0 <2.0.0'] } }),
      ],
      { last_updated: '2025-01-01T02:00:00.123456+02:00' },
    );
    assert.deepEqual(indexViolations(readable), []);
    for (const stamp of ['2025-01-01T00:00:00+00:00', '2025-01-01t00:00:00z', '2025-01-01T00:00:00.5Z', '2024-12-31T19:00:00-05:00']) {
      assert.deepEqual(indexViolations(index([], { last_updated: stamp })), [], stamp);
    }
  });

  const cases: [string, unknown, string][] = [
    ['unsorted refs', index([entry('b'), entry('a')]), '/packs/1'],
    ['duplicate refs', index([entry('a'), entry('a', '2.0.0')]), '/packs/1'],
    ['duplicate keywords', index([entry('a', '1.0.0', { keywords: ['b', 'a', 'b'] })]), '/packs/0/keywords/2'],
    ['duplicate runtime_deps', index([entry('a', '1.0.0', { runtime_deps: ['python3', 'python3'] })]), '/packs/0/runtime_deps/1'],
    [
      'duplicate component names, in any order',
      index([entry('a', '1.0.0', { contents: { actions: [], sensors: [{ name: 's', description: '' }, { name: 'r', description: '' }, { name: 's', description: 'again' }], triggers: [], rules: [], workflows: [] } })]),
      '/packs/0/contents/sensors/2',
    ],
    ['an impossible date', index([], { last_updated: '2024-02-30T12:00:00Z' }), '/last_updated'],
    ['an impossible offset', index([], { last_updated: '2024-02-03T12:00:00+24:00' }), '/last_updated'],
    ['a date-time without an offset', index([], { last_updated: '2024-02-03T12:00:00' }), '/last_updated'],
    ['a date only', index([], { last_updated: '2024-02-03' }), '/last_updated'],
    ['an http repository', index([entry('a', '1.0.0', { repository: 'http://github.com/x/a' })]), '/packs/0/repository'],
    ['a homepage that is not a URI', index([entry('a', '1.0.0', { homepage: 'see README' })]), '/packs/0/homepage'],
    ['a dependency with an empty constraint', index([entry('a', '1.0.0', { dependencies: { packs: ['core@'] } })]), '/packs/0/dependencies/packs/0'],
    ['no install source', index([entry('a', '1.0.0', { install_sources: [] as never })]), '/packs/0/install_sources'],
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
