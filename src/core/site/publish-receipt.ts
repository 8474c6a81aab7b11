import { PackdexError } from '../errors';
import { validateSchema } from '../schemas';
import type { PublishReceipt } from '../schema-types';
import type { PackageOutcome } from './change-package';
import type { PackageDocument } from './package-document';
import { resolveRegistryUrl } from '../names/url-rules';

/**
 * The publish receipt (schemas/receipt.schema.json): what a publish established, in dbpm's field
 * names, and nothing secret: no token, no local path, no header. Built from the package document
 * as written, so a rerun (`unchanged`) restates the original publication rather than a new one.
 * The archive's and signature's URLs are stated as recorded, a registry-relative path made absolute
 * against the registry's url (a receipt is read elsewhere, where no registry resolves it).
 */
export function publishReceipt(doc: PackageDocument, version: string, registryUrl: string, outcome: PackageOutcome): PublishReceipt {
  const held = doc.versions.find((v) => v.version === version);
  const archive = held?.entry.install_sources.find((s) => s.type === 'archive');
  if (held === undefined || archive === undefined || held.archive_size === undefined) {
    throw new PackdexError('USAGE', `${doc.name} ${version} has no archive, so there is no artifact to write a receipt for.`, {
      value: `${doc.name}@${version}`,
      fix: 'Publish with an archive (the default), or leave out --receipt.',
    });
  }
  const receipt: PublishReceipt = {
    format: 'packdex-publish-receipt',
    format_version: 1,
    package: doc.name,
    version,
    artifact_url: resolveRegistryUrl(archive.url, registryUrl),
    artifact_checksum: archive.checksum,
    artifact_size: held.archive_size,
    ...(held.signature_url === undefined ? {} : { artifact_signature_url: resolveRegistryUrl(held.signature_url, registryUrl), publisher_key_fingerprint: held.publisher_key_fingerprint }),
    published_at: held.published_at,
    registry_url: registryUrl,
    outcome,
  };
  const issues = validateSchema('receipt', receipt);
  if (issues.length > 0) {
    throw new PackdexError('PACKAGE_INVALID', `The receipt for ${doc.name} ${version} breaks its schema: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, {
      fix: 'This is a packdex bug: please report it with the package document.',
    });
  }
  return receipt;
}
