import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { serializeIndex } from '../../src/core/entry/canonical-entry';
import { COMMANDS } from '../../src/cli/main';
import { hashDirectory } from '../../src/core/checksum/directory-checksum';
import { cli } from '../helpers/cli';
import { entry, index } from '../helpers/index-data';
import { makePack, tempDir } from '../helpers/tmp';

const H = 'c'.repeat(64);

describe('every verb', () => {
  for (const command of COMMANDS) {
    it(`${command.name} --help prints its usage and exits 0`, async () => {
      const run = await cli([command.name, '--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`Usage: packdex ${command.name}`));
    });
  }
  it('no command prints the list and exits 2; an unknown one exits 2', async () => {
    assert.equal((await cli([])).code, 2);
    const run = await cli(['frobnicate']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Unknown command 'frobnicate'/);
  });
});

describe('packdex audit', () => {
  it('prints the checks and a closing count; exit 0 without FAIL', async () => {
    const run = await cli(['audit', makePack(), '--tag', 'v1.0.0']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^PASS {2}manifest/m);
    assert.match(run.stdout, /PASS: 15, WARN: 0, FAIL: 0\n$/);
  });
  it('exits 1 on FAIL, with --json', async () => {
    const run = await cli(['audit', makePack({ 'pack.yaml': 'ref: demo\nversion: "1.0.0"\nlicense: not-a-license\n' }), '--json']);
    assert.equal(run.code, 1);
    const out = run.json<{ ok: boolean; counts: { fail: number } }>();
    assert.equal(out.ok, false);
    assert.equal(out.counts.fail, 1);
  });
});

describe('packdex checksum', () => {
  it('prints sha256:<hex> for a file and for a directory', async () => {
    const dir = makePack();
    const file = path.join(dir, 'README.md');
    assert.equal((await cli(['checksum', file])).stdout, `sha256:${createHash('sha256').update('# demo\n').digest('hex')}\n`);
    assert.equal((await cli(['checksum', dir])).stdout, `sha256:${await hashDirectory(dir)}\n`);
    assert.match((await cli(['checksum', file, '--algorithm', 'sha512'])).stdout, /^sha512:[0-9a-f]{128}\n$/);
    assert.equal((await cli(['checksum', '/no/such/file'])).code, 1);
  });
});

describe('packdex index-entry', () => {
  it('prints the entry as JSON or YAML', async () => {
    const dir = makePack();
    const args = ['index-entry', '--pack-dir', dir, '--version', '1.0.0', '--git-url', 'https://git.example.com/demo.git', '--git-ref', 'v1.0.0', '--archive-url', 'https://dl.example.com/demo-1.0.0.tar.gz', '--checksum', H];
    const json = await cli(args);
    assert.equal(json.code, 0, json.stderr);
    const parsed = JSON.parse(json.stdout);
    assert.equal(parsed.install_sources[0].checksum, `sha256:${await hashDirectory(dir)}`);
    assert.equal(parsed.install_sources[1].checksum, `sha256:${H}`);
    const yaml = await cli([...args, '--format', 'yaml']);
    assert.deepEqual(parse(yaml.stdout), parsed);
  });

  it('appends to an index file with --index-file and --output (the seed form)', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'registry.json'), serializeIndex(index([entry('alpha')])));
    const run = await cli(['index-entry', '--pack-dir', makePack(), '--archive-url', 'https://dl.example.com/d.tgz', '--archive-checksum', H, '--index-file', 'registry.json', '--output', 'registry.json'], { cwd: work });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^created: demo 1\.0\.0 in registry\.json/);
    assert.deepEqual(JSON.parse(readFileSync(path.join(work, 'registry.json'), 'utf8')).packs.map((p: { ref: string }) => p.ref), ['alpha', 'demo']);
  });
});

describe('packdex index-entry into a new index', () => {
  it('creates the index given a registry identity, and refuses without one', async () => {
    const work = tempDir();
    const args = ['index-entry', '--pack-dir', makePack(), '--archive-url', 'https://dl.example.com/d.tgz', '--archive-checksum', H, '--index-file', 'new.json'];
    assert.equal((await cli(args, { cwd: work })).code, 1);
    assert.ok(!existsSync(path.join(work, 'new.json')));
    const run = await cli([...args, '--registry-name', 'New', '--registry-url', 'https://new.example'], { cwd: work });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(readFileSync(path.join(work, 'new.json'), 'utf8')).registry_name, 'New');
  });
});

describe('packdex index-update', () => {
  it('creates an index, then says unchanged and leaves it byte-identical', async () => {
    const work = tempDir();
    const pack = makePack();
    const args = ['index-update', '--index', 'index.json', '--pack-dir', pack, '--archive-url', 'https://dl.example.com/demo.tgz', '--archive-checksum', H, '--registry-name', 'Mine', '--registry-url', 'https://mine.example'];
    const first = await cli(args, { cwd: work });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^created: demo 1\.0\.0/);
    const bytes = readFileSync(path.join(work, 'index.json'));
    const again = await cli(args, { cwd: work, now: new Date('2030-01-01T00:00:00Z') });
    assert.match(again.stdout, /^unchanged: demo 1\.0\.0/);
    assert.deepEqual(readFileSync(path.join(work, 'index.json')), bytes);
  });

  it('adds from an entry file, and replaces with --update', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'index.json'), serializeIndex(index([entry('alpha')])));
    writeFileSync(path.join(work, 'e.json'), JSON.stringify(entry('beta')));
    assert.equal((await cli(['index-update', '--index', 'index.json', '--entry', 'e.json'], { cwd: work })).code, 0);
    writeFileSync(path.join(work, 'e.json'), JSON.stringify(entry('beta', '1.1.0')));
    const refused = await cli(['index-update', '--index', 'index.json', '--entry', 'e.json'], { cwd: work });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Pack 'beta' already exists in index\. Use --update to replace it\./);
    const run = await cli(['index-update', '--index', 'index.json', '--entry', 'e.json', '--update', '--json'], { cwd: work });
    assert.equal(run.json<{ outcome: string }>().outcome, 'updated');
  });

  it('bumps an entry with the seed form --pack --version --git-ref --archive-url', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'index.json'), serializeIndex(index([entry('alpha')])));
    const run = await cli(['index-update', '--index', 'index.json', '--pack', 'alpha', '--version', '1.0.1', '--git-ref', 'v1.0.1', '--git-checksum', H, '--archive-url', 'https://dl.example.com/alpha-1.0.1.tgz', '--archive-checksum', H], { cwd: work });
    assert.equal(run.code, 0, run.stderr);
    const alpha = JSON.parse(readFileSync(path.join(work, 'index.json'), 'utf8')).packs[0];
    assert.equal(alpha.version, '1.0.1');
    assert.equal(alpha.install_sources[0].ref, 'v1.0.1');
    assert.equal(alpha.install_sources[1].url, 'https://dl.example.com/alpha-1.0.1.tgz');
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const work = tempDir();
    const before = serializeIndex(index([entry('alpha')]));
    writeFileSync(path.join(work, 'index.json'), before);
    writeFileSync(path.join(work, 'e.json'), JSON.stringify(entry('beta')));
    const run = await cli(['index-update', '--index', 'index.json', '--entry', 'e.json', '--dry-run'], { cwd: work });
    assert.match(run.stdout, /^\+ {6}"ref": "beta",$/m);
    assert.match(run.stdout, /would be created: beta/);
    assert.equal(readFileSync(path.join(work, 'index.json'), 'utf8'), before);
  });
});

describe('packdex index-merge', () => {
  it('merges, refuses an existing output without --force, overwrites with it', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'a.json'), serializeIndex(index([entry('alpha', '1.0.0'), entry('beta')])));
    writeFileSync(path.join(work, 'b.json'), serializeIndex(index([entry('alpha', '2.0.0'), entry('gamma')], { last_updated: '2026-01-01T00:00:00Z' })));
    const run = await cli(['index-merge', '--output', 'out.json', 'a.json', 'b.json'], { cwd: work });
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(readFileSync(path.join(work, 'out.json'), 'utf8'));
    assert.deepEqual(out.packs.map((p: { ref: string; version: string }) => `${p.ref}@${p.version}`), ['alpha@2.0.0', 'beta@1.0.0', 'gamma@1.0.0']);
    assert.equal(out.last_updated, '2026-01-01T00:00:00Z');
    const again = await cli(['index-merge', '--output', 'out.json', 'a.json'], { cwd: work });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Output file already exists: out\.json\. Use --force to overwrite\./);
    assert.equal((await cli(['index-merge', '--output', 'out.json', 'a.json', '--force'], { cwd: work })).code, 0);
  });
});

describe('packdex validate', () => {
  it('says valid, or lists each violation with its JSON path', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'good.json'), serializeIndex(index([entry('alpha')])));
    assert.equal((await cli(['validate', 'good.json'], { cwd: work })).stdout, 'good.json: valid\n');
    writeFileSync(path.join(work, 'bad.json'), JSON.stringify(index([entry('beta'), entry('alpha', '1.0', { keywords: ['b', 'a'] })])));
    const run = await cli(['validate', 'bad.json', '--attune'], { cwd: work });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /\/packs\/1\/version: must match/);
    assert.match(run.stdout, /\/packs\/1: ref 'alpha' is out of order/);
    // Unsorted keywords are the writer's concern: valid, and a deviation under --canonical.
    assert.doesNotMatch(run.stdout, /keywords/);
    writeFileSync(path.join(work, 'unsorted.json'), JSON.stringify(index([entry('alpha', '1.0.0', { keywords: ['b', 'a'] })])));
    assert.equal((await cli(['validate', 'unsorted.json'], { cwd: work })).code, 0);
    const canonical = await cli(['validate', 'unsorted.json', '--canonical'], { cwd: work });
    assert.equal(canonical.code, 1);
    assert.match(canonical.stdout, /\/packs\/0\/keywords\/1: keyword 'a' is out of order: packdex writes it before 'b'/);
    const json = (await cli(['validate', 'bad.json', '--json'], { cwd: work })).json<{ violations: { path: string }[] }>();
    assert.ok(json.violations.length >= 3);
  });
});

describe('packdex archive', () => {
  it('writes the archive and prints its checksum', async () => {
    const work = tempDir();
    const run = await cli(['archive', makePack(), '--output', 'demo.tar.gz', '--source', 'directory', '--json'], { cwd: work });
    assert.equal(run.code, 0, run.stderr);
    const out = run.json<{ checksum: string; files: number }>();
    assert.match(out.checksum, /^sha256:[0-9a-f]{64}$/);
    assert.ok(existsSync(path.join(work, 'demo.tar.gz')));
    assert.equal((await cli(['archive', makePack()])).code, 2, '--output is required');
  });
});
