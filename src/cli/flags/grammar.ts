import path from 'node:path';
import { stringOpt, usageError, type Options, type Values } from '../command';

/**
 * The command grammar: one spelling per meaning, on every verb.
 *
 * - The package folder (what is audited, archived, published): positional `[DIR]`, with
 *   `--pack-dir DIR` as its alias (the Action's input is `pack-dir`). Default: the current folder.
 * - The registry folder a maintainer writes (publish, register, yank, dist-tag, site build, serve,
 *   quickstart): `--registry-dir PATH`. Default: .packdex/registry.
 * - The registries a consumer reads (search, list, show, resolve, install, lock, add, update):
 *   `--registry NAME|URL`, repeatable (see client-flags.ts).
 *
 * Old spellings keep working with a one-line deprecation notice on stderr: see DEPRECATED_FLAGS.
 */

export const DEFAULT_REGISTRY_DIR = '.packdex/registry';

export const PACK_DIR_OPTIONS: Options = { 'pack-dir': { type: 'string' } };
export const PACK_DIR_USAGE = '  DIR, --pack-dir DIR   the package folder (default: the current folder)';

export const REGISTRY_DIR_OPTIONS: Options = { 'registry-dir': { type: 'string' } };
export const REGISTRY_DIR_USAGE = `  --registry-dir PATH   the registry folder to write (default: ${DEFAULT_REGISTRY_DIR})`;

/** The line every verb's help ends its options with. */
export const COMMON_USAGE = '  --json                print the result as JSON on stdout\n  -h, --help            show this help';

/**
 * Spellings of earlier releases, per meaning: the old flag is rewritten to the new one before
 * parsing, and a notice is printed. A verb lists the ones that apply to it in `deprecated`.
 */
export const REGISTRY_FOLDER_ALIAS = { registry: 'registry-dir' } as const;

/** The package folder from `[DIR]` or `--pack-dir`; both given must agree. */
export function packDirFrom(values: Values, positionals: readonly string[], cwd: string, verb: string): string {
  if (positionals.length > 1) throw usageError(`packdex ${verb} takes one package folder, got ${positionals.length}: ${positionals.map((p) => `'${p}'`).join(' ')}.`);
  const flag = stringOpt(values, 'pack-dir');
  const positional = positionals[0];
  if (flag !== undefined && positional !== undefined && path.resolve(cwd, flag) !== path.resolve(cwd, positional)) {
    throw usageError(`packdex ${verb} got two package folders: '${positional}' and --pack-dir '${flag}'.`, 'Give the folder once, as DIR or as --pack-dir DIR.');
  }
  return path.resolve(cwd, flag ?? positional ?? '.');
}

/** The maintainer's registry folder from `--registry-dir` (or, deprecated, `--registry`). */
export function registryDirFrom(values: Values, cwd: string, fallback?: string): string {
  return path.resolve(cwd, stringOpt(values, 'registry-dir') ?? fallback ?? DEFAULT_REGISTRY_DIR);
}
