import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import semver from 'semver';
import { serializeIndex } from '../../../src/core/entry/canonical-entry';
import { indexViolations } from '../../../src/core/index-file/index-rules';
import { mergeIndexes } from '../../../src/core/index-file/merge-indexes';
import { upsertEntry } from '../../../src/core/index-file/update-index';
import type { AttunePackIndex, AttunePackIndexEntry } from '../../../src/core/schema-types';
import { entry, index } from '../../helpers/index-data';
import { arbitraryEntries, arbitraryEntry } from './arbitraries';

function build(entries: AttunePackIndexEntry[], overrides: Partial<AttunePackIndex> = {}): AttunePackIndex {
  return entries.reduce((idx, e) => upsertEntry(idx, e, { replace: true, now: new Date(0) }).index, index([], overrides));
}

describe('mergeIndexes', () => {
  it('keeps the higher version of a duplicate ref, and the first on a tie', () => {
    const first = index([entry('a', '1.0.0'), entry('b', '2.0.0', { description: 'first' })], { registry_name: 'First', last_updated: '2024-01-01T00:00:00Z' });
    const second = index([entry('a', '1.10.0'), entry('b', '2.0.0', { description: 'second' }), entry('c')], { registry_name: 'Second', last_updated: '2025-06-01T00:00:00Z' });
    const merged = mergeIndexes([first, second]);
    assert.deepEqual(merged.packs.map((p) => `${p.ref}@${p.version}`), ['a@1.10.0', 'b@2.0.0', 'c@1.0.0']);
    assert.equal(merged.packs[1]!.description, 'first');
    assert.equal(merged.registry_name, 'First');
    assert.equal(merged.last_updated, '2025-06-01T00:00:00Z');
  });

  it('compares versions as semver, not as strings (1.10.0 > 1.9.0, 1.0.0 > 1.0.0-rc.1)', () => {
    const m = mergeIndexes([index([entry('a', '1.9.0'), entry('b', '1.0.0')]), index([entry('a', '1.10.0'), entry('b', '1.0.0-rc.1')])]);
    assert.deepEqual(m.packs.map((p) => p.version), ['1.10.0', '1.0.0']);
  });

  it('is idempotent, never drops a ref, keeps the highest version, and is always valid', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntries(8), { minLength: 1, maxLength: 4 }), (lists) => {
        const inputs = lists.map((l) => build(l));
        const merged = mergeIndexes(inputs);
        assert.deepEqual(indexViolations(merged), []);
        const refs = new Set(lists.flat().map((e) => e.ref));
        assert.deepEqual(merged.packs.map((p) => p.ref), [...refs].sort());
        for (const p of merged.packs) {
          const best = lists.flat().filter((e) => e.ref === p.ref).map((e) => e.version).sort(semver.rcompare)[0];
          assert.equal(semver.compare(p.version, best!), 0);
        }
        assert.equal(serializeIndex(mergeIndexes([merged, merged])), serializeIndex(merged));
        assert.equal(serializeIndex(mergeIndexes([merged, ...inputs])), serializeIndex(merged));
      }),
      { numRuns: 100 },
    );
  });

  it('is order-independent when refs are distinct across inputs', () => {
    fc.assert(
      fc.property(arbitraryEntries(16), fc.nat(16), (entries, cut) => {
        const a = build(entries.slice(0, cut));
        const b = build(entries.slice(cut));
        const ab = mergeIndexes([a, b]);
        const ba = mergeIndexes([{ ...b, registry_name: a.registry_name, registry_url: a.registry_url }, a]);
        assert.deepEqual(ab.packs, ba.packs);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts any single valid index unchanged', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry(), { selector: (e) => e.ref, maxLength: 10 }), (entries) => {
        const one = build(entries);
        assert.equal(serializeIndex(mergeIndexes([one])), serializeIndex(one));
      }),
    );
  });
});
