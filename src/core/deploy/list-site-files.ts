import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { hashFile } from '../checksum/hash-file';
import { PackdexError, ioError, quote } from '../errors';
import { compareStrings } from '../index-file/index-rules';
import type { SiteFile } from './plan-deploy';

/**
 * Every file a built site serves, with its sha256: the regular files below `root`, except
 * dot-entries (.git, .github, .nojekyll are the repository's and GitHub Pages', not the
 * registry's). A symlink is refused rather than followed, so a deploy can never upload a file
 * from outside the folder (a registry whose archives/x.tar.gz links to ~/.aws/credentials).
 */
export async function listSiteFiles(root: string): Promise<SiteFile[]> {
  const rels: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const dir = path.join(root, rel);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (cause) {
      throw ioError('read the folder', dir, cause);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        throw new PackdexError('PATH_SYMLINK', `The site file ${quote(child)} is a symbolic link.`, {
          value: child,
          expected: 'regular files and folders only',
          fix: 'Replace the link with the file itself, or remove it from the site folder.',
        });
      }
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) rels.push(child);
      else {
        throw new PackdexError('PATH_UNSUPPORTED', `The site file ${quote(child)} is neither a file nor a folder.`, {
          value: child,
          expected: 'regular files and folders only',
          fix: 'Remove it from the site folder.',
        });
      }
    }
  };
  await walk('');
  rels.sort(compareStrings);
  const files: SiteFile[] = [];
  const BATCH = 16;
  for (let i = 0; i < rels.length; i += BATCH) {
    files.push(
      ...(await Promise.all(
        rels.slice(i, i + BATCH).map(async (rel) => {
          const abs = path.join(root, rel);
          const sha256 = await hashFile(abs);
          return { path: rel, sha256, size: (await lstat(abs)).size };
        }),
      )),
    );
  }
  return files;
}
