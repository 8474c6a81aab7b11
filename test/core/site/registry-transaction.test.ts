import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PackdexError } from '../../../src/core/errors';
import { isNoop } from '../../../src/core/fs/file-change';
import { planSiteBuild } from '../../../src/core/site/build-site';
import { LOCK_FILE } from '../../../src/core/site/registry-lock';
import { TX_DIR, changeRegistry } from '../../../src/core/site/registry-transaction';
import { FIXED_NOW, cli } from '../../helpers/cli';
import { initRegistry, packYaml } from '../../helpers/site';
import { makePack, snapshot, tempDir } from '../../helpers/tmp';

async function publish(registry: string, version: string, extra: string[] = []) {
  const run = await cli(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('demo', version) }), '--registry', registry, ...extra]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  return run;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function writeJournal(registry: string, steps: { target: string; staged: string; sha256: string }[]): void {
  mkdirSync(path.join(registry, TX_DIR), { recursive: true });
  writeFileSync(path.join(registry, TX_DIR, 'journal.json'), JSON.stringify({ format: 'packdex-journal', format_version: 1, steps }));
}

async function assertInSync(registry: string): Promise<void> {
  const plan = await planSiteBuild(registry);
  assert.deepEqual(plan.changes.filter((c) => !isNoop(c)).map((c) => path.relative(registry, c.path)), [], 'index.json equals a full site build');
}

describe('registry transactions', () => {
  it('a journal naming a file outside the registry, inside .git, or with other bytes than it staged is refused, and nothing moves', async () => {
    const root = tempDir();
    const registry = await initRegistry(path.join(root, 'registry'));
    await publish(registry, '1.0.0');
    mkdirSync(path.join(registry, '.git'));
    const hostile = [
      { target: '../outside.json', staged: '0-x', text: 'pwned' },
      { target: '.git/config', staged: '0-x', text: '[core]\n\thooksPath = /tmp\n' },
      { target: '/etc/passwd', staged: '0-x', text: 'x' },
      { target: 'index.json', staged: '0-x', text: '{}', hash: sha256('other bytes') },
      { target: 'index.json', staged: '../../outside.json', text: '{}' },
    ];
    for (const h of hostile) {
      writeJournal(registry, [{ target: h.target, staged: h.staged, sha256: h.hash ?? sha256(h.text) }]);
      writeFileSync(path.join(registry, TX_DIR, '0-x'), h.text);
      const before = snapshot(registry);
      const run = await cli(['dist-tag', 'demo', 'probe', '--rm', '--registry', registry, '--json']);
      assert.equal(run.code, 1, h.target);
      assert.equal(run.json<{ error: { code: string } }>().error.code, 'REGISTRY_INVALID', h.target);
      assert.deepEqual(snapshot(registry), before, `${h.target}: nothing moved, the lock is released`);
      assert.equal(existsSync(path.join(root, 'outside.json')), false);
      rmSync(path.join(registry, TX_DIR), { recursive: true });
    }
  });

  it('a journal that removes a file removes only derived files: a document, registry.json or an archive named for removal is refused, and nothing moves', async () => {
    const registry = await initRegistry(path.join(tempDir(), 'registry'));
    await publish(registry, '1.0.0');
    for (const target of ['packages/de/mo/demo.json', 'registry.json', 'archives/demo-1.0.0.tar.gz', '../outside.json', 'index.json/../registry.json']) {
      mkdirSync(path.join(registry, TX_DIR), { recursive: true });
      writeFileSync(path.join(registry, TX_DIR, 'journal.json'), JSON.stringify({ format: 'packdex-journal', format_version: 1, steps: [{ target, remove: true }] }));
      const before = snapshot(registry);
      const run = await cli(['dist-tag', 'demo', 'probe', '--rm', '--registry', registry, '--json']);
      assert.equal(run.json<{ error: { code: string } }>().error.code, 'REGISTRY_INVALID', target);
      assert.deepEqual(snapshot(registry), before, `${target}: nothing removed`);
      rmSync(path.join(registry, TX_DIR), { recursive: true });
    }
    // A removal journaled by a killed change is finished by the next command, as any other step.
    mkdirSync(path.join(registry, TX_DIR), { recursive: true });
    writeFileSync(path.join(registry, TX_DIR, 'journal.json'), JSON.stringify({ format: 'packdex-journal', format_version: 1, steps: [{ target: 'index.html', remove: true }] }));
    const run = await cli(['dist-tag', 'demo', 'probe', '--rm', '--registry', registry]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(existsSync(path.join(registry, 'index.html')), false);
    assert.equal(existsSync(path.join(registry, TX_DIR)), false);
  });

  it('a journal is never followed through a symbolic link: not a linked staging folder, not a target behind a linked folder', async () => {
    const root = tempDir();
    const registry = await initRegistry(path.join(root, 'registry'));
    await publish(registry, '1.0.0');
    const outside = path.join(root, 'outside');
    mkdirSync(outside);
    // A linked folder on the way to the target.
    symlinkSync(outside, path.join(registry, 'linked'));
    writeJournal(registry, [{ target: 'linked/evil.json', staged: '0-x', sha256: sha256('pwned') }]);
    writeFileSync(path.join(registry, TX_DIR, '0-x'), 'pwned');
    const run = await cli(['dist-tag', 'demo', 'probe', '--rm', '--registry', registry, '--json']);
    assert.equal(run.json<{ error: { code: string; message: string } }>().error.code, 'REGISTRY_INVALID');
    assert.match(run.json<{ error: { message: string } }>().error.message, /symbolic link/);
    assert.deepEqual(readdirSync(outside), []);
    rmSync(path.join(registry, TX_DIR), { recursive: true });
    // The staging folder itself a link to a folder holding a journal: the link goes, the folder stays.
    writeJournal(outside, [{ target: 'index.json', staged: '0-x', sha256: sha256('{}') }]);
    writeFileSync(path.join(outside, TX_DIR, '0-x'), '{}');
    const index = readFileSync(path.join(registry, 'index.json'), 'utf8');
    symlinkSync(path.join(outside, TX_DIR), path.join(registry, TX_DIR));
    assert.equal((await cli(['dist-tag', 'demo', 'probe', '--rm', '--registry', registry])).code, 0);
    assert.equal(readFileSync(path.join(registry, 'index.json'), 'utf8'), index);
    assert.equal(existsSync(path.join(registry, TX_DIR)), false);
    assert.deepEqual(readdirSync(path.join(outside, TX_DIR)).sort(), ['0-x', 'journal.json']);
  });

  it('sweeps staged files of a change that never reached its journal, and the leftovers of older packdex versions', async () => {
    const registry = await initRegistry();
    await publish(registry, '1.0.0');
    const clean = snapshot(registry);
    mkdirSync(path.join(registry, TX_DIR));
    writeFileSync(path.join(registry, TX_DIR, '0-s-demo-1.1.0.tar.gz'), 'half an archive');
    writeFileSync(path.join(registry, 'archives', '.demo-1.1.0.tar.gz.4242.staged'), 'half an archive');
    writeFileSync(path.join(registry, '.index.json.4242.0123456789ab.tmp'), '{');
    const run = await cli(['dist-tag', 'demo', 'probe', '--rm', '--registry', registry]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /removed 3 leftover files of a change that never completed/);
    assert.deepEqual(snapshot(registry), clean);
  });

  it('a rerun of a publish whose index.json line was lost (a change killed between the two files) says repaired and puts it back', async () => {
    // Made at the CLI's clock, so that a full site build's last_updated is the publishes' time.
    const registry = await initRegistry(undefined, FIXED_NOW);
    await publish(registry, '1.0.0');
    const indexFile = path.join(registry, 'index.json');
    const old = readFileSync(indexFile, 'utf8');
    await publish(registry, '1.1.0');
    const good = readFileSync(indexFile, 'utf8');
    // As an older packdex left it when killed after the document and before index.json.
    writeFileSync(indexFile, old);
    const rerun = await publish(registry, '1.1.0');
    assert.match(rerun.stdout, /^repaired \(index\.json put back to agree with the package document\): demo 1\.1\.0 in /m);
    assert.doesNotMatch(rerun.stdout, /newer version/);
    assert.equal(readFileSync(indexFile, 'utf8'), good);
    await assertInSync(registry);
    // The line missing altogether, in JSON.
    const index = JSON.parse(good) as { packs: unknown[] };
    writeFileSync(indexFile, `${JSON.stringify({ ...index, packs: [] }, null, 2)}\n`);
    const json = (await publish(registry, '1.1.0', ['--json'])).json<{ outcome: string; repaired: string[] }>();
    assert.deepEqual([json.outcome, json.repaired], ['unchanged', ['index.json']]);
    await assertInSync(registry);
    // Now in agreement: unchanged, with nothing repaired.
    const again = await publish(registry, '1.1.0');
    assert.match(again.stdout, /^unchanged: demo 1\.1\.0 in \S+\n/m);
  });

  it('a rerun whose archive is missing puts the same bytes back and says repaired', async () => {
    const registry = await initRegistry();
    await publish(registry, '1.0.0');
    const archive = path.join(registry, 'archives', 'demo-1.0.0.tar.gz');
    const bytes = readFileSync(archive);
    unlinkSync(archive);
    const rerun = await publish(registry, '1.0.0');
    assert.match(rerun.stdout, /^repaired \(archives\/demo-1\.0\.0\.tar\.gz put back/m);
    assert.deepEqual(readFileSync(archive), bytes);
  });

  it('says a newer version is latest only when one is', async () => {
    const registry = await initRegistry();
    await publish(registry, '2.0.0');
    assert.match((await publish(registry, '1.0.0')).stdout, /^updated: demo 1\.0\.0 in \S+ \(index\.json lists 2\.0\.0: a newer version is latest\)\n/m);
    assert.match((await publish(registry, '3.0.0-rc.1')).stdout, /^updated: demo 3\.0\.0-rc\.1 in \S+ \(index\.json lists 2\.0\.0: a prerelease is latest only while no release is published\)\n/m);
    assert.match((await publish(registry, '2.0.0')).stdout, /^unchanged: demo 2\.0\.0 in \S+\n/m);
  });

  it('a plan that fails leaves no lock, no staging folder, and (when it would have made it) no registry folder', async () => {
    const registry = await initRegistry();
    const before = snapshot(registry);
    const boom = new PackdexError('USAGE', 'planned failure');
    await assert.rejects(
      changeRegistry(registry, {}, async (ctx) => {
        writeFileSync(ctx.stagingPath('archive.tar.gz'), 'partial');
        throw boom;
      }),
      boom,
    );
    assert.deepEqual(snapshot(registry), before);
    const fresh = path.join(tempDir(), 'new-registry');
    await assert.rejects(
      changeRegistry(fresh, { create: true }, async () => {
        throw boom;
      }),
      boom,
    );
    assert.equal(existsSync(fresh), false);
  });

  it('PACKDEX_LOCK_TIMEOUT must be a number of seconds', async () => {
    const registry = await initRegistry();
    const before = snapshot(registry);
    const run = await cli(['site', 'build', '--registry', registry], { env: { PACKDEX_LOCK_TIMEOUT: 'soon' } });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /error USAGE: PACKDEX_LOCK_TIMEOUT="soon" is not a number of seconds/);
    assert.deepEqual(snapshot(registry), before);
  });

  it('a dry run takes no lock and writes nothing', async () => {
    const registry = await initRegistry();
    const before = snapshot(registry);
    const run = await publish(registry, '1.0.0', ['--dry-run']);
    assert.match(run.stdout, /would be created: demo 1\.0\.0/);
    assert.deepEqual(snapshot(registry), before);
    assert.equal(existsSync(path.join(registry, LOCK_FILE)), false);
  });
});
