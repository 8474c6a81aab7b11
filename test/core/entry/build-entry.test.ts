import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hashDirectory } from '../../../src/core/checksum/directory-checksum';
import { hashFile } from '../../../src/core/checksum/hash-file';
import { serializeEntry } from '../../../src/core/entry/canonical-entry';
import { entryForPack } from '../../../src/core/entry/entry-for-pack';
import { checkGitRef, checkHttpsUrl } from '../../../src/core/entry/source-rules';
import { makePack, tempDir } from '../../helpers/tmp';
import { buildArchive } from '../../../src/core/archive/build-archive';

describe('source rules', () => {
  const badUrls: [string, RegExp][] = [
    ['http://example.com/a.tgz', /not https/],
    ['https://user:secret@example.com/a.tgz', /credentials/],
    ['https://example.com/a.tgz?token=abc', /query/],
    ['https://example.com/a.tgz#x', /fragment/],
    ['git@github.com:a/b.git', /not a URL|not https/],
    ['not a url', /not a URL/],
  ];
  for (const [url, reason] of badUrls) {
    it(`refuses ${url}`, () => {
      assert.throws(() => checkHttpsUrl(url, 'Archive URL'), (e: Error & { code?: string }) => {
        assert.equal(e.code, 'URL_INVALID');
        assert.match(e.message, reason);
        assert.ok(!e.message.includes('secret'), 'never echoes credentials');
        return true;
      });
    });
  }
  it('refuses git refs that git could read as options', () => {
    for (const ref of ['-x', '--upload-pack=touch /tmp/pwned', '', 'v1 2']) assert.throws(() => checkGitRef(ref), { code: 'GIT_REF_INVALID' });
    assert.equal(checkGitRef('v1.2.0'), 'v1.2.0');
  });
});

describe('entryForPack', () => {
  it('records the directory checksum for git and the archive bytes for the archive, in Attune key order', async () => {
    const dir = makePack({ 'pack.yaml': 'ref: demo\nlabel: Demo\nversion: "1.0.0"\nlicense: MIT\ntags: [b, a]\nruntime_deps: [shell]\n' });
    const archive = path.join(tempDir(), 'demo-1.0.0.tar.gz');
    await buildArchive({ packDir: dir, topFolder: 'demo-1.0.0', output: archive, source: 'directory' });
    const { entry } = await entryForPack({
      packDir: dir,
      version: '1.0.0',
      git: { url: 'https://git.example.com/demo.git', ref: 'v1.0.0' },
      archive: { url: 'https://dl.example.com/demo-1.0.0.tar.gz', file: archive },
    });
    assert.deepEqual(Object.keys(entry), ['ref', 'label', 'description', 'version', 'author', 'license', 'keywords', 'runtime_deps', 'install_sources', 'contents']);
    assert.equal(entry.install_sources[0]!.checksum, `sha256:${await hashDirectory(dir)}`);
    assert.equal(entry.install_sources[1]!.checksum, `sha256:${await hashFile(archive)}`);
    assert.deepEqual(entry.keywords, ['a', 'b']);
    assert.ok(serializeEntry(entry).endsWith('}\n'));
  });

  it('refuses a version that differs from pack.yaml', async () => {
    await assert.rejects(entryForPack({ packDir: makePack(), version: '2.0.0', archive: { url: 'https://x.example/a.tgz', checksum: 'a'.repeat(64) } }), {
      code: 'MANIFEST_VERSION_MISMATCH',
    });
  });

  it('refuses an --archive-checksum that does not match --archive', async () => {
    const dir = makePack();
    const archive = path.join(tempDir(), 'a.tgz');
    await buildArchive({ packDir: dir, topFolder: 'demo-1.0.0', output: archive, source: 'directory' });
    await assert.rejects(entryForPack({ packDir: dir, archive: { url: 'https://x.example/a.tgz', file: archive, checksum: 'a'.repeat(64) } }), { code: 'CHECKSUM_INVALID' });
  });

  it('needs an install source', async () => {
    await assert.rejects(entryForPack({ packDir: makePack() }), { code: 'ENTRY_SOURCES_MISSING' });
  });
});
