import { copyFile, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, ioError, quote } from '../errors';
import { compareStrings } from '../index-file/index-rules';
import { fileSink } from './build-site';
import { identityAgrees, type IndexState } from './index-json/index-policy';
import { readRegistryIdentity, serializeIdentity } from './read-site';
import { streamSiteBuild, type SiteSink } from './stream-site-build';

/**
 * The sources a site is built from: everything else in the output is derived from them. READMEs
 * are published with their versions (readmes/<name>/<version>.md) and never rebuilt, so they are
 * sources too: without them the served page would link to files it does not have.
 */
const SOURCE_FOLDERS = ['packages', 'archives', 'readmes'];

export interface SiteOutput {
  /** Files copied from the registry (registry.json, packages/**, archives/**, readmes/**). */
  sources: string[];
  /** Files built from them (index.json, the page, .nojekyll). */
  derived: string[];
  packages: number;
  /** Whether the site has index.json (registry.json's index_policy). */
  index: IndexState;
}

/**
 * Build the whole served site into `outDir`: the registry's sources copied, the derived files
 * built from them. This is what a registry whose registry.json says `derived: deployed` uploads
 * (actions/upload-pages-artifact, or site deploy). The folder is assembled beside `outDir` and
 * renamed into place, so it is never seen half-written; an `outDir` that exists is refused
 * rather than merged into, and a symlink among the sources is refused rather than followed.
 */
export async function writeSiteOutput(registryDir: string, outDir: string): Promise<SiteOutput> {
  const root = path.resolve(registryDir);
  const out = path.resolve(outDir);
  if (out === root || SOURCE_FOLDERS.some((f) => out === path.join(root, f) || out.startsWith(path.join(root, f) + path.sep)) || root.startsWith(out + path.sep)) {
    throw new PackdexError('OUTPUT_EXISTS', `The output folder ${quote(outDir)} is, or holds, the registry's own sources.`, {
      value: outDir,
      expected: 'a folder outside registry.json, packages/, archives/ and readmes/, e.g. _site',
      fix: 'Pass --out _site (and upload that folder).',
    });
  }
  if ((await lstat(out).catch(() => undefined)) !== undefined) {
    throw new PackdexError('OUTPUT_EXISTS', `The output folder ${quote(outDir)} exists.`, {
      value: outDir,
      expected: 'a folder that does not exist yet (the build creates it whole)',
      fix: `Remove ${outDir} first, or pass another --out.`,
    });
  }
  const { identity, text } = await readRegistryIdentity(root);
  const sources = ['registry.json', ...(await Promise.all(SOURCE_FOLDERS.map((f) => listSources(root, f)))).flat()];
  const staging = `${out}.packdex-${process.pid}.tmp`;
  // The build's own temporary files (index.json's body, the search writer's) sit beside the
  // staging folder, on the same file system, and never inside what is renamed into place.
  const work = `${out}.packdex-${process.pid}.work`;
  await rm(staging, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
  let built;
  try {
    for (const rel of sources) {
      await mkdir(path.dirname(path.join(staging, rel)), { recursive: true });
      await copyFile(path.join(root, rel), path.join(staging, rel));
    }
    await mkdir(work, { recursive: true });
    const sink = fileSink(
      (rel) => path.join(staging, rel),
      () => undefined,
    );
    const folders: SiteSink = {
      async open(rel) {
        await mkdir(path.dirname(path.join(staging, rel)), { recursive: true });
        return sink.open(rel);
      },
    };
    built = await streamSiteBuild(root, folders, { identity, tempDir: work });
    // The served registry.json says what the build decided about index.json (a client reading it
    // then needs index.json for nothing); the source's own bytes are kept when it already agrees.
    if (!identityAgrees(identity, built.index)) await writeFile(path.join(staging, 'registry.json'), serializeIdentity(built.served));
    else await writeFile(path.join(staging, 'registry.json'), text);
    await rename(staging, out);
  } catch (cause) {
    await rm(staging, { recursive: true, force: true });
    throw cause instanceof PackdexError ? cause : ioError('write the site into', outDir, cause);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { sources, derived: built.files, packages: built.packages, index: built.index };
}

/** Regular files under a source folder, `/`-separated; dot-entries (a transaction's leftovers) skipped. */
async function listSources(root: string, rel: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError('list', path.join(root, rel), cause);
  }
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = `${rel}/${e.name}`;
    if (e.isSymbolicLink()) {
      throw new PackdexError('PATH_SYMLINK', `The registry file ${quote(child)} is a symbolic link.`, {
        value: child,
        expected: 'regular files and folders only',
        fix: 'Replace the link with the file itself.',
      });
    }
    if (e.isDirectory()) out.push(...(await listSources(root, child)));
    else if (e.isFile()) out.push(child);
  }
  return out.sort(compareStrings);
}
