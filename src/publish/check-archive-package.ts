import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractArchive, DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from '../client/install/extract-archive';
import { PackdexError, quote } from '../core/errors';
import { selectProfile } from '../core/profiles/detect-profile';

export interface ArchiveClaim {
  /** The name the index entry will carry (the manifest's ref, a pbg name PEP 503-normalised). */
  name: string;
  version: string;
}

/**
 * Open an archive that is about to be published and check that it holds the package and version
 * its entry names: the check `install` makes of every archive it stages (a safe extraction into a
 * throwaway folder, then the manifest read by its own profile), made before publishing, so that a
 * registry never points at an archive no client would install. `what` names where the archive
 * came from (`--archive`, `Input 'archive'`).
 */
export async function checkArchivePackage(file: string, claim: ArchiveClaim, what: string, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'packdex-archive-check-'));
  try {
    let found: { ref: string; version: string };
    try {
      const root = await extractArchive(file, path.join(work, 'x'), limits);
      // The same reading as install: the profile its manifest marks, the version only when it has none.
      ({ manifest: found } = await selectProfile(root).describe(root, { versionIfUnset: claim.version }));
    } catch (cause) {
      if (!(cause instanceof PackdexError)) throw cause;
      // An unsafe or broken archive keeps its own code; one without the package's manifest is a mismatch.
      const code = cause.code === 'ARCHIVE_UNSAFE' || cause.code === 'ARCHIVE_INVALID' ? cause.code : 'ARCHIVE_MISMATCH';
      throw new PackdexError(code, `${what} ${quote(file)} does not hold ${claim.name} ${claim.version}: ${cause.message}`, {
        value: file,
        expected: `a .tar.gz of the package ${claim.name} ${claim.version}, with its manifest, as packdex archive builds`,
        fix: cause.fix ?? 'Build the archive from the package being published (packdex archive DIR --output FILE).',
        cause,
      });
    }
    if (found.ref !== claim.name || found.version !== claim.version) {
      throw new PackdexError('ARCHIVE_MISMATCH', `${what} ${quote(file)} holds ${found.ref} ${found.version}, not ${claim.name} ${claim.version}. Nothing was published.`, {
        value: `${found.ref}@${found.version}`,
        expected: `${claim.name}@${claim.version}`,
        fix: 'Pass the archive of the package being published (packdex archive DIR --output FILE builds it), or fix the outline or manifest that names it.',
      });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
