import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from '../../index-file/index-rules';
import { ioError } from '../../errors';

export interface TreeEntry {
  /**
   * A symlink is never followed: a registry file must be the bytes it holds. A `gitlink` (a
   * submodule) exists only in commits: a checkout holds an empty folder in its place.
   */
  kind: 'file' | 'symlink' | 'gitlink' | 'other';
  /** Bytes, from lstat or the blob's size (0 for anything but a regular file). */
  size: number;
  /** The git object, when the entry comes from a commit. */
  oid?: string;
}

/**
 * Every path below a registry folder, `/`-separated and sorted, with what lstat says of it,
 * without reading a byte: verify decides what to read (and whether to read at all) from sizes
 * first. A `.git` at the root (the checkout's own, or a worktree's pointer file) is not part of
 * the registry.
 */
export async function listRegistryTree(root: string): Promise<Map<string, TreeEntry>> {
  const out: [string, TreeEntry][] = [];
  async function walk(rel: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch (cause) {
      throw ioError('list', path.join(root, rel), cause);
    }
    for (const e of entries) {
      if (rel === '' && e.name === '.git') continue;
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(child);
      else if (e.isSymbolicLink()) out.push([child, { kind: 'symlink', size: 0 }]);
      else if (e.isFile()) out.push([child, { kind: 'file', size: (await lstat(path.join(root, child))).size }]);
      else out.push([child, { kind: 'other', size: 0 }]);
    }
  }
  await walk('');
  out.sort(([a], [b]) => compareStrings(a, b));
  return new Map(out);
}
