import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PackdexError, ioError, quote } from '../../core/errors';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import { parseTrustedRoot, updatedRootFile } from '../install/verify-provenance';
import type { TufRepository } from './trust-folder';

/**
 * Fetch the current trusted roots through TUF, explicitly (packdex never fetches a root while it
 * verifies). Plan, then apply: every repository's trusted_root.json is fetched and verified first
 * (TUF checks the metadata chain from the anchor root, signature thresholds, versions, expiry,
 * and the target's length and hashes), in a scratch copy of the TUF cache; only when all of them
 * verified and parse as trusted roots are the roots written (each atomically) and the cache put
 * in place. A refusal leaves the trust folder as it was.
 */

const TARGET = 'trusted_root.json';

export interface UpdatedRoot {
  name: string;
  mirrorURL: string;
  file: string;
  /** Whether the fetched root differs from the copy written before (or there was none). */
  changed: boolean;
}

function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && out.length < 10; e = (e as { cause?: unknown }).cause) out.push(e);
  return out;
}

/** A network fault (nothing answered, or not with the file) or a refusal (what answered did not verify). */
function tufError(repo: TufRepository, error: unknown): PackdexError {
  const chain = causes(error);
  // The innermost message says what failed (a hash, a signature threshold, a refused connection); the wrappers around it do not.
  const detail = chain.map((e) => (e as Error).message).filter((m) => typeof m === 'string' && m !== '').at(-1) ?? String(error);
  const network = chain.some((e) => {
    const x = e as { name?: string; code?: unknown };
    return x.name === 'DownloadHTTPError' || x.name === 'FetchError' || (typeof x.code === 'string' && /^E(CONN|NOTFOUND|AI_|TIMEDOUT|HOSTUNREACH|NETUNREACH|PIPE)/.test(x.code));
  });
  if (network) {
    return new PackdexError('TRUST_UPDATE_FAILED', `Could not fetch the ${repo.name} trusted root from ${quote(repo.mirrorURL)}: ${detail}. Nothing was written.`, {
      value: repo.mirrorURL,
      expected: `a TUF repository serving ${TARGET}`,
      fix: 'Check your connection (and proxy) and run packdex trust update again; verification keeps using the roots it has.',
      cause: error,
    });
  }
  return new PackdexError('TRUST_UPDATE_REFUSED', `The ${repo.name} trusted root from ${quote(repo.mirrorURL)} did not verify through TUF: ${detail}. Nothing was written.`, {
    value: repo.mirrorURL,
    expected: `${TARGET} and its metadata signed by the repository's TUF keys, current, and with the length and hashes its targets metadata records`,
    fix: 'Do not trust what this mirror serves. Try again later or from another network; if it persists, report it to the instance\'s maintainers.',
    cause: error,
  });
}

export interface UpdateOptions {
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Retries per request after a network fault. */
  retries?: number;
}

export async function updateTrustedRoots(folder: string, repositories: readonly TufRepository[], options: UpdateOptions = {}): Promise<UpdatedRoot[]> {
  const cacheDir = path.join(folder, 'tuf');
  // The scratch space is outside the trust folder, so a refusal does not even create it.
  const work = await mkdtemp(path.join(os.tmpdir(), 'packdex-trust-'));
  try {
    // The scratch cache starts from the cached metadata, so TUF's rollback protection (never
    // accept an older root, timestamp or snapshot than seen before) carries across updates.
    const scratch = path.join(work, 'tuf');
    await cp(cacheDir, scratch, { recursive: true }).catch((cause: NodeJS.ErrnoException) => {
      if (cause.code !== 'ENOENT') throw ioError('copy', cacheDir, cause);
    });
    const planned: { repo: TufRepository; text: string; file: string }[] = [];
    for (const repo of repositories) {
      let rootPath: string | undefined;
      if (repo.initialRoot !== undefined) {
        rootPath = path.join(work, `${repo.name}.root.json`);
        await writeFile(rootPath, JSON.stringify(repo.initialRoot));
      }
      let text: string;
      try {
        const { fetchTufTarget } = await import('./fetch-tuf-target');
        text = await fetchTufTarget({ mirrorURL: repo.mirrorURL, rootPath, cachePath: scratch, retries: options.retries ?? 2, timeoutMs: options.timeoutMs ?? 10_000, target: TARGET });
      } catch (cause) {
        throw tufError(repo, cause);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (cause) {
        throw new PackdexError('TRUSTED_ROOT_INVALID', `The ${repo.name} ${TARGET} from ${quote(repo.mirrorURL)} is not JSON. Nothing was written.`, { value: repo.mirrorURL, expected: 'a trusted_root.json', fix: 'Report it to the instance\'s maintainers.', cause });
      }
      parseTrustedRoot(repo.name, json, 'updated', repo.mirrorURL);
      planned.push({ repo, text, file: updatedRootFile(folder, repo.name) });
    }
    // Apply: the roots first (each atomically), then the TUF cache they were verified with.
    const out: UpdatedRoot[] = [];
    for (const p of planned) {
      const before = await readFile(p.file, 'utf8').catch(() => undefined);
      await writeFileAtomic(p.file, p.text);
      out.push({ name: p.repo.name, mirrorURL: p.repo.mirrorURL, file: p.file, changed: before !== p.text });
    }
    const staged = path.join(folder, `.tuf-${path.basename(work)}`);
    try {
      await cp(scratch, staged, { recursive: true });
      await rm(cacheDir, { recursive: true, force: true });
      await rename(staged, cacheDir);
    } catch (cause) {
      await rm(staged, { recursive: true, force: true });
      throw ioError('write', cacheDir, cause);
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
