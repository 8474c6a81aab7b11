import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { commitAndTag } from '../helpers/git';
import { HOSTILE_REFS, HOSTILE_URLS, pwnedFiles } from '../helpers/git-injection';
import { initRegistry, packYaml } from '../helpers/site';
import { makePack, snapshot, tempDir } from '../helpers/tmp';
import { publishToFolder } from '../../src/core/site/publish-to-folder';
import { T0 } from '../helpers/site';

const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'packdex.cjs');
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git']).toString().trim();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every argv git was started with. */
  argv: string[];
  temp: string;
}

/** The shipped bundle, in a folder of its own with its own TMPDIR, a git on PATH that logs its argv. */
function packdex(args: string[], cwd = tempDir('packdex-cwd-')): Promise<Run> {
  const shim = tempDir('packdex-git-shim-');
  const log = path.join(shim, 'argv.log');
  writeFileSync(path.join(shim, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${REAL_GIT}' "$@"\n`, { mode: 0o755 });
  const temp = tempDir('packdex-injection-tmp-');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: `${shim}:${process.env.PATH}`, HOME: temp, TMPDIR: temp, PACKDEX_CACHE_DIR: path.join(temp, 'cache') } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr, argv: existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [], temp }));
  });
}

function assertRefused(run: Run, code: string, value: string, dirs: string[]): void {
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.match(run.stderr, new RegExp(`error ${code}: `), run.stderr);
  assert.deepEqual(pwnedFiles([run.temp, ...dirs]), [], 'nothing ran');
  assert.deepEqual(run.argv.filter((a) => a.includes(value) || a.includes('PWNED')), [], 'the value never reached git');
}

/** A local repository holding a pack, tagged v1.0.0. */
function packRepository(): string {
  const dir = makePack({ 'pack.yaml': packYaml('gitpack', '1.0.0') });
  commitAndTag(dir, 'gitpack 1.0.0', 'v1.0.0');
  return dir;
}

describe('the bundled CLI gives git no option through a flag, a URL or a document', () => {
  for (const value of HOSTILE_REFS) {
    it(`register URL --ref ${JSON.stringify(value)} is refused (GIT_REF_INVALID)`, async () => {
      const repo = packRepository();
      const registry = await initRegistry();
      const before = snapshot(registry);
      const run = await packdex(['register', `file://${repo}`, `--ref=${value}`, '--registry', registry]);
      assertRefused(run, 'GIT_REF_INVALID', value, [repo, registry]);
      assert.match(run.stderr, /--ref '.*' is not a git ref name: it starts with "-"/);
      assert.deepEqual(snapshot(registry), before);
    });

    it(`install git+file:// --ref ${JSON.stringify(value)} is refused (GIT_REF_INVALID)`, async () => {
      const repo = packRepository();
      const dir = tempDir('packdex-packs-');
      const run = await packdex(['install', `git+file://${repo}`, `--ref=${value}`, '--dir', dir]);
      assertRefused(run, 'GIT_REF_INVALID', value, [repo, dir]);
    });
  }

  for (const value of HOSTILE_URLS) {
    it(`register ${JSON.stringify(value)} never reaches git`, async () => {
      const registry = await initRegistry();
      const before = snapshot(registry);
      const run = await packdex(['register', '--registry', registry, '--', value]);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      // A URL that looks like one is refused as a remote; anything else is no folder either.
      assert.match(run.stderr, /error (URL_INVALID|PATH_NOT_FOUND): /);
      assert.deepEqual(pwnedFiles([run.temp, registry]), []);
      assert.deepEqual(run.argv, [], 'git never started');
      assert.deepEqual(snapshot(registry), before);
    });
  }

  for (const value of ['ssh://-oProxyCommand=touch%20PWNED/x.git', 'git@-oProxyCommand:repo', 'ssh://git@-oProxyCommand=x/repo']) {
    it(`a repository URL whose host is an ssh option, ${JSON.stringify(value)}, is refused (URL_INVALID)`, async () => {
      const run = await packdex(['register', '--registry', await initRegistry(), '--', value]);
      assertRefused(run, 'URL_INVALID', value, []);
      assert.match(run.stderr, /host starts with "-"/);
    });
  }

  describe('values read from a package document', () => {
    /** A registry whose one package has only a git source, edited after publishing to `edit`. */
    async function registryWithGitSource(edit: (source: { url: string; ref: string }) => void): Promise<string> {
      const repo = packRepository();
      const registry = await initRegistry();
      const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).toString().trim();
      await publishToFolder({ packDir: repo, registryDir: registry, now: T0, git: { url: 'https://git.example.com/gitpack.git', ref: commit } });
      for (const file of ['packages/gi/tp/gitpack.json', 'index.json']) {
        const full = path.join(registry, file);
        const json = JSON.parse(readFileSync(full, 'utf8'));
        const entries = file === 'index.json' ? json.packs : json.versions.map((v: { entry: unknown }) => v.entry);
        for (const entry of entries) {
          entry.install_sources = entry.install_sources.filter((s: { type: string }) => s.type === 'git');
          edit(entry.install_sources[0]);
        }
        writeFileSync(full, `${JSON.stringify(json, null, 2)}\n`);
      }
      return registry;
    }

    // The document's schema refuses a ref starting with '-' when the document is read; a ref the
    // schema lets through but git's rules do not is refused where it is used, by the clone.
    for (const [value, code] of [...HOSTILE_REFS.map((v) => [v, 'PACKAGE_INVALID'] as const), ['v1.0.0..HEAD', 'GIT_REF_INVALID'], ['HEAD@{1}', 'GIT_REF_INVALID'], ['main:PWNED', 'GIT_REF_INVALID']] as const) {
      it(`a git source whose ref is ${JSON.stringify(value)} is refused before the clone (${code})`, async () => {
        const registry = await registryWithGitSource((s) => (s.ref = value));
        const dir = tempDir('packdex-packs-');
        const run = await packdex(['install', 'gitpack', '--registry', registry, '--dir', dir]);
        assertRefused(run, code, value, [registry, dir]);
        assert.deepEqual(snapshot(dir), {}, 'nothing installed');
      });
    }

    for (const value of HOSTILE_URLS) {
      it(`a git source whose URL is ${JSON.stringify(value)} is refused before the clone`, async () => {
        const registry = await registryWithGitSource((s) => (s.url = value));
        const dir = tempDir('packdex-packs-');
        const run = await packdex(['install', 'gitpack', '--registry', registry, '--dir', dir]);
        assert.equal(run.code, 1, run.stdout + run.stderr);
        assert.match(run.stderr, /error (URL_INVALID|URL_INSECURE|PACKAGE_INVALID|INDEX_INVALID|REGISTRY_INVALID): /, run.stderr);
        assert.deepEqual(pwnedFiles([run.temp, registry, dir]), []);
        assert.deepEqual(run.argv, [], 'git never started');
      });
    }
  });
});
