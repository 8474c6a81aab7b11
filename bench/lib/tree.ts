import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Every file under `dir` (not folders) as `find -printf` gives it, one line at a time: a million
 * files are listed by find in C and never held as one string.
 */
async function eachFile(dir: string, format: string, visit: (line: string) => void): Promise<void> {
  const find = spawn('find', [dir, '-not', '-type', 'd', '-printf', format], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve, reject) => {
    find.on('error', reject);
    find.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`find ${dir} exited ${code}`))));
  });
  for await (const line of createInterface({ input: find.stdout, crlfDelay: Infinity })) if (line !== '') visit(line);
  await done;
}

export interface TreeStats {
  files: number;
  bytes: number;
  largest: { path: string; size: number };
}

/** How many files a folder holds, their bytes (apparent sizes), and the largest. */
export async function treeStats(dir: string): Promise<TreeStats> {
  const stats: TreeStats = { files: 0, bytes: 0, largest: { path: '', size: -1 } };
  await eachFile(dir, '%s\t%P\n', (line) => {
    const tab = line.indexOf('\t');
    const size = Number(line.slice(0, tab));
    stats.files++;
    stats.bytes += size;
    if (size > stats.largest.size) stats.largest = { path: line.slice(tab + 1), size };
  });
  return stats;
}

/** Each file's size, modification time and inode, by path: what a later snapshot is compared with. */
export type TreeSnapshot = Map<string, string>;

export async function treeSnapshot(dir: string): Promise<TreeSnapshot> {
  const out: TreeSnapshot = new Map();
  await eachFile(dir, '%P\t%s:%T@:%i\n', (line) => {
    const tab = line.indexOf('\t');
    out.set(line.slice(0, tab), line.slice(tab + 1));
  });
  return out;
}

export interface TreeChange {
  /** Added, rewritten and removed files, sorted: what a commit of the folder would hold. */
  paths: string[];
  removed: string[];
  /** Bytes of the added and rewritten files, as they are now. */
  bytes: number;
}

/**
 * What changed between two snapshots, excluding nothing: a file replaced by rename has a new
 * inode even when its size and time agree, so every write shows.
 */
export function treeChange(before: TreeSnapshot, after: TreeSnapshot): TreeChange {
  const paths: string[] = [];
  const removed: string[] = [];
  let bytes = 0;
  for (const [p, sig] of after) {
    if (before.get(p) === sig) continue;
    paths.push(p);
    bytes += Number(sig.slice(0, sig.indexOf(':')));
  }
  for (const p of before.keys()) if (!after.has(p)) removed.push(p);
  paths.push(...removed);
  paths.sort();
  return { paths, removed: removed.sort(), bytes };
}
