import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { PackdexError, ioError, quote } from '../../core/errors';
import { compareStrings } from '../../core/index-file/index-rules';
import { parseJsonText } from '../../core/index-file/read-index';
import type { LockedPack, PackdexLockfile } from '../../core/schema-types';
import { validateSchema } from '../../core/schemas';
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

/** A URL (https:, file:) is kept as it is; anything else is a path on this machine. */
function isLocalPath(value: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(value);
}

/** A path as the lockfile stores it: relative to the lockfile's folder, with /, starting ./ or ../. */
function relativeTo(lockDir: string, cwd: string, value: string): string {
  if (!isLocalPath(value)) return value;
  const rel = path.relative(lockDir, path.resolve(cwd, value)).split(path.sep).join('/');
  return rel.startsWith('../') || rel === '..' ? rel : `./${rel}`;
}

/** A stored path made absolute again, against the lockfile's folder. */
function absoluteFrom(lockDir: string, value: string): string {
  return isLocalPath(value) ? path.resolve(lockDir, value) : value;
}

export interface LockfilePlace {
  /** The folder the lockfile is written in. */
  lockDir: string;
  /** What relative paths in the packages (registry URLs as configured) are relative to. */
  cwd: string;
}

/**
 * The lockfile's bytes: packages sorted by name, 2-space JSON, trailing newline. With `place`, the
 * paths of folder registries are written relative to the lockfile, so the project can move.
 */
export function serializeLockfile(packages: Record<string, LockedPack>, place?: LockfilePlace): string {
  const sorted: Record<string, LockedPack> = {};
  for (const name of Object.keys(packages).sort(compareStrings)) {
    const p = packages[name]!;
    sorted[name] =
      place === undefined
        ? p
        : { ...p, artifact_url: relativeTo(place.lockDir, place.cwd, p.artifact_url), registry: { ...p.registry, url: relativeTo(place.lockDir, place.cwd, p.registry.url) } };
  }
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
  const issues = validateSchema('lockfile', data);
  if (issues.length > 0) {
    throw new PackdexError('LOCKFILE_INVALID', `${quote(file)} is not a packdex lockfile: ${issues.slice(0, 5).map((i) => `${i.path || '/'} ${i.message}`).join('; ')}.`, {
      value: file,
      path: issues[0]!.path,
      expected: 'lockfile_version 1 with packages (schemas/lockfile.schema.json)',
      fix: 'Regenerate it with packdex lock.',
    });
  }
  // Paths of folder registries are relative to the lockfile (see serializeLockfile).
  const lock = data as Lockfile;
  const dir = path.dirname(path.resolve(file));
  for (const p of Object.values(lock.packages)) {
    p.artifact_url = absoluteFrom(dir, p.artifact_url);
    p.registry.url = absoluteFrom(dir, p.registry.url);
  }
  return lock;
}

/**
 * How a lockfile falls short of the project's dependencies: a dependency it does not hold, a
 * locked version the constraint no longer allows, a package nothing requires any more. Empty when
 * the lockfile is current. A dist-tag constraint (beta) cannot be checked offline and is trusted.
 */
export function staleLockReasons(lock: Lockfile, dependencies: Record<string, string>): string[] {
  const reasons: string[] = [];
  for (const [name, constraint] of Object.entries(dependencies)) {
    const locked = lock.packages[name];
    if (locked === undefined) reasons.push(`${name} is not locked`);
    else if (semver.validRange(constraint) !== null && !semver.satisfies(locked.version, constraint, { includePrerelease: true })) {
      reasons.push(`${name} is locked at ${locked.version}, which ${constraint} does not allow`);
    }
  }
  const needed = new Set<string>();
  const visit = (name: string): void => {
    if (needed.has(name) || lock.packages[name] === undefined) return;
    needed.add(name);
    for (const dep of Object.keys(lock.packages[name]!.dependencies)) visit(dep);
  };
  for (const name of Object.keys(dependencies)) visit(name);
  for (const name of Object.keys(lock.packages)) if (!needed.has(name)) reasons.push(`${name} is locked but nothing requires it`);
  return reasons;
}
