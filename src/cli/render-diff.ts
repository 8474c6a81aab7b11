import path from 'node:path';
import { structuredPatch } from 'diff';
import type { FileChange } from '../core/fs/file-change';

/** Lines of context around each change, as diff -u and git diff show. */
export const DIFF_CONTEXT = 3;

/**
 * A planned change as a minimal unified diff, for --dry-run: the `diff` library's Myers diff
 * with 3 lines of context, so a one-version bump shows its few lines, not the rest of the file.
 */
export function renderDiff(change: FileChange, cwd?: string): string {
  // Named as the user would type them: relative to the current folder when inside it.
  const rel = cwd === undefined ? change.path : path.relative(cwd, change.path);
  const name = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? change.path : rel;
  if (change.before === change.after) return `(no change to ${name})\n`;
  const patch = structuredPatch(name, name, change.before ?? '', change.after, undefined, undefined, { context: DIFF_CONTEXT });
  const lines = [`--- ${change.before === undefined ? '/dev/null' : name}`, `+++ ${name}`];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines);
  }
  return `${lines.join('\n')}\n`;
}
