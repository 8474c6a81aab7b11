import { parsePackageSpec } from '../../client/resolve/parse-spec';
import { resolvePackage } from '../../client/resolve/resolve-package';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, skipOptionsFrom } from '../client-flags';
import { EXIT_OK, printJson, usageError, type Command } from '../command';

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'Resolve NAME[@CONSTRAINT] to an exact version, artifact URL and checksum.',
  usage: [
    'Usage: packdex resolve NAME[@CONSTRAINT] [--prerelease] [registry options]',
    '',
    '  CONSTRAINT: 1.2.3 (exact, even if yanked), ~1.2.3, ^1.2.3, a range (">=1.0.0 <2.0.0"),',
    '  latest (the default) or any dist-tag.',
    '  --prerelease  let ranges match prereleases',
    ...CLIENT_USAGE,
    '',
    'Prints the dbpm-style answer: package, version, artifact_url, artifact_checksum, and',
    'artifact_signature_url with publisher_key_fingerprint when the version is signed.',
    'Costs two small requests per registry asked (registry.json and the package document).',
  ].join('\n'),
  options: { ...CLIENT_OPTIONS, prerelease: { type: 'boolean' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    if (positionals.length !== 1) throw usageError('packdex resolve takes one NAME[@CONSTRAINT].', 'e.g. packdex resolve slack@^2.0.0');
    const client = await openClientFrom(values, io);
    const { resolution } = await resolvePackage(client.readers, parsePackageSpec(positionals[0]!), {
      includePrerelease: values.prerelease === true,
      ...skipOptionsFrom(values, io),
    });
    for (const w of resolution.warnings) io.stderr(`warning: ${w}\n`);
    const answer: Record<string, unknown> = {
      package: resolution.package,
      version: resolution.version,
      artifact_url: resolution.artifact_url,
      artifact_checksum: resolution.artifact_checksum,
    };
    if (resolution.artifact_signature_url !== undefined) {
      answer.artifact_signature_url = resolution.artifact_signature_url;
      answer.publisher_key_fingerprint = resolution.publisher_key_fingerprint;
    }
    if (resolution.core_minimum_version !== undefined) answer.core_minimum_version = resolution.core_minimum_version;
    if (resolution.oracle_minimum_version !== undefined) answer.oracle_minimum_version = resolution.oracle_minimum_version;
    if (resolution.warnings.length > 0) answer.warnings = resolution.warnings;
    if (json) printJson(io, { ok: true, ...answer, size: resolution.size, source: resolution.source, registry: resolution.registry, dependencies: resolution.dependencies, requests: client.requests.length });
    else io.stdout(Object.entries(answer).filter(([k]) => k !== 'warnings').map(([k, v]) => `${k}: ${String(v)}`).join('\n') + `\nregistry: ${resolution.registry.name}\n`);
    return EXIT_OK;
  },
};
