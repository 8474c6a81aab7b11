import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, constants as zlibConstants } from 'node:zlib';
import * as tar from 'tar-stream';
import { PackdexError, ioError } from '../errors';
import { fileChangedError, readFilesInOrder, type StableReadHooks } from '../checksum/hash-file';
import { isGitWorkTree, listGitTreeFiles, readGitBlobs, resolveCommit } from '../git/git-tree-files';
import { walkPackFiles } from '../pack-files/walk-pack-files';

/**
 * Every entry's time. A fixed instant (1980-01-01, the earliest a zip can store) instead of the
 * clock or the files' mtimes, so the same tree gives the same bytes on any machine, any day.
 */
export const ARCHIVE_MTIME = new Date(Date.UTC(1980, 0, 1));
/** gzip header OS byte: always "Unix", whatever zlib would write for the build platform. */
export const GZIP_OS_UNIX = 3;

export type ArchiveSourceKind = 'git' | 'directory';

export interface BuildArchiveOptions {
  packDir: string;
  /** The single top folder, `<ref>-<version>`. */
  topFolder: string;
  output: string;
  /** `auto` takes the commit in a git work tree and the directory otherwise. */
  source?: ArchiveSourceKind | 'auto';
  /** Commit-ish for the git source; HEAD by default. */
  ref?: string;
  /** Passed to the directory reader (tests race a writer against it). */
  hooks?: StableReadHooks;
  /** Called as file bytes are archived: bytes read so far of the total (the CLI draws a progress line). */
  onProgress?: (done: number, total: number) => void;
}

export interface ArchiveResult {
  path: string;
  /** `sha256:<hex>` of the archive's bytes. */
  checksum: string;
  size: number;
  files: number;
  source: ArchiveSourceKind;
  /** The 40-hex commit the files came from, for a git source. */
  commit?: string;
}

interface ArchiveFile {
  relPath: string;
  size: number;
  executable: boolean;
}

/** Receives the pack's files in order: begin, the bytes, end. */
interface EntryWriter {
  begin(file: ArchiveFile): Promise<void>;
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
}

/**
 * Build the reproducible `.tar.gz` of a pack: entries sorted component-wise, fixed time, owner 0
 * with no user names, modes normalised to 0755/0644, one top folder, and a gzip header with no
 * name or time and a fixed OS byte. Written to a temporary file and renamed, so a failure leaves
 * no partial archive behind.
 */
export async function buildArchive(options: BuildArchiveOptions): Promise<ArchiveResult> {
  if (!/^[a-z0-9][a-z0-9_-]*-[0-9A-Za-z.+-]+$/.test(options.topFolder)) {
    throw new PackdexError('USAGE', `Archive top folder '${options.topFolder}' is not <name>-<version>.`, {
      value: options.topFolder,
      fix: 'Fix the name and version in the package\'s manifest.',
    });
  }
  const inWorkTree = await isGitWorkTree(options.packDir);
  const kind: ArchiveSourceKind =
    options.source === 'git' || options.source === 'directory' ? options.source : options.ref !== undefined || inWorkTree ? 'git' : 'directory';
  if (kind === 'git' && !inWorkTree) {
    throw new PackdexError('GIT_FAILED', `'${options.packDir}' is not in a git work tree, so there is no commit to archive.`, {
      value: options.packDir,
      fix: 'Archive the directory instead (--source directory), or run inside the repository.',
    });
  }

  let files: ArchiveFile[];
  let feed: (writer: EntryWriter) => Promise<void>;
  let commit: string | undefined;
  if (kind === 'git') {
    const ref = options.ref ?? 'HEAD';
    commit = await resolveCommit(options.packDir, ref);
    const treeFiles = await listGitTreeFiles(options.packDir, commit, ref);
    files = treeFiles;
    feed = (writer) =>
      readGitBlobs(options.packDir, treeFiles, {
        start: (file) => writer.begin(file),
        chunk: (_file, data) => writer.write(data),
        end: () => writer.end(),
      });
  } else {
    // Skip what the directory checksum skips, so the extracted archive has the same checksum.
    const walked = await walkPackFiles(options.packDir, { special: 'skip' });
    files = walked;
    feed = (writer) =>
      readFilesInOrder(walked, { begin: (file) => writer.begin(file), chunk: (_file, chunk) => writer.write(chunk), end: () => writer.end() }, options.hooks);
  }

  // A missing output folder (dist/) is created, as the user asked for a file inside it.
  await mkdir(path.dirname(path.resolve(options.output)), { recursive: true }).catch((cause: unknown) => {
    throw ioError('create the folder of', options.output, cause);
  });
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  let doneBytes = 0;
  const tmp = path.join(path.dirname(path.resolve(options.output)), `.${path.basename(options.output)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let size = 0;
  const pack = tar.pack();
  const written = pipeline(
    pack,
    createGzip({ level: zlibConstants.Z_DEFAULT_COMPRESSION }),
    fixGzipHeader(),
    tap((chunk) => {
      hash.update(chunk);
      size += chunk.length;
    }),
    createWriteStream(tmp, { mode: 0o644 }),
  );
  // Surface a write failure (disk full, bad path) without an unhandled rejection while we feed.
  // The failure is kept: it is what the user needs to hear, not the tar stream's "destroyed" that follows.
  let writeFailure: unknown;
  written.catch((e: unknown) => {
    writeFailure = e;
  });

  const header = (name: string, type: 'file' | 'directory', mode: number, entrySize = 0): Partial<tar.Header> & { name: string } => ({
    name,
    type,
    mode,
    size: entrySize,
    mtime: ARCHIVE_MTIME,
    uid: 0,
    gid: 0,
    uname: '',
    gname: '',
  });
  const addDirectory = (name: string): Promise<void> =>
    new Promise((resolve, reject) => pack.entry(header(`${name}/`, 'directory', 0o755), (err) => (err ? reject(err) : resolve())));

  const top = options.topFolder;
  const madeDirs = new Set<string>();
  let current: { file: ArchiveFile; entry: ReturnType<typeof pack.entry>; done: Promise<void>; bytes: number } | undefined;
  const writer: EntryWriter = {
    async begin(file) {
      // Parent folders get their own entries, in order, the first time a file needs them.
      const parts = file.relPath.split('/');
      for (let n = 1; n < parts.length; n++) {
        const d = parts.slice(0, n).join('/');
        if (!madeDirs.has(d)) {
          madeDirs.add(d);
          await addDirectory(`${top}/${d}`);
        }
      }
      let resolveDone!: () => void;
      let rejectDone!: (e: unknown) => void;
      const done = new Promise<void>((res, rej) => {
        resolveDone = res;
        rejectDone = rej;
      });
      const entry = pack.entry(header(`${top}/${file.relPath}`, 'file', file.executable ? 0o755 : 0o644, file.size), (err) =>
        err ? rejectDone(err) : resolveDone(),
      );
      // Awaited in end(); if the build fails first, destroying the pack rejects it unobserved.
      done.catch(() => undefined);
      current = { file, entry, done, bytes: 0 };
    },
    async write(chunk) {
      const c = current!;
      c.bytes += chunk.length;
      if (c.bytes > c.file.size) throw fileChangedError(c.file.relPath);
      doneBytes += chunk.length;
      options.onProgress?.(doneBytes, totalBytes);
      // The chunk's buffer is reused by the reader: the entry keeps a copy.
      if (!c.entry.write(Buffer.from(chunk))) await once(c.entry, 'drain');
    },
    async end() {
      const c = current!;
      if (c.bytes !== c.file.size) throw fileChangedError(c.file.relPath);
      // streamx's types demand an argument; null writes nothing (streamx `end(data)` skips null).
      c.entry.end(null);
      await c.done;
      current = undefined;
    },
  };

  try {
    await addDirectory(top);
    await feed(writer);
    pack.finalize();
    await written;
    await rename(tmp, options.output);
  } catch (cause) {
    pack.destroy();
    const failedFirst = writeFailure;
    await written.catch(() => undefined);
    await rm(tmp, { force: true });
    if (cause instanceof PackdexError) throw cause;
    throw ioError('write archive', options.output, failedFirst ?? cause);
  }
  return {
    path: options.output,
    checksum: `sha256:${hash.digest('hex')}`,
    size,
    files: files.length,
    source: kind,
    ...(commit === undefined ? {} : { commit }),
  };
}

/** Sets the gzip header's OS byte (offset 9), whichever chunk it arrives in. */
function fixGzipHeader(): Transform {
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback) {
      if (offset <= 9 && offset + chunk.length > 9) {
        chunk = Buffer.from(chunk);
        chunk[9 - offset] = GZIP_OS_UNIX;
      }
      offset += chunk.length;
      callback(null, chunk);
    },
  });
}

function tap(onChunk: (chunk: Buffer) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback) {
      onChunk(chunk);
      callback(null, chunk);
    },
  });
}
