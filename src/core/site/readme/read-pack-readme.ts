import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ioError } from '../../errors';

/** The most a version's README may hold in the registry: enough for any real README, small beside an archive. */
export const README_MAX_BYTES = 64 * 1024;

/** A README as publish records it: the (possibly cut) text and its facts. */
export interface PackReadme {
  text: string;
  size: number;
  checksum: string;
  truncated: boolean;
}

/** README.md, readme.md, README.markdown or README at the pack's root, whatever the case; Markdown only. */
const NAMES = /^readme(?:\.md|\.markdown)?$/i;

/**
 * A pack's README for the registry, cut to README_MAX_BYTES at a character boundary (a cut never
 * leaves half a UTF-8 sequence), or undefined when the pack has none.
 */
export async function readPackReadme(packDir: string): Promise<PackReadme | undefined> {
  let names: string[];
  try {
    names = (await readdir(packDir, { withFileTypes: true })).filter((e) => e.isFile() && NAMES.test(e.name)).map((e) => e.name);
  } catch (cause) {
    throw ioError('list', packDir, cause);
  }
  // README.md first when several spellings exist, so the choice never depends on the file system's order.
  const name = names.sort((a, b) => (a.toLowerCase().endsWith('.md') ? 0 : 1) - (b.toLowerCase().endsWith('.md') ? 0 : 1) || (a < b ? -1 : 1))[0];
  if (name === undefined) return undefined;
  const bytes = await readFile(path.join(packDir, name));
  return readmeOf(bytes);
}

/** The recorded form of README bytes: valid UTF-8 text at most README_MAX_BYTES long. */
export function readmeOf(bytes: Buffer): PackReadme {
  let text = bytes.toString('utf8');
  let truncated = false;
  if (Buffer.byteLength(text) > README_MAX_BYTES) {
    truncated = true;
    // Cut by bytes, then drop a trailing partial character (decoded as U+FFFD).
    text = Buffer.from(text).subarray(0, README_MAX_BYTES).toString('utf8').replace(/\uFFFD+$/, '');
    while (Buffer.byteLength(text) > README_MAX_BYTES) text = text.slice(0, -1);
  }
  const out = Buffer.from(text);
  return { text, size: out.length, checksum: `sha256:${createHash('sha256').update(out).digest('hex')}`, truncated };
}

/** Where a version's README lives in the registry. */
export function readmePath(name: string, version: string): string {
  return `readmes/${name}/${version}.md`;
}
