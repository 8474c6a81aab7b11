import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertValidIndex } from '../../src/core/index-file/index-rules';
import { gitAuthEnv } from '../../src/publish/git-auth';
import { publishToBranch } from '../../src/publish/publish-to-branch';
import { startGitServer } from '../helpers/git-http-server';
import { entry } from '../helpers/index-data';
import { initRegistry } from '../helpers/site';
import { tempDir } from '../helpers/tmp';

const AUTHOR = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];
const NOW = new Date('2026-06-01T00:00:00Z');

/** A bare registry repository whose main branch holds an empty registry under registry/. */
async function registryRemote(): Promise<string> {
  const bare = path.join(tempDir('packdex-remote-'), 'registry.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  const seed = tempDir('packdex-seed-');
  await initRegistry(path.join(seed, 'registry'));
  const g = (...args: string[]) => execFileSync('git', [...AUTHOR, ...args], { cwd: seed });
  g('init', '-q', '-b', 'main');
  g('add', '-A');
  g('commit', '-qm', 'registry');
  g('push', '-q', bare, 'main');
  return bare;
}

function indexAt(bare: string, rev: string) {
  return JSON.parse(execFileSync('git', ['show', `${rev}:registry/index.json`], { cwd: bare }).toString());
}

const settings = (remote: string, ref: string, version = '1.0.0') => ({
  remote: `file://${remote}`,
  branch: 'main',
  registryPath: 'registry',
  version: { entry: entry(ref, version), owner: `github.com/acme/${ref}`, archiveSize: 100 },
  now: NOW,
  backoff: () => 5 + Math.random() * 40,
  maxAttempts: 40,
});

describe('publishToBranch', () => {
  it('commits the package document, index.json, the feed and the search files; a rerun is unchanged and pushes nothing', async () => {
    const remote = await registryRemote();
    const first = await publishToBranch(settings(remote, 'slack'));
    assert.equal(first.outcome, 'created');
    const files = execFileSync('git', ['show', '--name-only', '--format=%s', 'main'], { cwd: remote }).toString().trim().split('\n');
    assert.deepEqual(files, ['Publish slack 1.0.0', '', 'registry/index.json', 'registry/packages/sl/ac/slack.json', 'registry/recent.json', 'registry/search/manifest.json', 'registry/search/rows/0.json', 'registry/search/terms/_.json']);
    const again = await publishToBranch(settings(remote, 'slack'));
    assert.deepEqual([again.outcome, again.commit], ['unchanged', first.commit]);
    const other = entry('slack', '1.0.0');
    other.description = 'different';
    await assert.rejects(publishToBranch({ ...settings(remote, 'slack'), version: { ...settings(remote, 'slack').version, entry: other } }), { code: 'VERSION_IMMUTABLE' });
  });

  it('retries a push that lost the race, on top of the winner, and keeps both', async () => {
    const remote = await registryRemote();
    let raced = false;
    const result = await publishToBranch({
      ...settings(remote, 'slow'),
      beforePush: async (attempt) => {
        if (attempt === 1 && !raced) {
          raced = true;
          await publishToBranch(settings(remote, 'fast'));
        }
      },
    });
    assert.equal(result.attempts, 2);
    assert.deepEqual(indexAt(remote, 'main').packs.map((p: { ref: string }) => p.ref), ['fast', 'slow']);
  });

  it('lands 20 publishers started at once over HTTP (git http-backend): 20 entries, none lost, every commit\'s index valid', async (t) => {
    const bare = await registryRemote();
    const root = tempDir('packdex-git-root-');
    execFileSync('mkdir', ['-p', path.join(root, 'acme')]);
    const remote = path.join(root, 'acme', 'registry.git');
    execFileSync('git', ['clone', '-q', '--bare', bare, remote]);
    const token = 'ghs_concurrentPublishers';
    const server = await startGitServer(root, `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`);
    try {
      const refs = Array.from({ length: 20 }, (_, i) => `pack${String(i).padStart(2, '0')}`);
      const results = await Promise.all(refs.map((ref) => publishToBranch({ ...settings('', ref), remote: `${server.url}/acme/registry.git`, gitEnv: gitAuthEnv(server.url, token) })));
      assert.deepEqual(results.map((r) => r.outcome), refs.map(() => 'created'));
      assert.deepEqual(indexAt(remote, 'main').packs.map((p: { ref: string }) => p.ref), refs);
      const commits = execFileSync('git', ['rev-list', 'main'], { cwd: remote }).toString().trim().split('\n');
      assert.equal(commits.length, 21, 'one commit per publish, on top of the registry');
      for (const c of commits) assertValidIndex(indexAt(remote, c));
      t.diagnostic(`${results.filter((r) => r.attempts > 1).length} of 20 publishers retried; at most ${Math.max(...results.map((r) => r.attempts))} attempts`);
    } finally {
      await server.stop();
    }
  });

  it('gives up after the retry budget with a message that says nothing was lost', async () => {
    const remote = await registryRemote();
    await assert.rejects(
      publishToBranch({
        ...settings(remote, 'unlucky'),
        maxAttempts: 3,
        beforePush: async (attempt) => {
          await publishToBranch(settings(remote, `rival${attempt}`));
        },
      }),
      (e: Error & { code?: string; fix?: string }) => e.code === 'PUBLISH_RACE_LOST' && /every one of 3 attempts/.test(e.message) && /nothing was lost/.test(e.fix!),
    );
    assert.deepEqual(indexAt(remote, 'main').packs.map((p: { ref: string }) => p.ref), ['rival1', 'rival2', 'rival3']);
  });
});

describe('publishToBranch over HTTP with a token (git http-backend on 127.0.0.1)', () => {
  it('sends the token only as an HTTP header: never in argv, a URL, or any .git/config', async () => {
    const root = tempDir('packdex-git-root-');
    const bare = await registryRemote();
    execFileSync('mkdir', ['-p', path.join(root, 'acme')]);
    execFileSync('git', ['clone', '-q', '--bare', bare, path.join(root, 'acme', 'registry.git')]);
    const token = 'ghs_s3cretTOKEN0123456789';
    const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
    const server = await startGitServer(root, expected);
    // A git on PATH that logs its argv before running the real one.
    const shim = tempDir('packdex-shim-');
    const log = path.join(shim, 'argv.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
    writeFileSync(path.join(shim, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    try {
      const remote = `${server.url}/acme/registry.git`;
      const gitEnv = { ...gitAuthEnv(server.url, token), PATH: `${shim}:${process.env.PATH}` };
      const result = await publishToBranch({ ...settings('', 'slack'), remote, gitEnv });
      assert.equal(result.outcome, 'created');
      assert.ok(server.authorizations.includes(expected), 'the token reached the server as a header');
      const argv = readFileSync(log, 'utf8');
      assert.match(argv, /push/);
      assert.doesNotMatch(argv, new RegExp(token));
      assert.doesNotMatch(argv, /x-access-token/);
      assert.doesNotMatch(readFileSync(path.join(root, 'acme', 'registry.git', 'config'), 'utf8'), new RegExp(token));
      await assert.rejects(publishToBranch({ ...settings('', 'jira'), remote, gitEnv: {} }), (e: Error & { code?: string }) => e.code === 'GITHUB_FORBIDDEN' && !e.message.includes(token));
    } finally {
      await server.stop();
    }
  });
});
