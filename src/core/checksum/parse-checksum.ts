import { PackdexError, quote } from '../errors';

export type ChecksumAlgorithm = 'sha256' | 'sha512';

export interface Checksum {
  algorithm: ChecksumAlgorithm;
  /** Lowercase hex digest. */
  hex: string;
}

const HEX_LENGTH: Record<ChecksumAlgorithm, number> = { sha256: 64, sha512: 128 };
const INSECURE = new Set(['md5', 'sha1', 'sha-1']);
const EXPECTED = "'sha256:<64 hex>', 'sha512:<128 hex>', or a bare 64-hex SHA-256";

/**
 * Read a checksum as users and indexes write it: `sha256:<hex>`, `sha512:<hex>`, or bare 64-hex
 * (taken as SHA-256), in any case. md5 and sha1 are refused: collisions for both are practical,
 * so they cannot vouch for an archive.
 */
export function parseChecksum(input: string): Checksum {
  const text = input.trim();
  const colon = text.indexOf(':');
  const algorithmText = colon === -1 ? undefined : text.slice(0, colon).toLowerCase();
  const digest = (colon === -1 ? text : text.slice(colon + 1)).toLowerCase();

  if (algorithmText !== undefined && INSECURE.has(algorithmText)) {
    throw new PackdexError('CHECKSUM_INSECURE', `Checksum ${quote(input)} uses ${algorithmText}, which is not secure.`, {
      value: input,
      expected: EXPECTED,
      fix: 'Compute a SHA-256 checksum instead (packdex checksum FILE).',
    });
  }
  if (algorithmText !== undefined && algorithmText !== 'sha256' && algorithmText !== 'sha512') {
    throw new PackdexError('CHECKSUM_ALGORITHM', `Checksum ${quote(input)} names an unsupported algorithm '${algorithmText}'.`, {
      value: input,
      expected: EXPECTED,
      fix: 'Use sha256 (or sha512).',
    });
  }
  const algorithm: ChecksumAlgorithm = (algorithmText as ChecksumAlgorithm | undefined) ?? 'sha256';
  const length = HEX_LENGTH[algorithm];
  if (!/^[0-9a-f]*$/.test(digest) || digest.length !== length) {
    const reason = /^[0-9a-f]*$/.test(digest) ? `has ${digest.length} hex digits, not ${length}` : 'is not hexadecimal';
    throw new PackdexError('CHECKSUM_INVALID', `Checksum ${quote(input)} ${reason}.`, {
      value: input,
      expected: EXPECTED,
      fix: 'Copy the full digest printed by packdex checksum or sha256sum.',
    });
  }
  return { algorithm, hex: digest };
}

export function formatChecksum(checksum: Checksum): string {
  return `${checksum.algorithm}:${checksum.hex}`;
}

/** Parse and require SHA-256, the only algorithm the Attune index accepts. */
export function parseSha256(input: string): string {
  const parsed = parseChecksum(input);
  if (parsed.algorithm !== 'sha256') {
    throw new PackdexError('CHECKSUM_ALGORITHM', `Checksum ${quote(input)} is ${parsed.algorithm}; index entries record SHA-256.`, {
      value: input,
      expected: "'sha256:<64 hex>'",
      fix: 'Compute the SHA-256 of the archive (packdex checksum FILE).',
    });
  }
  return formatChecksum(parsed);
}

/** True when both strings denote the same digest. */
export function checksumsEqual(a: string, b: string): boolean {
  const pa = parseChecksum(a);
  const pb = parseChecksum(b);
  return pa.algorithm === pb.algorithm && pa.hex === pb.hex;
}
