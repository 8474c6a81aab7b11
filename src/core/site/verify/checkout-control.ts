import path from 'node:path';
import type { VerifyFinding } from './verify-finding';

/** Files that tell git how to check a tree out: what the checkout holds then differs from the commit that Pages serves. */
export const CHECKOUT_CONTROL: ReadonlySet<string> = new Set(['.gitattributes', '.gitmodules', '.lfsconfig']);

/** Whether a repository path (anywhere, also above the registry folder) is one of CHECKOUT_CONTROL. */
export function isCheckoutControl(repoPath: string): boolean {
  return CHECKOUT_CONTROL.has(path.posix.basename(repoPath));
}

/**
 * A `.gitattributes`, `.gitmodules` or `.lfsconfig` that the change adds, alters or removes
 * changes what a checkout holds (eol conversion, working-tree encodings, LFS pointers), so the
 * bytes verify reads would not be the bytes served. `repoPath` is the repository's path, `file`
 * the same relative to the registry folder (as every finding's is).
 */
export function checkoutControlFinding(repoPath: string, file: string): VerifyFinding {
  return { code: 'UNEXPECTED_FILE', file, message: `${repoPath} is changed: it tells git how to check files out, so the registry's files as checked out (and as verify reads them) would differ from the commit that is served.`, value: repoPath, fix: `Restore ${repoPath} from the base branch; such a change is made by the registry's maintainers, not in a registry pull request.` };
}

/** A gitlink (a submodule): an empty folder in a checkout, another repository's files on a site that builds submodules. */
export function gitlinkFinding(file: string): VerifyFinding {
  return { code: 'PATH_UNSUPPORTED', file, message: `${file} is a git submodule (a gitlink): the checkout holds an empty folder, the site another repository's files.`, value: file, fix: 'Remove the submodule (git rm), and add the files themselves.' };
}

/** Add `extra` findings to `findings`, except where a rule already refused the same file with the same code. */
export function addUnlessFound(findings: VerifyFinding[], extra: readonly VerifyFinding[]): void {
  for (const f of extra) if (!findings.some((x) => x.code === f.code && x.file === f.file)) findings.push(f);
}
