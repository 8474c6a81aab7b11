import { formatBytes } from '../../format-bytes';
import { PackdexError } from '../../errors';
import type { RegistryIdentity } from '../read-site';

/**
 * The default largest index.json a build produces (40 MiB). Attune's index is one file by its
 * format, and it grows with every package (about 1.5 KiB each, so 40 MiB is near 26,000 packages).
 * The limit sits under GitHub's 50 MB warning for a pushed file, far under its 100 MB refusal and
 * a Pages site's 1 GB, and is as much as a consumer should download to learn one package.
 */
export const DEFAULT_INDEX_MAX_BYTES = 40 * 1024 * 1024;
/** GitHub refuses a pushed file of 100 MiB or more: a committed index.json may never reach it. */
export const GITHUB_FILE_REFUSE = 100 * 1024 * 1024;

export type IndexProduce = 'auto' | 'always' | 'never';

/** registry.json's index_policy with its defaults filled in. */
export interface IndexPolicy {
  produce: IndexProduce;
  maxBytes: number;
  /** Whether the derived files are committed to git (so GitHub's limits apply). */
  committed: boolean;
}

/** What a build decided about index.json: produced, or not and why. */
export type IndexState = { produced: true } | { produced: false; reason: 'over-limit' | 'never'; maxBytes: number };

/** The policy in force for a registry, refusing a limit its layout cannot honour. */
export function indexPolicyOf(identity: RegistryIdentity): IndexPolicy {
  const produce = identity.index_policy?.produce ?? 'auto';
  const maxBytes = identity.index_policy?.max_bytes ?? DEFAULT_INDEX_MAX_BYTES;
  const committed = identity.derived !== 'deployed';
  if (committed && produce === 'auto' && maxBytes >= GITHUB_FILE_REFUSE) {
    throw new PackdexError('INDEX_POLICY_INVALID', `registry.json's index_policy.max_bytes ${maxBytes} (${formatBytes(maxBytes)}) lets index.json grow to a size GitHub refuses to accept in a push (100 MiB), and this registry commits its derived files.`, {
      value: maxBytes,
      path: '/index_policy/max_bytes',
      expected: `at most ${GITHUB_FILE_REFUSE - 1} bytes (the default is ${DEFAULT_INDEX_MAX_BYTES}, 40 MiB)`,
      fix: 'Lower index_policy.max_bytes (or remove it for the default), or set "derived": "deployed" in registry.json so index.json is built where the site is served, not committed.',
    });
  }
  return { produce, maxBytes, committed };
}

/**
 * The most bytes a build may write of index.json before it stops: past it the file is not
 * produced (auto) or the build fails (always, committed). Infinity when nothing bounds it.
 */
export function serialisingLimit(policy: IndexPolicy): number {
  if (policy.produce === 'auto') return policy.maxBytes;
  if (policy.produce === 'always' && policy.committed) return GITHUB_FILE_REFUSE - 1;
  return Number.POSITIVE_INFINITY;
}

/** The error for `always` in a registry that commits its derived files, once index.json reaches 100 MiB. */
export function indexTooLarge(size: number): PackdexError {
  return new PackdexError('INDEX_TOO_LARGE', `index.json would be at least ${formatBytes(size)}, and GitHub refuses a pushed file of ${formatBytes(GITHUB_FILE_REFUSE)} or more; registry.json's index_policy says produce it always, and this registry commits its derived files.`, {
    value: size,
    path: '/index_policy/produce',
    expected: `an index.json under ${formatBytes(GITHUB_FILE_REFUSE)} in a registry that commits it`,
    fix: 'Set index_policy.produce to auto in registry.json (index.json is then left out above index_policy.max_bytes, and clients use the package documents and search files), or set "derived": "deployed" and build the site in the deploying workflow (packdex site build --out _site). Nothing was changed.',
  });
}

/** The identity as a build with this outcome serves it: `index` and `index_omitted` follow the state. */
export function servedIdentity(identity: RegistryIdentity, state: IndexState): RegistryIdentity {
  const { index_omitted: _omitted, ...rest } = identity;
  if (state.produced) return { ...rest, index: 'index.json' };
  return { ...rest, index: null, index_omitted: { reason: state.reason, max_bytes: state.maxBytes } };
}

/** Whether registry.json already says what the build decided. */
export function identityAgrees(identity: RegistryIdentity, state: IndexState): boolean {
  if (state.produced) return identity.index === 'index.json' && identity.index_omitted === undefined;
  return identity.index === null && identity.index_omitted?.reason === state.reason && identity.index_omitted.max_bytes === state.maxBytes;
}

/** One sentence for a person: why index.json is absent. */
export function omittedReason(state: { reason: 'over-limit' | 'never'; maxBytes: number } | RegistryIdentity['index_omitted']): string {
  const max = 'maxBytes' in (state ?? {}) ? (state as { maxBytes: number }).maxBytes : (state as { max_bytes: number }).max_bytes;
  return state?.reason === 'never'
    ? "registry.json's index_policy says never to produce index.json"
    : `index.json would be larger than registry.json's limit of ${formatBytes(max)} (index_policy.max_bytes), so the build left it out`;
}

/** registry.json's identity names index.json exactly when it does not say why it is absent. */
export function indexFieldsViolation(identity: RegistryIdentity): string | undefined {
  if (identity.index === null && identity.index_omitted === undefined) return '/index is null, but index_omitted does not say why';
  if (identity.index !== null && identity.index_omitted !== undefined) return '/index_omitted is set, but index names index.json';
  return undefined;
}
