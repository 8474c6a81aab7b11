import { lstatSync, readdirSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, ioError } from '../errors';

/** A regular file of a pack, as the checksum and the archive see it. */
export interface PackFile {
  /** `/`-separated path relative to the pack root, valid UTF-8. */
  relPath: string;
  /** Absolute path as raw bytes, so names are never re-encoded on the way to the kernel. */
  absPath: Buffer;
  size: number;
  /** True when any execute bit is set (the archive normalises modes to 0755 / 0644). */
  executable: boolean;
  /** Modification time at walk time; a read that finds another one is FILE_CHANGED. */
  mtimeNs: bigint;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface WalkOptions {
  /**
   * Collect symlink, encoding and file-type problems here and keep walking, instead of throwing
   * the first (the audit reports them all).
   */
  problems?: PackdexError[];
  /**
   * What to do with a FIFO, socket or device: `skip` leaves it out, as Attune's directory
   * checksum does (it hashes regular files and descends into folders, nothing else), so the
   * checksum and the archive agree with Attune's on such a tree; `error` (the default) refuses
   * it, for callers that copy the folder as it is.
   */
  special?: 'skip' | 'error';
  /** With `special: 'skip'`, the relative paths left out are collected here (the audit warns). */
  skipped?: string[];
}

/**
 * Compare two relative paths component by component, bytewise (so `a/b` sorts before `a-c`,
 * whatever the locale). This is the order of the directory checksum and of archive entries.
 */
export function comparePackPaths(a: string, b: string): number {
  return Buffer.compare(sortKey(a), sortKey(b));
}

/**
 * The bytes that sort like the path's components: '/' becomes NUL, which no name can hold, so a
 * shorter component sorts first exactly as a component-wise comparison would have it.
 */
function sortKey(relPath: string): Buffer {
  return Buffer.from(relPath.replaceAll('/', '\0'), 'utf8');
}

/** Sort paths (or things with one) in pack order, computing each key once. */
export function sortByPackPath<T>(items: readonly T[], pathOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: sortKey(pathOf(item)) }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map((x) => x.item);
}

/**
 * List a pack's regular files in checksum order. Every entry named `.git` below the root is
 * skipped (a work tree's metadata, or a submodule's). A symlink anywhere or a name that is not
 * UTF-8 is an error: neither survives the trip through git, an archive and an install with the
 * same meaning on every machine (and Attune's checksum cannot represent a link). A FIFO, socket
 * or device is skipped or refused as `options.special` says.
 */
export async function walkPackFiles(root: string, options: WalkOptions = {}): Promise<PackFile[]> {
  const rootStat = await lstat(root).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') {
      throw new PackdexError('PATH_NOT_FOUND', `No such directory: '${root}'.`, {
        value: root,
        fix: 'Check the path to the pack.',
      });
    }
    throw ioError('read', root, cause);
  });
  if (!rootStat.isDirectory()) {
    throw new PackdexError('PATH_UNSUPPORTED', `'${root}' is not a directory.`, {
      value: root,
      expected: 'a pack directory',
      fix: 'Point packdex at the folder that holds pack.yaml.',
    });
  }
  const files: PackFile[] = [];
  await walk(Buffer.from(path.resolve(root)), '', files, options);
  return sortByPackPath(files, (f) => f.relPath);
}

/**
 * One folder, with synchronous readdir and lstat: for packs of thousands of files, syscalls on the
 * main thread cost a fraction of thread-pool round trips (bench case 2). Results and problems come
 * in name order, so the outcome never depends on timing.
 */
async function walk(dir: Buffer, rel: string, out: PackFile[], options: WalkOptions): Promise<void> {
  const { problems } = options;
  const fail = (error: PackdexError): void => {
    if (problems === undefined) throw error;
    problems.push(error);
  };
  let names: Buffer[];
  try {
    names = readdirSync(dir, { encoding: 'buffer' });
  } catch (cause) {
    throw ioError('read directory', rel === '' ? '.' : rel, cause);
  }
  for (const raw of names) {
    let name: string;
    try {
      name = utf8.decode(raw);
    } catch {
      const shown = `${rel}${raw.toString('latin1')}`;
      fail(
        new PackdexError('PATH_NOT_UTF8', `The path '${shown}' is not valid UTF-8.`, {
          value: raw.toString('hex'),
          expected: 'file names encoded as UTF-8',
          fix: 'Rename the file with a UTF-8 name.',
          path: shown,
        }),
      );
      continue;
    }
    if (name === '.git') continue;
    const abs = Buffer.concat([dir, Buffer.from('/'), raw]);
    const relPath = `${rel}${name}`;
    let st;
    try {
      st = lstatSync(abs, { bigint: true });
    } catch (cause) {
      throw ioError('read', relPath, cause);
    }
    if (st.isSymbolicLink()) {
      fail(
        new PackdexError('PATH_SYMLINK', `'${relPath}' is a symbolic link: the directory checksum of a git source (Attune's too) hashes regular files only, so it cannot represent a link, and an install would not get it back.`, {
          value: relPath,
          expected: 'only regular files and folders in a pack',
          fix: `Replace the link with a copy of what it points to (cp --remove-destination "$(readlink -f '${relPath}')" '${relPath}'), or move the folder that holds it out of the pack.`,
          path: relPath,
        }),
      );
    } else if (st.isDirectory()) {
      await walk(abs, `${relPath}/`, out, options);
    } else if (st.isFile()) {
      out.push({ relPath, absPath: abs, size: Number(st.size), executable: (st.mode & 0o111n) !== 0n, mtimeNs: st.mtimeNs });
    } else if (options.special === 'skip') {
      options.skipped?.push(relPath);
    } else {
      fail(
        new PackdexError('PATH_UNSUPPORTED', `'${relPath}' is not a regular file or folder.`, {
          value: relPath,
          expected: 'only regular files and folders in a pack',
          fix: 'Remove the device, socket or pipe from the pack.',
          path: relPath,
        }),
      );
    }
  }
}
