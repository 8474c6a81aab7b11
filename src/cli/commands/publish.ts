import { stat } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { formatBytes } from '../../core/format-bytes';
import { isNoop } from '../../core/fs/file-change';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import { SITE_FILES } from '../../core/site/build-site';
import { publishReceipt } from '../../core/site/publish-receipt';
import { committedSizeWarnings } from '../../core/site/size-warnings';
import { indexPolicyOf } from '../../core/site/index-json/index-policy';
import { indexDroppedNote } from '../index-note';
import { publishToFolder } from '../../core/site/publish-to-folder';
import { parseFingerprint } from '../../core/signatures/key-fingerprint';
import { loadSigningKey, type SigningKey } from '../../core/signatures/sign-detached';
import { ioError } from '../../core/errors';
import { readFile } from 'node:fs/promises';
import { EXIT_FAILURE, EXIT_OK, printJson, stringOpt, type Command } from '../command';
import { registryWriteOptions } from '../registry-write';
import { renderDiff } from '../render-diff';
import { renderAudit } from './audit';
import { workProgress } from '../client-flags';
import { DEFAULT_REGISTRY_DIR, PACK_DIR_OPTIONS, REGISTRY_DIR_OPTIONS, REGISTRY_FOLDER_ALIAS, packDirFrom, registryDirFrom } from '../flags/grammar';
import type { PackageDocument } from '../../core/site/package-document';

export { DEFAULT_REGISTRY_DIR };

/** Why index.json does not show this version, said only when it is so. */
function indexNote(version: string, latest: string | undefined, indexChanged: boolean): string {
  if (indexChanged || latest === undefined || latest === version) return '';
  if (semver.gt(latest, version)) return ` (index.json lists ${latest}: a newer version is latest)`;
  if (semver.prerelease(version) !== null && semver.prerelease(latest) === null) return ` (index.json lists ${latest}: a prerelease is latest only while no release is published)`;
  return ` (index.json lists ${latest}, the latest version)`;
}

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Audit, archive and publish a package (any profile) into a local registry folder.',
  usage: [
    'Usage: packdex publish [DIR] [--registry-dir PATH] [options]',
    '',
    '  DIR, --pack-dir DIR             the package to publish (default: the current folder)',
    '  --profile P                     auto (default: pack.yaml → attune, aam.yaml → aam, dbpm.yaml → dbpm,',
    '                                  pyproject.toml → pbg), attune, aam, dbpm or pbg',
    `  --registry-dir PATH             the registry folder (default: ${DEFAULT_REGISTRY_DIR}; create it with packdex registry init)`,
    '  --version V                     refuse unless the manifest says this version (e.g. from the tag);',
    '                                  a pbg package with a dynamic version is published as V',
    '  --owner REPO                    who publishes (default: the pack\'s repository, e.g. github.com/acme/pack-slack, else "local")',
    '  --archive-url-base URL          where the archives folder is served (default: <registry url>/archives)',
    '  --sign-key FILE                 sign the archive with this armoured OpenPGP private key: writes',
    '                                  <archive>.asc beside it and records its URL with the key\'s full',
    '                                  primary fingerprint (passphrase: $PACKDEX_SIGN_KEY_PASSPHRASE)',
    '  --signature-url URL             a detached signature made elsewhere (with --publisher-key-fingerprint)',
    '  --publisher-key-fingerprint FP  the signing key\'s full fingerprint (with --signature-url)',
    '  --no-audit                      publish without the audit (the manifest must still be readable),',
    '                                  as register --no-audit and the Action\'s audit: false',
    '  --receipt FILE                  after publishing, write the secret-free publish receipt here',
    '                                  (package, version, artifact URL, checksum, size, signature, time)',
    '  --dry-run                       print what would change; write nothing',
    '',
    'The archive goes into <registry>/archives/; only packages/<shard>/<name>.json and index.json are',
    'rewritten. Publishing the same version again is "unchanged" ("repaired" when it had to put back',
    'an index.json line or archive that disagreed with the document); the same version with other',
    'bytes is refused: published versions never change. Changes take the registry\'s lock (waiting up',
    'to PACKDEX_LOCK_TIMEOUT seconds, default 120) and finish or undo what a killed command left.',
  ].join('\n'),
  options: {
    ...PACK_DIR_OPTIONS,
    ...REGISTRY_DIR_OPTIONS,
    profile: { type: 'string' },
    version: { type: 'string' },
    owner: { type: 'string' },
    'archive-url-base': { type: 'string' },
    'sign-key': { type: 'string' },
    'signature-url': { type: 'string' },
    'publisher-key-fingerprint': { type: 'string' },
    'dry-run': { type: 'boolean' },
    receipt: { type: 'string' },
    'no-audit': { type: 'boolean' },
  },
  positionals: true,
  deprecated: REGISTRY_FOLDER_ALIAS,
  async run({ values, positionals, json }, io) {
    const packDir = packDirFrom(values, positionals, io.cwd, 'publish');
    const registryDir = registryDirFrom(values, io.cwd);
    const dryRun = values['dry-run'] === true;
    const keyFile = stringOpt(values, 'sign-key');
    let signer: SigningKey | undefined;
    if (keyFile !== undefined) {
      const file = path.resolve(io.cwd, keyFile);
      const armored = await readFile(file, 'utf8').catch((cause: unknown) => {
        throw ioError('read', file, cause);
      });
      signer = await loadSigningKey(armored, io.env.PACKDEX_SIGN_KEY_PASSPHRASE, file);
    }
    const fingerprint = stringOpt(values, 'publisher-key-fingerprint');
    const result = await publishToFolder({
      packDir,
      registryDir,
      profile: stringOpt(values, 'profile'),
      owner: stringOpt(values, 'owner'),
      archiveUrlBase: stringOpt(values, 'archive-url-base'),
      signatureUrl: stringOpt(values, 'signature-url'),
      publisherKeyFingerprint: fingerprint === undefined ? undefined : parseFingerprint(fingerprint, '--publisher-key-fingerprint'),
      signer,
      audit: { expectVersion: stringOpt(values, 'version') },
      skipAudit: values['no-audit'] === true,
      dryRun,
      write: registryWriteOptions(io, 'publish'),
      now: io.now(),
      onProgress: workProgress(io, json, 'archiving'),
    });
    // The receipt restates what the registry now holds; a dry run or a failed audit writes none.
    const receiptFile = stringOpt(values, 'receipt');
    let receiptPath: string | undefined;
    if (receiptFile !== undefined && !dryRun && result.doc !== undefined && result.entry !== undefined && result.identity !== undefined) {
      receiptPath = path.resolve(io.cwd, receiptFile);
      const receipt = publishReceipt(result.doc, result.entry.version, result.identity.url, result.outcome!);
      await writeFileAtomic(receiptPath, `${JSON.stringify(receipt, null, 2)}\n`);
    }
    // index.json grows with every package: say early when it nears what GitHub accepts.
    if (!dryRun && result.identity !== undefined) {
      const size = await stat(path.join(registryDir, 'index.json')).then((st) => st.size, () => 0);
      const policy = indexPolicyOf(result.identity);
      for (const w of committedSizeWarnings([{ path: 'index.json', size }], SITE_FILES, result.identity.derived, policy)) io.stderr(`warning: ${w.message}\n`);
    }
    // The publish that takes index.json past registry.json's limit drops it: say so, once.
    const dropped = indexDroppedNote(result.removed, result.index, dryRun);
    if (dropped !== undefined) io.stderr(dropped);
    if (json) {
      printJson(io, {
        receipt: receiptPath,
        ok: result.entry !== undefined,
        dryRun,
        outcome: result.outcome,
        repaired: result.repaired ?? [],
        profile: result.profile,
        audit: result.audit && { counts: result.audit.counts, checks: result.audit.checks },
        name: result.entry?.ref,
        version: result.entry?.version,
        archive: result.archive && { path: result.archive.path, size: result.archive.size, checksum: result.archive.checksum },
        signature: signatureOf(result.doc, result.entry?.version),
        entry: result.entry,
        written: (result.changes ?? []).filter((c) => !isNoop(c)).map((c) => c.path),
        removed: result.removed ?? [],
        ...(result.index === undefined ? {} : { index: result.index.produced ? 'index.json' : null }),
      });
      return result.entry === undefined ? EXIT_FAILURE : EXIT_OK;
    }
    if (result.audit !== undefined) io.stdout(renderAudit(result.audit));
    if (result.entry === undefined || result.archive === undefined) {
      io.stderr('Not published: the audit failed. Fix the FAIL checks above and run again.\n');
      return EXIT_FAILURE;
    }
    if (dryRun) for (const change of result.changes ?? []) io.stdout(renderDiff(change, io.cwd));
    io.stdout(`archive  ${path.relative(io.cwd, result.archive.path) || result.archive.path} (${formatBytes(result.archive.size)}) ${result.archive.checksum}\n`);
    const repaired = result.repaired ?? [];
    const said = repaired.length > 0 ? `repaired (${repaired.join(', ')} put back to agree with the package document)` : result.outcome;
    io.stdout(`${dryRun ? 'would be ' : ''}${said}: ${result.entry.ref} ${result.entry.version} in ${path.relative(io.cwd, registryDir) || '.'}${indexNote(result.entry.version, result.doc?.dist_tags.latest, result.indexChanged === true)}\n`);
    const signed = signatureOf(result.doc, result.entry.version);
    if (signed !== undefined) io.stdout(`signed   ${signed.publisher_key_fingerprint} ${signed.signature_url}\n`);
    if (receiptPath !== undefined) io.stdout(`receipt  ${path.relative(io.cwd, receiptPath) || receiptPath}\n`);
    return EXIT_OK;
  },
};

/** The recorded signature of the version just published, if it has one. */
function signatureOf(doc: PackageDocument | undefined, version: string | undefined): { signature_url: string; publisher_key_fingerprint: string } | undefined {
  const held = doc?.versions.find((v) => v.version === version);
  return held?.signature_url === undefined ? undefined : { signature_url: held.signature_url, publisher_key_fingerprint: held.publisher_key_fingerprint! };
}
