import path from 'node:path';
import { verifyRegistryChange } from '../../core/site/verify-change';
import { EXIT_FAILURE, EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check a registry change (head against base): schemas, immutable versions, owners, derived files.',
  usage: [
    'Usage: packdex verify --head DIR [--base DIR]',
    '',
    '  --head DIR  the registry as changed (e.g. the pull request\'s checkout)',
    '  --base DIR  the registry before the change (e.g. a worktree of the base branch); omit for a new registry',
    '',
    'Fails when a file breaks its schema, a published version was altered or removed (yanking is',
    'allowed), a name changed owner, or index.json differs from what the package documents give.',
  ].join('\n'),
  options: { head: { type: 'string' }, base: { type: 'string' } },
  async run({ values, json }, io) {
    const headOpt = stringOpt(values, 'head');
    if (headOpt === undefined) throw usageError('packdex verify needs --head DIR.', 'e.g. packdex verify --base ../base --head .');
    const baseOpt = stringOpt(values, 'base');
    const findings = await verifyRegistryChange(baseOpt === undefined ? undefined : path.resolve(io.cwd, baseOpt), path.resolve(io.cwd, headOpt));
    if (json) printJson(io, { ok: findings.length === 0, findings });
    else if (findings.length === 0) io.stdout('The change keeps every rule of the registry.\n');
    else io.stdout(findings.map((f) => `FAIL ${f.code} ${f.file}${f.line === undefined ? '' : `:${f.line}`}: ${f.message}\n`).join(''));
    return findings.length === 0 ? EXIT_OK : EXIT_FAILURE;
  },
};
