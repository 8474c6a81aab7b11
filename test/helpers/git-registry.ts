import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AttunePackIndexEntry } from '../../src/core/schema-types';
import { SITE_FILES } from '../../src/core/site/build-site';
import { serializeIdentity } from '../../src/core/site/init-registry';
import { canonicalDocument, dependenciesOf, deriveLatest, serializeDocument, type PackageDocument, type PackageVersion } from '../../src/core/site/package-document';
import type { RegistryIdentity } from '../../src/core/site/read-site';
import { packageDocumentPath } from '../../src/core/site/shard-path';
import { baseRegistry, copyRegistry, type RegistryCase } from './registry-attacks';
import { git } from './git';
import { tempDir } from './tmp';

/** Make a registry folder keep only its sources (registry.json says derived: deployed, no derived file left). */
export async function makeDeployed(dir: string): Promise<void> {
  const file = path.join(dir, 'registry.json');
  writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), derived: 'deployed' }, null, 2)}\n`);
  // From the fixed list, not a build: a base whose documents cannot be read is a case too.
  for (const rel of [...SITE_FILES, 'search']) rmSync(path.join(dir, rel), { recursive: true, force: true });
}

/**
 * A registry case as folders and as commits: the base registry (made sources-only when `deployed`),
 * the case's change applied to a copy, and a repository whose tag `base` holds the base under
 * `registryPath` and whose `main` holds the head, beside a README outside the registry folder.
 */
export async function committedCase(c: RegistryCase, options: { deployed?: boolean; registryPath?: string } = {}): Promise<{ base: string; head: string; repo: string; registryPath: string }> {
  const registryPath = options.registryPath ?? 'registry';
  const base = await baseRegistry();
  await c.base?.(base);
  if (options.deployed !== false) await makeDeployed(base);
  const head = copyRegistry(base);
  await c.change(head);
  const repo = tempDir('packdex-git-registry-');
  const into = registryPath === '.' ? repo : path.join(repo, registryPath);
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(repo, 'README.md'), '# Outside the registry folder\n');
  mkdirSync(into, { recursive: true });
  cpSync(base, into, { recursive: true, verbatimSymlinks: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  git(repo, 'tag', 'base');
  if (registryPath === '.') {
    for (const name of readdirSync(repo)) if (name !== '.git' && name !== 'README.md') rmSync(path.join(repo, name), { recursive: true, force: true });
  } else rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  cpSync(head, into, { recursive: true, verbatimSymlinks: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'head', '--allow-empty');
  return { base, head, repo, registryPath };
}

/** Files for `git fast-import`: path → bytes (undefined deletes the path). */
export type FastImportFiles = Map<string, Buffer | undefined>;

/**
 * Commit `commits` in order onto `ref` of `repo` with one `git fast-import` (no work tree, no
 * index): fast enough for registries of thousands to hundreds of thousands of documents.
 */
export function fastImport(repo: string, commits: { message: string; files: FastImportFiles }[], ref = 'refs/heads/main'): void {
  const parts: Buffer[] = [];
  let mark = 0;
  let parent: string | undefined;
  try {
    parent = execFileSync('git', ['rev-parse', '--verify', '--quiet', ref], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    parent = undefined;
  }
  for (const c of commits) {
    const marks = new Map<string, number>();
    for (const [p, data] of c.files) {
      if (data === undefined) continue;
      marks.set(p, ++mark);
      parts.push(Buffer.from(`blob\nmark :${mark}\ndata ${data.length}\n`), data, Buffer.from('\n'));
    }
    const msg = Buffer.from(c.message);
    parts.push(Buffer.from(`commit ${ref}\ncommitter author <author@example.com> 1767225600 +0000\ndata ${msg.length}\n`), msg, Buffer.from('\n'));
    if (parent !== undefined) parts.push(Buffer.from(`from ${parent}\n`));
    parent = undefined;
    for (const [p, data] of c.files) parts.push(Buffer.from(data === undefined ? `D ${p}\n` : `M 100644 :${marks.get(p)} ${p}\n`));
    parts.push(Buffer.from('\n'));
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: Buffer.concat(parts), stdio: ['pipe', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
}

/** A package document as publish writes one: `name` 1.0.0 from github.com/acme/<name>, installing from its release download. */
export function generatedDocument(name: string, versions: string[] = ['1.0.0']): PackageDocument {
  const at = '2026-01-01T00:00:00Z';
  const list = versions.map((version) => {
    const entry = {
      ref: name,
      label: name,
      description: `The ${name} pack`,
      version,
      author: 'Tester',
      license: 'MIT',
      keywords: [],
      runtime_deps: [],
      install_sources: [{ type: 'archive', url: `https://github.com/acme/${name}/releases/download/v${version}/${name}-${version}.tar.gz`, checksum: `sha256:${'a'.repeat(64)}` }],
      contents: { actions: [], sensors: [], triggers: [], rules: [], workflows: [] },
    } as unknown as AttunePackIndexEntry;
    return { version, published_at: at, archive_size: 1000, dependencies: dependenciesOf(entry), yanked: false, entry } as PackageVersion;
  });
  return canonicalDocument({ name, owner: `github.com/acme/${name}`, dist_tags: { latest: deriveLatest(list)! }, updated_at: at, index_updated_at: at, versions: list as PackageDocument['versions'] });
}

/** A sources-only registry.json for generated registries. */
export function generatedIdentity(): Buffer {
  return Buffer.from(serializeIdentity({ format: 'packdex-registry', format_version: 1, name: 'Generated', url: 'https://packs.example.com', created_at: '2026-01-01T00:00:00Z', index: 'index.json', packages: 'packages', archives: 'archives', derived: 'deployed' } as RegistryIdentity));
}

/** The name of generated package `i` (four characters or more, so the documents spread over many shards). */
export function generatedName(i: number): string {
  return `pk${i.toString(36).padStart(4, '0')}`;
}

/** Documents `0…n-1` of a generated registry, under `prefix`, as fast-import files. */
export function generatedRegistryFiles(n: number, prefix = ''): FastImportFiles {
  const files: FastImportFiles = new Map([[`${prefix}registry.json`, generatedIdentity()]]);
  for (let i = 0; i < n; i++) {
    const name = generatedName(i);
    files.set(`${prefix}${packageDocumentPath(name)}`, Buffer.from(serializeDocument(generatedDocument(name))));
  }
  return files;
}
