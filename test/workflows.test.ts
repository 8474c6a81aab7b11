// The repository's own workflows and the example workflows: current majors of the official
// actions, the supported Node versions, shell that parses, the settings each example needs, and
// the release workflow's tag handling run for real against a local git remote.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { tempDir } from './helpers/tmp';
// @ts-expect-error: a plain .mjs script shared with .ci/run
import { SUPPORTED_MAJORS } from '../scripts/check-engines.mjs';

const ROOT = path.join(import.meta.dirname, '..');
/** The current major of each official action we use; a workflow on an older one is refused. */
const CURRENT = { 'actions/checkout': 'v7', 'actions/setup-node': 'v7', 'actions/create-github-app-token': 'v3', 'actions/upload-pages-artifact': 'v4', 'actions/deploy-pages': 'v4' };

interface Step { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string> }
interface Job { needs?: string[]; permissions?: Record<string, string>; strategy?: { matrix?: { node?: number[] } }; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> }

const files = (dir: string) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.yml')).sort().map((f) => path.join(dir, f));
const WORKFLOWS = files('.github/workflows');
const EXAMPLES = files('examples/workflows');
const load = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const step = (w: Workflow, job: string, name: RegExp) => w.jobs[job]!.steps.find((s) => name.test(s.name ?? ''))!;

describe('workflows', () => {
  it('use the current major of every official action, in .github/workflows, examples/workflows and the README', () => {
    const texts = [...WORKFLOWS, ...EXAMPLES, 'README.md'].map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')] as const);
    let seen = 0;
    for (const [file, text] of texts) {
      for (const m of text.matchAll(/uses:\s*(actions\/[\w-]+)@(\S+)/g)) {
        seen++;
        const current = CURRENT[m[1] as keyof typeof CURRENT];
        assert.ok(current !== undefined, `${file}: ${m[1]} is not in the list of current majors`);
        assert.equal(m[2], current, `${file}: ${m[1]}@${m[2]}`);
      }
    }
    assert.ok(seen >= 10);
  });

  it('test on every supported Node version (20, 22 and 24), in CI and before a release', () => {
    assert.deepEqual(SUPPORTED_MAJORS, [20, 22, 24]);
    assert.deepEqual(load('.github/workflows/ci.yml').jobs.test!.strategy!.matrix!.node, SUPPORTED_MAJORS);
    assert.deepEqual(load('.github/workflows/release.yml').jobs.test!.strategy!.matrix!.node, SUPPORTED_MAJORS);
  });

  for (const file of [...WORKFLOWS, ...EXAMPLES]) {
    it(`${file}: names its permissions, and every run script parses as bash`, () => {
      const workflow = load(file);
      assert.ok(workflow.permissions, 'top-level permissions');
      for (const s of steps(workflow).filter((x) => x.run !== undefined)) {
        const check = spawnSync('bash', ['-n'], { input: s.run, encoding: 'utf8' });
        assert.equal(check.status, 0, `${file} ${s.name ?? s.run}: ${check.stderr}`);
      }
    });
  }
});

describe('the example workflows are right as written', () => {
  for (const file of EXAMPLES) {
    const workflow = load(file);
    // The comments as one line of prose, whatever their wrapping.
    const comments = readFileSync(path.join(ROOT, file), 'utf8').split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.replace(/^\s*#\s?/, '')).join(' ').replace(/\s+/g, ' ');
    const publishes = steps(workflow).filter((s) => s.uses?.startsWith('packdex/packdex') && s.with?.command === 'publish');
    if (publishes.length === 0) continue;
    it(`${file}: the tokens and permissions its publish needs, and the repository settings in its comments`, () => {
      const permissions = { ...workflow.permissions, ...Object.values(workflow.jobs)[0]!.permissions };
      for (const s of publishes) {
        const toAnotherRepository = s.with!.registry !== undefined;
        // GITHUB_TOKEN reaches only this repository: the registry elsewhere needs its own token.
        if (toAnotherRepository) assert.match(String(s.with!['registry-token']), /\$\{\{ steps\.[\w-]+\.outputs\.token \}\}/, 'registry-token for another repository');
        assert.equal(s.with!.token, undefined, 'token stays the job\'s GITHUB_TOKEN, which creates the release');
        if (s.with!.archive !== 'none') assert.equal(permissions.contents, 'write', 'contents: write for the release');
        if (!toAnotherRepository) {
          assert.equal(permissions.contents, 'write', 'contents: write to push to the registry');
          if ((s.with!['publish-via'] ?? 'pull-request') === 'pull-request') {
            assert.equal(permissions['pull-requests'], 'write');
            assert.match(comments, /Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"/);
            assert.match(comments, /A pull request opened with GITHUB_TOKEN starts no other workflow/);
          }
        } else {
          const mint = steps(workflow).find((x) => x.uses?.startsWith('actions/create-github-app-token'))!;
          assert.equal(`${mint.with!.owner}/${mint.with!.repositories}`, s.with!.registry, 'the App token is limited to the registry');
          assert.ok(mint.with!['client-id'] && mint.with!['private-key']);
        }
      }
      assert.match(comments, /Settings → Pages → Build and deployment → Source: "Deploy from a branch"/);
      if (publishes.some((p) => p.with!.registry !== undefined)) assert.match(comments, /pull requests opened with a GITHUB_TOKEN start none/);
    });
  }
});

describe('.github/workflows/release.yml', () => {
  const release = load('.github/workflows/release.yml');

  it('runs on version tags only, checks and tests before it releases, and grants write access to the release job alone', () => {
    assert.deepEqual((release.on.push as { tags: string[] }).tags, ['v[0-9]+.[0-9]+.[0-9]+*']);
    assert.deepEqual(release.permissions, { contents: 'read' });
    assert.deepEqual(release.jobs.release!.needs, ['check', 'test']);
    assert.deepEqual(release.jobs.release!.permissions, { contents: 'write', 'id-token': 'write' });
    const run = release.jobs.release!.steps.map((s) => s.run ?? '').join('\n');
    assert.match(run, /node scripts\/release-notes\.mjs "\$GITHUB_REF_NAME" > "\$RUNNER_TEMP\/notes\.md"/);
    assert.match(run, /gh release create "\$GITHUB_REF_NAME" --verify-tag .*--notes-file "\$RUNNER_TEMP\/notes\.md"/);
    assert.match(run, /npm publish --provenance --access public/);
    assert.match(step(release, 'check', /dist\/ is fresh/).run!, /npm run build\ngit diff --exit-code -- dist\//);
    assert.deepEqual(release.jobs.test!.steps.filter((s) => s.run).map((s) => s.run), ['npm ci', 'node scripts/check-engines.mjs', 'npm run typecheck', 'npm run lint', 'npm test']);
  });

  /** A clone of a bare "origin" with the given version tags, each on its own commit. */
  function remoteWithTags(tags: string[]) {
    const work = tempDir();
    const g = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
    g(work, 'init', '-q', '--bare', 'origin.git');
    g(work, 'clone', '-q', 'origin.git', 'clone');
    const clone = path.join(work, 'clone');
    const shas: Record<string, string> = {};
    for (const tag of tags) {
      g(clone, 'commit', '-q', '--allow-empty', '-m', tag);
      g(clone, 'tag', tag);
      shas[tag] = g(clone, 'rev-parse', 'HEAD');
    }
    g(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/main', '--tags');
    return { clone, shas, remoteTag: (tag: string) => spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], { cwd: path.join(work, 'origin.git'), encoding: 'utf8' }).stdout.trim() };
  }

  function runStep(s: Step, cwd: string, env: Record<string, string>) {
    return spawnSync('bash', ['-e', '-c', s.run!], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: cwd, ...env } });
  }

  it('moves the major tag to a new release, never back to an older one, and not for a pre-release', () => {
    const moveMajor = step(release, 'release', /move the major tag/);
    assert.equal(moveMajor.if, "${{ !contains(github.ref_name, '-') }}");
    const { clone, shas, remoteTag } = remoteWithTags(['v0.1.0', 'v0.2.0', 'v0.10.0', 'v1.0.0']);
    let run = runStep(moveMajor, clone, { GITHUB_REF_NAME: 'v0.10.0', GITHUB_SHA: shas['v0.10.0']! });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(remoteTag('v0'), shas['v0.10.0'], 'v0 follows the newest v0 release (by version, not by text)');
    run = runStep(moveMajor, clone, { GITHUB_REF_NAME: 'v0.2.0', GITHUB_SHA: shas['v0.2.0']! });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /v0\.10\.0 is newer than v0\.2\.0: v0 stays on it\./);
    assert.equal(remoteTag('v0'), shas['v0.10.0']);
    run = runStep(moveMajor, clone, { GITHUB_REF_NAME: 'v1.0.0', GITHUB_SHA: shas['v1.0.0']! });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(remoteTag('v1'), shas['v1.0.0']);
    assert.equal(remoteTag('v0'), shas['v0.10.0']);
  });

  it("refuses a tag that is not package.json's version, and a version without a CHANGELOG section", () => {
    const check = step(release, 'check', /package\.json's version/);
    const dir = tempDir();
    execFileSync('mkdir', ['-p', path.join(dir, 'scripts')]);
    writeFileSync(path.join(dir, 'scripts', 'release-notes.mjs'), readFileSync(path.join(ROOT, 'scripts', 'release-notes.mjs')));
    execFileSync('ln', ['-s', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')]);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '1.2.0' }));
    writeFileSync(path.join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-12-01\n\n### Added\n\n- A thing.\n');
    assert.equal(runStep(check, dir, { GITHUB_REF_NAME: 'v1.2.0' }).status, 0);
    const wrong = runStep(check, dir, { GITHUB_REF_NAME: 'v1.3.0' });
    assert.equal(wrong.status, 1);
    assert.match(wrong.stdout, /::error::The tag v1\.3\.0 is not package\.json's version 1\.2\.0/);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '1.3.0' }));
    const noSection = runStep(check, dir, { GITHUB_REF_NAME: 'v1.3.0' });
    assert.equal(noSection.status, 1);
    assert.match(noSection.stderr, /no section '## \[1\.3\.0\] - YYYY-MM-DD'/);
  });
});
