import { readFile } from 'node:fs/promises';
import { ioError } from '../errors';

/** A file's text, or undefined when it does not exist; any other failure is an IO error. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError('read', file, cause);
  }
}
