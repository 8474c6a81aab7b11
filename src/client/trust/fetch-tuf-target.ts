import { initTUF } from '@sigstore/tuf';

/**
 * One target of a TUF repository, fetched and verified by @sigstore/tuf (tuf-js): the metadata
 * chain from the cached or given root, then the target's length and hashes. A module of its own
 * because the bundles load it on first use (dist/trust-update.cjs): the TUF client and its fetch
 * stack are about 1.4 MB no other command needs. It throws the library's errors unchanged, so the
 * caller (in the main bundle) turns them into PackdexErrors of the main bundle's class.
 */
export async function fetchTufTarget(options: { mirrorURL: string; rootPath?: string; cachePath: string; retries: number; timeoutMs: number; target: string }): Promise<string> {
  const tuf = await initTUF({ mirrorURL: options.mirrorURL, rootPath: options.rootPath, cachePath: options.cachePath, retry: { retries: options.retries }, timeout: options.timeoutMs });
  return tuf.getTarget(options.target);
}
