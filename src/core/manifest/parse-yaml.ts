import { LineCounter, parseDocument, isMap, type Document } from 'yaml';
import { PackdexError } from '../errors';

/**
 * A parsed YAML mapping that can still say where each of its values came from, so audit findings
 * and annotations point at a file and line rather than at a JSON path alone.
 */
export interface ParsedYaml {
  /** Path of the file, as it should be shown to the user. */
  file: string;
  data: Record<string, unknown>;
  /** 1-based line and column of the value at a JSON pointer (or its nearest present parent). */
  locate(pointer: string): { line: number; column: number };
}

/**
 * Aliases allowed before parsing is refused. A real manifest uses a handful; an "alias bomb"
 * (billion laughs) uses them to expand a small file into gigabytes.
 */
export const MAX_ALIAS_COUNT = 100;

/** A key as one JSON pointer segment (`@scope/name` → `@scope~1name`): the inverse of what pointerToPath undoes. */
export function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Parse YAML text that must hold a mapping; errors carry the file, line and column. */
export function parseYamlMapping(text: string, file: string, what = 'manifest'): ParsedYaml {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  } catch (cause) {
    throw new PackdexError('MANIFEST_YAML_INVALID', `${file} is not valid YAML: ${(cause as Error).message}`, {
      value: file,
      path: file,
      fix: `Fix the YAML syntax of ${file}.`,
      cause,
    });
  }
  const first = doc.errors[0];
  if (first !== undefined) {
    const pos = first.linePos?.[0];
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new PackdexError('MANIFEST_YAML_INVALID', `${file} is not valid YAML${where}: ${reason}`, {
      value: file,
      expected: `a YAML mapping (${what})`,
      fix: `Fix the YAML syntax of ${file}${where}.`,
      path: file,
      line: pos?.line,
      column: pos?.col,
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    const message = (cause as Error).message;
    if (/alias/i.test(message)) {
      throw new PackdexError('MANIFEST_ALIAS_LIMIT', `${file} expands too many YAML aliases (more than ${MAX_ALIAS_COUNT} per node).`, {
        value: file,
        expected: 'a manifest without alias expansion attacks',
        fix: `Write the values out in ${file} instead of repeating anchors and aliases.`,
        path: file,
        cause,
      });
    }
    throw new PackdexError('MANIFEST_YAML_INVALID', `${file} could not be read as YAML: ${message}`, {
      value: file,
      fix: `Fix the YAML of ${file}.`,
      path: file,
      cause,
    });
  }
  if (!isMap(doc.contents) || data === null || typeof data !== 'object' || Array.isArray(data)) {
    const actual = data === null || data === undefined ? 'empty' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    throw new PackdexError('MANIFEST_NOT_MAPPING', `${file} is ${actual}, not a mapping of keys to values.`, {
      value: file,
      expected: `a YAML mapping (${what}), such as "ref: my_pack"`,
      fix: `Write ${file} as key: value lines.`,
      path: file,
      line: 1,
    });
  }

  const locate = (pointer: string): { line: number; column: number } => {
    const path = pointerToPath(pointer);
    // Walk up until a node exists: a missing key is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
      // For a key whose value is a scalar, getIn(…, true) returns the scalar node: handled above.
    }
    return { line: 1, column: 1 };
  };
  return { file, data: data as Record<string, unknown>, locate };
}
