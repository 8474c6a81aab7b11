import { readFile } from 'node:fs/promises';
import { PackdexError, ioError } from '../errors';
import type { AttunePackIndexEntry } from '../schema-types';
import { assertValidEntry } from '../index-file/index-rules';
import { parseJsonText } from '../index-file/read-index';
import { parseYamlMapping } from '../manifest/parse-yaml';

/** Read an entry written by `index-entry` (JSON, or YAML by extension) and validate it. */
export async function readEntryFile(file: string): Promise<AttunePackIndexEntry> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new PackdexError('PATH_NOT_FOUND', `Entry file not found: '${file}'.`, { value: file, fix: 'Write it with packdex index-entry … > entry.json.' });
    }
    throw ioError('read', file, cause);
  }
  const data = /\.ya?ml$/i.test(file) ? parseYamlMapping(text, file, 'an index entry').data : parseJsonText(text, file);
  assertValidEntry(data, file);
  return data;
}
