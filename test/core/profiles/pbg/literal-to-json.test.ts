import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/python';
import { literalToJson } from '../../../../src/core/profiles/pbg/literal-to-json';

/** The JSON text of the expression assigned in `x = <expr>`, parsed by the real parser. */
function json(expr: string): string | undefined {
  const text = `x = ${expr}\n`;
  const assign = parser.parse(text).topNode.firstChild!;
  assert.equal(assign.name, 'AssignStatement');
  return literalToJson(assign.lastChild!, text);
}

describe('pbg: Python literals as JSON text (what ast.literal_eval reads and JSON can hold)', () => {
  const literal: [string, string][] = [
    [`{'mass': 'float', "rate": 'map[float]'}`, '{"mass":"float","rate":"map[float]"}'],
    [`{'a': {'b': {'c': ['list[integer]', ('tuple', 2)]}}}`, '{"a":{"b":{"c":["list[integer]",["tuple",2]]}}}'],
    [`{}`, '{}'],
    [`{'t': True, 'f': False, 'n': None}`, '{"t":true,"f":false,"n":null}'],
    [`{'i': 1_000, 'h': 0x1F, 'o': 0o17, 'b': 0b101, 'neg': -3, 'pos': +4}`, '{"i":1000,"h":31,"o":15,"b":5,"neg":-3,"pos":4}'],
    [`{'f': 1.5, 'e': 1e3, 'd': .5, 'z': -0.0, 'w': 2.}`, '{"f":1.5,"e":1000.0,"d":0.5,"z":-0.0,"w":2.0}'],
    [`123456789012345678901234567890`, '123456789012345678901234567890'],
    [`{'w': 2., 'v': 1}`, '{"w":2.0,"v":1}'],
    [`{'esc': 'a\\tb\\n\\x41\\u00e9\\U0001F600\\101\\\\\\'q'}`, JSON.stringify({ esc: "a\tb\nAé😀A\\'q" })],
    [`{'raw': r'\\d+\\.', 'u': u'x'}`, JSON.stringify({ raw: '\\d+\\.', u: 'x' })],
    [`{'unknown escape': '\\d'}`, JSON.stringify({ 'unknown escape': '\\d' })],
    [`{'joined': 'map' '[float]'}`, '{"joined":"map[float]"}'],
    [`"""multi\nline"""`, JSON.stringify('multi\nline')],
    [`{'dup': 1, 'other': 2, 'dup': 3}`, '{"dup":3,"other":2}'],
    [`{  # a comment\n  'a': 'float',  # another\n}`, '{"a":"float"}'],
    [`('one',)`, '["one"]'],
    [`(('paren'))`, '"paren"'],
    [`[]`, '[]'],
  ];
  for (const [expr, expected] of literal) it(`${expr} → ${expected}`, () => assert.equal(json(expr), expected));

  const notLiteral: [string, string][] = [
    [`{'a': float_type}`, 'a name'],
    [`{'a': make()}`, 'a call'],
    [`{**base, 'a': 'float'}`, 'a **spread'],
    [`{'a': 'float', **base}`, 'a trailing **spread'],
    [`{k: 'float' for k in names}`, 'a comprehension'],
    [`{'a': [x for x in y]}`, 'a nested comprehension'],
    [`{'a': f'{t}'}`, 'an f-string'],
    [`{'a': f'plain'}`, 'an f-string without fields'],
    [`{'a': 'x' f'y'}`, 'an f-string joined to a string'],
    [`{1: 'float'}`, 'a key that is not a string'],
    [`{('a', 'b'): 'float'}`, 'a tuple key'],
    [`{'a': {1, 2}}`, 'a set'],
    [`{'a': b'bytes'}`, 'bytes'],
    [`{'a': 1j}`, 'a complex number'],
    [`{'a': 1e999}`, 'an infinite float'],
    [`{'a': --1}`, 'a double sign'],
    [`{'a': not 1}`, 'not'],
    [`{'a': 1 + 2}`, 'arithmetic'],
    [`{'a': '\\N{BULLET}'}`, 'a named escape'],
    [`{'a': self.config['t']}`, 'an attribute'],
    [`{'a': }`, 'a syntax error'],
    [`{'a': x.}`, 'a name and a point'],
    [`{'a': 2 .}`, 'a number, a space and a point'],
  ];
  for (const [expr, what] of notLiteral) it(`not a literal: ${what} (${expr})`, () => assert.equal(json(expr), undefined));
});
