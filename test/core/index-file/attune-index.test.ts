import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { canonicalEntry, serializeIndex } from '../../../src/core/entry/canonical-entry';
import { canonicalViolations } from '../../../src/core/index-file/canonical-violations';
import { indexViolations } from '../../../src/core/index-file/index-rules';
import { mergeIndexes } from '../../../src/core/index-file/merge-indexes';
import { parseIndexText } from '../../../src/core/index-file/read-index';
import { upsertIntoIndexText } from '../../../src/core/index-file/splice-index';
import { bumpEntry } from '../../../src/core/index-file/update-index';
import type { AttunePackIndex, AttunePackIndexEntry } from '../../../src/core/schema-types';

/**
 * Indexes in the shapes Attune's own tools write (test/fixtures/index/make-attune-fixtures.mjs):
 * the 44-pack index of the Python builder, earlier versions of it, and one file per quirk. packdex
 * must read, update and merge each as it is.
 */
const VALID = path.join(import.meta.dirname, '..', '..', 'fixtures', 'index', 'valid');
const ATTUNE = readdirSync(VALID).filter((f) => f.startsWith('attune-')).sort();
const read = (f: string) => readFileSync(path.join(VALID, f), 'utf8');
const NOW = new Date('2026-09-01T10:00:00.750Z');

/** Where one element of packs sits in the text, found independently of the code under test. */
function entrySpan(text: string, ref: string): { start: number; end: number } {
  const start = text.indexOf(`    {\n      "ref": ${JSON.stringify(ref)},`);
  assert.ok(start >= 0, ref);
  const end = text.indexOf('\n    }', start) + '\n    }'.length;
  return { start, end };
}

const indented = (e: AttunePackIndexEntry) => `    ${JSON.stringify(canonicalEntry(e), null, 2).replaceAll('\n', '\n    ')}`;

describe('indexes as Attune writes them', () => {
  it(`has the fixtures: the 44-pack builder index, its history and every quirk (${ATTUNE.length} files)`, () => {
    assert.ok(ATTUNE.includes('attune-builder-44.json'));
    assert.equal((JSON.parse(read('attune-builder-44.json')) as AttunePackIndex).packs.length, 44);
    assert.ok(ATTUNE.filter((f) => f.startsWith('attune-history-')).length >= 2);
    assert.ok(ATTUNE.filter((f) => f.startsWith('attune-quirk-')).length >= 13);
  });

  for (const file of ATTUNE) {
    it(`reads ${file}, and says how it differs from what packdex writes`, () => {
      const text = read(file);
      const data = JSON.parse(text) as AttunePackIndex;
      assert.deepEqual(indexViolations(data), []);
      assert.doesNotThrow(() => parseIndexText(text, file));
      // Written as packdex writes it, the same index is canonical and still valid.
      const rewritten = serializeIndex({ ...data, packs: data.packs.map(canonicalEntry) });
      assert.deepEqual(indexViolations(JSON.parse(rewritten)), []);
      assert.ok(canonicalViolations(data, text).length > 0, 'every Attune-shaped fixture deviates from the writer somewhere');
    });

    it(`updates one entry of ${file}: the diff is that entry and last_updated, nothing else`, () => {
      const text = read(file);
      const data = JSON.parse(text) as AttunePackIndex;
      const target = data.packs[Math.floor(data.packs.length / 2)]!;
      const next: AttunePackIndexEntry = { ...structuredClone(target), version: '9.9.9', description: `${target.description} (updated)` };
      const got = upsertIntoIndexText(text, next, { replace: true, now: NOW });
      assert.ok(got !== undefined);
      assert.equal(got.outcome, 'updated');
      const span = entrySpan(text, target.ref);
      const expected = `${text.slice(0, span.start)}${indented(next)}${text.slice(span.end)}`.replace(`"last_updated": ${JSON.stringify(data.last_updated)}`, '"last_updated": "2026-09-01T10:00:00Z"');
      assert.equal(got.text, expected);
      assert.deepEqual(indexViolations(JSON.parse(got.text)), []);
    });

    it(`leaves ${file} byte-identical when the update changes nothing, in whatever form the entry is given`, () => {
      const text = read(file);
      const data = JSON.parse(text) as AttunePackIndex;
      for (const e of [data.packs[0]!, canonicalEntry(data.packs[0]!)]) {
        const got = upsertIntoIndexText(text, e, { replace: false, now: NOW });
        assert.equal(got?.outcome, 'unchanged');
        assert.equal(got.text, text);
      }
    });
  }

  it('takes an entry in any of Attune\'s forms and writes it canonically', () => {
    const text = read('attune-builder-44.json');
    for (const file of ATTUNE.filter((f) => f.startsWith('attune-quirk-'))) {
      const quirky = { ...(JSON.parse(read(file)) as AttunePackIndex).packs[0]!, ref: 'quirky' };
      const got = upsertIntoIndexText(text, quirky, { replace: false, now: NOW })!;
      const written = (JSON.parse(got.text) as AttunePackIndex).packs.find((p) => p.ref === 'quirky')!;
      assert.deepEqual(written, canonicalEntry(quirky), file);
      assert.deepEqual(canonicalViolations({ ...(JSON.parse(got.text) as AttunePackIndex), packs: [written] }).filter((v) => v.path !== '/last_updated'), [], file);
      assert.ok(got.text.includes(indented(quirky)), `${file}: written in packdex's layout`);
    }
  });

  it('adds a new pack to the builder index: one inserted entry and last_updated, every other byte kept', () => {
    const text = read('attune-builder-44.json');
    const data = JSON.parse(text) as AttunePackIndex;
    const fresh: AttunePackIndexEntry = { ...structuredClone(data.packs.find((p) => p.ref === 'kafka')!), ref: 'keycloak', label: 'Keycloak' };
    const got = upsertIntoIndexText(text, fresh, { replace: false, now: NOW })!;
    assert.equal(got.outcome, 'created');
    const before = entrySpan(text, 'kubernetes').start;
    const expected = `${text.slice(0, before)}${indented(fresh)},\n${text.slice(before)}`.replace('"last_updated": "2026-08-16T02:57:08Z"', '"last_updated": "2026-09-01T10:00:00Z"');
    assert.equal(got.text, expected);
  });

  it('bumps an entry of the builder index (index-update --pack) with the same minimal diff', () => {
    const text = read('attune-builder-44.json');
    const bump = (index: AttunePackIndex) => bumpEntry(index, { ref: 'jira', version: '0.1.1', archiveUrl: 'https://codeload.github.com/attune-packs/jira/tar.gz/v0.1.1', archiveChecksum: `sha256:${'e'.repeat(64)}` });
    const got = upsertIntoIndexText(text, bump, { replace: true, now: NOW })!;
    const jira = bump(JSON.parse(text) as AttunePackIndex);
    const span = entrySpan(text, 'jira');
    assert.equal(got.text, `${text.slice(0, span.start)}${indented(jira)}${text.slice(span.end)}`.replace('"last_updated": "2026-08-16T02:57:08Z"', '"last_updated": "2026-09-01T10:00:00Z"'));
  });

  it('merges the builder index with its history: valid, canonical, the newest version of each pack, the newest instant', () => {
    const inputs = ATTUNE.filter((f) => !f.startsWith('attune-quirk-')).map((f) => JSON.parse(read(f)) as AttunePackIndex);
    const merged = mergeIndexes(inputs);
    const text = serializeIndex(merged);
    assert.deepEqual(indexViolations(JSON.parse(text)), []);
    assert.deepEqual(canonicalViolations(merged, text), []);
    assert.equal(merged.packs.length, 44);
    assert.equal(merged.last_updated, '2026-08-16T02:57:08Z');
    // Offsets are compared as instants: 04:57:08+02:00 is 02:57:08Z, older than 02:57:09Z.
    const quirk = JSON.parse(read('attune-quirk-last-updated-offset.json')) as AttunePackIndex;
    const later = { ...quirk, last_updated: '2026-08-16T02:57:09Z', packs: [] };
    assert.equal(mergeIndexes([quirk, later]).last_updated, '2026-08-16T02:57:09Z');
    assert.equal(mergeIndexes([quirk]).last_updated, '2026-08-16T02:57:08Z');
    assert.equal(mergeIndexes([JSON.parse(read('attune-quirk-last-updated-fraction.json')) as AttunePackIndex]).last_updated, '2026-08-16T02:57:08Z');
  });
});
