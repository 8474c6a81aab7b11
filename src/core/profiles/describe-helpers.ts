import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { PackdexError, ioError, quote } from '../errors';
import { parseYamlMapping, type ParsedYaml } from '../manifest/parse-yaml';
import { PACKAGE_NAME_PATTERN } from '../names/package-name';
import { validateSchema, type SchemaName } from '../schemas';
import { isUnknownTopLevelKey } from './manifest-checks';

/**
 * What every profile's `describe` shares: reading a YAML manifest that must pass its schema, and
 * agreeing with the version being published. Each throws the first problem with its line; the
 * profile's audit is where all of them are listed.
 */

/** The manifest parsed and schema-checked (unknown keys tolerated, as the audit only warns on them). */
export async function loadYamlManifest(root: string, file: string, schema: SchemaName): Promise<ParsedYaml> {
  const text = await readFile(path.join(root, file), 'utf8').catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') {
      throw new PackdexError('MANIFEST_NOT_FOUND', `${file} is missing in ${quote(root)}.`, { value: root, path: file, fix: `Add ${file}, or pass --profile for the package's kind.` });
    }
    throw ioError('read', path.join(root, file), cause);
  });
  const parsed = parseYamlMapping(text, file, file);
  const problem = validateSchema(schema, parsed.data).find((i) => !isUnknownTopLevelKey(i));
  if (problem !== undefined) {
    const { line, column } = parsed.locate(problem.path);
    throw new PackdexError('MANIFEST_SCHEMA', `${file}:${line}: ${problem.path || '/'} ${problem.message}.`, {
      value: problem.path,
      expected: `a manifest matching schemas/${schema}.schema.json`,
      fix: `Correct ${problem.path || 'the manifest'} in ${file} (packdex audit lists every problem).`,
      path: file,
      line,
      column,
    });
  }
  return parsed;
}

/**
 * The version an entry gets: the manifest's, which must be semver and equal the one being
 * published; or, when the manifest has none (set at build time), the one being published.
 */
export function agreedVersion(file: string, declared: string | undefined, requested: string | undefined, line?: number): string {
  const version = declared ?? requested;
  if (version === undefined) {
    throw new PackdexError('MANIFEST_VERSION_INVALID', `${file} declares no version, and none was given.`, {
      path: file,
      expected: 'a version in the manifest, or one passed with --version (or from the release tag)',
      fix: `Set the version in ${file}, or pass --version X.Y.Z.`,
    });
  }
  if (semver.valid(version) === null || semver.clean(version) !== version) {
    throw new PackdexError('MANIFEST_VERSION_INVALID', `${file}: version ${quote(version)} is not a semantic version packdex can index.`, {
      value: version,
      path: file,
      line,
      expected: 'MAJOR.MINOR.PATCH, optionally with a -prerelease (e.g. 1.2.0, 2.0.0-rc.1)',
      fix: `Set the version in ${file} to a semantic version, e.g. ${semver.coerce(version)?.version ?? '1.0.0'}.`,
    });
  }
  if (requested !== undefined && requested !== version) {
    throw new PackdexError('MANIFEST_VERSION_MISMATCH', `${file} says version ${quote(version)} but ${quote(requested)} is being published.`, {
      value: requested,
      expected: version,
      path: file,
      line,
      fix: `Set the version in ${file} to "${requested}", or publish ${version}.`,
    });
  }
  return version;
}

/** The package name as the index writes it, or a clear error when the manifest's cannot be one. */
export function indexName(file: string, name: string, how: string): string {
  if (!PACKAGE_NAME_PATTERN.test(name)) {
    throw new PackdexError('MANIFEST_REF_INVALID', `${file}: name ${quote(name)} cannot be a package name${how}.`, {
      value: name,
      expected: PACKAGE_NAME_PATTERN.source,
      path: file,
      fix: `Rename the package in ${file}: lowercase letters, digits, - and _, starting with a letter or digit.`,
    });
  }
  return name;
}

/** An http(s) URL an entry can carry as homepage or repository, else undefined (the index would refuse it). */
export function webUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /^https?:\/\/\S+$/.test(value) ? value : undefined;
}

/**
 * A URL for an entry's `repository`: https only, as Attune's schema and validator require of it (a
 * homepage may be any web URL). A manifest's http repository is left out of the entry rather than
 * making the whole entry invalid; the package still publishes, without that link.
 */
export function repositoryUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /^https:\/\/\S+$/.test(value) ? value : undefined;
}

/** `{name: constraint}` → the entry's sorted `name@constraint` strings (absent when there are none). */
export function packsOf(deps: Record<string, string> | undefined): string[] | undefined {
  const list = Object.entries(deps ?? {}).map(([n, c]) => `${n}@${c.trim()}`).sort();
  return list.length === 0 ? undefined : list;
}

/** A rule the audit FAILs on that the index also depends on, thrown at the value's line. */
export function manifestRule(parsed: ParsedYaml, pointer: string, message: string, fix: string): PackdexError {
  const { line, column } = parsed.locate(pointer);
  return new PackdexError('MANIFEST_SCHEMA', `${parsed.file}:${line}: ${message}.`, { value: pointer, path: parsed.file, line, column, fix });
}
