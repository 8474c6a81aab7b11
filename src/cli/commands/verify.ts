import path from 'node:path';
import { DEFAULT_MAX_CHANGE_BYTES, verifyRegistryChange, type VerifyFinding, type VerifyOptions } from '../../core/site/verify-change';
import { verifyGitChange, type GitVerifyResult } from '../../core/site/verify-git-change';
import { checkArchivePackage } from '../../publish/check-archive-package';
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
    'Usage: packdex verify --head DIR [--base DIR] [options]',
    '       packdex verify --base-ref REF [--head-ref REF] [--registry-path PATH] [--repo DIR] [options]',
    '',
    '  --head DIR                the registry as changed (e.g. the pull request\'s checkout)',
    '  --base DIR                the registry before the change (e.g. a worktree of the base branch); omit for a new registry',
    '  --base-ref REF            compare commits instead of folders: the base branch, tag or commit',
    '  --head-ref REF            the changed commit (default HEAD)',
    '  --registry-path PATH      the registry\'s folder in the repository (default .)',
    '  --repo DIR                the git repository (default the current folder)',
    '  --author LOGIN            who made the change; checked against registry.json\'s publishers and a document\'s maintainers',
    '  --allow-identity-change   let registry.json\'s name, url, format, publishers or extra_files change',
    '  --allow-owner-transfer    let a package\'s owner or maintainers change',
    `  --max-change-bytes N      the most the change may add or alter (default ${DEFAULT_MAX_CHANGE_BYTES})`,
    '',
    'Fails when a file breaks its schema; a published version or stored archive was altered or removed',
    '(yanking is allowed); a new version of a name installs from outside its owner\'s repository; a name',
    'changed owner; registry.json\'s identity changed; a derived file (index.json, the page) differs from',
    'site build; a file that is none of the registry\'s was added or altered; a document is over 16 MiB.',
    '',
    'With --base-ref, a registry whose registry.json says derived: deployed is verified from the git',
    'objects alone, reading only the files the change touches (and the documents that own them): seconds',
    'at any registry size. A derived: committed registry needs a full build to compare its derived files',
    'with, so both commits are checked out and compared as folders (the output says so).',
  ].join('\n'),
  options: {
    head: { type: 'string' },
    base: { type: 'string' },
    author: { type: 'string' },
    'allow-identity-change': { type: 'boolean' },
    'allow-owner-transfer': { type: 'boolean' },
    'max-change-bytes': { type: 'string' },
    'base-ref': { type: 'string' },
    'head-ref': { type: 'string' },
    'registry-path': { type: 'string' },
    repo: { type: 'string' },
  },
  async run({ values, json }, io) {
    const headOpt = stringOpt(values, 'head');
    const baseOpt = stringOpt(values, 'base');
    const baseRef = stringOpt(values, 'base-ref');
    const options: VerifyOptions = {
      author: stringOpt(values, 'author'),
      allowIdentityChange: values['allow-identity-change'] === true,
      allowOwnerTransfer: values['allow-owner-transfer'] === true,
      maxChangeBytes: byteCount(stringOpt(values, 'max-change-bytes'), '--max-change-bytes'),
      openArchive: (file, claim) => checkArchivePackage(file, claim, 'The stored archive'),
    };
    const gitOnly = (['head-ref', 'registry-path', 'repo'] as const).filter((k) => stringOpt(values, k) !== undefined);
    let findings: VerifyFinding[];
    let git: GitVerifyResult | undefined;
    if (baseRef !== undefined) {
      if (headOpt !== undefined || baseOpt !== undefined) throw usageError('packdex verify compares folders (--base DIR --head DIR) or commits (--base-ref REF), not both.', 'e.g. packdex verify --base-ref origin/main');
      git = await verifyGitChange({ repo: path.resolve(io.cwd, stringOpt(values, 'repo') ?? '.'), baseRef, headRef: stringOpt(values, 'head-ref'), registryPath: stringOpt(values, 'registry-path'), ...options });
      findings = git.findings;
    } else {
      if (gitOnly.length > 0) throw usageError(`--${gitOnly[0]} goes with --base-ref REF (a comparison of commits).`, 'e.g. packdex verify --base-ref origin/main --registry-path registry');
      if (headOpt === undefined) throw usageError('packdex verify needs --head DIR, or --base-ref REF.', 'e.g. packdex verify --base ../base --head ., or packdex verify --base-ref origin/main');
      findings = await verifyRegistryChange(baseOpt === undefined ? undefined : path.resolve(io.cwd, baseOpt), path.resolve(io.cwd, headOpt), options);
    }
    if (git?.note !== undefined && !json) io.stderr(`note: ${git.note}\n`);
    if (json) printJson(io, { ok: findings.length === 0, findings, ...(git === undefined ? {} : { mode: git.mode, ...(git.note === undefined ? {} : { note: git.note }), read: { files: git.read.paths.length, bytes: git.read.bytes } }) });
    else if (findings.length === 0) io.stdout('The change keeps every rule of the registry.\n');
    else io.stdout(findings.map((f) => `${findingLine(f)}\n`).join(''));
    return findings.length === 0 ? EXIT_OK : EXIT_FAILURE;
  },
};
