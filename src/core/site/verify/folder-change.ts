import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hashFile } from '../../checksum/hash-file';
import { compareStrings } from '../../index-file/index-rules';
import type { ChangedPath, RegistryChange, RegistrySide } from './registry-reader';
import { listRegistryTree, type TreeEntry } from './registry-tree';
import { sameBytes } from './same-bytes';

function folderSide(root: string, tree: ReadonlyMap<string, TreeEntry>): RegistrySide {
  return {
    entry: async (rel) => tree.get(rel),
    readText: (rel) => readFile(path.join(root, rel), 'utf8'),
    hash: (rel, algorithm) => hashFile(path.join(root, rel), algorithm),
    withFile: (rel, use) => use(path.join(root, rel)),
  };
}

/**
 * A change between two registry folders (checkouts): every path of both trees, from lstat alone,
 * so that the change's size is judged before a byte is read. `base` undefined is a new registry.
 */
export async function folderChange(base: string | undefined, head: string): Promise<{ change: RegistryChange; headTree: ReadonlyMap<string, TreeEntry>; baseTree: ReadonlyMap<string, TreeEntry> }> {
  const headTree = await listRegistryTree(head);
  const baseTree = base === undefined ? new Map<string, TreeEntry>() : await listRegistryTree(base);
  const paths: ChangedPath[] = [];
  for (const rel of [...new Set([...headTree.keys(), ...baseTree.keys()])].sort(compareStrings)) paths.push({ rel, head: headTree.get(rel), base: baseTree.get(rel) });
  const change: RegistryChange = {
    head: folderSide(head, headTree),
    base: base === undefined ? undefined : folderSide(base, baseTree),
    paths,
    complete: true,
    same: async (rel) => {
      const h = headTree.get(rel);
      const b = baseTree.get(rel);
      return base !== undefined && h?.kind === 'file' && b?.kind === 'file' && h.size === b.size && (await sameBytes(path.join(base, rel), path.join(head, rel)));
    },
    baseDocumentPaths: async () => [...baseTree.keys()].filter((rel) => rel.startsWith('packages/') && rel.endsWith('.json')),
  };
  return { change, headTree, baseTree };
}
