import os from 'node:os';
import path from 'node:path';
import { PackdexError } from '../../errors';
import { isDerivedPath, PAGE_OUTPUT } from '../build-site';
import { identityAgrees, omittedReason } from '../index-json/index-policy';
import { streamSiteBuild } from '../stream-site-build';
import { compareSink, type BuiltFileComparison } from './compare-built-files';
import type { TreeEntry } from './registry-tree';
import { sameBytes } from './same-bytes';
import type { VerifyFinding } from './verify-finding';

const FIX = 'Run packdex site build in the registry and commit the result; never edit a derived file by hand.';

/**
 * Every file `site build` writes (index.json, the page, its assets, .nojekyll) is byte-identical
 * to the build from the head's own documents: derived files are never edited, only rebuilt. The
 * build streams, and each file it emits is compared chunk by chunk with the head's file as it
 * comes, so neither is ever held whole. When the build leaves index.json out (registry.json's
 * index_policy), the head must not hold one, and registry.json must say so as the build does.
 */
export async function checkDerivedFiles(head: string, tree: ReadonlyMap<string, TreeEntry>, documentsReadable: boolean, findings: VerifyFinding[], base?: { dir: string; tree: ReadonlyMap<string, TreeEntry> }): Promise<void> {
  const compared: VerifyFinding[] = [];
  const record = (c: BuiltFileComparison): void => {
    const finding = comparisonFinding(c, tree);
    if (finding !== undefined) compared.push(finding);
  };
  const sink = compareSink(head, (rel) => tree.get(rel)?.kind === 'file', record);
  if (!documentsReadable) {
    // index.json needs every document; the page and .nojekyll are the same whatever they hold.
    for (const [rel, text] of PAGE_OUTPUT) {
      const out = await sink.open(rel);
      await out.write(text);
      await out.end();
    }
    findings.push(...compared);
    return;
  }
  let built;
  try {
    built = await streamSiteBuild(head, sink, { tempDir: os.tmpdir() });
  } catch (error) {
    // The head's own policy cannot be built (index_policy out of bounds, or always over GitHub's limit).
    if (!(error instanceof PackdexError) || !['INDEX_TOO_LARGE', 'INDEX_POLICY_INVALID'].includes(error.code)) throw error;
    findings.push({ code: error.code, file: 'registry.json', message: error.message, value: 'index_policy', ...(error.fix === undefined ? {} : { fix: error.fix }) });
    return;
  }
  // A file in a derived place (search/…) that the build does not write is no derived file at all:
  // nothing checks its bytes, so a change may not add or alter one. (One the base already holds,
  // as it was, is a shard an earlier build left behind: harmless, since nothing reads it.)
  const written = new Set(built.files);
  for (const [rel, entry] of tree) {
    if (!isDerivedPath(rel) || written.has(rel) || entry.kind === 'other') continue;
    if (rel === 'index.json' && !built.index.produced) {
      findings.push({
        code: 'DERIVED_FILE_CHANGED',
        file: rel,
        message: `index.json is present, but site build leaves it out: ${omittedReason(built.index)}.`,
        value: rel,
        fix: 'Remove index.json (packdex site build does, and says so in registry.json), or change index_policy in registry.json.',
      });
      continue;
    }
    const held = base?.tree.get(rel);
    if (held?.kind === 'file' && entry.kind === 'file' && held.size === entry.size && (await sameBytes(path.join(base!.dir, rel), path.join(head, rel)))) continue;
    findings.push({ code: 'DERIVED_FILE_CHANGED', file: rel, message: `${rel} sits among the derived files, but site build does not write it.`, value: rel, fix: 'Remove it, then run packdex site build and commit the result.' });
  }
  findings.push(...compared);
  // The build read registry.json from the head already: judge the same bytes it built from.
  const { identity } = built;
  if (!identityAgrees(identity, built.index)) {
    const says = identity.index === null ? `index null (${omittedReason(identity.index_omitted)})` : 'index "index.json"';
    const should = built.index.produced ? 'index "index.json" and no index_omitted' : `index null and index_omitted {"reason": "${built.index.reason}", "max_bytes": ${built.index.maxBytes}} (${omittedReason(built.index)})`;
    findings.push({ code: 'DERIVED_FILE_CHANGED', file: 'registry.json', message: `registry.json says ${says}, but site build gives ${should}.`, value: 'registry.json', fix: FIX });
  }
}

function comparisonFinding(c: BuiltFileComparison, tree: ReadonlyMap<string, TreeEntry>): VerifyFinding | undefined {
  if (c.equal) return undefined;
  if (c.missing) return { code: 'DERIVED_FILE_CHANGED', file: c.rel, message: `${c.rel} is missing; site build writes it from the package documents.`, value: c.rel, fix: FIX };
  const size = tree.get(c.rel)?.size ?? c.size;
  return {
    code: 'DERIVED_FILE_CHANGED',
    file: c.rel,
    line: c.line,
    message: `${c.rel} is not what site build gives from the package documents (${size === c.expectedSize ? 'it differs' : `${size} bytes, not ${c.expectedSize}`}, first at line ${c.line}).`,
    value: c.rel,
    fix: FIX,
  };
}
