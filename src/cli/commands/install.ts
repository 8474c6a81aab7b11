import path from 'node:path';
import { installPacks } from '../../client/install/install-packs';
import { timeoutsFrom } from '../../client/fetch/fetch-url';
import { existsSync } from 'node:fs';
import { LOCKFILE_NAME, readLockfile, staleLockReasons } from '../../client/install/lockfile';
import { PROJECT_CONFIG_NAME, loadEffectiveConfig } from '../../client/registries/registry-config';
import { PackdexError } from '../../core/errors';
import { loadSignaturePolicy } from '../../client/install/signature-policy';
import { cacheDirFrom } from '../../client/registries/open-registries';
import { configPath, loadConfig } from '../../client/registries/registry-config';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, progressPrinter, renderTable } from '../client-flags';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';
import { PROVENANCE_OPTIONS, PROVENANCE_USAGE, provenancePolicyFrom } from '../provenance-flags';

export const DEFAULT_PACKS_DIR = 'packs';

/** --max-size as bytes. */
export function maxSizeOpt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (m === null) throw usageError(`--max-size ${JSON.stringify(value)} is not a size.`, 'Give bytes, or a number with K, M or G (e.g. 200M).');
  return Number(m[1]) * 1024 ** ['', 'k', 'm', 'g'].indexOf(m[2]!.toLowerCase());
}

export const installCommand: Command = {
  name: 'install',
  summary: 'Install packs from registries, git, archive URLs, folders or archives; verified, all or nothing.',
  usage: [
    'Usage: packdex install [SPEC...] [--dir DIR] [options]',
    '       packdex install --lockfile [FILE] [--dir DIR]',
    '',
    '  SPEC is one of:',
    '    NAME[@CONSTRAINT]        from the registries, in priority order (slack, slack@^2.1.0, slack@beta)',
    '    https://…/repo.git       a git repository (--ref TAG|BRANCH|COMMIT; default: the newest semver tag)',
    '    https://…/pack.tar.gz    an archive URL (--checksum sha256:… to pin it)',
    '    ./path/to/pack           a local folder',
    '    ./pack-1.0.0.tar.gz      a local archive',
    `  With no SPEC: exactly what ${LOCKFILE_NAME} pins when the project has one (refused when it is out`,
    '  of date with packdex.yaml: run packdex update), else the dependencies listed in packdex.yaml.',
    '',
    `  --dir DIR         the packs folder (default: ${DEFAULT_PACKS_DIR}); each pack goes to DIR/<ref>`,
    `  --lockfile [FILE] install exactly what the lockfile pins (default ${LOCKFILE_NAME}); no registry is asked`,
    '  --ref REF         the git ref for a git SPEC',
    '  --checksum SUM    what a direct archive or git SPEC must hash to',
    '  --force           reinstall even when the same version is installed, and replace foreign folders',
    '  --skip-deps       do not install dependencies.packs',
    '  --prerelease      let ranges match prereleases',
    '  --max-size SIZE   refuse downloads larger than this when the registry recorded no size (default 512M)',
    ...PROVENANCE_USAGE,
    ...CLIENT_USAGE,
    '',
    'Each archive is checked against the size and checksum the registry recorded (a git source',
    'against its directory checksum), unpacked with no path leaving the pack folder, and its',
    'pack.yaml must name the expected ref and version. Packs are moved into place only when all',
    'are ready; a failure leaves DIR exactly as it was. DIR/.packdex/installed/<ref>.json records',
    'each install. A signed version (artifact_signature_url with publisher_key_fingerprint) is',
    'verified against the keys of packdex keys before it is unpacked; require-signatures: true in',
    'the config (or on a registry) refuses unsigned versions.',
    'each install. A version with build provenance must carry a Sigstore bundle that verifies,',
    `signed by a workflow of the package's owner repository; with ${LOCKFILE_NAME} in the current`,
    'folder (or --lockfile), a package must keep the publisher the lockfile pins.',
  ].join('\n'),
  options: {
    ...CLIENT_OPTIONS,
    ...PROVENANCE_OPTIONS,
    dir: { type: 'string' },
    lockfile: { type: 'string' },
    ref: { type: 'string' },
    checksum: { type: 'string' },
    force: { type: 'boolean' },
    'skip-deps': { type: 'boolean' },
    prerelease: { type: 'boolean' },
    'max-size': { type: 'string' },
  },
  optionalValues: { lockfile: LOCKFILE_NAME },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const dir = path.resolve(io.cwd, stringOpt(values, 'dir') ?? DEFAULT_PACKS_DIR);
    let lockfilePath = stringOpt(values, 'lockfile');
    if (lockfilePath !== undefined && positionals.length > 0) throw usageError('--lockfile installs what the lockfile pins; give no SPEC with it.');
    // As npm ci and cargo --locked: with no SPEC, a project's lockfile is what gets installed,
    // provided it still matches packdex.yaml.
    const followsLock = lockfilePath === undefined && positionals.length === 0 && existsSync(path.join(io.cwd, LOCKFILE_NAME));
    if (followsLock) lockfilePath = LOCKFILE_NAME;
    const lockfile = lockfilePath === undefined ? undefined : await readLockfile(path.resolve(io.cwd, lockfilePath));
    // Checked against the project's dependencies when it lists some; a lock made from specs
    // (packdex lock NAME) in a folder whose packdex.yaml lists none is followed as it is.
    const { config } = followsLock ? await loadEffectiveConfig(io.cwd, io.env) : { config: undefined };
    if (followsLock && existsSync(path.join(io.cwd, PROJECT_CONFIG_NAME)) && config?.dependencies !== undefined) {
      const reasons = staleLockReasons(lockfile!, config.dependencies);
      if (reasons.length > 0) {
        throw new PackdexError('LOCKFILE_STALE', `${LOCKFILE_NAME} is out of date with ${PROJECT_CONFIG_NAME}: ${reasons.join('; ')}.`, {
          value: path.join(io.cwd, LOCKFILE_NAME),
          fix: 'Run packdex update to re-resolve and rewrite the lock, then install again.',
        });
      }
    }
    // A locked install opens no registry; it reads the config only for require-signatures, and
    // the keyring, since a lockfile's signatures are verified like a registry's.
    const client = lockfile === undefined ? await openClientFrom(values, io) : undefined;
    const signatures = await loadSignaturePolicy(io.env, client?.config ?? (await loadConfig(configPath(io.cwd, io.env))));
    let specs = positionals;
    if (lockfile === undefined && specs.length === 0) {
      specs = Object.entries(client!.config.config.dependencies ?? {}).map(([name, c]) => `${name}@${c}`);
      if (specs.length === 0) throw usageError('Nothing to install: give a SPEC, or list dependencies in packdex.yaml.', 'e.g. packdex install slack@^2.0.0');
    }
    const cacheDir = client?.cacheDir ?? (values['no-cache'] === true ? undefined : cacheDirFrom(io.env));
    const results = await installPacks({
      specs,
      dir,
      cwd: io.cwd,
      gitRef: stringOpt(values, 'ref'),
      checksum: stringOpt(values, 'checksum'),
      force: values.force === true,
      skipDeps: values['skip-deps'] === true,
      includePrerelease: values.prerelease === true,
      skipUnavailable: values['skip-unavailable'] === true,
      maxSize: maxSizeOpt(stringOpt(values, 'max-size')),
      readers: client?.readers ?? [],
      cacheDir,
      allowHttp: values['allow-http'] === true,
      timeouts: client?.timeouts ?? timeoutsFrom(io.env),
      lockfile,
      signatures,
      provenance: await provenancePolicyFrom(values, io.cwd, path.resolve(io.cwd, lockfilePath ?? LOCKFILE_NAME), io.env),
      now: io.now(),
      onProgress: json ? undefined : progressPrinter(io),
      onWarning: (m) => io.stderr(`warning: ${m}\n`),
    });
    if (json) {
      printJson(io, { ok: true, dir, packs: results.map((r) => ({ name: r.name, outcome: r.outcome, ...r.record })) });
    } else {
      io.stdout(renderTable(['PACK', 'VERSION', 'OUTCOME', 'FROM'], results.map((r) => [r.name, r.version, r.outcome, r.record.registry?.name ?? r.record.installed_from.url ?? r.record.installed_from.path ?? r.record.installed_from.type])));
      io.stdout(`into ${path.relative(io.cwd, dir) || '.'}${lockfilePath === undefined ? '' : ` (as ${lockfilePath} pins)`}\n`);
    }
    return EXIT_OK;
  },
};
