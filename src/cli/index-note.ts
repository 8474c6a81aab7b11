import path from 'node:path';
import { omittedReason, type IndexState } from '../core/site/index-json/index-policy';

/**
 * What a change into a committed registry says when it took index.json past registry.json's
 * limit (it removed index.json and rewrote registry.json): once, on stderr, with what it means.
 */
export function indexDroppedNote(removed: readonly string[] | undefined, index: IndexState | undefined, dryRun = false): string | undefined {
  if (index === undefined || index.produced || !(removed ?? []).some((r) => path.basename(r) === 'index.json')) return undefined;
  return `${dryRun ? 'would leave' : 'left'} index.json out: ${omittedReason(index)}. registry.json now says index: null; packdex clients and the browse page use the package documents and search files, and consumers that read index.json itself find none.\n`;
}
