import path from 'node:path';
import { LOCKFILE_NAME } from '../../client/install/lockfile';
import { verifyPackage } from '../../client/install/verify-package';
import { parsePackageSpec } from '../../client/resolve/parse-spec';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom } from '../client-flags';
import { EXIT_OK, printJson, usageError, type Command } from '../command';
import { PROVENANCE_OPTIONS, PROVENANCE_USAGE, provenancePolicyFrom } from '../provenance-flags';

export const verifyPackageCommand: Command = {
  name: 'verify-package',
  summary: 'Verify a version\'s build provenance (Sigstore bundle) and print what was checked.',
  usage: [
    'Usage: packdex verify-package NAME[@VERSION] [--trusted-root FILE] [registry options]',
    '',
    '  --prerelease   let ranges match prereleases',
    ...PROVENANCE_USAGE,
    ...CLIENT_USAGE,
    '',
    'Downloads the archive (size and checksum as recorded) and its Sigstore bundle, and checks what',
    'install checks: the certificate chains to a trusted root, the transparency-log entry or the',
    'timestamp holds, the signature covers the statement, the signer is a workflow of the package\'s',
    `owner repository, the statement's subject is the archive, and the publisher is the one ${LOCKFILE_NAME}`,
    'in the current folder pins. Nothing is installed. Exit 1 with the failing check\'s code.',
  ].join('\n'),
  options: { ...CLIENT_OPTIONS, ...PROVENANCE_OPTIONS, prerelease: { type: 'boolean' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    if (positionals.length !== 1) throw usageError('packdex verify-package takes one NAME[@VERSION].', 'e.g. packdex verify-package slack@2.1.0');
    const client = await openClientFrom(values, io);
    const report = await verifyPackage({
      spec: parsePackageSpec(positionals[0]!),
      readers: client.readers,
      cacheDir: client.cacheDir,
      allowHttp: client.allowHttp,
      timeouts: client.timeouts,
      includePrerelease: values.prerelease === true,
      skipUnavailable: values['skip-unavailable'] === true,
      policy: await provenancePolicyFrom(values, io.cwd, path.resolve(io.cwd, LOCKFILE_NAME), io.env),
    });
    if (json) {
      printJson(io, { ok: true, ...report });
      return EXIT_OK;
    }
    const p = report.provenance;
    const evidence = [
      ...(p.evidence.tlogEntries > 0 ? [`${p.evidence.tlogEntries} transparency-log entr${p.evidence.tlogEntries === 1 ? 'y' : 'ies'} (inclusion verified)`] : []),
      ...(p.evidence.timestamps > 0 ? [`${p.evidence.timestamps} signed timestamp${p.evidence.timestamps === 1 ? '' : 's'}`] : []),
    ].join(', ');
    const pin =
      report.pin.status === 'none'
        ? `not pinned (no ${LOCKFILE_NAME} entry)`
        : report.pin.status === 'matches'
          ? `matches the pinned ${report.pin.pinned!.repository} ${report.pin.pinned!.workflow}`
          : `differs from the pinned ${report.pin.pinned!.repository} ${report.pin.pinned!.workflow}; accepted with --accept-publisher-change`;
    io.stdout(
      [
        `${report.name} ${report.version} (registry ${report.registry}): provenance verified`,
        `  ok  archive      ${report.archive.url}: ${report.archive.size} bytes, ${report.archive.checksum} as recorded`,
        `  ok  bundle       ${report.bundle_url}`,
        `  ok  certificate  chains to the trusted root ${p.root}`,
        `  ok  evidence     ${evidence}`,
        `  ok  signature    over the in-toto statement (${p.subject.predicateType})`,
        `  ok  signer       ${p.san} (issuer ${p.issuer})`,
        `  ok  owner        ${report.owner}: the signer's repository ${p.identity.repository}, workflow ${p.identity.workflow}, ref ${p.identity.ref}`,
        `  ok  subject      ${p.subject.name} sha256:${p.subject.sha256} is the archive`,
        `  ok  publisher    ${pin}`,
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  },
};
