import path from 'node:path';
import { buildSiteFiles, isDerivedPath, PAGE_OUTPUT } from '../build-site';
import type { TreeEntry } from './registry-tree';
import { firstDifference, sameBytes } from './same-bytes';
import type { VerifyFinding } from './verify-finding';

/**
 * Every file `site build` writes (index.json, the page, its assets, .nojekyll) is byte-identical
 * to the build from the head's own documents: derived files are never edited, only rebuilt. A
 * file is compared by size before it is read, and then a chunk at a time.
 */
export async function checkDerivedFiles(head: string, tree: ReadonlyMap<string, TreeEntry>, documentsReadable: boolean, findings: VerifyFinding[], base?: { dir: string; tree: ReadonlyMap<string, TreeEntry> }): Promise<void> {
  // index.json needs every document; the page and .nojekyll are the same whatever they hold.
  const files = documentsReadable ? (await buildSiteFiles(head)).files : PAGE_OUTPUT;
  // A file in a derived place (search/…) that the build does not write is no derived file at all:
  // nothing checks its bytes, so a change may not add or alter one. (One the base already holds,
  // as it was, is a shard an earlier build left behind: harmless, since nothing reads it.)
  if (documentsReadable) {
    const written = new Set(files.map(([rel]) => rel));
    for (const [rel, entry] of tree) {
      if (!isDerivedPath(rel) || written.has(rel) || entry.kind === 'other') continue;
      const held = base?.tree.get(rel);
      if (held?.kind === 'file' && entry.kind === 'file' && held.size === entry.size && (await sameBytes(path.join(base!.dir, rel), path.join(head, rel)))) continue;
      findings.push({ code: 'DERIVED_FILE_CHANGED', file: rel, message: `${rel} sits among the derived files, but site build does not write it.`, value: rel, fix: 'Remove it, then run packdex site build and commit the result.' });
    }
  }
  for (const [rel, text] of files) {
    const expected = Buffer.from(text, 'utf8');
    const entry = tree.get(rel);
    const fix = 'Run packdex site build in the registry and commit the result; never edit a derived file by hand.';
    if (entry === undefined || entry.kind !== 'file') {
      findings.push({ code: 'DERIVED_FILE_CHANGED', file: rel, message: `${rel} is missing; site build writes it from the package documents.`, value: rel, fix });
      continue;
    }
    const at = await firstDifference(path.join(head, rel), expected);
    if (at === -1) continue;
    const line = expected.subarray(0, at).toString('utf8').split('\n').length;
    findings.push({
      code: 'DERIVED_FILE_CHANGED',
      file: rel,
      line,
      message: `${rel} is not what site build gives from the package documents (${entry.size === expected.length ? 'it differs' : `${entry.size} bytes, not ${expected.length}`}, first at line ${line}).`,
      value: rel,
      fix,
    });
  }
}

