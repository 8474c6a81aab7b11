import { writeFileAtomic } from './write-file-atomic';

/** A planned write: computed first, shown by --dry-run, applied atomically. */
export interface FileChange {
  path: string;
  /** The current bytes, or undefined when the file does not exist yet. */
  before: string | undefined;
  after: string;
}

export function isNoop(change: FileChange): boolean {
  return change.before === change.after;
}

/**
 * Apply changes that actually change something; a no-op leaves the file untouched. Each file is
 * atomic, the set is not: a registry folder is changed through changeRegistry
 * (core/site/registry-transaction), which locks it and journals the set.
 */
export async function applyFileChanges(changes: readonly FileChange[]): Promise<void> {
  for (const change of changes) {
    if (!isNoop(change)) await writeFileAtomic(change.path, change.after);
  }
}
