import { statSync } from 'node:fs';
import path from 'node:path';
import { isGitUrl } from '../../client/install/clone-git';
import { isNoop } from '../../core/fs/file-change';
import { PackdexError, quote } from '../../core/errors';
import { registerPackage, type RegisterSource } from '../../publish/register-package';
import { EXIT_FAILURE, EXIT_OK, printJson, stringOpt, usageError, type Command, type Values } from '../command';
import { registryWriteOptions } from '../registry-write';
import { renderDiff } from '../render-diff';
import { renderAudit } from './audit';
import { DEFAULT_REGISTRY_DIR, PACK_DIR_OPTIONS, REGISTRY_DIR_OPTIONS, REGISTRY_FOLDER_ALIAS, registryDirFrom } from '../flags/grammar';
import { docsUrl } from '../../core/docs-url';

/** A folder that exists is a local path; a URL (https, http, ssh, file, git@host:) is a repository. */
function sourceFrom(values: Values, given: string[], cwd: string): RegisterSource {
  // --pack-dir is the grammar's alias of a folder SOURCE.
  const packDir = stringOpt(values, 'pack-dir');
  if (packDir !== undefined && given.length > 0) throw usageError('Give the SOURCE once: as an argument or as --pack-dir DIR.');
  const positionals = packDir === undefined ? given : [packDir];
  const outline = stringOpt(values, 'from-file');
  if (outline !== undefined) {
    if (positionals.length > 0) throw usageError('--from-file registers an outline; give no SOURCE with it.');
    const url = stringOpt(values, 'archive-url');
    const checksum = stringOpt(values, 'archive-checksum');
    const file = stringOpt(values, 'archive');
    if (url === undefined || (checksum === undefined && file === undefined)) {
      throw usageError('An outline names no files to install: pass --archive-url URL with --archive FILE or --archive-checksum SUM.', 'e.g. packdex register --from-file outline.json --archive-url https://files.example/pkg-1.0.0.tar.gz --archive dist/pkg-1.0.0.tar.gz');
    }
    const sizeText = stringOpt(values, 'archive-size');
    if (sizeText !== undefined && !/^\d+$/.test(sizeText)) throw usageError(`--archive-size ${quote(sizeText)} is not a number of bytes.`);
    return {
      kind: 'outline',
      file: path.resolve(cwd, outline),
      archive: { url, checksum, file: file === undefined ? undefined : path.resolve(cwd, file), size: sizeText === undefined ? undefined : Number(sizeText) },
    };
  }
  if (positionals.length !== 1) throw usageError('register takes one SOURCE: a folder or a repository URL (or --from-file OUTLINE).', 'e.g. packdex register https://github.com/vivarium-collective/pbg-cobra --ref v0.3.1');
  const spec = positionals[0]!;
  const ref = stringOpt(values, 'ref');
  if (isGitUrl(spec)) return { kind: 'repo_url', url: spec, ref };
  const local = path.resolve(cwd, spec);
  let isDir: boolean;
  try {
    isDir = statSync(local).isDirectory();
  } catch {
    throw new PackdexError('PATH_NOT_FOUND', `${quote(spec)} is neither a folder nor a repository URL.`, {
      value: local,
      expected: 'a package folder, or a git URL (https://…, git@host:owner/repo, file://…)',
      fix: 'Check the path, or give the repository URL.',
    });
  }
  if (!isDir) throw new PackdexError('PATH_NOT_FOUND', `${quote(spec)} is a file, not a package folder.`, { value: local, fix: 'Give the folder that holds the manifest.' });
  if (ref !== undefined) throw usageError('--ref is for repository URLs; a local folder is registered as it is.', `Pass file://${local} to register a ref of a local repository.`);
  return { kind: 'local_path', path: local };
}

export const registerCommand: Command = {
  name: 'register',
  summary: 'Register a package from a folder, a repository URL or a pbg outline.',
  usage: [
    'Usage: packdex register SOURCE [--ref REF] [--registry-dir PATH] [options]',
    '       packdex register --from-file OUTLINE --archive-url URL (--archive FILE | --archive-checksum SUM)',
    '',
    '  SOURCE                  a package folder, or a git repository URL (https://, ssh://, file://,',
    '                          git@host:owner/repo), cloned shallowly',
    '  --ref REF               the branch, tag or commit of a URL (default: its newest semver tag,',
    '                          else its default branch); the commit is what is recorded',
    '  --from-file OUTLINE     register an outline JSON (package_type, name, version, compute) without an',
    '                          audit; the archive flags say where the package is downloaded',
    '  --archive-url URL       with --from-file: the https download URL of the package',
    '  --archive FILE          with --from-file: the archive, hashed and measured here',
    '  --archive-checksum SUM  with --from-file: its SHA-256 instead (add --archive-size BYTES)',
    '  --no-audit              register without the audit (the manifest must still be readable)',
    '  --profile P             auto (default), attune, aam, dbpm or pbg',
    `  --registry-dir PATH     the registry folder (default: ${DEFAULT_REGISTRY_DIR})`,
    '  --pack-dir DIR          the same as a folder SOURCE',
    '  --version V             refuse unless the manifest says this version',
    '  --owner OWNER           who registers (default: the URL\'s host/owner/repo, else the manifest\'s',
    '                          repository, else "local")',
    '  --archive-url-base URL  where the registry\'s archives folder is served',
    '  --allow-http            let a repository URL be plain http',
    '  --dry-run               print what would change; write nothing',
    '',
    'A name belongs to the repository that registered it first: registering it from another is a',
    'conflict (NAME_OWNED). The same name and version again is "unchanged".',
    '',
    `The outline: schemas/outline.schema.json; profiles and their audits: ${docsUrl('profiles.md')}`,
  ].join('\n'),
  positionals: true,
  deprecated: REGISTRY_FOLDER_ALIAS,
  options: {
    ref: { type: 'string' },
    'from-file': { type: 'string' },
    'archive-url': { type: 'string' },
    archive: { type: 'string' },
    'archive-checksum': { type: 'string' },
    'archive-size': { type: 'string' },
    'no-audit': { type: 'boolean' },
    profile: { type: 'string' },
    ...REGISTRY_DIR_OPTIONS,
    ...PACK_DIR_OPTIONS,
    version: { type: 'string' },
    owner: { type: 'string' },
    'archive-url-base': { type: 'string' },
    'allow-http': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  },
  async run({ values, positionals, json }, io) {
    const source = sourceFrom(values, positionals, io.cwd);
    const registryDir = registryDirFrom(values, io.cwd);
    const dryRun = values['dry-run'] === true;
    const result = await registerPackage({
      source,
      registryDir,
      profile: stringOpt(values, 'profile'),
      audit: values['no-audit'] !== true,
      version: stringOpt(values, 'version')?.replace(/^v(?=\d)/, ''),
      owner: stringOpt(values, 'owner'),
      archiveUrlBase: stringOpt(values, 'archive-url-base'),
      allowHttp: values['allow-http'] === true,
      dryRun,
      write: registryWriteOptions(io, 'register'),
      now: io.now(),
    });
    const ok = result.entry !== undefined;
    if (json) {
      printJson(io, {
        ok,
        dryRun,
        kind: source.kind,
        profile: result.profile,
        outcome: result.outcome,
        repaired: result.repaired ?? [],
        name: result.entry?.ref,
        version: result.entry?.version,
        owner: result.owner,
        commit: result.commit,
        audit: result.audit && { counts: result.audit.counts, checks: result.audit.checks },
        entry: result.entry,
        written: (result.changes ?? []).filter((c) => !isNoop(c)).map((c) => c.path),
      });
      return ok ? EXIT_OK : EXIT_FAILURE;
    }
    if (result.audit !== undefined) io.stdout(renderAudit(result.audit));
    if (!ok) {
      io.stderr('Not registered: the audit failed. Fix the FAIL checks above, or pass --no-audit to register anyway.\n');
      return EXIT_FAILURE;
    }
    if (dryRun) for (const change of result.changes ?? []) io.stdout(renderDiff(change, io.cwd));
    const at = result.commit === undefined ? '' : ` at ${result.commit.slice(0, 12)}`;
    const said = (result.repaired ?? []).length > 0 ? `repaired (${result.repaired!.join(', ')} put back to agree with the package document)` : result.outcome;
    io.stdout(`${dryRun ? 'would be ' : ''}${said}: ${result.entry!.ref} ${result.entry!.version} (${result.profile}, owner ${result.owner}${at}) in ${path.relative(io.cwd, registryDir) || '.'}\n`);
    return EXIT_OK;
  },
};
