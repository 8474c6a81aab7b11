import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS } from '../../src/cli/main';
import { editDistance, didYouMean } from '../../src/cli/flags/did-you-mean';
import packageJson from '../../package.json' with { type: 'json' };
import { cli } from '../helpers/cli';
import { initRegistry, packYaml } from '../helpers/site';
import { commitAndTag } from '../helpers/git';
import { makePack, snapshot, tempDir } from '../helpers/tmp';

function workspace() {
  const cwd = tempDir('packdex-grammar-');
  const env = { HOME: cwd, PACKDEX_CACHE_DIR: path.join(cwd, '.cache') };
  return { cwd, env, run: (args: string[], extra: { env?: NodeJS.ProcessEnv; tty?: boolean } = {}) => cli(args, { cwd, env: { ...env, ...extra.env }, tty: extra.tty }) };
}

describe('the package folder: [DIR] or --pack-dir on every verb', () => {
  it('audit, archive, publish, index-entry take the folder either way and agree', async () => {
    const ws = workspace();
    const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0') });
    const positional = await ws.run(['audit', pack, '--json']);
    const flag = await ws.run(['audit', '--pack-dir', pack, '--json']);
    assert.equal(flag.code, 0, flag.stderr);
    assert.equal(flag.stdout, positional.stdout);
    assert.equal(flag.stderr, '');
    const a = await ws.run(['archive', '--pack-dir', pack, '--output', 'a.tar.gz', '--source', 'directory', '--json']);
    const b = await ws.run(['archive', pack, '--output', 'b.tar.gz', '--source', 'directory', '--json']);
    assert.equal(a.json<{ checksum: string }>().checksum, b.json<{ checksum: string }>().checksum);
    const entryArgs = ['--git-url', 'https://git.example.com/demo.git', '--git-ref', 'v1.0.0'];
    assert.equal((await ws.run(['index-entry', pack, ...entryArgs])).stdout, (await ws.run(['index-entry', '--pack-dir', pack, ...entryArgs])).stdout);
    await initRegistry(path.join(ws.cwd, 'reg'));
    const published = await ws.run(['publish', pack, '--registry-dir', 'reg', '--json']);
    assert.equal(published.code, 0, published.stdout);
    assert.equal(published.json<{ name: string }>().name, 'demo');
    assert.equal(published.stderr, '');
  });

  it('refuses two different folders, naming both', async () => {
    const ws = workspace();
    const r = await ws.run(['audit', 'one', '--pack-dir', 'two']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "error USAGE: packdex audit got two package folders: 'one' and --pack-dir 'two'. Give the folder once, as DIR or as --pack-dir DIR.\nsee packdex audit --help\n");
  });
});

describe('the registry folder a maintainer writes: --registry-dir (old --registry kept, with a notice)', () => {
  for (const [verb, args] of [
    ['publish', (pack: string) => ['publish', pack]],
    ['dist-tag', () => ['dist-tag', 'demo', 'beta', '1.0.0']],
    ['yank', () => ['yank', 'demo@1.0.0']],
    ['site', () => ['site', 'build']],
  ] as const) {
    it(`${verb} --registry PATH still works and says to use --registry-dir`, async () => {
      const ws = workspace();
      const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0') });
      await initRegistry(path.join(ws.cwd, 'old'));
      await initRegistry(path.join(ws.cwd, 'new'));
      if (verb !== 'publish') {
        for (const reg of ['old', 'new']) assert.equal((await ws.run(['publish', pack, '--registry-dir', reg])).code, 0);
      }
      const old = await ws.run([...args(pack), '--registry', 'old', '--json']);
      const current = await ws.run([...args(pack), '--registry-dir', 'new', '--json']);
      assert.equal(old.code, 0, old.stdout);
      assert.equal(old.stderr, `warning: --registry is deprecated for packdex ${verb}; use --registry-dir.\n`);
      assert.equal(current.stderr, '');
      assert.deepEqual(snapshot(path.join(ws.cwd, 'old')), snapshot(path.join(ws.cwd, 'new')));
    });
  }

  it('register and quickstart take --registry-dir; their old --registry still works with the notice', async () => {
    const ws = workspace();
    await initRegistry(path.join(ws.cwd, 'reg'));
    const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0') });
    const old = await ws.run(['register', pack, '--registry', 'reg', '--json']);
    assert.equal(old.code, 0, old.stdout);
    assert.equal(old.stderr, 'warning: --registry is deprecated for packdex register; use --registry-dir.\n');
    const again = await ws.run(['register', '--pack-dir', pack, '--registry-dir', 'reg', '--json']);
    assert.equal(again.json<{ outcome: string }>().outcome, 'unchanged');
    assert.equal(again.stderr, '');
    const examples = path.join(ws.cwd, 'examples');
    cpSync(pack, path.join(examples, 'demo'), { recursive: true });
    const quick = await ws.run(['quickstart', '--examples', examples, '--registry', 'q', '--packs', 'packs', '--install', 'demo', '--no-serve', '--json']);
    assert.equal(quick.code, 0, quick.stdout);
    assert.equal(quick.stderr, 'warning: --registry is deprecated for packdex quickstart; use --registry-dir.\n');
    assert.ok(existsSync(path.join(ws.cwd, 'q/registry.json')));
  });

  it('serve DIR is the old spelling of serve --registry-dir; a busy port names --port 0', async () => {
    const ws = workspace();
    await initRegistry(path.join(ws.cwd, 'reg'));
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = String((busy.address() as { port: number }).port);
    try {
      const old = await ws.run(['serve', 'reg', '--port', port]);
      assert.equal(old.code, 1);
      assert.equal(old.stderr, `warning: packdex serve DIR is deprecated; use packdex serve --registry-dir DIR.\nerror IO: Port ${port} on 127.0.0.1 is already in use.\nFix: Pass --port 0 to pick a free port, or another --port N.\n`);
      const current = await ws.run(['serve', '--registry-dir', 'reg', '--port', port]);
      assert.equal(current.stderr, `error IO: Port ${port} on 127.0.0.1 is already in use.\nFix: Pass --port 0 to pick a free port, or another --port N.\n`);
      assert.doesNotMatch(current.stderr, /EADDRINUSE/);
    } finally {
      busy.close();
    }
  });
});

describe('usage errors: our own words, one line, see packdex VERB --help, exit 2', () => {
  const cases: [string, string[], string][] = [
    ['a mistyped flag', ['audit', '--pack-dri', 'x'], 'packdex audit has no option --pack-dri (did you mean --pack-dir?).'],
    ['a mistyped flag far from any', ['audit', '--frobnicate'], 'packdex audit has no option --frobnicate.'],
    ['an unknown short flag', ['audit', '-q'], 'packdex audit has no option -q.'],
    ['a flag without its value', ['archive', '.', '--output'], '--output needs a value.'],
    ['a short flag without its value', ['archive', '.', '-o'], '-o (--output) needs a value.'],
    ['a flag followed by another flag', ['archive', '.', '--output', '--ref', 'HEAD'], "--output needs a value, but the next argument is the option '--ref'."],
    ['a value for a switch', ['publish', '--dry-run=yes'], "--dry-run takes no value, got 'yes'."],
    ['the old and the new spelling together', ['publish', '--registry', 'a', '--registry-dir', 'b'], '--registry is the old spelling of --registry-dir; give only --registry-dir.'],
    ['an argument to a verb that takes none', ['verify', 'extra'], "packdex verify takes no arguments, got 'extra'."],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await cli(args, { cwd: tempDir() });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `error USAGE: ${message}\nsee packdex ${args[0]} --help\n`);
      assert.doesNotMatch(r.stderr, /<value>|argument missing|ERR_PARSE_ARGS|Usage:/);
      assert.equal(r.stdout, '');
    });
  }

  it('a mistyped verb gets a suggestion and no help page', async () => {
    for (const [typo, meant] of [['instal', 'install'], ['pubish', 'publish'], ['serach', 'search'], ['verison', 'version']]) {
      const r = await cli([typo]);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `error USAGE: Unknown command '${typo}' (did you mean '${meant}'?).\nsee packdex --help\n`);
    }
    assert.equal((await cli(['xyzzy'])).stderr, "error USAGE: Unknown command 'xyzzy'.\nsee packdex --help\n");
  });

  it('a mistyped subcommand gets a suggestion', async () => {
    assert.equal((await cli(['registry', 'ad', 'x', 'y'])).stderr, "error USAGE: Unknown registry subcommand 'ad' (did you mean 'add'?). Use init, add, list or remove.\nsee packdex registry --help\n");
    assert.equal((await cli(['site', 'biuld'])).stderr, "error USAGE: Unknown site subcommand 'biuld' (did you mean 'build'?).\nsee packdex site --help\n");
  });

  it('edit distance counts insertions, deletions, substitutions and swaps; suggestions stay near', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('flaw', 'lawn'), 2);
    assert.equal(editDistance('biuld', 'build'), 1, 'a swap of neighbours is one slip');
    assert.equal(editDistance('ca', 'abc'), 3);
    assert.equal(didYouMean('--regsitry', ['--registry', '--registry-dir']), '--registry');
    assert.equal(didYouMean('zz', ['install', 'audit']), undefined);
  });

  it('a usage error in --json is the JSON error, exit 2', async () => {
    const r = await cli(['audit', '--pack-dri', 'x', '--json']);
    assert.equal(r.code, 2);
    assert.equal(r.json<{ error: { code: string; message: string } }>().error.message, 'packdex audit has no option --pack-dri (did you mean --pack-dir?).');
  });
});

describe('version and help', () => {
  it('-v, --version and version print package.json\'s version', async () => {
    for (const word of ['-v', '--version', 'version']) {
      const r = await cli([word]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${packageJson.version}\n`);
    }
    assert.deepEqual((await cli(['version', '--json'])).json(), { ok: true, version: packageJson.version });
  });

  for (const command of COMMANDS) {
    it(`${command.name} --help lists --json; packdex help ${command.name} says the same`, async () => {
      const r = await cli([command.name, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /--json/);
      assert.equal((await cli(['help', command.name])).stdout, r.stdout);
    });
  }
});

describe('colour: only on a terminal, NO_COLOR and FORCE_COLOR honoured', () => {
  const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0') });
  const ESC = '\u001b[';
  it('plain when not a terminal, coloured on one', async () => {
    assert.ok(!(await cli(['audit', pack])).stdout.includes(ESC));
    assert.ok((await cli(['audit', pack], { tty: true })).stdout.includes(`${ESC}32mPASS`));
  });
  it('NO_COLOR turns it off on a terminal; FORCE_COLOR turns it on in a pipe; FORCE_COLOR=0 off', async () => {
    assert.ok(!(await cli(['audit', pack], { tty: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC));
    assert.ok((await cli(['audit', pack], { env: { FORCE_COLOR: '1' } })).stdout.includes(ESC));
    assert.ok(!(await cli(['audit', pack], { tty: true, env: { FORCE_COLOR: '0' } })).stdout.includes(ESC));
    assert.ok(!(await cli(['audit', pack, '--json'], { env: { FORCE_COLOR: '1' } })).stdout.includes(ESC));
  });
  it('the error prefix is red on a terminal only', async () => {
    assert.ok((await cli(['audit', '--nope'], { tty: true })).stderr.startsWith(`${ESC}31merror USAGE:`));
    assert.ok((await cli(['audit', '--nope'])).stderr.startsWith('error USAGE:'));
  });
});

describe('messages that used to mislead', () => {
  it('search: no match exits 0 and names the registries asked; no registry configured says so', async () => {
    const ws = workspace();
    await initRegistry(path.join(ws.cwd, 'reg'));
    const none = await ws.run(['search', 'zebra', '--registry', './reg']);
    assert.equal(none.code, 0);
    assert.equal(none.stderr, 'No package matches "zebra" in cli-1.\n');
    const unconfigured = await ws.run(['search', 'zebra']);
    assert.equal(unconfigured.code, 1);
    assert.equal(unconfigured.stderr, 'error REGISTRY_NOT_FOUND: No registry is configured.\nFix: Add one with packdex registry add NAME URL, pass --registry URL, or set PACKDEX_REGISTRIES.\n');
    assert.doesNotMatch(unconfigured.stderr, /No package matches/);
  });

  it('an unknown --registry name is refused, not read as a folder called cli-1', async () => {
    const ws = workspace();
    const r = await ws.run(['resolve', 'slack', '--registry', 'acme']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "error REGISTRY_NOT_FOUND: No registry named 'acme' is configured, and there is no folder 'acme'.\nExpected: a configured registry name (none are configured), a URL or a folder\nFix: See packdex registry list; give a URL (https://…) or a folder path (./name) for an unconfigured registry.\n");
    assert.doesNotMatch(r.stderr, /cli-1/);
  });

  it('installing a .git folder names the folder and the work tree, no staging path', async () => {
    const ws = workspace();
    const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0') });
    commitAndTag(pack, 'init', 'v1.0.0');
    const r = await ws.run(['install', path.join(pack, '.git'), '--dir', 'packs']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `error PATH_UNSUPPORTED: '${path.join(pack, '.git')}' is inside a .git folder (git's metadata), not a package.\nExpected: a package folder (pack.yaml, aam.yaml, dbpm.yaml or pyproject.toml)\nFix: Install the work tree instead: ${pack}\n`);
    assert.doesNotMatch(r.stderr, /staging/);
    assert.equal(existsSync(path.join(ws.cwd, 'packs', 'demo')), false);
  });

  it('archive --output dist/x.tar.gz creates dist/', async () => {
    const ws = workspace();
    const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0') });
    const r = await ws.run(['archive', pack, '--output', 'dist/deep/x.tar.gz', '--source', 'directory']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(path.join(ws.cwd, 'dist/deep/x.tar.gz')));
  });

  it('archive into a folder that cannot be made reports that, not "already finalized"', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws.cwd, 'dist'), 'a file, not a folder');
    const r = await ws.run(['archive', makePack({ 'pack.yaml': packYaml('demo', '1.0.0') }), '--output', 'dist/x.tar.gz', '--source', 'directory']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error IO: Could not create the folder of '.*dist\/x\.tar\.gz': .*(EEXIST|ENOTDIR)/);
    assert.doesNotMatch(r.stderr, /finalized|destroyed/);
  });

  it('registry add checks that a registry is there (or --no-check)', async () => {
    const ws = workspace();
    const config = path.join(ws.cwd, '.config/packdex/config.yaml');
    const r = await ws.run(['registry', 'add', 'acme', './nowhere']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error REGISTRY_NOT_FOUND: No registry at '\.\/nowhere': .*\nExpected: .*\nFix: Check the URL or folder, or pass --no-check to add it anyway \(e\.g\. before it is first published\)\.\n$/);
    assert.equal(existsSync(config), false);
    assert.equal((await ws.run(['registry', 'add', 'acme', './nowhere', '--no-check'])).code, 0);
    assert.ok(existsSync(config));
    await initRegistry(path.join(ws.cwd, 'reg'));
    assert.equal((await ws.run(['registry', 'add', 'mine', './reg'])).code, 0);
    // The check reads the registry as the client will, headers included: an unset ${TOKEN} is said now.
    const token = await ws.run(['registry', 'add', 'tok', './reg', '--header', 'Authorization: Bearer ${NOPE_TOKEN}']);
    assert.equal(token.code, 1);
    assert.match(token.stderr, /^error CONFIG_INVALID: Header 'Authorization' of registry 'tok' uses \$\{NOPE_TOKEN\}, which is not set\./);
    assert.doesNotMatch(readFileSync(config, 'utf8'), /tok/);
  });

  it('text audit shows the file:line the JSON has', async () => {
    const pack = makePack({ 'pack.yaml': packYaml('demo', '1.0.0', 'license: Not-A-License\n') });
    const json = await cli(['audit', pack, '--json']);
    const check = json.json<{ checks: { name: string; locations: { file: string; line: number }[] }[] }>().checks.find((c) => c.name === 'license')!;
    assert.ok(check.locations[0]!.line > 1);
    const text = await cli(['audit', pack]);
    assert.match(text.stdout, new RegExp(`\\n {10,}${check.locations[0]!.file}:${check.locations[0]!.line}: `));
  });

  it('publish names the version that stays latest only when one does', async () => {
    const ws = workspace();
    await initRegistry(path.join(ws.cwd, 'reg'));
    const pub = (v: string) => ws.run(['publish', makePack({ 'pack.yaml': packYaml('demo', v) }), '--registry-dir', 'reg']);
    assert.equal((await pub('2.0.0')).stdout.split('\n').at(-2), 'created: demo 2.0.0 in reg');
    assert.equal((await pub('1.0.0')).stdout.split('\n').at(-2), 'updated: demo 1.0.0 in reg (index.json lists 2.0.0: a newer version is latest)');
    assert.equal((await pub('3.0.0-beta.1')).stdout.split('\n').at(-2), 'updated: demo 3.0.0-beta.1 in reg (index.json lists 2.0.0: a prerelease is latest only while no release is published)');
    const again = (await pub('2.0.0')).stdout.split('\n').at(-2);
    assert.equal(again, 'unchanged: demo 2.0.0 in reg');
    assert.doesNotMatch(again!, /newer/);
  });

  it('a dry-run one-version bump prints a minimal unified diff', async () => {
    const ws = workspace();
    await initRegistry(path.join(ws.cwd, 'reg'));
    for (let i = 0; i < 30; i++) {
      const r = await ws.run(['publish', makePack({ 'pack.yaml': packYaml(`pack${String(i).padStart(2, '0')}`, '1.0.0') }), '--registry-dir', 'reg']);
      assert.equal(r.code, 0);
    }
    const before = snapshot(path.join(ws.cwd, 'reg'));
    const dry = await ws.run(['publish', makePack({ 'pack.yaml': packYaml('pack15', '1.0.1') }), '--registry-dir', 'reg', '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(snapshot(path.join(ws.cwd, 'reg')), before);
    const diff = dry.stdout.slice(dry.stdout.indexOf('--- '));
    const hunks = diff.match(/^@@ -\d+,\d+ \+\d+,\d+ @@$/gm) ?? [];
    assert.ok(hunks.length >= 2, diff);
    const changed = diff.split('\n').filter((l) => /^[-+](?!--|\+\+)/.test(l));
    // The package document gains a version; index.json changes the entry's version and checksums.
    assert.ok(diff.split('\n').length < 150, `${diff.split('\n').length} lines:\n${diff}`);
    assert.ok(changed.some((l) => l.includes('1.0.1')));
    assert.ok(!diff.includes('pack00'), 'context is 3 lines, not the whole index');
    assert.match(dry.stdout, /^--- reg\/packages\/pa\/ck\/pack15\.json\n\+\+\+ reg\/packages\/pa\/ck\/pack15\.json\n@@ -/m);
    assert.match(dry.stdout, /^--- reg\/index\.json\n\+\+\+ reg\/index\.json\n@@ -/m);
  });
});



describe('progress on long publisher work: on a terminal only, never in --json', () => {
  it('archiving a large pack draws a progress line on a terminal, nothing otherwise', async () => {
    const pack = makePack({ 'pack.yaml': packYaml('big', '1.0.0'), 'data/blob.bin': randomBytes(9 * 1024 * 1024) });
    const out = tempDir();
    const tty = await cli(['archive', pack, '--output', path.join(out, 'a.tar.gz'), '--source', 'directory'], { tty: true });
    assert.equal(tty.code, 0, tty.stderr);
    assert.ok(tty.stderr.startsWith('\r\u001b[2Karchiving '), tty.stderr);
    assert.match(tty.stderr.replaceAll('\u001b[2K', ''), /\rarchiving 100% \(9(\.0)? MiB of 9(\.0)? MiB\)\n$/);
    const piped = await cli(['archive', pack, '--output', path.join(out, 'b.tar.gz'), '--source', 'directory']);
    assert.equal(piped.stderr, '');
    const json = await cli(['archive', pack, '--output', path.join(out, 'c.tar.gz'), '--source', 'directory', '--json'], { tty: true });
    assert.equal(json.stderr, '');
    const small = await cli(['archive', makePack({ 'pack.yaml': packYaml('small', '1.0.0') }), '--output', path.join(out, 'd.tar.gz'), '--source', 'directory'], { tty: true });
    assert.equal(small.stderr, '');
  });

  it('publishing a large pack draws the archiving line on a terminal, not with --json', async () => {
    const ws = workspace();
    await initRegistry(path.join(ws.cwd, 'reg'));
    const pack = makePack({ 'pack.yaml': packYaml('big', '1.0.0'), 'data/blob.bin': randomBytes(9 * 1024 * 1024) });
    const tty = await ws.run(['publish', pack, '--registry-dir', 'reg', '--dry-run'], { tty: true });
    assert.equal(tty.code, 0, tty.stderr);
    assert.match(tty.stderr.replaceAll('\u001b[2K', ''), /\rarchiving 100% \(9(\.0)? MiB of 9(\.0)? MiB\)\n$/);
    assert.equal((await ws.run(['publish', pack, '--registry-dir', 'reg', '--json'], { tty: true })).stderr, '');
  });

  it('hashing a large file or folder with checksum draws a progress line on a terminal only', async () => {
    const pack = makePack({ 'pack.yaml': packYaml('big', '1.0.0'), 'data/blob.bin': randomBytes(9 * 1024 * 1024) });
    const file = path.join(pack, 'data/blob.bin');
    for (const target of [file, pack]) {
      const tty = await cli(['checksum', target], { tty: true });
      assert.equal(tty.code, 0, tty.stderr);
      assert.ok(tty.stderr.startsWith('\r\u001b[2Khashing '), tty.stderr);
      assert.match(tty.stderr.replaceAll('\u001b[2K', ''), /\rhashing 100% \(9(\.0)? MiB of 9(\.0)? MiB\)\n$/);
      assert.equal((await cli(['checksum', target])).stdout, tty.stdout);
      assert.equal((await cli(['checksum', target])).stderr, '');
      assert.equal((await cli(['checksum', target, '--json'], { tty: true })).stderr, '');
    }
  });
});
