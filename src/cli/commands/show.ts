import { findPackage } from '../../client/resolve/find-package';
import { formatBytes } from '../../core/format-bytes';
import { CLIENT_OPTIONS, CLIENT_USAGE, openClientFrom, skipOptionsFrom, renderTable } from '../client-flags';
import { EXIT_OK, printJson, usageError, type Command } from '../command';

export const showCommand: Command = {
  name: 'show',
  summary: 'Show one package: owner, dist-tags and every version.',
  usage: [
    'Usage: packdex show NAME [registry options]',
    ...CLIENT_USAGE,
    '',
    'Reads the package document from the first registry, in priority order, that holds NAME: the',
    'one resolution would use. Yanked versions are listed with their reason. A plain Attune',
    'registry (one index.json) lists only the newest version of each pack; show says so.',
  ].join('\n'),
  options: { ...CLIENT_OPTIONS },
  positionals: true,
  async run({ values, positionals, json }, io) {
    if (positionals.length !== 1) throw usageError('packdex show takes one NAME.', 'e.g. packdex show slack');
    const client = await openClientFrom(values, io);
    const { doc, reader } = await findPackage(client.readers, positionals[0]!, skipOptionsFrom(values, io));
    const kind = await reader.kind();
    if (json) {
      printJson(io, { ok: true, registry: reader.name, registry_kind: kind, package: doc });
      return EXIT_OK;
    }
    const latest = doc.versions.find((v) => v.version === doc.dist_tags.latest) ?? doc.versions[doc.versions.length - 1]!;
    const lines = [
      `${doc.name} ${doc.dist_tags.latest ?? '(every version yanked)'}`,
      latest.entry.description,
      '',
      `registry:  ${reader.name}${kind === 'attune' ? ' (an Attune index: it lists only the newest version, read as it is)' : ''}`,
      `owner:     ${doc.owner}`,
      `dist-tags: ${Object.entries(doc.dist_tags).map(([t, v]) => `${t}=${v}`).join(' ') || '-'}`,
      `license:   ${latest.entry.license}`,
      ...(latest.entry.keywords.length > 0 ? [`keywords:  ${latest.entry.keywords.join(', ')}`] : []),
      ...(latest.entry.repository === undefined ? [] : [`source:    ${latest.entry.repository}`]),
      '',
    ];
    io.stdout(`${lines.join('\n')}\n`);
    // The signing key's fingerprint, for the reader to check before trusting it (packdex keys add).
    const signed = doc.versions.some((v) => v.publisher_key_fingerprint !== undefined);
    const rows = [...doc.versions].reverse().map((v) => [
      v.version,
      v.published_at,
      v.archive_size === undefined ? '-' : formatBytes(v.archive_size),
      ...(signed ? [v.publisher_key_fingerprint ?? '-'] : []),
      v.yanked ? `yanked${v.yanked_reason === undefined ? '' : `: ${v.yanked_reason}`}` : '',
    ]);
    io.stdout(renderTable(['VERSION', 'PUBLISHED', 'SIZE', ...(signed ? ['SIGNED BY'] : []), 'STATUS'], rows));
    return EXIT_OK;
  },
};
