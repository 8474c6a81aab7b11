import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, quote } from '../../core/errors';
import { normaliseFingerprint } from '../../core/signatures/key-fingerprint';
import { verifyDetached, type VerifiedSignature } from '../../core/signatures/verify-detached';
import { DEFAULT_TIMEOUTS, fetchUrl, type FetchOptions, type FetchTimeouts } from '../fetch/fetch-url';
import { checkFetchUrl } from '../registries/registry-location';
import { assertSignatureFields } from '../../core/signatures/signature-fields';
import type { RegistryReader } from '../fetch/registry-reader';
import type { Resolution } from '../resolve/resolve-package';
import { keysFor, signatureRequired, type SignaturePolicy } from './signature-policy';

/** An armoured detached signature is a few hundred bytes; anything this large is not one. */
const MAX_SIGNATURE_BYTES = 64 * 1024;

/** The signature a registry or lockfile recorded for an archive, and how to fetch it. */
export interface ArtifactSignature {
  /** artifact_signature_url: an http(s) URL, or a path for a folder registry. */
  location: string;
  fingerprint: string;
  /** The registry's headers and the one origin they may go to (fetchUrl sends them nowhere else). */
  credentials?: FetchOptions['credentials'];
  allowHttp: boolean;
  timeouts?: FetchTimeouts;
  /** The registry the version came from (its trusted-keys apply), by name. */
  registry?: string;
}

async function fetchSignature(sig: ArtifactSignature): Promise<string> {
  if (!/^https?:\/\//i.test(sig.location)) {
    const file = path.resolve(sig.location.startsWith('file://') ? new URL(sig.location).pathname : sig.location);
    const st = await stat(file).catch(() => undefined);
    if (st === undefined || !st.isFile()) {
      throw new PackdexError('DOWNLOAD_FAILED', `The signature ${quote(file)} does not exist. Nothing was installed.`, { value: file, fix: 'A signed version\'s .asc file must be published beside its archive: report it to the registry\'s maintainers.' });
    }
    if (st.size > MAX_SIGNATURE_BYTES) throw tooLarge(sig.location, st.size);
    return readFile(file, 'utf8');
  }
  // The same request rules as every other download: each redirect hop checked, headers bound to
  // the registry's origin, stalls and drips ended.
  const url = checkFetchUrl(sig.location, sig.allowHttp, 'Signature URL');
  const response = await fetchUrl(url.toString(), {
    what: 'Signature URL',
    failCode: 'DOWNLOAD_FAILED',
    failFix: 'Check your connection and try again.',
    allowHttp: sig.allowHttp,
    credentials: sig.credentials,
    timeouts: sig.timeouts ?? DEFAULT_TIMEOUTS,
  });
  if (!response.ok) {
    await response.cancel();
    throw new PackdexError('DOWNLOAD_FAILED', `The signature ${quote(sig.location)} answered HTTP ${response.status}. Nothing was installed.`, { value: sig.location, expected: 'HTTP 200', fix: 'A signed version\'s .asc file must be published beside its archive: report it to the registry\'s maintainers.' });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body()) {
    size += chunk.length;
    if (size > MAX_SIGNATURE_BYTES) {
      await response.cancel().catch(() => undefined);
      throw tooLarge(sig.location, size);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(location: string, size: number): PackdexError {
  return new PackdexError('SIGNATURE_INVALID', `The signature ${quote(location)} is ${size} bytes or more, which no detached signature is. Nothing was installed.`, {
    value: location,
    expected: `at most ${MAX_SIGNATURE_BYTES} bytes of armoured signature`,
    fix: 'Report it to the registry\'s maintainers.',
  });
}

/**
 * Download a verified archive's detached signature and check it against the trusted keys. Runs
 * after the checksum matched and before anything is unpacked, so a refused artifact never
 * reaches the staging area, let alone the packs folder.
 */
export async function checkArtifactSignature(archivePath: string, sig: ArtifactSignature, policy: SignaturePolicy, subject: string, now: Date): Promise<VerifiedSignature> {
  const trusted = keysFor(policy, sig.registry);
  const expected = normaliseFingerprint(sig.fingerprint);
  if (expected !== undefined && !trusted.some((t) => t.fingerprint === expected) && policy.trusted.some((t) => t.fingerprint === expected)) {
    throw new PackdexError('SIGNATURE_KEY_UNKNOWN', `${subject} is signed by key ${expected}, which you trust, but not for registry ${quote(sig.registry)}: its trusted-keys do not name it. Nothing was installed.`, {
      value: expected,
      expected: `one of the registry's trusted-keys: ${trusted.map((t) => t.fingerprint).join(', ') || '(none you hold)'}`,
      fix: `If this key may sign ${quote(sig.registry)}'s packages, add it to that registry's trusted-keys in the config.`,
    });
  }
  const armoredSignature = await fetchSignature(sig);
  return verifyDetached({
    data: await readFile(archivePath),
    armoredSignature,
    expectedFingerprint: sig.fingerprint,
    trusted,
    date: now,
    subject,
    signatureLocation: sig.location,
  });
}

/**
 * The signature to check for a resolved version (from a registry or a lockfile), or undefined
 * when it has none and none is required. Half a signature, an unsigned version where a policy
 * requires one, and a signed version whose archive packdex would not use are refused here,
 * before anything is downloaded.
 */
export function artifactSignatureFor(r: Resolution, policy: SignaturePolicy, allowHttp: boolean, reader?: RegistryReader): ArtifactSignature | undefined {
  const subject = `${r.package} ${r.version}`;
  assertSignatureFields(r.artifact_signature_url, r.publisher_key_fingerprint, subject, 'Report it to the registry\'s maintainers, or re-lock if the lockfile was edited by hand. Nothing was installed.');
  if (r.artifact_signature_url === undefined || r.publisher_key_fingerprint === undefined) {
    if (signatureRequired(policy, r.registry.name)) {
      throw new PackdexError('SIGNATURE_REQUIRED', `${subject} (registry ${quote(r.registry.name)}) is not signed, and require-signatures is set. Nothing was installed.`, {
        value: `${r.package}@${r.version}`,
        expected: 'a version published with artifact_signature_url and publisher_key_fingerprint',
        fix: 'Ask the publisher to sign their releases (packdex publish --sign-key), or turn require-signatures off for this registry.',
      });
    }
    return undefined;
  }
  if (r.source !== 'archive') {
    throw new PackdexError('SIGNATURE_INVALID', `${subject} is signed, but its signature covers an archive packdex does not unpack, so it would be installed from git unverified. Nothing was installed.`, {
      value: r.artifact_url,
      expected: 'a signed .tar.gz archive source',
      fix: 'Report it to the registry\'s maintainers: a signed version needs a tarball archive.',
    });
  }
  return {
    location: r.artifact_signature_url,
    fingerprint: r.publisher_key_fingerprint,
    credentials: reader?.credentials(),
    allowHttp,
    registry: r.registry.name,
  };
}
