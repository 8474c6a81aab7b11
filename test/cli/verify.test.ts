import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { git } from '../helpers/git';
import { committedCase } from '../helpers/git-registry';
import { ACCEPTED, ATTACKS, prepareCase, verifyFlags } from '../helpers/registry-attacks';

describe('packdex verify', () => {
  for (const attack of ATTACKS) {
    it(`fails on ${attack.what}: FAIL ${attack.code} ${attack.file}${attack.line ? ':LINE' : ''}`, async () => {
      const { base, head } = await prepareCase(attack);
      const r = await cli(['verify', '--base', base, '--head', head, ...verifyFlags(attack.options)]);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const escaped = attack.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.match(r.stdout, new RegExp(`^FAIL ${attack.code} ${escaped}${attack.line ? ':\\d+' : ''}: .+ Fix: .+$`, 'm'));
      const json = await cli(['verify', '--base', base, '--head', head, '--json', ...verifyFlags(attack.options)]);
      const out = json.json<{ ok: boolean; findings: { code: string; file: string; fix?: string }[] }>();
      assert.equal(out.ok, false);
      assert.ok(out.findings.some((f) => f.code === attack.code && f.file === attack.file && f.fix !== undefined));
    });
  }
  for (const accepted of ACCEPTED) {
    it(`passes ${accepted.what}`, async () => {
      const { base, head } = await prepareCase(accepted);
      const r = await cli(['verify', '--base', base, '--head', head, ...verifyFlags(accepted.options)]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, 'The change keeps every rule of the registry.\n');
    });
  }
  it('refuses a --max-change-bytes that is not a number of bytes (usage, exit 2)', async () => {
    const { base, head } = await prepareCase(ACCEPTED.at(-1)!);
    const r = await cli(['verify', '--base', base, '--head', head, '--max-change-bytes', '10MB']);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /--max-change-bytes is '10MB'/);
  });
});

describe('packdex verify --base-ref: commits instead of folders', () => {
  const attack = ATTACKS.find((a) => a.code === 'SOURCE_NOT_OWNED')!;
  it(`fails on ${attack.what} in a sources-only registry, read from the commits`, async () => {
    const { repo } = await committedCase(attack);
    const r = await cli(['verify', '--base-ref', 'base', '--head-ref', 'main', '--registry-path', 'registry', '--repo', repo]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^FAIL SOURCE_NOT_OWNED packages\/sl\/ac\/slack\.json:\d+: .+ Fix: .+$/m);
    const json = (await cli(['verify', '--base-ref', 'base', '--registry-path', 'registry', '--repo', repo, '--json'])).json<{ ok: boolean; mode: string; read: { files: number; bytes: number } }>();
    assert.equal(json.ok, false);
    assert.equal(json.mode, 'git');
    assert.ok(json.read.files > 0 && json.read.bytes > 0);
    assert.equal(git(repo, 'worktree', 'list').split('\n').length, 1, 'nothing was checked out');
  });
  it('passes a publish, with --head-ref defaulting to HEAD and --repo to the current folder', async () => {
    const { repo } = await committedCase(ACCEPTED[0]!);
    const r = await cli(['verify', '--base-ref', 'base', '--registry-path', 'registry'], { cwd: repo });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, 'The change keeps every rule of the registry.\n');
    assert.equal(r.stderr, '');
  });
  it('says so when a derived: committed registry is compared as folders', async () => {
    const { repo } = await committedCase(ACCEPTED[0]!, { deployed: false, registryPath: '.' });
    const r = await cli(['verify', '--base-ref', 'base', '--repo', repo]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /^note: registry\.json says derived: committed/);
  });
  const refusals: [string, string[], number, RegExp][] = [
    ['an option-shaped base (as --base-ref=…, past the parser)', ['--base-ref=--upload-pack=touch /tmp/pwned'], 1, /GIT_REF_INVALID/],
    ['an option-shaped base as the next argument (the parser refuses it)', ['--base-ref', '-x'], 2, /needs a value/],
    ['a head with a newline', ['--base-ref', 'base', '--head-ref', 'main\n-x'], 1, /GIT_REF_INVALID/],
    ['a registry path outside the repository', ['--base-ref', 'base', '--registry-path', '../x'], 1, /GIT_PATH_INVALID/],
    ['--base-ref beside --head', ['--base-ref', 'base', '--head', '.'], 2, /not both/],
    ['--registry-path without --base-ref', ['--head', '.', '--registry-path', 'registry'], 2, /--registry-path goes with --base-ref/],
  ];
  for (const [what, args, code, pattern] of refusals) {
    it(`refuses ${what} (exit ${code})`, async () => {
      const { repo } = await committedCase(ACCEPTED.at(-1)!);
      const r = await cli(['verify', ...args, '--repo', repo], { cwd: repo });
      assert.equal(r.code, code, r.stdout + r.stderr);
      assert.match(r.stdout + r.stderr, pattern);
      assert.equal(git(repo, 'status', '--porcelain'), '');
    });
  }
});
