import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError } from '../../core/errors';
import { attuneStrictViolations } from '../../core/index-file/attune-strict';
import { indexViolations } from '../../core/index-file/index-rules';
import { parseJsonText } from '../../core/index-file/read-index';
import { EXIT_FAILURE, EXIT_OK, printJson, usageError, type Command } from '../command';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check an index.json against every rule of the index format (--attune: strict Attune).',
  usage: [
    'Usage: packdex validate INDEX [--attune] [--json]',
    '',
    '  INDEX     the index.json to check',
    '  --attune  also the strict Attune pack-index rules: refs ^[a-z][a-z0-9_-]*$, only the five',
    '            Attune contents kinds, ref@constraint dependencies. Without it, the entries of other',
    '            profiles (scoped AAM names, pbg and AAM contents kinds) are valid.',
    '',
    'Each violation is printed with its JSON path. Exit status 1 when any rule is broken.',
    'Example: packdex validate registry/index.json',
  ].join('\n'),
  positionals: true,
  options: { attune: { type: 'boolean' } },
  async run({ values, positionals, json }, io) {
    if (positionals.length !== 1) throw usageError('validate takes exactly one INDEX file.');
    const file = positionals[0]!;
    const text = await readFile(path.resolve(io.cwd, file), 'utf8').catch((cause: NodeJS.ErrnoException) => {
      throw new PackdexError(cause.code === 'ENOENT' ? 'INDEX_NOT_FOUND' : 'IO', `Cannot read '${file}': ${cause.code ?? cause.message}.`, {
        value: file,
        fix: 'Check the path.',
      });
    });
    const index = parseJsonText(text, file);
    const strict = values.attune === true;
    const violations = [...indexViolations(index), ...(strict ? attuneStrictViolations(index) : [])];
    if (json) printJson(io, { ok: violations.length === 0, file, attune: strict, violations });
    else if (violations.length === 0) io.stdout(`${file}: valid\n`);
    else {
      io.stdout(`${file}: ${violations.length} violation${violations.length === 1 ? '' : 's'}\n`);
      for (const v of violations) io.stdout(`  ${v.path || '/'}: ${v.message}\n`);
    }
    return violations.length === 0 ? EXIT_OK : EXIT_FAILURE;
  },
};
