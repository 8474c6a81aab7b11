import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hashDirectory } from '../../../src/core/checksum/directory-checksum';
import { comparePackPaths, walkPackFiles } from '../../../src/core/pack-files/walk-pack-files';
import { tempDir, writeTree } from '../../helpers/tmp';

/**
 * An independent implementation of the directory checksum (docs/checksum.md), in Python, so the TypeScript
 * one is checked against the text of the spec rather than against itself.
 */
const REFERENCE = `
import hashlib, os, stat, struct, sys
root = os.fsencode(sys.argv[1])
files = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = [d for d in dirnames if d != b'.git']
    for f in filenames:
        if f == b'.git':
            continue
        # Regular files only: a FIFO, socket or device is skipped, as Attune's checksum skips it.
        if not stat.S_ISREG(os.lstat(os.path.join(dirpath, f)).st_mode):
            continue
        rel = os.path.relpath(os.path.join(dirpath, f), root)
        files.append(rel.split(b'/'))
files.sort()
h = hashlib.sha256()
for parts in files:
    rel = b'/'.join(parts)
    data = open(os.path.join(root, rel), 'rb').read()
    h.update(b'attune-pack-file-v1')
    h.update(struct.pack('>Q', len(rel)))
    h.update(rel)
    h.update(struct.pack('>Q', len(data)))
    h.update(data)
print(h.hexdigest())
`;

function reference(dir: string): string {
  return execFileSync('python3', ['-c', REFERENCE, dir]).toString().trim();
}

describe('hashDirectory', () => {
  it('matches an independent implementation of the spec, bit for bit', async () => {
    const dir = writeTree(tempDir(), {
      'pack.yaml': 'ref: x\n',
      'a-c': 'dash',
      'a/b': 'slash',
      'a/z/deep.txt': 'deep',
      'é-unicode.txt': 'accent',
      'empty': '',
      'B-upper': 'upper sorts before lower, bytewise',
      '.git/HEAD': 'ignored: work tree metadata',
      'vendor/sub/.git': 'gitdir: ../../.git/modules/sub\n',
      'big.bin': Buffer.alloc(3 * 1024 * 1024 + 5, 9),
    });
    assert.equal(await hashDirectory(dir), reference(dir));
  });

  it('pins the digest of a known tree (a regression guard on the format)', async () => {
    const dir = writeTree(tempDir(), { 'pack.yaml': 'ref: x\n', 'actions/a.yaml': 'name: a\n' });
    assert.equal(await hashDirectory(dir), reference(dir));
    assert.equal(await hashDirectory(dir), 'ec98d95e4093f1bf1a8debfbcaf58a7c1fa91b0219a6a4d7ea7467327f3bda63');
  });

  it('gives the checksum of every test vector docs/checksum.md publishes, as the reference does', async () => {
    const page = readFileSync(path.join(import.meta.dirname, '../../../docs/checksum.md'), 'utf8');
    const section = page.slice(page.indexOf('### Test vectors'), page.indexOf('\n## ', page.indexOf('### Test vectors')));
    const vectors = [...section.matchAll(/```json\n(.*?)\n```/gs)].map((m) => JSON.parse(m[1]!) as { files: Record<string, string>; checksum: string });
    assert.ok(vectors.length >= 6, `found ${vectors.length} vectors`);
    for (const v of vectors) {
      const dir = writeTree(tempDir(), v.files);
      assert.equal(`sha256:${await hashDirectory(dir)}`, v.checksum, JSON.stringify(v.files));
      assert.equal(`sha256:${reference(dir)}`, v.checksum, JSON.stringify(v.files));
    }
  });

  it('orders paths component by component, not as plain strings', () => {
    const paths = ['a-c', 'a/b', 'a.txt', 'a/a/a', 'ab'];
    assert.deepEqual([...paths].sort(comparePackPaths), ['a/a/a', 'a/b', 'a-c', 'a.txt', 'ab']);
    // A plain sort would put 'a-c' and 'a.txt' before 'a/…' ('-' and '.' sort before '/').
    assert.notDeepEqual([...paths].sort(), [...paths].sort(comparePackPaths));
  });

  it('frames path and content: moving bytes between them changes the digest', async () => {
    const one = writeTree(tempDir(), { ab: 'c' });
    const two = writeTree(tempDir(), { a: 'bc' });
    assert.notEqual(await hashDirectory(one), await hashDirectory(two));
  });

  it('ignores modes, times and empty folders; sees renames and edits', async () => {
    const dir = writeTree(tempDir(), { 'x.sh': 'echo\n', 'y.txt': 'y' });
    const base = await hashDirectory(dir);
    chmodSync(path.join(dir, 'x.sh'), 0o755);
    mkdirSync(path.join(dir, 'empty-folder'));
    assert.equal(await hashDirectory(dir), base);
    appendFileSync(path.join(dir, 'y.txt'), '!');
    assert.notEqual(await hashDirectory(dir), base);
  });

  it('refuses a symlink pointing inside the pack', async () => {
    const dir = writeTree(tempDir(), { 'real.txt': 'x' });
    symlinkSync('real.txt', path.join(dir, 'link.txt'));
    await assert.rejects(hashDirectory(dir), { code: 'PATH_SYMLINK' });
  });

  it('refuses a symlink pointing outside the pack, however deep', async () => {
    const dir = writeTree(tempDir(), { 'a/b/c.txt': 'x' });
    symlinkSync('/etc/passwd', path.join(dir, 'a/b/escape'));
    await assert.rejects(hashDirectory(dir), (e: Error & { code?: string; value?: unknown }) => {
      assert.equal(e.code, 'PATH_SYMLINK');
      assert.equal(e.value, 'a/b/escape');
      return true;
    });
  });

  it('refuses a name that is not UTF-8', async () => {
    const dir = writeTree(tempDir(), { 'ok.txt': 'x' });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), 'x');
    await assert.rejects(hashDirectory(dir), { code: 'PATH_NOT_UTF8' });
  });

  it('skips a named pipe and a socket, as Attune does, agreeing with the reference and with the tree without them', async () => {
    const dir = writeTree(tempDir(), { 'ok.txt': 'x', 'run/keep.txt': 'y' });
    const without = await hashDirectory(dir);
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    execFileSync('mkfifo', [path.join(dir, 'run/deep-pipe')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'run/agent.sock'), resolve));
    try {
      assert.equal(await hashDirectory(dir), without);
      assert.equal(reference(dir), without);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('still refuses a named pipe when the caller copies the folder (special: error)', async () => {
    const dir = writeTree(tempDir(), { 'ok.txt': 'x' });
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    await assert.rejects(walkPackFiles(dir), { code: 'PATH_UNSUPPORTED' });
    const skipped: string[] = [];
    assert.deepEqual((await walkPackFiles(dir, { special: 'skip', skipped })).map((f) => f.relPath), ['ok.txt']);
    assert.deepEqual(skipped, ['pipe']);
  });

  it('says why a symlink is refused and how to fix it', async () => {
    const dir = writeTree(tempDir(), { 'x.yaml.example': 'a: 1\n', 'tests/fixtures/keep.txt': 'k' });
    symlinkSync('../../x.yaml.example', path.join(dir, 'tests/fixtures/full.yaml'));
    await assert.rejects(hashDirectory(dir), (e: Error & { code?: string; fix?: string }) => {
      assert.equal(e.code, 'PATH_SYMLINK');
      assert.match(e.message, /'tests\/fixtures\/full\.yaml' is a symbolic link/);
      assert.match(e.message, /cannot represent a link/);
      assert.match(e.fix ?? '', /copy of what it points to/);
      assert.match(e.fix ?? '', /move the folder that holds it out of the pack/);
      return true;
    });
  });

  it('fails with FILE_CHANGED when a file changes while it is hashed', async () => {
    const dir = writeTree(tempDir(), { 'a.txt': 'first', 'b.txt': Buffer.alloc(4 * 1024 * 1024, 2) });
    await assert.rejects(
      hashDirectory(dir, { afterOpen: (rel) => (rel === 'b.txt' ? appendFileSync(path.join(dir, 'b.txt'), 'x') : undefined) }),
      { code: 'FILE_CHANGED' },
    );
  });

  it('reports a missing directory', async () => {
    await assert.rejects(hashDirectory('/nonexistent/packdex'), { code: 'PATH_NOT_FOUND' });
  });
});
