import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, ioError, quote } from '../../errors';
import type { PackageOutline } from '../../schema-types';
import { validateSchema } from '../../schemas';
import type { PackageDescription } from '../profile';
import { DYNAMIC } from './discover-classes';
import { pbgDescription } from './pbg-profile';
import { pbgVersion } from './pep440-version';

function invalid(file: string, message: string, pointer: string, fix: string): PackdexError {
  return new PackdexError('OUTLINE_INVALID', `${file}: ${message}.`, { value: pointer, path: file, expected: 'an outline matching schemas/outline.schema.json', fix });
}

/**
 * An inline outline (the sms-api registry's `{"kind": "outline"}` registration) as the description of a pbg
 * package. Nothing is audited, since there are no sources to read; what the outline says must
 * still hold together: its schema, a version with a semver form (the pbg rule, as for
 * pyproject.toml), ports and config schema that are JSON text or `dynamic`, and each class
 * listed once.
 */
export async function readOutline(file: string, options: { version?: string } = {}): Promise<PackageDescription> {
  const shown = path.basename(file);
  const text = await readFile(file, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') throw new PackdexError('PATH_NOT_FOUND', `The outline ${quote(file)} does not exist.`, { value: file, fix: 'Check the path given to --from-file.' });
    throw ioError('read', file, cause);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw invalid(shown, `not valid JSON (${(cause as Error).message})`, '', 'Write the outline as a JSON object: package_type, name, version and compute (schemas/outline.schema.json).');
  }
  const problem = validateSchema('outline', data)[0];
  if (problem !== undefined) throw invalid(shown, `${problem.path || '/'} ${problem.message}`, problem.path, `Correct ${problem.path || 'the outline'} (schemas/outline.schema.json).`);
  const outline = data as PackageOutline;
  const seen = new Set<string>();
  outline.compute.forEach((c, i) => {
    const id = `${c.module}.${c.name}`;
    if (seen.has(id)) throw invalid(shown, `${id} is listed twice`, `/compute/${i}`, 'List each class once.');
    seen.add(id);
    for (const port of ['inputs', 'outputs', 'config_schema'] as const) {
      const value = c[port];
      if (value === undefined || value === DYNAMIC) continue;
      try {
        JSON.parse(value);
      } catch {
        throw invalid(shown, `/compute/${i}/${port} ${quote(value)} is not JSON text`, `/compute/${i}/${port}`, `Give ${port === 'config_schema' ? 'the config schema' : 'the ports\' schema'} as JSON text, e.g. "{}", or "${DYNAMIC}" when it is computed.`);
      }
    }
  });
  const { version, pep440 } = await pbgVersion(shown, outline.version, options.version, { dynamic: false });
  return pbgDescription(shown, {
    name: outline.name,
    version,
    pep440Version: pep440,
    description: outline.description,
    author: outline.author,
    repository: outline.repository,
    license: outline.license ?? 'NOASSERTION',
    keywords: [],
    requiresPython: outline.requires_python,
    pythonDependencies: [],
    compute: outline.compute,
  });
}
