import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYamlMapping } from '../../../src/core/manifest/parse-yaml';

describe('parseYamlMapping', () => {
  it('parses a mapping and locates values by JSON pointer', () => {
    const parsed = parseYamlMapping('ref: demo\nversion: "1.0.0"\nmeta:\n  keywords:\n    - a\n    - b\n', 'pack.yaml');
    assert.deepEqual(parsed.data, { ref: 'demo', version: '1.0.0', meta: { keywords: ['a', 'b'] } });
    assert.deepEqual(parsed.locate('/version'), { line: 2, column: 10 });
    assert.equal(parsed.locate('/meta/keywords/1').line, 6);
    assert.equal(parsed.locate('/missing/key').line, 1, 'a missing key is reported at its nearest parent');
  });

  const bad: [string, string, string, number | undefined][] = [
    ['unclosed flow sequence', 'ref: [a, b\nversion: x\n', 'MANIFEST_YAML_INVALID', 2],
    ['tab indentation', 'ref: a\nmeta:\n\tx: 1\n', 'MANIFEST_YAML_INVALID', 3],
    ['duplicate keys', 'ref: a\nref: b\n', 'MANIFEST_YAML_INVALID', 2],
    ['a list', '- a\n- b\n', 'MANIFEST_NOT_MAPPING', 1],
    ['a scalar', 'just text\n', 'MANIFEST_NOT_MAPPING', 1],
    ['an empty file', '', 'MANIFEST_NOT_MAPPING', 1],
    ['only a comment', '# nothing\n', 'MANIFEST_NOT_MAPPING', 1],
  ];
  for (const [what, text, code, line] of bad) {
    it(`refuses ${what} with ${code}${line ? ` at line ${line}` : ''}`, () => {
      assert.throws(() => parseYamlMapping(text, 'pack.yaml'), (e: Error & { code?: string; line?: number; fix?: string }) => {
        assert.equal(e.code, code);
        if (line !== undefined) assert.equal(e.line, line);
        assert.ok(e.message.includes('pack.yaml'));
        assert.ok(e.fix);
        return true;
      });
    });
  }

  it('refuses an alias bomb (billion laughs) before expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = process.memoryUsage().heapUsed;
    assert.throws(() => parseYamlMapping(`${levels.join('\n')}\n`, 'pack.yaml'), { code: 'MANIFEST_ALIAS_LIMIT' });
    assert.ok(process.memoryUsage().heapUsed - started < 200 * 1024 * 1024, 'did not expand the aliases');
  });
});
