import type { parser } from '@lezer/python';

/** A node of @lezer/python's syntax tree. */
export type PySyntaxNode = ReturnType<(typeof parser)['parse']>['topNode'];

/** Punctuation and comments between a container's items. */
const SEPARATORS = new Set(['(', ')', '[', ']', '{', '}', ',', ':', 'Comment']);

/** CPython's parser limit on nested brackets (MAXLEVEL in its tokenizer). */
const MAX_DEPTH = 200;

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** The items of a container node, without its brackets, commas, colons and comments. */
export function itemsOf(node: PySyntaxNode): PySyntaxNode[] {
  const items: PySyntaxNode[] = [];
  for (let c = node.firstChild; c !== null; c = c.nextSibling) if (!SEPARATORS.has(c.name)) items.push(c);
  return items;
}

/**
 * The value of one Python string literal token (`'a'`, `r"\d"`, `"""…"""`, `u'x'`), decoded as
 * Python does; undefined for bytes (no JSON form) and for a `\N{name}` escape (which needs
 * Unicode's name table to decode).
 */
function oneString(raw: string): string | undefined {
  const prefix = /^[A-Za-z]*/.exec(raw)![0].toLowerCase();
  if (prefix.includes('b') || prefix.includes('f')) return undefined;
  const rest = raw.slice(prefix.length);
  const quote = rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest[0]!;
  // Python reads source newlines as \n whatever the file's line endings.
  const body = rest.slice(quote.length, rest.length - quote.length).replace(/\r\n?/g, '\n');
  if (prefix.includes('r')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[++i]!;
    if (next === '\n') continue;
    if (next in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[next];
    else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out += String.fromCodePoint(parseInt(digits, 8));
      i += digits.length - 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const width = { x: 2, u: 4, U: 8 }[next];
      const hex = body.slice(i + 1, i + 1 + width);
      const code = /^[0-9A-Fa-f]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : NaN;
      if (!(code <= 0x10ffff)) return undefined; // Python refuses the file: not a value
      out += String.fromCodePoint(code);
      i += width;
    } else if (next === 'N') return undefined;
    else out += `\\${next}`; // an unknown escape keeps its backslash
  }
  return out;
}

/** The value of a string literal node: one token, or adjacent tokens Python joins; undefined when not a plain string. */
export function stringValue(node: PySyntaxNode, text: string): string | undefined {
  if (node.name === 'String') return oneString(text.slice(node.from, node.to));
  if (node.name !== 'ContinuedString') return undefined;
  let out = '';
  for (const part of itemsOf(node)) {
    const value = part.name === 'String' ? oneString(text.slice(part.from, part.to)) : undefined;
    if (value === undefined) return undefined;
    out += value;
  }
  return out;
}

/** A Python int or float token as JSON number text, keeping ints exact and floats floats; undefined for complex or infinite. */
function numberJson(raw: string): string | undefined {
  const t = raw.replace(/_/g, '');
  if (/[jJ]$/.test(t)) return undefined;
  if (/^0[xob]/i.test(t)) return BigInt(t.toLowerCase()).toString();
  if (/^[0-9]+$/.test(t)) return BigInt(t).toString();
  const n = Number(t);
  if (!Number.isFinite(n)) return undefined;
  const s = String(n);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/**
 * The JSON text of a Python literal expression, as `ast.literal_eval` would read it and JSON can
 * hold it: strings, numbers (a single sign allowed), True/False/None, and dicts with string-literal
 * keys, lists and tuples of those, nested to any depth. A dict's repeated key keeps its first
 * place and its last value, as Python's dict does. Undefined for anything else: a name, a call,
 * an f-string, a comprehension, a `**spread`, a set, bytes, a complex number, a syntax error.
 */
export function literalToJson(node: PySyntaxNode, text: string, depth = 0): string | undefined {
  // CPython refuses a file nested deeper than 200 brackets; deeper is not a literal it would read.
  if (depth > MAX_DEPTH) return undefined;
  switch (node.name) {
    case 'String':
    case 'ContinuedString': {
      const value = stringValue(node, text);
      return value === undefined ? undefined : JSON.stringify(value);
    }
    case 'Number':
      return numberJson(text.slice(node.from, node.to));
    case 'Boolean':
      return text.slice(node.from, node.to) === 'True' ? 'true' : 'false';
    case 'None':
      return 'null';
    case 'UnaryExpression': {
      const [op, operand] = [node.firstChild, node.lastChild];
      if (op === null || operand === null || op.name !== 'ArithOp' || operand.name !== 'Number' || op.nextSibling?.from !== operand.from) return undefined;
      const value = numberJson(text.slice(operand.from, operand.to));
      const sign = text.slice(op.from, op.to);
      return value === undefined || (sign !== '-' && sign !== '+') ? undefined : sign === '-' ? `-${value}` : value;
    }
    case 'MemberExpression': {
      // @lezer/python reads a float with nothing after its point (`2.`) as `2` `.` and an empty
      // error node; Python reads it as 2.0.
      const [num, dot, rest] = [node.firstChild, node.firstChild?.nextSibling, node.lastChild];
      const bare = num?.name === 'Number' && dot?.name === '.' && dot.from === num.to && rest !== null && rest.type.isError && rest.from === rest.to && rest.from === dot.to && !/[.eEjJxXoObB]/.test(text.slice(num.from, num.to));
      return bare ? numberJson(`${text.slice(num.from, num.to)}.`) : undefined;
    }
    case 'ParenthesizedExpression': {
      const inner = itemsOf(node);
      return inner.length === 1 ? literalToJson(inner[0]!, text, depth + 1) : undefined;
    }
    case 'ArrayExpression':
    case 'TupleExpression': {
      const values: string[] = [];
      for (const item of itemsOf(node)) {
        const value = literalToJson(item, text, depth + 1);
        if (value === undefined) return undefined;
        values.push(value);
      }
      return `[${values.join(',')}]`;
    }
    case 'DictionaryExpression': {
      const items = itemsOf(node);
      if (items.length % 2 !== 0) return undefined; // a `**spread` (its `**` is an item) or a broken pair
      const entries = new Map<string, string>();
      for (let i = 0; i < items.length; i += 2) {
        const key = stringValue(items[i]!, text);
        const value = literalToJson(items[i + 1]!, text, depth + 1);
        if (key === undefined || value === undefined || items[i]!.name === '**') return undefined;
        entries.set(key, value);
      }
      return `{${[...entries].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
    }
    default:
      return undefined;
  }
}
