import { quote } from '../../errors';
import type { PackageDocument } from '../package-document';
import type { VerifyFinding } from './verify-finding';

/**
 * Who may change a package by pull request, when the registry says: registry.json's `publishers`
 * (the accounts publishing runs as) for every package, and a document's `maintainers` (as the
 * base has them: a pull request cannot name itself) for that one. With neither listed there is no
 * rule to apply, and source ownership alone guards the change.
 */
export function authorFinding(author: string, file: string, name: string, publishers: readonly string[], base: PackageDocument | undefined): VerifyFinding | undefined {
  const allowed = [...publishers, ...(base?.maintainers ?? [])];
  if (allowed.length === 0) return undefined;
  const login = author.toLowerCase();
  if (allowed.some((a) => a.toLowerCase() === login)) return undefined;
  return {
    code: 'AUTHOR_NOT_ALLOWED',
    file,
    line: 1,
    message: `The pull request's author ${quote(author)} may not change ${quote(name)}: only ${allowed.map((a) => quote(a)).join(', ')} may.`,
    value: author,
    fix: `Publish through the registry's publishing workflow (which runs as one of registry.json's publishers), or ask a maintainer of ${quote(name)} to open the pull request.`,
  };
}
