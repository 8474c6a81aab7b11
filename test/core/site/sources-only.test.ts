import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { planSiteBuild } from '../../../src/core/site/build-site';
import { committedSizeWarnings, GITHUB_FILE_WARN, PAGES_SITE_LIMIT } from '../../../src/core/site/size-warnings';
import { cli } from '../../helpers/cli';
import { initRegistry, packYaml, publish } from '../../helpers/site';
import { makePack, snapshot, tempDir } from '../../helpers/tmp';

/** A registry whose registry.json says its derived files are deployed, not committed. */
async function sourcesOnlyRegistry(): Promise<string> {
  const dir = await initRegistry();
  const file = path.join(dir, 'registry.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), derived: 'deployed' }, null, 2) + '\n');
  return dir;
}

describe('a registry that keeps only its sources in git (derived: deployed)', () => {
  it('publish and yank write the package document, its README and archive only, never index.json or the page', async () => {
    const reg = await sourcesOnlyRegistry();
    for (const f of ['index.json', 'index.html']) if (existsSync(path.join(reg, f))) writeFileSync(path.join(reg, f), 'left from before\n');
    const before = snapshot(reg);
    const result = await publish(reg, 'demo', '1.0.0');
    assert.deepEqual(result.changes!.filter((c) => c.before !== c.after).map((c) => path.relative(reg, c.path)).sort(), ['packages/de/mo/demo.json', 'readmes/demo/1.0.0.md'], 'the document and the README, both sources');
    assert.ok(existsSync(path.join(reg, 'archives/demo-1.0.0.tar.gz')), 'the archive is a source, stored as before');
    const after = snapshot(reg);
    for (const f of ['index.json', 'index.html']) assert.equal(after[f], before[f], `${f} untouched`);
    const yank = await cli(['yank', 'demo@1.0.0', '--registry-dir', reg, '--json']);
    assert.equal(yank.code, 0, yank.stdout);
    assert.equal(snapshot(reg)['index.json'], before['index.json']);
  });

  it('site build --check has nothing to compare; site build --out builds the whole served site', async () => {
    const reg = await sourcesOnlyRegistry();
    await publish(reg, 'demo', '1.0.0');
    const check = await cli(['site', 'build', '--registry-dir', reg, '--check']);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /deployed, not committed/);
    const out = path.join(tempDir(), '_site');
    const built = await cli(['site', 'build', '--registry-dir', reg, '--out', out, '--json']);
    assert.equal(built.code, 0, built.stdout);
    const site = snapshot(out);
    for (const f of ['registry.json', 'packages/de/mo/demo.json', 'archives/demo-1.0.0.tar.gz', 'readmes/demo/1.0.0.md', 'index.json', 'index.html', 'assets/app.js', '.nojekyll']) assert.ok(f in site, f);
    // The README the document records is served beside it (the page reads it from there).
    assert.equal(readFileSync(path.join(out, 'readmes/demo/1.0.0.md'), 'utf8'), readFileSync(path.join(reg, 'readmes/demo/1.0.0.md'), 'utf8'));
    // The derived files are exactly what a build in place gives.
    for (const c of (await planSiteBuild(reg)).changes) assert.equal(readFileSync(path.join(out, path.relative(reg, c.path)), 'utf8'), c.after);
    assert.equal(readFileSync(path.join(out, 'archives/demo-1.0.0.tar.gz')).compare(readFileSync(path.join(reg, 'archives/demo-1.0.0.tar.gz'))), 0);
    // The client installs from the built folder.
    const packs = path.join(tempDir(), 'packs');
    const install = await cli(['install', 'demo@1.0.0', '--registry', out, '--dir', packs, '--json'], { env: { HOME: tempDir() } });
    assert.equal(install.code, 0, install.stdout + install.stderr);
    assert.ok(existsSync(path.join(packs, 'demo', 'pack.yaml')));
  });

  const refusals: [string, (reg: string) => string, string][] = [
    ['an output folder that exists', () => { const d = tempDir(); writeFileSync(path.join(d, 'keep'), 'x'); return d; }, 'OUTPUT_EXISTS'],
    ['the registry folder itself', (reg) => reg, 'OUTPUT_EXISTS'],
    ['a folder inside packages/', (reg) => path.join(reg, 'packages', 'out'), 'OUTPUT_EXISTS'],
    ['a folder inside readmes/', (reg) => path.join(reg, 'readmes', 'out'), 'OUTPUT_EXISTS'],
    ['a symlink among the archives', (reg) => { symlinkSync('/etc/passwd', path.join(reg, 'archives', 'evil.tar.gz')); return path.join(tempDir(), '_site'); }, 'PATH_SYMLINK'],
  ];
  for (const [what, spoil, code] of refusals) {
    it(`site build --out refuses ${what} (${code}), writing nothing`, async () => {
      const reg = await sourcesOnlyRegistry();
      await publish(reg, 'demo', '1.0.0');
      const out = spoil(reg);
      const before = snapshot(reg);
      const outBefore = existsSync(out) ? snapshot(out) : undefined;
      const run = await cli(['site', 'build', '--registry-dir', reg, '--out', out, '--json']);
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.json<{ error: { code: string } }>().error.code, code);
      assert.deepEqual(snapshot(reg), before);
      if (outBefore === undefined) assert.ok(!existsSync(out), 'no output folder left');
      else assert.deepEqual(snapshot(out), outBefore);
      assert.ok(!existsSync(`${out}.packdex-${process.pid}.tmp`), 'no staging folder left');
    });
  }
});

describe('committedSizeWarnings', () => {
  const derived = ['index.json', 'index.html'];
  it('says nothing for a small registry, or for one whose derived files are deployed', () => {
    assert.deepEqual(committedSizeWarnings([{ path: 'index.json', size: 1000 }], derived, undefined), []);
    assert.deepEqual(committedSizeWarnings([{ path: 'index.json', size: GITHUB_FILE_WARN }, { path: 'archives/x.tar.gz', size: PAGES_SITE_LIMIT }], derived, 'deployed'), []);
  });
  it('warns near GitHub\'s file limit, naming the switch and what consumers reading the branch must change', () => {
    const [w, ...rest] = committedSizeWarnings([{ path: 'index.json', size: 45 * 1024 * 1024 }, { path: 'packages/a/b.json', size: 45 * 1024 * 1024 }], derived, 'committed');
    assert.equal(rest.length, 0, 'only derived files are the switch\'s business');
    assert.equal(w!.file, 'index.json');
    assert.match(w!.message, /"derived": "deployed"/);
    assert.match(w!.message, /deploy-pages\.yml/);
    assert.match(w!.message, /raw\.githubusercontent\.com/);
  });
  it('warns near the Pages site limit, pointing at object storage', () => {
    const [w] = committedSizeWarnings([{ path: 'archives/x.tar.gz', size: 900 * 1024 * 1024 }], derived, undefined);
    assert.match(w!.message, /site deploy --to s3:\/\//);
  });
});

describe('site build: a size warning on a real folder', () => {
  it('warns on stderr when the committed registry nears the Pages limit, and not once it says derived: deployed', async () => {
    const reg = await initRegistry();
    mkdirSync(path.join(reg, 'archives'), { recursive: true });
    // Sparse: 850 MiB by its size, no disk.
    truncateSync(openAndClose(path.join(reg, 'archives', 'big.tar.gz')), 850 * 1024 * 1024);
    const run = await cli(['site', 'build', '--registry-dir', reg, '--json']);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stderr, /^warning: The registry is 850 MiB, near GitHub Pages' 1\.0 GiB limit/);
    assert.equal(run.json<{ warnings: string[] }>().warnings.length, 1);
    const file = path.join(reg, 'registry.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), derived: 'deployed' }, null, 2) + '\n');
    const quiet = await cli(['site', 'build', '--registry-dir', reg]);
    assert.equal(quiet.code, 0, quiet.stdout);
    assert.equal(quiet.stderr, '');
  });
});

function openAndClose(file: string): string {
  writeFileSync(file, '');
  return file;
}

describe('publish: a size warning', () => {
  it('warns on stderr when the committed index.json nears GitHub\'s file limit after a publish', async () => {
    const reg = await initRegistry();
    const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0') });
    const quiet = await cli(['publish', '--pack-dir', pack, '--registry-dir', reg]);
    assert.equal(quiet.code, 0, quiet.stdout + quiet.stderr);
    assert.equal(quiet.stderr, '');
    // index.json as committed bytes: pad it past 80% of registry.json's 40 MiB default limit for it
    // (the next publish keeps other lines' bytes).
    const file = path.join(reg, 'index.json');
    const index = JSON.parse(readFileSync(file, 'utf8')) as { packs: { description: string }[] };
    index.packs[0]!.description = 'x'.repeat(34 * 1024 * 1024);
    writeFileSync(file, JSON.stringify(index, null, 2) + '\n');
    const loud = await cli(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('other', '1.0.0') }), '--registry-dir', reg]);
    assert.equal(loud.code, 0, loud.stdout + loud.stderr);
    assert.match(loud.stderr, /^warning: index\.json is 3\d(?:\.\d)? MiB, near registry\.json's limit of 40 MiB/);
    assert.match(loud.stderr, /consumers that read index\.json itself \(Attune, or scripts reading it from the branch\) find none/);
    assert.match(loud.stderr, /"derived": "deployed"/);
    // Past the limit, the next publish leaves index.json out and says so instead.
    index.packs[0]!.description = 'x'.repeat(41 * 1024 * 1024);
    writeFileSync(file, JSON.stringify(index, null, 2) + '\n');
    const past = await cli(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('third', '1.0.0') }), '--registry-dir', reg]);
    assert.equal(past.code, 0, past.stdout + past.stderr);
    assert.match(past.stderr, /^left index\.json out: index\.json would be larger than registry\.json's limit of 40 MiB/m);
    assert.equal(JSON.parse(readFileSync(path.join(reg, 'registry.json'), 'utf8')).index, null);
  });
});
