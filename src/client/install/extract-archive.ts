import { createReadStream } from 'node:fs';
import { mkdir, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { extract, type Header } from 'tar-stream';
import { PackdexError, quote } from '../../core/errors';

export interface ExtractLimits {
  /** Total bytes the archive may unpack to (a gzip bomb, or a header declaring terabytes, stops here). */
  maxBytes: number;
  maxEntries: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { maxBytes: 1024 * 1024 * 1024, maxEntries: 100_000 };

function unsafe(archive: string, name: string, why: string): PackdexError {
  return new PackdexError('ARCHIVE_UNSAFE', `Archive ${quote(path.basename(archive))} holds ${quote(name)}: ${why}. Nothing was installed.`, {
    value: name,
    expected: 'regular files and folders with relative paths inside the archive',
    fix: 'Do not install this archive; report it to whoever published it.',
  });
}

/** Split a member name into safe components, or say why it is not safe. */
function safeComponents(archive: string, name: string): string[] {
  if (name.includes('\0')) throw unsafe(archive, name, 'its name holds a NUL byte');
  if (name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name) || name.startsWith('\\')) throw unsafe(archive, name, 'it is an absolute path');
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw unsafe(archive, name, 'it climbs out of the target with ".."');
  return parts;
}

async function kind(file: string): Promise<'gzip' | 'tar'> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(262);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
    if (bytesRead >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
    const zip = bytesRead >= 2 && head.toString('latin1', 0, 2) === 'PK';
    throw new PackdexError('ARCHIVE_INVALID', `${quote(path.basename(file))} is ${zip ? 'a zip file' : 'neither gzip nor tar'}.`, {
      value: file,
      expected: 'a .tar.gz (or .tar) archive, as packdex archive builds',
      fix: zip ? 'Repack it as .tar.gz (packdex archive --pack-dir DIR builds one).' : 'Check that the URL or path names the archive itself.',
    });
  } finally {
    await handle.close();
  }
}

/**
 * Unpack an archive into `dest` (an empty staging folder) and return the pack's root: the single
 * top folder when there is one, as packdex archives have. Only regular files and folders are
 * written, never outside `dest`: absolute names, `..`, links, devices and FIFOs stop the whole
 * extraction, as do more bytes or entries than the limits allow. The caller throws `dest` away
 * on any error, so a refused archive leaves nothing.
 */
export async function extractArchive(file: string, dest: string, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<string> {
  const format = await kind(file);
  const ex = extract();
  const streams = format === 'gzip' ? [createReadStream(file), createGunzip()] : [createReadStream(file)];
  const chain = [...streams, ex] as unknown as NodeJS.WritableStream[];
  pipeline(chain, (error: NodeJS.ErrnoException | null) => {
    if (error) ex.destroy(error);
  });
  let total = 0;
  let entries = 0;
  const root = path.resolve(dest);
  try {
    for await (const entry of ex) {
      const header: Header = entry.header;
      entries += 1;
      if (entries > limits.maxEntries) throw unsafe(file, header.name, `the archive has more than ${limits.maxEntries} entries`);
      const parts = safeComponents(file, header.name);
      const target = path.join(root, ...parts);
      if (parts.length > 0 && !target.startsWith(root + path.sep)) throw unsafe(file, header.name, 'it resolves outside the target');
      switch (header.type) {
        case 'directory':
          if (parts.length > 0) await mkdir(target, { recursive: true });
          entry.resume();
          break;
        case 'file':
        case 'contiguous-file': {
          if (parts.length === 0) throw unsafe(file, header.name, 'a file entry has no name');
          if (header.size > limits.maxBytes - total) throw unsafe(file, header.name, `it declares ${header.size} bytes, beyond the ${limits.maxBytes}-byte unpack limit`);
          total += header.size;
          await mkdir(path.dirname(target), { recursive: true });
          // 'wx': a second entry with the same name must not replace the first one silently.
          const out = await open(target, 'wx', header.mode & 0o111 ? 0o755 : 0o644).catch((cause: NodeJS.ErrnoException) => {
            if (cause.code === 'EEXIST') throw unsafe(file, header.name, 'the name appears twice');
            throw cause;
          });
          try {
            for await (const chunk of entry) await out.write(chunk as Buffer);
          } finally {
            await out.close();
          }
          break;
        }
        case 'symlink':
        case 'link':
          throw unsafe(file, header.name, `it is a ${header.type === 'link' ? 'hard' : 'symbolic'} link to ${quote(header.linkname)}`);
        default:
          throw unsafe(file, header.name, `it is a ${header.type}`);
      }
    }
  } catch (error) {
    ex.destroy();
    if (error instanceof PackdexError) throw error;
    throw new PackdexError('ARCHIVE_INVALID', `${quote(path.basename(file))} could not be unpacked: ${(error as Error).message}.`, {
      value: file,
      expected: 'a complete .tar.gz archive',
      fix: 'Download it again; if it persists, report the archive to whoever published it.',
      cause: error,
    });
  }
  const top = await readdir(root, { withFileTypes: true });
  if (top.length === 1 && top[0]!.isDirectory()) return path.join(root, top[0]!.name);
  return root;
}
