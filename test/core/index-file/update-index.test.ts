import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { serializeIndex } from '../../../src/core/entry/canonical-entry';
import { indexViolations } from '../../../src/core/index-file/index-rules';
import { bumpEntry, upsertEntry } from '../../../src/core/index-file/update-index';
import { entry, index } from '../../helpers/index-data';
import { arbitraryEntries } from './arbitraries';

const NOW = new Date('2026-03-04T05:06:07.890Z');

describe('upsertEntry', () => {
  it('inserts in ref order and stamps last_updated in whole seconds', () => {
    const { index: out, outcome } = upsertEntry(index([entry('a'), entry('c')]), entry('b'), { replace: false, now: NOW });
    assert.equal(outcome, 'created');
    assert.deepEqual(out.packs.map((p) => p.ref), ['a', 'b', 'c']);
    assert.equal(out.last_updated, '2026-03-04T05:06:07Z');
  });

  it('refuses an existing ref without --update, with the Attune message', () => {
    assert.throws(() => upsertEntry(index([entry('a')]), entry('a', '2.0.0'), { replace: false, now: NOW }), {
      code: 'PACK_EXISTS',
      message: "Pack 'a' already exists in index. Use --update to replace it.",
    });
  });

  it('replaces with --update', () => {
    const { index: out, outcome } = upsertEntry(index([entry('a')]), entry('a', '2.0.0'), { replace: true, now: NOW });
    assert.equal(outcome, 'updated');
    assert.equal(out.packs[0]!.version, '2.0.0');
  });

  it('changes nothing, not even last_updated, when the entry is already there', () => {
    const before = index([entry('a')]);
    const { index: out, outcome } = upsertEntry(before, entry('a'), { replace: false, now: NOW });
    assert.equal(outcome, 'unchanged');
    assert.equal(serializeIndex(out), serializeIndex(before));
  });

  it('refuses an invalid entry without touching the index', () => {
    const before = index([entry('a')]);
    const snapshot = serializeIndex(before);
    assert.throws(() => upsertEntry(before, entry('Bad'), { replace: true, now: NOW }), { code: 'ENTRY_INVALID' });
    assert.equal(serializeIndex(before), snapshot);
  });
});

describe('bumpEntry', () => {
  it('moves an entry to a new version and sources, requiring new checksums', () => {
    const idx = index([entry('a')]);
    const bumped = bumpEntry(idx, { ref: 'a', version: '1.1.0', gitRef: 'v1.1.0', gitChecksum: `sha256:${'c'.repeat(64)}`, archiveUrl: 'https://dl.example.com/a-1.1.0.tar.gz', archiveChecksum: `sha256:${'d'.repeat(64)}` });
    assert.equal(bumped.version, '1.1.0');
    assert.deepEqual(bumped.install_sources.map((s) => s.checksum.slice(7, 8)), ['c', 'd']);
    assert.equal(idx.packs[0]!.version, '1.0.0', 'the input index is not mutated');
    assert.throws(() => bumpEntry(idx, { ref: 'a', version: '1.1.0', archiveUrl: 'https://dl.example.com/x.tar.gz' }), /--archive-checksum or --archive is required/);
    assert.throws(() => bumpEntry(idx, { ref: 'zzz', version: '1.1.0' }), { code: 'PACK_NOT_FOUND' });
    assert.throws(() => bumpEntry(idx, { ref: 'a', version: '1.1.0', gitRef: 'v1.1.0' }), /--git-checksum or --pack-dir is required with --git-ref/);
  });

  it('refuses to move a source the entry does not have, rather than ignoring the flag', () => {
    const archiveOnly = index([entry('a', '1.0.0', { install_sources: [{ type: 'archive', url: 'https://dl.example.com/a.tgz', checksum: `sha256:${'b'.repeat(64)}` }] })]);
    assert.throws(() => bumpEntry(archiveOnly, { ref: 'a', version: '1.1.0', gitRef: 'v1.1.0', gitChecksum: `sha256:${'c'.repeat(64)}` }), /has no git source/);
  });
});

describe('upsertEntry properties', () => {
  it('is idempotent, order-independent for distinct refs, never drops an entry, and always valid', () => {
    fc.assert(
      fc.property(arbitraryEntries(), (entries) => {
        const apply = (list: typeof entries) =>
          list.reduce((idx, e) => upsertEntry(idx, e, { replace: true, now: NOW }).index, index([]));
        const once = apply(entries);
        assert.deepEqual(indexViolations(once), []);
        assert.deepEqual(once.packs.map((p) => p.ref), [...new Set(entries.map((e) => e.ref))].sort());
        // Idempotent: applying everything again changes no byte.
        assert.equal(serializeIndex(entries.reduce((idx, e) => upsertEntry(idx, e, { replace: true, now: new Date(0) }).index, once)), serializeIndex(once));
        // Order-independent (refs are distinct in this arbitrary).
        assert.equal(serializeIndex(apply([...entries].reverse())), serializeIndex(once));
      }),
      { numRuns: 150 },
    );
  });
});
