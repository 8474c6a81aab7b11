import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { PackageDocument } from '../../../src/core/site/package-document';
import { addToFeed, emptyFeed, RECENT_SIZE, updateRecentFeed } from '../../../src/core/site/plan-recent-feed';

/** Only what the feed reads of a document. */
function doc(name: string, versions: { version: string; at: number; yanked: boolean }[]): PackageDocument {
  return {
    name,
    versions: versions.map((v) => ({ version: v.version, published_at: new Date(Date.UTC(2026, 0, 1, 0, 0, v.at)).toISOString().replace('.000', ''), yanked: v.yanked, entry: { description: `${name} ${v.version}` } })),
  } as unknown as PackageDocument;
}

describe('the recent feed', () => {
  it('updated one change at a time equals the feed of the final documents (property)', () => {
    const step = fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd', 'e'), at: fc.integer({ min: 0, max: 40 }), yank: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const held = new Map<string, { version: string; at: number; yanked: boolean }[]>();
        let feed = emptyFeed();
        steps.forEach((s, i) => {
          const before = held.get(s.name);
          const versions = [...(before ?? [])];
          // A step publishes a new version, or yanks the newest: versions are never removed.
          if (s.yank && versions.length > 0) versions[versions.length - 1] = { ...versions[versions.length - 1]!, yanked: true };
          else versions.push({ version: `1.${i}.0`, at: s.at, yanked: false });
          held.set(s.name, versions);
          feed = updateRecentFeed(feed, before === undefined ? undefined : doc(s.name, before), doc(s.name, versions));
        });
        const rebuilt = [...held].reverse().reduce((f, [name, versions]) => addToFeed(f, doc(name, versions)), emptyFeed());
        assert.deepEqual(feed, rebuilt);
        assert.ok(feed.recent.length <= RECENT_SIZE);
        assert.equal(feed.versions, [...held.values()].reduce((n, v) => n + v.length, 0));
      }),
      { numRuns: 300 },
    );
  });
});
