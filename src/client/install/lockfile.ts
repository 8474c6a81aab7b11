import { readFile } from 'node:fs/promises';
import { PackdexError, ioError, quote } from '../../core/errors';
import { compareStrings } from '../../core/index-file/index-rules';
import { parseJsonText } from '../../core/index-file/read-index';
import type { LockedPack, PackdexLockfile } from '../../core/schema-types';
import { validateSchema } from '../../core/schemas';
import { assertSignatureFields } from '../../core/signatures/signature-fields';
import type { Resolution } from '../resolve/resolve-package';

export type Lockfile = PackdexLockfile;
export type { LockedPack };

export const LOCKFILE_NAME = 'packdex.lock.json';

/** A resolution as the lockfile pins it: exact URL, checksum, size, signature, dependencies. */
export function lockedFrom(resolution: Resolution): LockedPack {
  const out: LockedPack = {
    version: resolution.version,
    source: resolution.source,
    artifact_url: resolution.artifact_url,
    artifact_checksum: resolution.artifact_checksum,
    checksum_algorithm: 'sha256',
    registry: resolution.registry,
    dependencies: resolution.dependencies,
  };
  if (resolution.size !== undefined) out.size = resolution.size;
  if (resolution.git_ref !== undefined) out.git_ref = resolution.git_ref;
  if (resolution.artifact_signature_url !== undefined) {
    out.artifact_signature_url = resolution.artifact_signature_url;
    out.publisher_key_fingerprint = resolution.publisher_key_fingerprint;
  }
  return out;
}

/** The lockfile's bytes: packages sorted by name, 2-space JSON, trailing newline. */
export function serializeLockfile(packages: Record<string, LockedPack>): string {
  const sorted: Record<string, LockedPack> = {};
  for (const name of Object.keys(packages).sort(compareStrings)) sorted[name] = packages[name]!;
  const lock: Lockfile = { lockfile_version: 1, packages: sorted };
  return `${JSON.stringify(lock, null, 2)}\n`;
}

export async function readLockfile(file: string): Promise<Lockfile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new PackdexError('LOCKFILE_INVALID', `No lockfile at ${quote(file)}.`, { value: file, fix: 'Write one with packdex lock, or give its path: --lockfile FILE.' });
    }
    throw ioError('read', file, cause);
  }
  const data = parseJsonText(text, file);
  // Half a signature is refused by its own code, not buried among schema messages: dropping the
  // signature URL from a lockfile must never read as "unsigned".
  const packages = (data as { packages?: unknown }).packages;
  if (typeof packages === 'object' && packages !== null) {
    for (const [name, p] of Object.entries(packages as Record<string, { artifact_signature_url?: string; publisher_key_fingerprint?: string; version?: string }>)) {
      if (typeof p === 'object' && p !== null) assertSignatureFields(p.artifact_signature_url, p.publisher_key_fingerprint, `${quote(file)}'s ${name} ${p.version ?? ''}`.trimEnd(), 'Regenerate the lockfile with packdex lock. Nothing was installed.');
    }
  }
  const issues = validateSchema('lockfile', data);
  if (issues.length > 0) {
    throw new PackdexError('LOCKFILE_INVALID', `${quote(file)} is not a packdex lockfile: ${issues.slice(0, 5).map((i) => `${i.path || '/'} ${i.message}`).join('; ')}.`, {
      value: file,
      path: issues[0]!.path,
      expected: 'lockfile_version 1 with packages (schemas/lockfile.schema.json)',
      fix: 'Regenerate it with packdex lock.',
    });
  }
  return data as Lockfile;
}
