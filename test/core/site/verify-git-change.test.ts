import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { PackdexError } from '../../../src/core/errors';
import { isDerivedPath } from '../../../src/core/site/build-site';
import { serializeDocument } from '../../../src/core/site/package-document';
import { packageDocumentPath } from '../../../src/core/site/shard-path';
import { verifyRegistryChange, type VerifyOptions } from '../../../src/core/site/verify-change';
import { COMMITTED_NOTE, verifyGitChange } from '../../../src/core/site/verify-git-change';
import { loadSigningKey } from '../../../src/core/signatures/sign-detached';
import { checkArchivePackage } from '../../../src/publish/check-archive-package';
import { git } from '../../helpers/git';
import { makeKey } from '../../helpers/openpgp-keys';
import { publish } from '../../helpers/site';
import { committedCase, fastImport, generatedDocument, generatedName, generatedRegistryFiles } from '../../helpers/git-registry';
import { ACCEPTED, ATTACKS, DEMO, editJson, type Attack, type RegistryCase } from '../../helpers/registry-attacks';
import { REDTEAM, REDTEAM_ACCEPTED } from '../../helpers/registry-redteam';
import { tempDir } from '../../helpers/tmp';

const openArchive = (file: string, claim: { name: string; version: string }) => checkArchivePackage(file, claim, 'The stored archive');

/** Strip what a change rebuilt among the derived files: a sources-only registry's publisher writes none. */
function sourcesOnly(c: RegistryCase): RegistryCase {
  return {
    ...c,
    change: async (h) => {
      await c.change(h);
      for (const rel of ['index.json', 'recent.json', 'index.html', '.nojekyll', 'assets', 'search']) rmSync(path.join(h, rel), { recursive: true, force: true });
    },
  };
}

async function bothModes(c: RegistryCase, options: VerifyOptions = {}) {
  const { base, head, repo, registryPath } = await committedCase(sourcesOnly(c));
  const folder = await verifyRegistryChange(base, head, { openArchive, ...options });
  const status = git(repo, 'status', '--porcelain');
  const result = await verifyGitChange({ repo, baseRef: 'base', headRef: 'main', registryPath, openArchive, ...options });
  assert.equal(git(repo, 'status', '--porcelain'), status, 'the git verify changes nothing in the repository');
  assert.equal(git(repo, 'worktree', 'list').split('\n').length, 1, 'and checks nothing out');
  return { folder, result };
}

// A derived file's attack has nothing to attack in a registry that keeps no derived file.
const applies = (a: Attack) => a.code !== 'DERIVED_FILE_CHANGED';

describe('verifyGitChange: the folder verify\'s cases, from commits, for a sources-only registry', { concurrency: 2 }, () => {
  for (const attack of [...ATTACKS, ...REDTEAM].filter(applies)) {
    it(`refuses ${attack.what} (${attack.code} on ${attack.file}) with the folder verify's findings`, async () => {
      const { folder, result } = await bothModes(attack, attack.options);
      assert.equal(result.mode, 'git');
      assert.ok(result.findings.some((f) => f.code === attack.code && f.file === attack.file), JSON.stringify(result.findings.slice(0, 6), null, 2));
      assert.deepEqual(result.findings, folder);
    });
  }
  for (const accepted of [...ACCEPTED, ...REDTEAM_ACCEPTED]) {
    it(`accepts ${accepted.what}`, async () => {
      const { folder, result } = await bothModes(accepted, accepted.options);
      assert.deepEqual(folder, []);
      assert.deepEqual(result.findings, []);
    });
  }
});

describe('verifyGitChange reads only what the change touches', () => {
  it('a one-version change in a registry of 3000 documents reads the document (base and head), its archive and README, and registry.json: nothing else', async () => {
    const repo = tempDir('packdex-git-large-');
    git(repo, 'init', '-q', '-b', 'main');
    const files = generatedRegistryFiles(3000);
    fastImport(repo, [{ message: 'base', files }]);
    git(repo, 'tag', 'base');
    const name = generatedName(1234);
    const archive = Buffer.from('not opened: verify checks size and checksum without openArchive');
    const readme = Buffer.from(`# ${name} 2.0.0\n`);
    const doc = generatedDocument(name, ['1.0.0', '2.0.0']);
    const added = doc.versions.find((v) => v.version === '2.0.0')!;
    (added.entry.install_sources as { type: string; url: string; checksum: string }[])[0] = { type: 'archive', url: `archives/${name}-2.0.0.tar.gz`, checksum: `sha256:${createHash('sha256').update(archive).digest('hex')}` };
    added.archive_size = archive.length;
    added.readme = { path: `readmes/${name}/2.0.0.md`, checksum: `sha256:${createHash('sha256').update(readme).digest('hex')}`, size: readme.length };
    const docPath = packageDocumentPath(name);
    fastImport(repo, [{ message: 'publish', files: new Map([[docPath, Buffer.from(serializeDocument(doc))], [`archives/${name}-2.0.0.tar.gz`, archive], [`readmes/${name}/2.0.0.md`, readme]]) }]);
    const result = await verifyGitChange({ repo, baseRef: 'base', headRef: 'main' });
    assert.deepEqual(result.findings, []);
    assert.deepEqual([...result.read.paths].sort(), [`base:${docPath}`, `head:archives/${name}-2.0.0.tar.gz`, `head:${docPath}`, `head:readmes/${name}/2.0.0.md`, 'head:registry.json']);
    const sizes = Number(git(repo, 'cat-file', '-s', `base:${docPath}`)) + Number(git(repo, 'cat-file', '-s', `main:${docPath}`)) + archive.length + readme.length + files.get('registry.json')!.length;
    assert.equal(result.read.bytes, sizes);

    // The same version altered afterwards is refused, still from those files alone.
    git(repo, 'tag', 'published', 'main');
    const altered = structuredClone(doc);
    altered.versions[1]!.entry.description = 'rewritten';
    fastImport(repo, [{ message: 'rewrite', files: new Map([[docPath, Buffer.from(serializeDocument(altered))]]) }]);
    const refused = await verifyGitChange({ repo, baseRef: 'published', headRef: 'main' });
    assert.deepEqual(refused.findings.map((f) => `${f.code} ${f.file}`), [`VERSION_IMMUTABLE ${docPath}`]);
    assert.deepEqual([...refused.read.paths].sort(), [`base:${docPath}`, `head:${docPath}`, 'head:registry.json']);
  });

  it('a removed archive that no owner document records is looked for in every base document (the one global view), and refused', async () => {
    const c: RegistryCase = {
      what: 'another package records demo 1.0.0\'s archive',
      base: (b) => editJson(b, 'packages/sl/ac/slack.json', (d) => (d.versions[0].entry.install_sources[1].url = 'archives/legacy.tar.gz')),
      change: (h) => rmSync(path.join(h, 'archives/legacy.tar.gz')),
    };
    const { folder, result } = await bothModes({
      ...c,
      base: async (b) => {
        writeFileSync(path.join(b, 'archives/legacy.tar.gz'), 'legacy');
        await c.base!(b);
      },
    });
    assert.deepEqual(result.findings.map((f) => `${f.code} ${f.file}`), ['ARCHIVE_IMMUTABLE archives/legacy.tar.gz']);
    assert.deepEqual(result.findings, folder);
    assert.ok(result.read.paths.includes('base:packages/sl/ac/slack.json'), result.read.paths.join(' '));
  });
});

describe('verifyGitChange sees what only the commits hold', () => {
  const cases: { what: string; change: (repo: string) => void; expect: string }[] = [
    {
      what: 'a submodule under packages/',
      change: (repo) => {
        const other = tempDir('packdex-submodule-');
        git(other, 'init', '-q', '-b', 'main');
        writeFileSync(path.join(other, 'evil.json'), '{}\n');
        git(other, 'add', '-A');
        git(other, 'commit', '-qm', 'evil');
        git(repo, 'update-index', '--add', '--cacheinfo', `160000,${git(other, 'rev-parse', 'HEAD')},registry/packages/ev`);
        mkdirSync(path.join(repo, 'registry/packages/ev'), { recursive: true });
      },
      expect: 'PATH_UNSUPPORTED packages/ev',
    },
    { what: 'a .gitattributes above the registry folder', change: (repo) => writeFileSync(path.join(repo, '.gitattributes'), 'registry/archives/* text eol=crlf\n'), expect: 'UNEXPECTED_FILE ../.gitattributes' },
    { what: 'a .lfsconfig above the registry folder', change: (repo) => writeFileSync(path.join(repo, '.lfsconfig'), '[lfs]\n\turl = https://evil.example/lfs\n'), expect: 'UNEXPECTED_FILE ../.lfsconfig' },
    { what: 'a .gitmodules removed above the registry folder', change: (repo) => rmSync(path.join(repo, '.gitmodules')), expect: 'UNEXPECTED_FILE ../.gitmodules' },
  ];
  for (const c of cases) {
    it(`refuses ${c.what} (${c.expect})`, async () => {
      const { repo } = await committedCase({ what: 'nothing', change: () => undefined });
      writeFileSync(path.join(repo, '.gitmodules'), '');
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', 'before');
      git(repo, 'tag', '-f', 'base');
      c.change(repo);
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', 'change');
      const result = await verifyGitChange({ repo, baseRef: 'base', registryPath: 'registry' });
      assert.deepEqual(result.findings.map((f) => `${f.code} ${f.file}`), [c.expect]);
    });
  }

  it('a registry that commits its derived files is compared as folders (both commits checked out), with the same findings and a note saying so', async () => {
    const attack = ATTACKS.find((a) => a.what === 'a script appended to index.html')!;
    const { base, head, repo } = await committedCase(attack, { deployed: false, registryPath: '.' });
    const result = await verifyGitChange({ repo, baseRef: 'base' });
    assert.equal(result.mode, 'folder');
    assert.equal(result.note, COMMITTED_NOTE);
    assert.deepEqual(result.findings, await verifyRegistryChange(base, head));
    assert.ok(result.findings.some((f) => f.code === 'DERIVED_FILE_CHANGED' && f.file === 'index.html'));
    assert.equal(git(repo, 'worktree', 'list').split('\n').length, 1, 'the worktrees are removed');
  });

  it('a new registry (the base has none) is judged file by file from the head', async () => {
    const repo = tempDir('packdex-git-new-');
    git(repo, 'init', '-q', '-b', 'main');
    fastImport(repo, [{ message: 'empty', files: new Map([['README.md', Buffer.from('hi\n')]]) }]);
    git(repo, 'tag', 'base');
    fastImport(repo, [{ message: 'registry', files: generatedRegistryFiles(3, 'reg/') }]);
    assert.deepEqual((await verifyGitChange({ repo, baseRef: 'base', registryPath: 'reg' })).findings, []);
    fastImport(repo, [{ message: 'index', files: new Map([['reg/index.json', Buffer.from('{}\n')]]) }]);
    assert.deepEqual((await verifyGitChange({ repo, baseRef: 'base', registryPath: 'reg' })).findings.map((f) => `${f.code} ${f.file}`), ['DERIVED_FILE_CHANGED index.json']);
    assert.ok(isDerivedPath('index.json'));
  });
});

describe('verifyGitChange refuses hostile refs and paths before git runs', () => {
  const hostile: [string, Partial<{ baseRef: string; headRef: string; registryPath: string }>, string][] = [
    ['--upload-pack=touch /tmp/pwned as the base', { baseRef: '--upload-pack=touch /tmp/pwned' }, 'GIT_REF_INVALID'],
    ['-x as the head', { headRef: '-x' }, 'GIT_REF_INVALID'],
    ['a range base..main', { baseRef: 'base..main' }, 'GIT_REF_INVALID'],
    ['a newline in the head', { headRef: 'main\n--output=/tmp/x' }, 'GIT_REF_INVALID'],
    ['a registry path climbing out (../x)', { registryPath: '../x' }, 'GIT_PATH_INVALID'],
    ['an option-shaped registry path', { registryPath: '--output=/tmp/x' }, 'GIT_PATH_INVALID'],
    ['an absolute registry path', { registryPath: '/etc' }, 'GIT_PATH_INVALID'],
  ];
  for (const [what, settings, code] of hostile) {
    it(`refuses ${what} with ${code}`, async () => {
      // Not even a repository: a refusal that ran git would fail differently (GIT_FAILED).
      const repo = tempDir('packdex-not-a-repo-');
      const marker = path.join(repo, 'pwned');
      await assert.rejects(verifyGitChange({ repo, baseRef: 'base', ...settings }), (e: PackdexError) => e.code === code && e.value === Object.values(settings)[0]);
      assert.ok(!existsSync(marker));
      assert.ok(!existsSync(path.join(repo, '.git')));
    });
  }

  it('an unknown base is GIT_FAILED, naming it', async () => {
    const { repo } = await committedCase({ what: 'nothing', change: () => undefined });
    await assert.rejects(verifyGitChange({ repo, baseRef: 'no-such-branch' }), (e: PackdexError) => e.code === 'GIT_FAILED' && /no-such-branch/.test(e.message));
  });
});

void DEMO;

describe('verifyGitChange guards a detached signature stored beside its archive', () => {
  for (const [what, spoil] of [
    ['removed', (h: string) => rmSync(path.join(h, 'archives/demo-1.2.0.tar.gz.asc'))],
    ['replaced', (h: string) => writeFileSync(path.join(h, 'archives/demo-1.2.0.tar.gz.asc'), 'forged\n')],
  ] as const) {
    it(`refuses a published signature ${what}, as the folder verify does, reading the owner's document`, async () => {
      const signer = await loadSigningKey((await makeKey({ name: 'Signer' })).privateArmored, undefined, 'the test key');
      const { folder, result } = await bothModes({
        what: `a signature ${what}`,
        base: async (b) => {
          await publish(b, 'demo', '1.2.0', { extra: 'repository: https://github.com/acme/pack-demo\n', settings: { signer } });
        },
        change: async (h) => spoil(h),
      });
      assert.deepEqual(result.findings.map((f) => `${f.code} ${f.file}`), ['ARCHIVE_IMMUTABLE archives/demo-1.2.0.tar.gz.asc']);
      assert.deepEqual(result.findings, folder);
      // The owner's document (unchanged, so read once) and registry.json: no scan of other documents.
      assert.deepEqual(result.read.paths, ['head:registry.json', `head:${DEMO}`]);
    });
  }
});
