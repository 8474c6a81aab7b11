import { isDeepStrictEqual } from 'node:util';
import { quote } from '../../errors';
import type { RegistryIdentity } from '../read-site';
import { lineOf, type VerifyFinding } from './verify-finding';

/**
 * Fields of registry.json a pull request may change on its own: the page's description, and
 * `index` / `index_omitted`, which the site build derives (whether index.json is produced) and
 * checkDerivedFiles holds to exactly what the build decides.
 */
const FREE = new Set(['description', 'index', 'index_omitted']);

/**
 * registry.json's identity and policy (name, url, format, layout, created_at, publishers,
 * extra_files) stay as the base has them unless the workflow allows the change: a pull request
 * that moved the url would move every archive under it, and one that added its author to
 * `publishers` would vouch for itself.
 */
export function identityFindings(base: RegistryIdentity, head: { identity: RegistryIdentity; text: string }, allowed: boolean): VerifyFinding[] {
  if (allowed) return [];
  const keys = [...new Set([...Object.keys(base), ...Object.keys(head.identity)])].filter((k) => !FREE.has(k));
  const changed = keys.filter((k) => !isDeepStrictEqual((base as unknown as Record<string, unknown>)[k], (head.identity as unknown as Record<string, unknown>)[k]));
  return changed.map((key) => {
    const was = (base as unknown as Record<string, unknown>)[key];
    const now = (head.identity as unknown as Record<string, unknown>)[key];
    return {
      code: 'REGISTRY_IDENTITY_CHANGED',
      file: 'registry.json',
      line: lineOf(head.text, `"${key}"`),
      message: `registry.json's ${key} changed from ${was === undefined ? 'nothing' : quote(was)} to ${now === undefined ? 'nothing' : quote(now)}; a pull request does not change the registry's identity or policy.`,
      value: JSON.stringify(now) ?? 'undefined',
      fix: "Restore the field from the base branch, or, if the registry's maintainers mean the change, rerun verify with allow-identity-change: true (packdex verify --allow-identity-change).",
    };
  });
}
