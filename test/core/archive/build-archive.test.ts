import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { ARCHIVE_MTIME, buildArchive } from '../../../src/core/archive/build-archive';
import { hashDirectory } from '../../../src/core/checksum/directory-checksum';
import { hashFile } from '../../../src/core/checksum/hash-file';
import { makePack, tempDir, writeTree } from '../../helpers/tmp';

async function entries(file: string): Promise<tar.Header[]> {
  const out: tar.Header[] = [];
  const extract = tar.extract();
  Readable.from(gunzipSync(readFileSync(file))).pipe(extract);
  for await (const entry of extract) {
    out.push(entry.header);
    entry.resume();
  }
  return out;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd }).toString().trim();
}

const LONG = `${'deep/'.repeat(25)}file-with-a-long-name.txt`;

describe('buildArchive', () => {
  it('writes sorted entries under one top folder with fixed time, owner 0, no names, normalised modes', async () => {
    const dir = makePack({ 'a-c': 'x', 'a/b': 'y', [LONG]: 'long path' });
    chmodSync(path.join(dir, 'actions/hello.sh'), 0o700);
    chmodSync(path.join(dir, 'README.md'), 0o600);
    const out = path.join(tempDir(), 'demo.tar.gz');
    const result = await buildArchive({ packDir: dir, topFolder: 'demo-1.0.0', output: out, source: 'directory' });
    const headers = await entries(out);
    const names = headers.map((h) => h.name);
    assert.equal(names[0], 'demo-1.0.0/');
    assert.ok(names.every((n) => n.startsWith('demo-1.0.0/')));
    assert.deepEqual(
      names.filter((n) => !n.endsWith('/')),
      ['README.md', 'a/b', 'a-c', 'actions/hello.sh', 'actions/hello.yaml', LONG, 'pack.yaml'].map((n) => `demo-1.0.0/${n}`),
    );
    assert.ok(names.indexOf('demo-1.0.0/a/') < names.indexOf('demo-1.0.0/a/b'), 'a folder precedes its files');
    for (const h of headers) {
      assert.equal(h.uid, 0);
      assert.equal(h.gid, 0);
      assert.equal(h.uname, '');
      assert.equal(h.gname, '');
      assert.equal(h.mtime?.getTime(), ARCHIVE_MTIME.getTime());
      const expected = h.type === 'directory' || h.name.endsWith('hello.sh') ? 0o755 : 0o644;
      assert.equal(h.mode, expected, h.name);
    }
    assert.equal(result.files, 7);
    assert.equal(result.checksum, `sha256:${await hashFile(out)}`);
    assert.equal(result.size, readFileSync(out).length);
  });

  it('writes a gzip header with no name, no time, and OS byte 3', async () => {
    const out = path.join(tempDir(), 'a.tar.gz');
    await buildArchive({ packDir: makePack(), topFolder: 'demo-1.0.0', output: out, source: 'directory' });
    const head = readFileSync(out).subarray(0, 10);
    assert.deepEqual([...head], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, head[8]!, 3]);
    assert.equal(head[3]! & 0x08, 0, 'FNAME flag not set');
  });

  it('gives the same bytes whatever the umask-given modes and file times', async () => {
    const files = { 'pack.yaml': 'ref: demo\nversion: "1.0.0"\n', 'x/y.txt': 'y', 'run.sh': '#!/bin/sh\n' };
    const one = writeTree(tempDir(), files);
    const two = writeTree(tempDir(), files);
    chmodSync(path.join(one, 'run.sh'), 0o755);
    chmodSync(path.join(two, 'run.sh'), 0o700);
    chmodSync(path.join(two, 'x/y.txt'), 0o600);
    utimesSync(path.join(two, 'x/y.txt'), new Date('2001-01-01'), new Date('2001-01-01'));
    const outs = [path.join(tempDir(), '1.tar.gz'), path.join(tempDir(), '2.tar.gz')];
    await buildArchive({ packDir: one, topFolder: 'demo-1.0.0', output: outs[0]!, source: 'directory' });
    await buildArchive({ packDir: two, topFolder: 'demo-1.0.0', output: outs[1]!, source: 'directory' });
    assert.deepEqual(readFileSync(outs[0]!), readFileSync(outs[1]!));
  });

  it('extracts to a tree whose directory checksum is the pack\'s', async () => {
    const dir = makePack({ 'a/b/c.txt': 'nested', 'empty.txt': '' });
    const out = path.join(tempDir(), 'demo.tar.gz');
    await buildArchive({ packDir: dir, topFolder: 'demo-1.0.0', output: out, source: 'directory' });
    const target = tempDir();
    execFileSync('tar', ['-xzf', out, '-C', target]);
    assert.equal(await hashDirectory(path.join(target, 'demo-1.0.0')), await hashDirectory(dir));
  });

  it('leaves out a FIFO and a socket, as the directory checksum does', async () => {
    const dir = makePack({ 'actions/a.yaml': 'name: a\n' });
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'actions/s.sock'), resolve));
    try {
      const out = path.join(tempDir(), 'p.tar.gz');
      await buildArchive({ packDir: dir, output: out, topFolder: 'p-1.0.0', source: 'directory' });
      const names = (await entries(out)).map((e) => e.name);
      assert.ok(!names.some((n) => n.endsWith('/pipe') || n.endsWith('/s.sock')), names.join(', '));
      assert.ok(names.includes('p-1.0.0/actions/a.yaml'));
      const x = tempDir();
      execFileSync('tar', ['-xzf', out, '-C', x]);
      assert.equal(await hashDirectory(path.join(x, 'p-1.0.0')), await hashDirectory(dir));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('from a git work tree takes the committed files of --ref, giving the same bytes as the same tree on disk', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q');
    const packDir = path.join(repo, 'packs', 'demo');
    writeTree(packDir, { 'pack.yaml': 'ref: demo\nversion: "1.0.0"\n', 'run.sh': '#!/bin/sh\n', 'x/y.txt': 'v1', 'empty': '' });
    chmodSync(path.join(packDir, 'run.sh'), 0o755);
    writeTree(repo, { 'outside.txt': 'not in the pack' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'v1');
    const first = git(repo, 'rev-parse', 'HEAD');
    const plain = writeTree(tempDir(), { 'pack.yaml': 'ref: demo\nversion: "1.0.0"\n', 'run.sh': '#!/bin/sh\n', 'x/y.txt': 'v1', 'empty': '' });
    chmodSync(path.join(plain, 'run.sh'), 0o755);

    writeFileSync(path.join(packDir, 'x/y.txt'), 'v2');
    git(repo, 'commit', '-qam', 'v2');
    writeFileSync(path.join(packDir, 'uncommitted.txt'), 'not committed');

    const out = tempDir();
    const head = await buildArchive({ packDir, topFolder: 'demo-1.0.0', output: path.join(out, 'head.tar.gz') });
    assert.equal(head.source, 'git');
    assert.equal(head.commit, git(repo, 'rev-parse', 'HEAD'));
    assert.ok(!(await entries(head.path)).some((h) => h.name.includes('uncommitted') || h.name.includes('outside')));

    const old = await buildArchive({ packDir, topFolder: 'demo-1.0.0', output: path.join(out, 'old.tar.gz'), ref: first });
    const fromDisk = await buildArchive({ packDir: plain, topFolder: 'demo-1.0.0', output: path.join(out, 'disk.tar.gz'), source: 'directory' });
    assert.equal(old.checksum, fromDisk.checksum);
    assert.notEqual(head.checksum, old.checksum);
  });

  it('refuses a committed symlink and a missing ref', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q');
    writeTree(repo, { 'pack.yaml': 'ref: demo\nversion: "1.0.0"\n' });
    symlinkSync('pack.yaml', path.join(repo, 'link'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'x');
    const out = path.join(tempDir(), 'x.tar.gz');
    await assert.rejects(buildArchive({ packDir: repo, topFolder: 'demo-1.0.0', output: out }), { code: 'PATH_SYMLINK' });
    await assert.rejects(buildArchive({ packDir: repo, topFolder: 'demo-1.0.0', output: out, ref: 'no-such-tag' }), { code: 'GIT_FAILED' });
    await assert.rejects(buildArchive({ packDir: repo, topFolder: 'demo-1.0.0', output: out, ref: '--output=/tmp/x' }), { code: 'GIT_REF_INVALID' });
  });

  it('leaves nothing behind when it fails part-way', async () => {
    const dir = makePack({ 'zzz/late.txt': 'x' });
    symlinkSync('/etc/passwd', path.join(dir, 'zzz/escape'));
    const outDir = tempDir();
    await assert.rejects(buildArchive({ packDir: dir, topFolder: 'demo-1.0.0', output: path.join(outDir, 'x.tar.gz'), source: 'directory' }), { code: 'PATH_SYMLINK' });
    assert.deepEqual(readdirSync(outDir), []);
  });

  it('fails with FILE_CHANGED, and writes no archive, when a file changes while it is read', async () => {
    const dir = makePack({ 'data.bin': Buffer.alloc(3 * 1024 * 1024, 1) });
    const outDir = tempDir();
    await assert.rejects(
      buildArchive({
        packDir: dir,
        topFolder: 'demo-1.0.0',
        output: path.join(outDir, 'x.tar.gz'),
        source: 'directory',
        hooks: { afterOpen: (rel) => (rel === 'data.bin' ? writeFileSync(path.join(dir, 'data.bin'), 'shrunk') : undefined) },
      }),
      { code: 'FILE_CHANGED' },
    );
    assert.deepEqual(readdirSync(outDir), []);
  });

  it('refuses, naming --source directory, a pack that is not committed', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q');
    writeTree(repo, { 'README.md': 'x' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'x');
    writeTree(repo, { 'packs/new/pack.yaml': 'ref: demo\nversion: "1.0.0"\n' });
    await assert.rejects(buildArchive({ packDir: path.join(repo, 'packs/new'), topFolder: 'demo-1.0.0', output: path.join(tempDir(), 'x.tgz') }), (e: Error & { code?: string; fix?: string }) => {
      assert.equal(e.code, 'GIT_FAILED');
      assert.match(e.message, /'packs\/new\/' is not in commit/);
      assert.match(e.fix!, /--source directory/);
      return true;
    });
  });

  it('refuses git mode outside a work tree', async () => {
    await assert.rejects(buildArchive({ packDir: makePack(), topFolder: 'demo-1.0.0', output: path.join(tempDir(), 'x.tgz'), source: 'git' }), { code: 'GIT_FAILED' });
  });

  it('streams large files without holding them (a 64 MiB file round-trips)', async () => {
    const dir = makePack();
    mkdirSync(path.join(dir, 'data'));
    const big = Buffer.alloc(64 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big[i] = i & 0xff;
    writeFileSync(path.join(dir, 'data/big.bin'), big);
    const out = path.join(tempDir(), 'big.tar.gz');
    await buildArchive({ packDir: dir, topFolder: 'demo-1.0.0', output: out, source: 'directory' });
    const target = tempDir();
    execFileSync('tar', ['-xzf', out, '-C', target]);
    assert.equal(await hashFile(path.join(target, 'demo-1.0.0/data/big.bin')), await hashFile(path.join(dir, 'data/big.bin')));
  });
});
