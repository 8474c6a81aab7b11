import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createRequire } from 'node:module';
import ts from 'typescript';
import type * as Lib from '../src/lib';
import { runActionBundle } from './helpers/action-runner';
import { tempDir } from './helpers/tmp';

const ROOT = path.join(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'dist', 'packdex.cjs');
const EXAMPLES = path.join(ROOT, 'examples', 'packs');
const GOLDEN = path.join(ROOT, 'test', 'golden', 'quickstart-index.json');
const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z

function packdex(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; shell?: string } = {}) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: EPOCH, ...options.env };
  const result = options.shell
    ? spawnSync('sh', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, BIN, ...args], { cwd: options.cwd, env })
    : spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env });
  return { code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

describe('dist/', () => {
  it('is what `npm run build` produces from these sources (committed bundle is fresh)', () => {
    const out = tempDir();
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), out], { cwd: ROOT });
    const built = readdirSync(out).sort();
    assert.deepEqual(readdirSync(path.join(ROOT, 'dist')).sort(), built);
    for (const file of built) {
      assert.ok(readFileSync(path.join(out, file)).equals(readFileSync(path.join(ROOT, 'dist', file))), `dist/${file} is stale: run npm run build`);
    }
  });

  it('generated sources are fresh: schema-types.ts from schemas/, page-assets.ts from page/', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/gen-types.mjs'), '--check'], { cwd: ROOT });
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/gen-validators.mjs'), '--check'], { cwd: ROOT });
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/gen-page.mjs'), '--check'], { cwd: ROOT });
  });
});

describe('the bundled CLI', () => {
  it('npm start: quickstart serves the registry and its browse page on 127.0.0.1 until interrupted', async () => {
    const work = tempDir();
    const child = spawn(process.execPath, [BIN, 'quickstart', '--examples', EXAMPLES, '--registry', path.join(work, 'registry'), '--packs', path.join(work, 'packs'), '--port', '0'], {
      env: { PATH: process.env.PATH, HOME: work, SOURCE_DATE_EPOCH: EPOCH },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) {
          clearInterval(timer);
          resolve(m[1]!);
        }
      }, 20);
      child.on('exit', () => reject(new Error(`quickstart exited early:\n${out}`)));
    });
    const page = await fetch(`${url}index.html`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /assets\/app\.js/);
    const index = (await (await fetch(`${url}index.json`)).json()) as { packs: { ref: string }[] };
    assert.deepEqual(index.packs.map((p) => p.ref), ['deploy_kit', 'jira', 'slack']);
    assert.equal((await fetch(`${url}packages/sl/ac/slack.json`)).status, 200);
    child.kill('SIGINT');
    assert.equal(await exited, 0);
  });

  it('quickstart publishes the examples into a registry folder matching the golden index, installs one, and a rerun changes nothing', () => {
    const work = tempDir();
    const registry = path.join(work, 'registry');
    const args = ['quickstart', '--examples', EXAMPLES, '--registry', registry, '--packs', path.join(work, 'packs'), '--no-serve'];
    const first = packdex(args);
    assert.equal(first.code, 0, first.stderr + first.stdout);
    assert.match(first.stdout, /publish {2}created: slack 2\.1\.0/);
    assert.match(first.stdout, /deploy_kit 1\.0\.0 \(installed, sha256:/);
    assert.match(first.stdout, /slack 2\.1\.0 \(installed, sha256:/, 'with its dependency, from the same registry');
    assert.deepEqual(readdirSync(path.join(work, 'packs')).sort(), ['.packdex', 'deploy_kit', 'slack']);
    const indexText = readFileSync(path.join(registry, 'index.json'), 'utf8');
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, indexText);
    assert.equal(indexText, readFileSync(GOLDEN, 'utf8'), 'index.json differs from test/golden/quickstart-index.json');

    const again = packdex(args, { env: { SOURCE_DATE_EPOCH: '1999999999' } });
    assert.equal(again.code, 0);
    assert.equal((again.stdout.match(/publish {2}unchanged/g) ?? []).length, 3);
    assert.match(again.stdout, /deploy_kit 1\.0\.0 \(unchanged/);
    const site = packdex(['site', 'build', '--registry', registry, '--check']);
    assert.equal(site.code, 0, site.stderr);
    assert.equal(readFileSync(path.join(registry, 'index.json'), 'utf8'), indexText);

    const validate = packdex(['validate', path.join(registry, 'index.json')]);
    assert.equal(validate.code, 0, validate.stdout);
  });

  it('builds the same archive bytes under another umask, time zone and locale', () => {
    const checksums = new Set<string>();
    for (const [umask, tz] of [['022', 'UTC'], ['077', 'Pacific/Kiritimati'], ['002', 'America/St_Johns']] as const) {
      const copy = path.join(tempDir(), 'slack');
      // The copy is made under the umask, so file modes differ between runs.
      execFileSync('sh', ['-c', `umask ${umask}; cp -r "$0" "$1"`, path.join(EXAMPLES, 'slack'), copy]);
      const run = packdex(['archive', copy, '--output', path.join(tempDir(), 'slack.tar.gz'), '--json'], { env: { TZ: tz, LC_ALL: 'C' }, shell: `umask ${umask}` });
      assert.equal(run.code, 0, run.stderr);
      checksums.add(JSON.parse(run.stdout).checksum);
    }
    assert.equal(checksums.size, 1, [...checksums].join(' '));
  });

  it('prints its version and exits 2 on a usage error', () => {
    assert.match(packdex(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.equal(packdex(['index-merge']).code, 2);
  });
});

describe('the bundled Action', () => {
  function runAction(packDir: string, env: NodeJS.ProcessEnv = {}) {
    return runActionBundle({ cwd: packDir, env: { GITHUB_WORKSPACE: packDir, 'INPUT_COMMAND': 'audit', 'INPUT_PACK-DIR': '.', ...env } });
  }

  it('audits on a tag push: audit-status output, a job summary table, exit 0', async () => {
    const pack = path.join(tempDir(), 'slack');
    cpSync(path.join(EXAMPLES, 'slack'), pack, { recursive: true });
    const run = await runAction(pack, { GITHUB_REF: 'refs/tags/v2.1.0', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v2.1.0' });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.output, /audit-status<<ghadelimiter_[^\n]+\npass\n/);
    assert.match(run.summary, /<table>/);
    assert.match(run.summary, /expected-version/);
    assert.match(run.stdout, /PASS: 15, WARN: 0, FAIL: 0/);
  });

  it('fails the step on FAIL with an annotation on the file and line', async () => {
    const pack = path.join(tempDir(), 'slack');
    cpSync(path.join(EXAMPLES, 'slack'), pack, { recursive: true });
    const run = await runAction(pack, { GITHUB_REF: 'refs/tags/v9.9.9', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v9.9.9' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error title=packdex audit%3A expected-version,file=pack\.yaml,line=5::version is not 9\.9\.9/);
    assert.match(run.output, /audit-status<<ghadelimiter_[^\n]+\nfail\n/);
  });
});

describe('the bundled library (dist/lib.cjs, the package main)', () => {
  it('publishes into a folder, then resolves and installs from it, through the public API only', async () => {
    const lib = createRequire(import.meta.url)(path.join(ROOT, 'dist', 'lib.cjs')) as typeof Lib;
    const work = tempDir();
    const registry = path.join(work, 'registry');
    const now = new Date('2026-03-01T00:00:00Z');
    await lib.applyFileChanges((await lib.planInitRegistry({ registryDir: registry, name: 'Lib', url: 'https://lib.example', force: false, now })).changes);
    const published = await lib.publishToFolder({ packDir: path.join(EXAMPLES, 'jira'), registryDir: registry, now });
    assert.equal(published.outcome, 'created');
    const client = await lib.openClient({ cwd: work, env: { HOME: work, PACKDEX_CACHE_DIR: path.join(work, 'cache') }, now: () => now, registries: [registry] });
    const { resolution } = await lib.resolvePackage(client.readers, lib.parsePackageSpec('jira@~0.9'));
    assert.equal(resolution.artifact_checksum, published.archive!.checksum);
    const installed = await lib.installPacks({ specs: ['jira'], dir: path.join(work, 'packs'), cwd: work, force: false, skipDeps: true, includePrerelease: false, skipUnavailable: false, readers: client.readers, cacheDir: client.cacheDir, allowHttp: false, now });
    assert.deepEqual(installed.map((i) => `${i.name}@${i.version}`), ['jira@0.9.3']);
    await assert.rejects(lib.resolvePackage(client.readers, lib.parsePackageSpec('jira@^1')), (e: InstanceType<typeof lib.PackdexError>) => e instanceof lib.PackdexError && e.code === 'NO_MATCHING_VERSION');
  });
});

describe('the library declarations (dist/lib.d.cts, the package types)', () => {
  it('declare exactly the values dist/lib.cjs exports, in one self-contained file', () => {
    const dts = path.join(ROOT, 'dist', 'lib.d.cts');
    const text = readFileSync(dts, 'utf8');
    assert.doesNotMatch(text, /^import |from ['"]|import\(/m, 'no import of another file or package');
    const program = ts.createProgram([dts], { noEmit: true, strict: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')] });
    assert.deepEqual(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), [], 'the declarations type-check on their own');
    const checker = program.getTypeChecker();
    const declared = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(dts)!)!).filter((s) => (s.flags & ts.SymbolFlags.Value) !== 0).map((s) => s.name).sort();
    const exported = Object.keys(createRequire(import.meta.url)(path.join(ROOT, 'dist', 'lib.cjs')) as object).sort();
    assert.ok(exported.length > 10);
    assert.deepEqual(declared, exported);
  });
});

describe('the bundled Action: command verify on a registry pull request', () => {
  /** A registry repository with one commit as the base, then a head commit made by `change`. */
  async function registryRepo(change: (registry: string) => void): Promise<{ repo: string; base: string }> {
    const repo = tempDir('packdex-registry-repo-');
    const registry = path.join(repo, 'registry');
    execFileSync(process.execPath, [BIN, 'registry', 'init', registry, '--url', 'https://acme.example'], { env: { PATH: process.env.PATH, SOURCE_DATE_EPOCH: EPOCH } });
    execFileSync(process.execPath, [BIN, 'publish', '--pack-dir', path.join(EXAMPLES, 'jira'), '--registry', registry], { env: { PATH: process.env.PATH, SOURCE_DATE_EPOCH: EPOCH } });
    const g = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo }).toString().trim();
    g('init', '-q', '-b', 'main');
    g('add', '-A');
    g('commit', '-qm', 'base');
    const base = g('rev-parse', 'HEAD');
    change(registry);
    g('add', '-A');
    g('commit', '-qm', 'head', '--allow-empty');
    return { repo, base };
  }

  function runVerify(repo: string, base: string) {
    const event = path.join(tempDir(), 'event.json');
    writeFileSync(event, JSON.stringify({ action: 'opened', number: 7, pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'add-jira', sha: 'f'.repeat(40) } } }));
    return runActionBundle({
      cwd: repo,
      env: { GITHUB_WORKSPACE: repo, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, INPUT_COMMAND: 'verify', 'INPUT_REGISTRY-PATH': 'registry', 'INPUT_BASE-REF': '' },
    });
  }

  it('passes a change made by packdex publish', async () => {
    const { repo, base } = await registryRepo((registry) => {
      execFileSync(process.execPath, [BIN, 'publish', '--pack-dir', path.join(EXAMPLES, 'slack'), '--registry', registry], { env: { PATH: process.env.PATH, SOURCE_DATE_EPOCH: EPOCH } });
    });
    const run = await runVerify(repo, base);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.output, /verify-status<<.*\npass\n/);
    assert.match(run.summary, /keeps every rule/);
    assert.equal(execFileSync('git', ['worktree', 'list'], { cwd: repo }).toString().trim().split('\n').length, 1, 'the base worktree is removed');
  });

  it('fails an altered published version with an annotation on its file and line', async () => {
    const { repo, base } = await registryRepo((registry) => {
      const doc = path.join(registry, 'packages/ji/ra/jira.json');
      writeFileSync(doc, readFileSync(doc, 'utf8').replace(/"archive_size": \d+/, '"archive_size": 1'));
    });
    const run = await runVerify(repo, base);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error title=packdex verify%3A VERSION_IMMUTABLE,file=registry\/packages\/ji\/ra\/jira\.json,line=\d+::jira 0\.9\.3 was altered \(archive_size\)/);
    assert.match(run.output, /verify-status<<.*\nfail\n/);
    assert.match(run.summary, /VERSION_IMMUTABLE/);
  });
});
