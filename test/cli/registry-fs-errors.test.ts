import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, fstatSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { packYaml } from '../helpers/site';
import { copyRegistry, registryState, runBundle } from '../helpers/run-bundle';
import { makePack, tempDir } from '../helpers/tmp';

// Faults of the file system under a registry change, made real: a small tmpfs that fills up, a
// read-only bind mount, a user without write permission. Each must give its coded error and leave
// the registry exactly as it was (or, for a change that got through, exactly as a whole run leaves it).

const URL = 'https://packs.example.com';
/** Mount something for one test and unmount it afterwards, or say why the case cannot run here. */
async function withMount(steps: string[][], at: string, body: () => Promise<void>): Promise<string | undefined> {
  let mounted = false;
  try {
    for (const args of steps) {
      try {
        execFileSync('mount', [...args, at], { stdio: 'pipe' });
        mounted = true;
      } catch (cause) {
        return `mount ${args.join(' ')} is not permitted here (${String((cause as { stderr?: Buffer }).stderr ?? cause).trim()})`;
      }
    }
    await body();
    return undefined;
  } finally {
    // Before the temporary folders are removed, which a mount point would refuse.
    if (mounted) execFileSync('umount', [at]);
  }
}

async function ok(args: string[]): Promise<void> {
  const run = await runBundle(args);
  assert.equal(run.code, 0, `packdex ${args.join(' ')}: ${run.stdout}${run.stderr}`);
}

async function makeRegistry(dir: string): Promise<void> {
  await ok(['registry', 'init', dir, '--name', 'Faults', '--url', URL]);
  await ok(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('demo', '1.0.0') }), '--registry', dir]);
}

/** Fill a file system until it refuses, then give back `pages` 4 KiB pages. */
function fillLeaving(file: string, pages: number): void {
  const fd = openSync(file, 'w');
  try {
    const chunk = Buffer.alloc(64 * 1024, 1);
    for (const size of [chunk.length, 4096, 512]) {
      for (;;) {
        try {
          writeSync(fd, chunk, 0, size);
        } catch {
          break;
        }
      }
    }
    ftruncateSync(fd, Math.max(0, fstatSync(fd).size - pages * 4096));
  } finally {
    closeSync(fd);
  }
}

describe('registry changes under file-system faults', () => {
  let demo11: string;
  let base: string;
  let afterState: Record<string, string>;
  before(async () => {
    demo11 = makePack({ 'pack.yaml': packYaml('demo', '1.1.0'), 'README.md': 'x'.repeat(3000) });
    base = path.join(tempDir('packdex-faults-'), 'registry');
    await makeRegistry(base);
    const whole = copyRegistry(base);
    await ok(['publish', '--pack-dir', demo11, '--registry', whole]);
    afterState = registryState(whole);
  });

  it('a full disk (tmpfs, every amount of free space from 0 to 12 pages): DISK_FULL and unchanged, or published whole', async (t) => {
    const mnt = tempDir('packdex-tmpfs-');
    const refused = await withMount([['-t', 'tmpfs', '-o', 'size=1m', 'packdex-enospc']], mnt, async () => {
      const beforeState = registryState(base);
      const seen: string[] = [];
      for (let pages = 0; pages <= 12; pages++) {
        rmSync(path.join(mnt, 'registry'), { recursive: true, force: true });
        execFileSync('cp', ['-a', base, path.join(mnt, 'registry')]);
        const registry = path.join(mnt, 'registry');
        fillLeaving(path.join(mnt, 'filler'), pages);
        const run = await runBundle(['publish', '--pack-dir', demo11, '--registry', registry, '--json']);
        if (run.code === 0) {
          assert.deepEqual(registryState(registry), afterState, `${pages} pages free: published whole`);
          seen.push(`${pages}:published`);
        } else {
          const error = run.json<{ error: { code: string; message: string } }>().error;
          assert.equal(error.code, 'DISK_FULL', `${pages} pages free: ${error.message}`);
          assert.deepEqual(registryState(registry), beforeState, `${pages} pages free: the registry is unchanged`);
          seen.push(`${pages}:DISK_FULL`);
        }
        // With room again, the next command finds nothing to finish or sweep.
        rmSync(path.join(mnt, 'filler'));
        assert.equal((await runBundle(['dist-tag', 'demo', 'probe', '--rm', '--registry', registry])).code, 0);
        assert.deepEqual(registryState(registry), run.code === 0 ? afterState : beforeState);
      }
      t.diagnostic(`free pages → outcome: ${seen.join(' ')}`);
      assert.ok(seen.some((s) => s.endsWith('DISK_FULL')) && seen.some((s) => s.endsWith('published')), 'both a refused and a completed publish were exercised');
    });
    if (refused !== undefined) t.skip(refused);
  });

  it('a read-only file system (a read-only bind mount): READ_ONLY for every writer, and unchanged', async (t) => {
    const ro = tempDir('packdex-ro-');
    const beforeState = registryState(base);
    const refused = await withMount(
      [
        ['--bind', base],
        ['-o', 'remount,bind,ro'],
      ],
      ro,
      async () => {
        for (const args of [
          ['publish', '--pack-dir', demo11, '--registry', ro],
          ['yank', 'demo@1.0.0', '--registry', ro],
          ['site', 'build', '--registry', ro],
          ['registry', 'init', ro, '--force', '--name', 'X', '--url', URL],
        ]) {
          const run = await runBundle([...args, '--json']);
          assert.equal(run.code, 1, args.join(' '));
          assert.equal(run.json<{ error: { code: string } }>().error.code, 'READ_ONLY', `${args[0]}: ${run.stdout}`);
        }
      },
    );
    if (refused !== undefined) t.skip(refused);
    assert.deepEqual(registryState(base), beforeState);
  });

  it('no write permission: PERMISSION_DENIED, and unchanged', async () => {
    const registry = copyRegistry(base);
    const beforeState = registryState(registry);
    // root ignores file modes, so as root the command runs as `nobody` (a real EACCES from the
    // kernel); as any other user, the folder is made read-only with chmod.
    const asRoot = process.getuid?.() === 0;
    const pack = makePack({ 'pack.yaml': packYaml('demo', '1.1.0') });
    // Temporary folders are made 0700; the other user must reach the pack and the registry.
    chmodSync(pack, 0o755);
    chmodSync(path.dirname(registry), 0o755);
    const home = tempDir('packdex-nobody-home-');
    chmodSync(home, 0o777);
    if (!asRoot) chmodSync(registry, 0o555);
    try {
      const run = await runBundle(['publish', '--pack-dir', pack, '--registry', registry, '--json'], { env: { HOME: home }, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
      assert.equal(run.code, 1, run.stdout + run.stderr);
      const error = run.json<{ error: { code: string; message: string } }>().error;
      assert.equal(error.code, 'PERMISSION_DENIED', error.message);
      assert.match(error.message, /permission denied \(EACCES\)/);
    } finally {
      chmodSync(registry, 0o755);
    }
    assert.deepEqual(registryState(registry), beforeState);
  });

  it('a file where the registry folder (or a folder inside it) belongs: NOT_A_DIRECTORY, and nothing changed', async () => {
    const root = tempDir('packdex-notdir-');
    const file = path.join(root, 'registry');
    writeFileSync(file, 'not a folder\n');
    for (const args of [
      ['publish', '--pack-dir', demo11, '--registry', file],
      ['yank', 'demo@1.0.0', '--registry', file],
      ['dist-tag', 'demo', 'beta', '1.0.0', '--registry', file],
      ['site', 'build', '--registry', file],
      ['registry', 'init', file, '--name', 'X', '--url', URL],
    ]) {
      const run = await cli([...args, '--json']);
      assert.equal(run.code, 1, args.join(' '));
      assert.equal(run.json<{ error: { code: string } }>().error.code, 'NOT_A_DIRECTORY', `${args[0]}: ${run.stdout}`);
    }
    assert.equal(readFileSync(file, 'utf8'), 'not a folder\n');
    // Inside a registry: a file named like the archives folder, found before anything is written.
    const registry = copyRegistry(base);
    rmSync(path.join(registry, 'archives'), { recursive: true });
    writeFileSync(path.join(registry, 'archives'), 'in the way\n');
    const beforeState = registryState(registry);
    const run = await cli(['publish', '--pack-dir', demo11, '--registry', registry, '--json']);
    assert.equal(run.json<{ error: { code: string } }>().error.code, 'NOT_A_DIRECTORY', run.stdout);
    assert.deepEqual(registryState(registry), beforeState);
  });
});
