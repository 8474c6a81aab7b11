import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { serializeIndex } from '../../../src/core/entry/canonical-entry';
import { upsertIntoIndexText } from '../../../src/core/index-file/splice-index';
import { upsertEntry } from '../../../src/core/index-file/update-index';
import type { AttunePackIndex } from '../../../src/core/schema-types';
import { entry, index } from '../../helpers/index-data';

const NOW = new Date('2026-06-01T00:00:00Z');

/** The whole-document path, the reference the splice must match byte for byte. */
function viaObjects(text: string, e: ReturnType<typeof entry>, replace: boolean) {
  const parsed = JSON.parse(text) as AttunePackIndex;
  const result = upsertEntry(parsed, e, { replace, now: NOW });
  return { text: result.outcome === 'unchanged' ? text : serializeIndex(result.index), outcome: result.outcome };
}

describe('upsertIntoIndexText (one entry into index.json without the whole index as objects)', () => {
  it('gives the same bytes and outcome as upsertEntry + serializeIndex, for random sequences of upserts', () => {
    const ref = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
    const step = fc.record({ ref, version: fc.constantFrom('1.0.0', '1.1.0', '2.0.0'), description: fc.constantFrom('a', 'b', 'ünïcode ✓') });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let text = serializeIndex(index([]));
        for (const s of steps) {
          const e = entry(s.ref, s.version, { description: s.description });
          const expected = viaObjects(text, e, true);
          const got = upsertIntoIndexText(text, e, { replace: true, now: NOW });
          assert.ok(got !== undefined, 'canonical text takes the splice path');
          assert.equal(got.outcome, expected.outcome);
          assert.equal(got.text, expected.text);
          text = got.text;
        }
      }),
      { numRuns: 60, seed: 20261122 },
    );
  });

  it('keeps the very same text for an unchanged entry, and refuses a present ref without replace', () => {
    const text = serializeIndex(index([entry('jira'), entry('slack')]));
    assert.equal(upsertIntoIndexText(text, entry('slack'), { replace: false, now: NOW })!.text, text);
    assert.throws(() => upsertIntoIndexText(text, entry('slack', '2.0.0'), { replace: false, now: NOW }), { code: 'PACK_EXISTS' });
    assert.throws(() => upsertIntoIndexText(text, entry('Bad Ref'), { replace: true, now: NOW }), { code: 'ENTRY_INVALID' });
  });

  it('leaves to the whole-document path anything not written by packdex or not valid', () => {
    const good = index([entry('jira'), entry('slack')]);
    const cases: [string, string][] = [
      ['compact JSON', JSON.stringify(good)],
      ['4-space indentation', `${JSON.stringify(good, null, 4)}\n`],
      ['keys out of canonical order', serializeIndex(good).replace('"label": "JIRA",\n      "description": "The jira pack"', '"description": "The jira pack",\n      "label": "JIRA"')],
      ['refs out of order', serializeIndex({ ...good, packs: [good.packs[1]!, good.packs[0]!] })],
      ['an entry breaking its schema', serializeIndex(good).replace('"license": "MIT"', '"license": 7')],
      ['a header breaking its schema', serializeIndex(good).replace('"version": "1.0"', '"version": "2.0"')],
      ['no trailing newline', serializeIndex(good).trimEnd()],
      ['truncated', serializeIndex(good).slice(0, 200)],
    ];
    for (const [what, text] of cases) assert.equal(upsertIntoIndexText(text, entry('zeta'), { replace: true, now: NOW }), undefined, what);
  });
});
