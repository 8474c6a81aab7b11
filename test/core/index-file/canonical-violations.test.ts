import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalEntry, serializeIndex } from '../../../src/core/entry/canonical-entry';
import { canonicalViolations } from '../../../src/core/index-file/canonical-violations';
import type { AttunePackIndexEntry } from '../../../src/core/schema-types';
import { entry, index } from '../../helpers/index-data';

describe('canonicalViolations (what packdex writes, checked apart from what it reads)', () => {
  it('passes what serializeIndex writes', () => {
    const idx = index([entry('a', '1.0.0', { keywords: ['x', 'y'], dependencies: { packs: ['core'] } }), entry('b')]);
    assert.deepEqual(canonicalViolations(idx, serializeIndex(idx)), []);
  });

  const unsorted = { actions: [{ name: 'b', description: '' }, { name: 'a', description: '' }], sensors: [], triggers: [], rules: [], workflows: [] };
  const [git, archive] = entry('a').install_sources;
  const cases: [string, ReturnType<typeof index>, string, RegExp][] = [
    ['unsorted keywords', index([entry('a', '1.0.0', { keywords: ['b', 'a'] })]), '/packs/0/keywords/1', /keyword 'a' is out of order: packdex writes it before 'b'/],
    ['unsorted runtime_deps', index([entry('a', '1.0.0', { runtime_deps: ['shell', 'python3'] })]), '/packs/0/runtime_deps/1', /runtime dependency 'python3'/],
    ['unsorted contents', index([entry('a', '1.0.0', { contents: unsorted })]), '/packs/0/contents/actions/1', /actions name 'a'/],
    ['an archive source before the git source', index([entry('a', '1.0.0', { install_sources: [archive!, git!] })]), '/packs/0/install_sources/1', /git source comes after a archive source/],
    ['last_updated with an offset', index([], { last_updated: '2025-01-01T02:00:00+02:00' }), '/last_updated', /packdex writes '2025-01-01T00:00:00Z'/],
    ['last_updated with a fraction', index([], { last_updated: '2025-01-01T00:00:00.5Z' }), '/last_updated', /whole seconds/],
  ];
  for (const [what, idx, path, message] of cases) {
    it(`reports ${what} at ${path}`, () => {
      const v = canonicalViolations(idx);
      assert.ok(v.some((x) => x.path === path && message.test(x.message)), JSON.stringify(v));
    });
  }

  it('reports entry keys in the Python builder\'s order, with the order packdex writes', () => {
    const e = entry('a', '1.0.0', { email: 'a@example.com', repository: 'https://github.com/x/a' });
    const { repository, email, ...rest } = e;
    const builder = { ...rest, meta: { category: 'x' }, repository, email, dependencies: { packs: [] } } as AttunePackIndexEntry;
    const v = canonicalViolations(index([builder]));
    assert.equal(v.length, 1, JSON.stringify(v));
    assert.equal(v[0]!.path, '/packs/0');
    assert.match(v[0]!.message, /key 'repository' comes after 'meta'; packdex writes the keys in the order ref, label, description, version, author, email, repository, license/);
    assert.deepEqual(canonicalViolations(index([canonicalEntry(builder)])), [], 'the writer fixes it');
  });

  it('reports a layout that is not 2-space JSON with a trailing newline, only once everything else is canonical', () => {
    const idx = index([entry('a')]);
    assert.match(canonicalViolations(idx, JSON.stringify(idx))[0]!.message, /2-space JSON/);
    assert.deepEqual(canonicalViolations(idx, `${JSON.stringify(idx, null, 2)}\n`), []);
  });

  it('canonicalEntry normalises every deviation above, never changing a value', () => {
    const e = entry('a', '1.0.0', { keywords: ['b', 'a'], runtime_deps: ['shell', 'python3'], contents: unsorted, install_sources: [archive!, git!, { ...archive!, url: 'https://mirror.example.com/a.tar.gz' }] });
    const c = canonicalEntry(e);
    assert.deepEqual(canonicalViolations(index([c])), []);
    assert.deepEqual(c.keywords, ['a', 'b']);
    assert.deepEqual(c.install_sources.map((s) => s.url), [git!.url, archive!.url, 'https://mirror.example.com/a.tar.gz'], 'git first; archives keep their order');
    assert.deepEqual(e.keywords, ['b', 'a'], 'the input is not mutated');
  });
});
