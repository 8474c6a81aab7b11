import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError } from '../../core/errors';
import { attuneStrictViolations } from '../../core/index-file/attune-strict';
import { canonicalViolations } from '../../core/index-file/canonical-violations';
import { indexViolations, type Violation } from '../../core/index-file/index-rules';
import type { AttunePackIndex } from '../../core/schema-types';
import { parseJsonText } from '../../core/index-file/read-index';
import { EXIT_FAILURE, EXIT_OK, printJson, usageError, type Command } from '../command';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check an index.json against every rule of the index format (--attune: strict Attune; --canonical: packdex\'s layout).',
  usage: [
    'Usage: packdex validate INDEX [--attune] [--canonical] [--json]',
    '',
    '  INDEX        the index.json to check: valid when Attune\'s own schema and validator accept it',
    '               (any key order, unsorted lists, a bare "core" dependency, an offset in last_updated)',
    '  --attune     also the strict Attune pack-index rules: refs ^[a-z][a-z0-9_-]*$, only the five',
    '               Attune contents kinds. Without it, the entries of other profiles (scoped AAM',
    '               names, pbg and AAM contents kinds) are valid.',
    '  --canonical  also what packdex writes: entry keys in Attune\'s Rust order, sorted keywords,',
    '               runtime_deps and contents, git sources before archive sources, last_updated in',
    '               whole seconds with Z, 2-space JSON. Each deviation is reported with its path.',
    '',
    'Each violation is printed with its JSON path. Exit status 1 when any rule is broken.',
    'Example: packdex validate registry/index.json',
  ].join('\n'),
  positionals: true,
  options: { attune: { type: 'boolean' }, canonical: { type: 'boolean' } },
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
    const canonical = values.canonical === true;
    const violations: Violation[] = [...indexViolations(index), ...(strict ? attuneStrictViolations(index) : [])];
    // The writer's layout is only meaningful for an index that reads: checked when it does.
    const deviations = canonical && violations.length === 0 ? canonicalViolations(index as AttunePackIndex, text) : [];
    const failed = violations.length + deviations.length;
    if (json) printJson(io, { ok: failed === 0, file, attune: strict, canonical, violations, deviations });
    else if (failed === 0) io.stdout(`${file}: valid${canonical ? ', in packdex\'s canonical layout' : ''}\n`);
    else {
      if (violations.length > 0) io.stdout(`${file}: ${violations.length} violation${violations.length === 1 ? '' : 's'}\n`);
      for (const v of violations) io.stdout(`  ${v.path || '/'}: ${v.message}\n`);
      if (deviations.length > 0) io.stdout(`${file}: valid, but ${deviations.length} deviation${deviations.length === 1 ? '' : 's'} from the layout packdex writes\n`);
      for (const v of deviations) io.stdout(`  ${v.path || '/'}: ${v.message}\n`);
    }
    return failed === 0 ? EXIT_OK : EXIT_FAILURE;
  },
};
