import { PackdexError } from '../errors';
import { readTextIfExists } from '../fs/read-text-if-exists';
import type { AttunePackIndex } from '../schema-types';
import { assertValidIndex } from './index-rules';

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parse JSON text, turning a syntax error into INDEX_JSON_INVALID with line and column. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const message = (cause as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, column } = position(text, offset);
    const truncated = at === null && /end of (JSON|data)/i.test(message);
    throw new PackdexError('INDEX_JSON_INVALID', `'${file}' is not valid JSON at line ${line}, column ${column}${truncated ? ' (the file ends too early: truncated?)' : ''}.`, {
      value: file,
      expected: 'a complete JSON document',
      fix: truncated ? 'Restore the file from its last good version (git checkout, or re-download it).' : `Fix the JSON syntax at line ${line}.`,
      path: file,
      line,
      column,
      cause,
    });
  }
}

/**
 * Read and fully validate an index file that may not exist yet: undefined when it is missing.
 * Returns the index and its exact text (kept so an unchanged update can write nothing).
 */
export async function readIndexIfExists(file: string): Promise<{ index: AttunePackIndex; text: string } | undefined> {
  const text = await readTextIfExists(file);
  return text === undefined ? undefined : { index: parseIndexText(text, file), text };
}

/** Parse and fully validate index text already read from `file`. */
export function parseIndexText(text: string, file: string): AttunePackIndex {
  const data = parseJsonText(text, file);
  assertValidIndex(data, file);
  return data;
}

/** Read and fully validate an index file that must exist. */
export async function readIndexFile(file: string): Promise<{ index: AttunePackIndex; text: string }> {
  const read = await readIndexIfExists(file);
  if (read === undefined) {
    throw new PackdexError('INDEX_NOT_FOUND', `Index file not found: '${file}'.`, {
      value: file,
      fix: 'Check the path, or create the index with --registry-name and --registry-url.',
    });
  }
  return read;
}

/** RFC 3339, whole seconds, UTC: the only form index.json's last_updated takes. */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
