import path from 'node:path';
import { DEFAULT_MAX_CHANGE_BYTES, verifyRegistryChange, type VerifyFinding } from '../../core/site/verify-change';
import { EXIT_FAILURE, EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';

/** A byte count option: a whole number of bytes. */
export function byteCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value)) throw usageError(`${option} is '${value}'; expected a whole number of bytes.`, `e.g. ${option} ${DEFAULT_MAX_CHANGE_BYTES}`);
  return Number(value);
}

/** One finding as a line: `FAIL CODE file:line: message Fix: …`. */
export function findingLine(f: VerifyFinding): string {
  return `FAIL ${f.code} ${f.file}${f.line === undefined ? '' : `:${f.line}`}: ${f.message}${f.fix === undefined ? '' : ` Fix: ${f.fix}`}`;
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check a registry change (head against base): every file of the registry, published versions and archives, owners, derived files.',
  usage: [
    'Usage: packdex verify --head DIR [--base DIR] [--author LOGIN] [--allow-identity-change] [--allow-owner-transfer] [--max-change-bytes N]',
    '',
    '  --head DIR                the registry as changed (e.g. the pull request\'s checkout)',
    '  --base DIR                the registry before the change (e.g. a worktree of the base branch); omit for a new registry',
    '  --author LOGIN            who made the change; checked against registry.json\'s publishers and a document\'s maintainers',
    '  --allow-identity-change   let registry.json\'s name, url, format, publishers or extra_files change',
    '  --allow-owner-transfer    let a package\'s owner or maintainers change',
    `  --max-change-bytes N      the most the change may add or alter (default ${DEFAULT_MAX_CHANGE_BYTES})`,
    '',
    'Fails when a file breaks its schema; a published version or stored archive was altered or removed',
    '(yanking is allowed); a new version of a name installs from outside its owner\'s repository; a name',
    'changed owner; registry.json\'s identity changed; a derived file (index.json, the page) differs from',
    'site build; a file that is none of the registry\'s was added or altered; a document is over 16 MiB.',
  ].join('\n'),
  options: {
    head: { type: 'string' },
    base: { type: 'string' },
    author: { type: 'string' },
    'allow-identity-change': { type: 'boolean' },
    'allow-owner-transfer': { type: 'boolean' },
    'max-change-bytes': { type: 'string' },
  },
  async run({ values, json }, io) {
    const headOpt = stringOpt(values, 'head');
    if (headOpt === undefined) throw usageError('packdex verify needs --head DIR.', 'e.g. packdex verify --base ../base --head .');
    const baseOpt = stringOpt(values, 'base');
    const findings = await verifyRegistryChange(baseOpt === undefined ? undefined : path.resolve(io.cwd, baseOpt), path.resolve(io.cwd, headOpt), {
      author: stringOpt(values, 'author'),
      allowIdentityChange: values['allow-identity-change'] === true,
      allowOwnerTransfer: values['allow-owner-transfer'] === true,
      maxChangeBytes: byteCount(stringOpt(values, 'max-change-bytes'), '--max-change-bytes'),
    });
    if (json) printJson(io, { ok: findings.length === 0, findings });
    else if (findings.length === 0) io.stdout('The change keeps every rule of the registry.\n');
    else io.stdout(findings.map((f) => `${findingLine(f)}\n`).join(''));
    return findings.length === 0 ? EXIT_OK : EXIT_FAILURE;
  },
};
