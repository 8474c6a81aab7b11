import { PackdexError, quote } from '../../core/errors';
import { normaliseFingerprint } from '../../core/signatures/key-fingerprint';
import type { TrustedKey } from '../../core/signatures/verify-detached';
import { keysFolder, readTrustedKeys } from '../keys/keyring';
import type { ClientConfig, LoadedConfig } from '../registries/registry-config';

/** What an install demands of signatures, from the config file and the keyring. */
export interface SignaturePolicy {
  trusted: readonly TrustedKey[];
  /** `require-signatures: true` at the top of the config (packdex.yaml or the user's). */
  requireAll: boolean;
  /** Per registry (by name): whether its unsigned versions are refused, and the only keys it may be signed with. */
  registries: ReadonlyMap<string, { require: boolean; trustedKeys?: readonly string[] }>;
}

/** The policy of a config: its require-signatures settings and each registry's trusted-keys. */
export function signaturePolicyFrom(config: ClientConfig, trusted: readonly TrustedKey[], file: string): SignaturePolicy {
  const registries = new Map<string, { require: boolean; trustedKeys?: string[] }>();
  for (const r of config.registries ?? []) {
    const keys = r['trusted-keys']?.map((text) => {
      const fp = normaliseFingerprint(text);
      if (fp === undefined) {
        throw new PackdexError('CONFIG_INVALID', `${quote(file)}: registry ${quote(r.name)} trusts ${quote(text)}, which is not a full fingerprint.`, {
          value: text,
          path: file,
          expected: '40 or 64 hex digits (packdex keys list shows them)',
          fix: 'Write each key\'s full fingerprint under trusted-keys.',
        });
      }
      return fp;
    });
    registries.set(r.name, { require: r['require-signatures'] === true, ...(keys === undefined ? {} : { trustedKeys: keys }) });
  }
  return { trusted, requireAll: config['require-signatures'] === true, registries };
}

/** The keys a version from this registry may be verified against. */
export function keysFor(policy: SignaturePolicy, registry: string | undefined): readonly TrustedKey[] {
  const only = registry === undefined ? undefined : policy.registries.get(registry)?.trustedKeys;
  return only === undefined ? policy.trusted : policy.trusted.filter((t) => only.includes(t.fingerprint));
}

/** Whether a version from this registry must be signed. */
export function signatureRequired(policy: SignaturePolicy, registry: string | undefined): boolean {
  return policy.requireAll || (registry !== undefined && policy.registries.get(registry)?.require === true);
}

/** The policy of a loaded config file, with the keys of the user's keyring. */
export async function loadSignaturePolicy(env: NodeJS.ProcessEnv, loaded: LoadedConfig): Promise<SignaturePolicy> {
  return signaturePolicyFrom(loaded.config, await readTrustedKeys(keysFolder(env)), loaded.file);
}
