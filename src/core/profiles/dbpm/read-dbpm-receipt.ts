import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSha256 } from '../../checksum/parse-checksum';
import { emptyAttuneContents } from '../../entry/content-kinds';
import { PackdexError, ioError, quote } from '../../errors';
import type { DbpmPublishReceipt } from '../../schema-types';
import { validateSchema } from '../../schemas';
import { parseFingerprint } from '../../signatures/key-fingerprint';
import { assertSignatureFields } from '../../signatures/signature-fields';
import { packsOf } from '../describe-helpers';
import type { PackageDescription } from '../profile';

/** What a dbpm publish receipt tells a registry: the package, its artifact, and the signature, if any. */
export interface DbpmReceiptDescription extends PackageDescription {
  archive: { url: string; checksum: string; size?: number };
  signature?: { url: string; fingerprint: string };
  publisher?: string;
}

function invalid(file: string, message: string, pointer: string): PackdexError {
  return new PackdexError('PACKAGE_INVALID', `${file}: ${message}.`, {
    value: pointer,
    path: file,
    expected: 'a dbpm publish receipt (schemas/dbpm-receipt.schema.json): package, version, artifact_url, artifact_checksum, …',
    fix: 'Give the dbpm-publish-receipt.json that dbpm publish wrote, unedited.',
  });
}

/**
 * Read dbpm-publish-receipt.json as the description of a dbpm package whose artifact is already
 * published elsewhere: nothing is uploaded or built. `fingerprint` is `--publisher-key-fingerprint`,
 * which completes a receipt that has a signature URL but predates fingerprints, as
 * `dbpm registry index` does; one that contradicts the receipt is refused.
 */
export async function readDbpmReceipt(file: string, options: { fingerprint?: string } = {}): Promise<DbpmReceiptDescription> {
  const shown = path.basename(file);
  const text = await readFile(file, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') throw new PackdexError('PATH_NOT_FOUND', `The receipt ${quote(file)} does not exist.`, { value: file, fix: 'Check the path given to --receipt.' });
    throw ioError('read', file, cause);
  });
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (cause) {
    throw invalid(shown, `not valid JSON (${(cause as Error).message})`, '');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid(shown, 'not a JSON object', '');
  if (options.fingerprint !== undefined) {
    const given = parseFingerprint(options.fingerprint, '--publisher-key-fingerprint');
    const held = typeof data.publisher_key_fingerprint === 'string' ? data.publisher_key_fingerprint : undefined;
    if (held !== undefined && parseFingerprint(held, 'The receipt\'s publisher_key_fingerprint') !== given) {
      throw new PackdexError('SIGNATURE_WRONG_KEY', `--publisher-key-fingerprint ${given} contradicts the receipt's ${quote(held)}.`, {
        value: given,
        expected: held,
        fix: 'Leave out --publisher-key-fingerprint: the receipt already records the key.',
      });
    }
    data = { ...data, publisher_key_fingerprint: given };
  }
  const signatureUrl = typeof data.artifact_signature_url === 'string' ? data.artifact_signature_url : undefined;
  const fingerprintText = typeof data.publisher_key_fingerprint === 'string' ? data.publisher_key_fingerprint : undefined;
  assertSignatureFields(signatureUrl, fingerprintText, quote(shown), 'A receipt names both artifact_signature_url and publisher_key_fingerprint, or neither; give --publisher-key-fingerprint FP for a signed artifact whose receipt has no fingerprint.');
  const issues = validateSchema('dbpm-receipt', data);
  if (issues.length > 0) throw invalid(shown, `breaks the dbpm receipt schema: ${issues.map((i) => `${i.path || '/'} ${i.message}`).join('; ')}`, issues[0]!.path);
  const r = data as unknown as DbpmPublishReceipt;
  const packs = packsOf(r.dependencies);
  const meta: Record<string, unknown> = { profile: 'dbpm' };
  if (r.core_minimum_version !== undefined) meta.core_minimum_version = r.core_minimum_version;
  if (r.oracle_minimum_version !== undefined) meta.oracle_minimum_version = r.oracle_minimum_version;
  return {
    profile: 'dbpm',
    manifest: {
      ref: r.package,
      label: r.package,
      description: '',
      version: r.version,
      author: r.publisher ?? 'Unknown',
      license: 'NOASSERTION',
      keywords: [],
      runtime_deps: [],
      ...(packs === undefined ? {} : { dependencies: { packs } }),
      meta,
    },
    contents: emptyAttuneContents(),
    archive: { url: r.artifact_url, checksum: parseSha256(r.artifact_checksum), ...(r.artifact_size === undefined ? {} : { size: r.artifact_size }) },
    ...(r.artifact_signature_url === undefined ? {} : { signature: { url: r.artifact_signature_url, fingerprint: parseFingerprint(r.publisher_key_fingerprint!, 'publisher_key_fingerprint') } }),
    ...(r.publisher === undefined ? {} : { publisher: r.publisher }),
  };
}
