import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractArchive } from '../../../src/client/install/extract-archive';
import { craftTarGz, hugeDeclaredSize, PACK_YAML, type Member } from '../../helpers/hostile-archives';
import { tempDir } from '../../helpers/tmp';

async function extract(members: Member[] | Buffer, limits?: { maxBytes: number; maxEntries: number }) {
  const dir = tempDir();
  const file = path.join(dir, 'a.tar.gz');
  writeFileSync(file, Buffer.isBuffer(members) ? members : await craftTarGz(members));
  const dest = path.join(dir, 'out');
  return { root: await extractArchive(file, dest, limits), dest, outside: dir };
}

describe('extractArchive', () => {
  it('unpacks files and folders, strips the single top folder and keeps the execute bit', async () => {
    const { root } = await extract([
      { header: { name: 'demo-1.0.0/', type: 'directory' } },
      { header: { name: 'demo-1.0.0/pack.yaml' }, body: PACK_YAML('demo', '1.0.0') },
      { header: { name: 'demo-1.0.0/actions/run.sh', mode: 0o755 }, body: '#!/bin/sh\n' },
    ]);
    assert.equal(path.basename(root), 'demo-1.0.0');
    assert.equal(readFileSync(path.join(root, 'pack.yaml'), 'utf8'), PACK_YAML('demo', '1.0.0'));
    assert.equal(statSync(path.join(root, 'actions/run.sh')).mode & 0o777, 0o755);
  });

  for (const [what, members] of [
    ['a ../ path', [{ header: { name: 'demo/../../evil.txt' }, body: 'x' }]],
    ['an absolute path', [{ header: { name: '/tmp/packdex-evil.txt' }, body: 'x' }]],
    ['a symlink escaping the target', [{ header: { name: 'demo/link', type: 'symlink', linkname: '/etc/passwd' } }]],
    ['a hard link', [{ header: { name: 'demo/hard', type: 'link', linkname: 'demo/pack.yaml' } }]],
    ['a character device', [{ header: { name: 'demo/dev', type: 'character-device', devmajor: 1, devminor: 3 } }]],
    ['a FIFO', [{ header: { name: 'demo/fifo', type: 'fifo' } }]],
    ['the same name twice', [{ header: { name: 'demo/a' }, body: '1' }, { header: { name: 'demo/a' }, body: '2' }]],
  ] as [string, Member[]][]) {
    it(`refuses ${what} with ARCHIVE_UNSAFE and writes nothing outside the target`, async () => {
      const dir = tempDir();
      const file = path.join(dir, 'a.tar.gz');
      writeFileSync(file, await craftTarGz(members));
      await assert.rejects(extractArchive(file, path.join(dir, 'out')), { code: 'ARCHIVE_UNSAFE' });
      assert.ok(!existsSync(path.join(dir, 'evil.txt')));
      assert.ok(!existsSync('/tmp/packdex-evil.txt'));
    });
  }

  it('refuses a header declaring more bytes than the unpack limit before reading them', async () => {
    await assert.rejects(extract(await hugeDeclaredSize('demo/big', 8 * 1024 ** 3)), (e: Error & { code?: string }) => e.code === 'ARCHIVE_UNSAFE' && /8589934592/.test(e.message));
  });

  it('stops at the entry limit and the byte limit', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ header: { name: `d/f${i}` }, body: 'abc' }));
    await assert.rejects(extract(many, { maxBytes: 1e6, maxEntries: 3 }), { code: 'ARCHIVE_UNSAFE' });
    await assert.rejects(extract(many, { maxBytes: 10, maxEntries: 100 }), { code: 'ARCHIVE_UNSAFE' });
  });

  it('refuses a zip, a truncated gzip and random bytes with ARCHIVE_INVALID', async () => {
    const good = await craftTarGz([{ header: { name: 'd/pack.yaml' }, body: PACK_YAML('d', '1.0.0').repeat(50) }]);
    await assert.rejects(extract(Buffer.from('PK\u0003\u0004rest-of-a-zip')), (e: Error & { code?: string; fix?: string }) => e.code === 'ARCHIVE_INVALID' && /tar\.gz/.test(e.fix!));
    await assert.rejects(extract(good.subarray(0, good.length - 30)), { code: 'ARCHIVE_INVALID' });
    await assert.rejects(extract(Buffer.from('hello world, not an archive at all')), { code: 'ARCHIVE_INVALID' });
  });
});
