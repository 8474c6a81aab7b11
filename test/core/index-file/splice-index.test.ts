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

  it('splices into an index of any layout: the other entries keep their bytes, the new one is canonical', () => {
    const good = index([entry('jira'), entry('slack')]);
    const builderOrder = serializeIndex(good).replaceAll('"label": "JIRA",\n      "description": "The jira pack"', '"description": "The jira pack",\n      "label": "JIRA"');
    const layouts: [string, string][] = [
      ['compact JSON', JSON.stringify(good)],
      ['4-space indentation', `${JSON.stringify(good, null, 4)}\n`],
      ['keys out of canonical order', builderOrder],
      ['no trailing newline', serializeIndex(good).trimEnd()],
      ['CRLF and tabs', serializeIndex(good).replaceAll('\n', '\r\n').replaceAll('  ', '\t')],
    ];
    for (const [what, text] of layouts) {
      for (const [ref, version] of [['aardvark', '1.0.0'], ['kafka', '1.0.0'], ['zeta', '1.0.0'], ['slack', '2.0.0']] as const) {
        const got = upsertIntoIndexText(text, entry(ref, version), { replace: true, now: NOW });
        assert.ok(got !== undefined, `${what}: takes the splice path`);
        assert.equal(got.outcome, ref === 'slack' ? 'updated' : 'created', what);
        const parsed = JSON.parse(got.text) as AttunePackIndex;
        // The same index as the whole-document path gives, and last_updated moved.
        assert.equal(serializeIndex(parsed), viaObjects(serializeIndex(good), entry(ref, version), true).text, `${what} + ${ref}`);
        // Each untouched entry's exact text is still there.
        const jira = /\{[^{}]*"ref": ?"jira"[\s\S]*?\}\s*\}/.exec(text)![0];
        assert.ok(got.text.includes(jira), `${what}: jira's bytes kept`);
        if (ref !== 'slack') assert.ok(got.text.includes(/\{[^{}]*"ref": ?"slack"[\s\S]*?\}\s*\}/.exec(text)![0]), `${what}: slack's bytes kept`);
      }
      assert.equal(upsertIntoIndexText(text, entry('jira'), { replace: false, now: NOW })!.text, text, `${what}: an unchanged entry is the very same text`);
      if (text.includes('\r\n')) assert.doesNotMatch(upsertIntoIndexText(text, entry('kafka'), { replace: true, now: NOW })!.text, /[^\r]\n/, 'CRLF kept');
    }
  });

  it('is not fooled by strings that hold quotes, backslashes, brackets or key-like text', () => {
    const tricky = ['ends in a backslash \\', 'a "quoted" }, {"ref": "zzz"} ]', '\\"', '{[', 'line\nbreak ✓'];
    const good = index(tricky.map((description, i) => entry(`p${i}`, '1.0.0', { description, meta: { note: description, nested: [{ '}': ']' }] } })));
    for (const text of [serializeIndex(good), JSON.stringify(good), `${JSON.stringify(good, null, 3)}\n`]) {
      const got = upsertIntoIndexText(text, entry('p2', '2.0.0'), { replace: true, now: NOW })!;
      const parsed = JSON.parse(got.text) as AttunePackIndex;
      assert.deepEqual(parsed.packs.map((p) => [p.ref, p.version]), [['p0', '1.0.0'], ['p1', '1.0.0'], ['p2', '2.0.0'], ['p3', '1.0.0'], ['p4', '1.0.0']]);
      assert.deepEqual(parsed.packs.filter((p) => p.ref !== 'p2'), good.packs.filter((p) => p.ref !== 'p2'));
    }
  });

  it('leaves to the whole-document path (which reports every violation) anything not valid', () => {
    const good = index([entry('jira'), entry('slack')]);
    const cases: [string, string][] = [
      ['refs out of order', serializeIndex({ ...good, packs: [good.packs[1]!, good.packs[0]!] })],
      ['an entry breaking its schema', serializeIndex(good).replace('"license": "MIT"', '"license": 7')],
      ['a header breaking its schema', serializeIndex(good).replace('"version": "1.0"', '"version": "2.0"')],
      ['truncated', serializeIndex(good).slice(0, 200)],
      ['text after the document', `${serializeIndex(good)}x`],
      ['packs given twice', serializeIndex(good).replace('"version": "1.0",', '"version": "1.0",\n  "packs": [],')],
      ['packs not an array', serializeIndex(index([])).replace('"packs": []', '"packs": {}')],
      ['garbage between entries', serializeIndex(good).replace('},\n    {', '}, 7,\n    {')],
    ];
    for (const [what, text] of cases) assert.equal(upsertIntoIndexText(text, entry('zeta'), { replace: true, now: NOW }), undefined, what);
  });
});
