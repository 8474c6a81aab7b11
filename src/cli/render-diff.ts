import type { FileChange } from '../core/fs/file-change';

/**
 * A compact line diff of a planned change, for --dry-run. Index files change in one place (an
 * entry and last_updated), so trimming the common head and tail shows exactly that.
 */
export function renderDiff(change: FileChange): string {
  if (change.before === change.after) return `(no change to ${change.path})\n`;
  const a = change.before === undefined ? [] : change.before.split('\n');
  const b = change.after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const lines = [`--- ${change.before === undefined ? '/dev/null' : change.path}`, `+++ ${change.path}`, `@@ line ${head + 1} @@`];
  for (const l of a.slice(head, a.length - tail)) lines.push(`-${l}`);
  for (const l of b.slice(head, b.length - tail)) lines.push(`+${l}`);
  return `${lines.join('\n')}\n`;
}
