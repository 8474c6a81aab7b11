import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { compareStrings } from '../../src/core/index-file/index-rules';
import { planVersionPublish } from '../../src/core/site/plan-version-publish';
import { SEED, syntheticVersion } from './generate';

/** Files of a folder, `/`-separated and sorted, one at a time (a million never listed at once per folder level). */
function* walk(root: string, rel = ''): Generator<string> {
  const entries = readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
  for (const e of entries) {
    const child = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) yield* walk(root, child);
    else if (e.isFile()) yield child;
  }
}

/** Write to a stream, waiting for it to drain when its buffer is full. */
async function put(stream: Writable, chunk: string | Buffer): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

function dataCommand(bytes: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')]);
}

export interface GitRegistry {
  /** A bare repository: refs/heads/base holds the registry, refs/heads/head one more version. */
  repo: string;
  base: string;
  head: string;
  /** What the head commit changes, as the pull request would show it. */
  changed: string[];
  /** The package whose version is added, and the version. */
  name: string;
  version: string;
}

/**
 * The git repository of a generated registry, as its maintainers' branch and a pull request that
 * publishes one version: `git fast-import` is fed every file of `registryDir` as one commit on
 * `base` (streamed, each blob as it is read), then a commit on `head` holding exactly what the
 * Action's publish would commit for a new version of an existing package (planVersionPublish's
 * changes: the package's document and the version's README). Kept in the bench cache beside the
 * registry it was made from, keyed the same way, with a marker written last.
 */
export async function cachedGitRegistry(registryDir: string, name: string, version: string): Promise<GitRegistry> {
  const repo = `${registryDir}.git`;
  const marker = `${repo}.done`;
  const result = (changed: string[]): GitRegistry => ({ repo, base: 'refs/heads/base', head: 'refs/heads/head', changed, name, version });
  if (existsSync(marker)) return result(JSON.parse(readFileSync(marker, 'utf8')) as string[]);
  const tmp = `${repo}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'base', tmp]);
  // Plan only: the registry in the cache is read, never written.
  const plan = await planVersionPublish(registryDir, syntheticVersion(name, version), undefined, new Date('2026-06-01T00:00:00Z'));
  const changes = plan.changes.filter((c) => c.before !== c.after).map((c) => ({ rel: path.relative(registryDir, c.path).split(path.sep).join('/'), text: c.after }));
  const importer = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: tmp, stdio: ['pipe', 'ignore', 'inherit'] });
  const finished = new Promise<void>((resolve, reject) => {
    importer.on('error', reject);
    importer.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`))));
  });
  const when = `${Date.UTC(2026, 5, 1) / 1000} +0000`;
  const commit = (ref: string, message: string) => `commit ${ref}\ncommitter bench <bench@example.com> ${when}\ndata ${Buffer.byteLength(message)}\n${message}\n`;
  const stdin = importer.stdin;
  await put(stdin, commit('refs/heads/base', `Registry of generated packages (seed ${SEED})`));
  for (const rel of walk(registryDir)) {
    await put(stdin, `M 100644 inline ${rel}\n`);
    await put(stdin, dataCommand(readFileSync(path.join(registryDir, rel))));
  }
  await put(stdin, '\n');
  await put(stdin, `${commit('refs/heads/head', `Publish ${name} ${version}`)}from refs/heads/base\n`);
  for (const { rel, text } of changes) {
    await put(stdin, `M 100644 inline ${rel}\n`);
    await put(stdin, dataCommand(Buffer.from(text)));
  }
  await put(stdin, '\ndone\n');
  stdin.end();
  await finished;
  renameSync(tmp, repo);
  const changed = changes.map((c) => c.rel).sort();
  writeFileSync(marker, JSON.stringify(changed));
  return result(changed);
}
