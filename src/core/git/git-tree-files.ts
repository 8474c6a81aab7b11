import { spawn } from 'node:child_process';
import { PackdexError } from '../errors';
import { sortByPackPath } from '../pack-files/walk-pack-files';
import { execGit, git, gitEnvironment } from './run-git';

/** A regular file of a commit, readable through `readGitBlobs`. */
export interface GitTreeFile {
  relPath: string;
  oid: string;
  size: number;
  executable: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Is `dir` inside a git work tree? */
export async function isGitWorkTree(dir: string): Promise<boolean> {
  try {
    return (await git(['rev-parse', '--is-inside-work-tree'], dir)).toString().trim() === 'true';
  } catch {
    return false;
  }
}

/** Resolve a ref to its 40-hex commit. */
export async function resolveCommit(dir: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) {
    throw new PackdexError('GIT_REF_INVALID', `Git ref '${ref}' starts with '-'.`, { value: ref, fix: 'Pass a tag, branch or commit.' });
  }
  return (await git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], dir)).toString().trim();
}

/**
 * The files of `dir` as committed at `commit` (a 40-hex commit from `resolveCommit`; `ref` is
 * the name the user gave it, for messages): the pack folder's subtree of that commit, in
 * checksum order. Symlinks and submodules are refused, as in a directory walk.
 */
export async function listGitTreeFiles(dir: string, commit: string, ref: string = commit): Promise<GitTreeFile[]> {
  const prefix = (await git(['rev-parse', '--show-prefix'], dir)).toString().trim();
  // The pack folder must exist in that commit; an untracked or uncommitted pack does not.
  const exists = await execGit(['cat-file', '-e', '--end-of-options', `${commit}:${prefix}`], { cwd: dir });
  if (exists.exitCode !== 0) {
    throw new PackdexError('GIT_FAILED', `'${prefix || '.'}' is not in commit ${commit.slice(0, 12)} (${ref}).`, {
      value: prefix,
      expected: 'a pack folder that is committed at the ref',
      fix: 'Commit the pack first, or archive the files on disk with --source directory.',
    });
  }
  const raw = await git(['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', `${commit}:${prefix}`], dir);
  const files: GitTreeFile[] = [];
  let start = 0;
  while (start < raw.length) {
    const end = raw.indexOf(0, start);
    const record = raw.subarray(start, end === -1 ? raw.length : end);
    start = end === -1 ? raw.length : end + 1;
    const tab = record.indexOf(9);
    const [mode, type, oid, size] = record.subarray(0, tab).toString('latin1').trim().split(/ +/);
    let relPath: string;
    try {
      relPath = utf8.decode(record.subarray(tab + 1));
    } catch {
      throw new PackdexError('PATH_NOT_UTF8', `A path in ${ref} is not valid UTF-8.`, {
        value: record.subarray(tab + 1).toString('hex'),
        expected: 'file names encoded as UTF-8',
        fix: 'Rename the file with a UTF-8 name and commit again.',
      });
    }
    if (relPath.split('/').includes('.git')) continue;
    if (mode === '120000') {
      throw new PackdexError('PATH_SYMLINK', `'${relPath}' is a symbolic link in ${ref}.`, {
        value: relPath,
        expected: 'only regular files and folders in a pack',
        fix: 'Replace the link with a copy of the file it points to, and commit.',
        path: relPath,
      });
    }
    if (type !== 'blob') {
      throw new PackdexError('PATH_UNSUPPORTED', `'${relPath}' is a ${type === 'commit' ? 'submodule' : type} in ${ref}.`, {
        value: relPath,
        expected: 'only regular files and folders in a pack',
        fix: 'Vendor the submodule\'s files into the pack, or remove it.',
        path: relPath,
      });
    }
    files.push({ relPath, oid: oid!, size: Number(size), executable: mode === '100755' });
  }
  return sortByPackPath(files, (f) => f.relPath);
}

export interface BlobVisitor {
  start(file: GitTreeFile): Promise<void> | void;
  /** Receives the blob's bytes in order; must copy what it keeps. */
  chunk(file: GitTreeFile, data: Buffer): Promise<void> | void;
  end(file: GitTreeFile): Promise<void> | void;
}

/** Stream blobs through one `git cat-file --batch` process, in the order given. */
export async function readGitBlobs(dir: string, files: readonly GitTreeFile[], visit: BlobVisitor): Promise<void> {
  if (files.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: dir, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  child.stdin.on('error', () => undefined);
  child.stdin.end(files.map((f) => `${f.oid}\n`).join(''));

  // The batch output is, per blob: "<oid> blob <size>\n", <size> bytes, "\n".
  let i = 0;
  let pending: Buffer = Buffer.alloc(0);
  let state: 'header' | 'body' | 'newline' = 'header';
  let remaining = 0;
  try {
    for await (const data of child.stdout as AsyncIterable<Buffer>) {
      pending = pending.length === 0 ? data : Buffer.concat([pending, data]);
      while (pending.length > 0 && i < files.length) {
        const file = files[i]!;
        if (state === 'header') {
          const nl = pending.indexOf(10);
          if (nl === -1) break;
          const header = pending.subarray(0, nl).toString('latin1');
          remaining = Number(header.split(' ')[2]);
          if (!/ blob \d+$/.test(header) || remaining !== file.size) {
            throw new PackdexError('GIT_FAILED', `git cat-file returned '${header}' for ${file.relPath}.`, { fix: 'Run git fsck on the repository.' });
          }
          pending = pending.subarray(nl + 1);
          state = 'body';
          await visit.start(file);
        }
        if (state === 'body') {
          const take = Math.min(remaining, pending.length);
          if (take > 0) await visit.chunk(file, pending.subarray(0, take));
          remaining -= take;
          pending = pending.subarray(take);
          if (remaining > 0) break;
          await visit.end(file);
          state = 'newline';
        }
        if (state === 'newline') {
          if (pending.length === 0) break;
          pending = pending.subarray(1);
          state = 'header';
          i++;
        }
      }
    }
  } finally {
    if (i < files.length) child.kill();
  }
  const code = await exited;
  if (code !== 0 || i < files.length) {
    throw new PackdexError('GIT_FAILED', `git cat-file --batch failed after ${i} of ${files.length} files: ${stderr.trim()}`, {
      fix: 'Run git fsck on the repository.',
    });
  }
}
