import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GitHubApi, parseRepoName } from '../../src/github/github-api';
import { attachToRelease } from '../../src/github/release-asset';
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/loopback-github';
import { tempDir } from '../helpers/tmp';

const PACK = { owner: 'acme', repo: 'pack-slack' };
const REGISTRY = { owner: 'acme', repo: 'registry' };

describe('GitHubApi against the loopback GitHub (checked against GitHub’s OpenAPI description)', () => {
  let gh: LoopbackGitHub;
  before(async () => {
    gh = await startLoopbackGitHub({ tls: false });
    gh.createRepo('acme/pack-slack', { files: { 'pack.yaml': 'ref: slack\n' } });
    gh.createRepo('acme/registry', { defaultBranch: 'gh-pages', files: { 'README.md': 'registry\n' } });
    gh.tokens.set('write-token', { repos: '*', write: true });
    gh.tokens.set('read-token', { repos: '*', write: false });
    gh.tokens.set('own-repo-token', { repos: ['acme/pack-slack'], write: true, actions: true });
  });
  after(async () => {
    await gh.stop();
    assert.deepEqual(gh.violations, [], 'every request and response matched the description');
  });

  it('reads a repository and its branches', async () => {
    const api = new GitHubApi('write-token', gh.apiUrl);
    assert.deepEqual(await api.repository(REGISTRY), { defaultBranch: 'gh-pages', htmlUrl: `${gh.serverUrl}/acme/registry` });
    assert.match((await api.branchCommit(REGISTRY, 'gh-pages'))!, /^[0-9a-f]{40}$/);
    assert.equal(await api.branchCommit(REGISTRY, 'nope'), undefined);
  });

  it('creates the release, uploads the asset once, and refuses other bytes under the same name', async () => {
    const api = new GitHubApi('write-token', gh.apiUrl);
    const file = path.join(tempDir('packdex-asset-'), 'slack-1.0.0.tar.gz');
    writeFileSync(file, 'archive bytes');
    const checksum = `sha256:${createHash('sha256').update('archive bytes').digest('hex')}`;
    const settings = { repo: PACK, tag: 'v1.0.0', title: 'slack 1.0.0', body: 'b', file, name: 'slack-1.0.0.tar.gz', checksum };
    const first = await attachToRelease(api, settings);
    assert.deepEqual([first.uploaded, first.releaseCreated], [true, true]);
    assert.equal(first.asset.downloadUrl, `${gh.serverUrl}/acme/pack-slack/releases/download/v1.0.0/slack-1.0.0.tar.gz`);
    assert.equal(first.asset.digest, checksum);
    assert.equal((await fetch(first.asset.downloadUrl).then((r) => r.text())), 'archive bytes');
    const again = await attachToRelease(api, settings);
    assert.deepEqual([again.uploaded, again.releaseCreated], [false, false]);
    assert.equal(gh.repo('acme/pack-slack').releases.length, 1);
    await assert.rejects(attachToRelease(api, { ...settings, checksum: `sha256:${'0'.repeat(64)}` }), { code: 'RELEASE_ASSET_CONFLICT' });
  });

  it('finds, opens and updates pull requests', async () => {
    gh.git('acme/registry', 'update-ref', 'refs/heads/packdex/publish/slack/1.0.0', gh.git('acme/registry', 'rev-parse', 'gh-pages'));
    const pulls = new GitHubApi('write-token', gh.apiUrl).pullRequests(REGISTRY);
    assert.equal(await pulls.findOpen('packdex/publish/slack/1.0.0'), undefined);
    const opened = await pulls.create({ head: 'packdex/publish/slack/1.0.0', base: 'gh-pages', title: 'Publish slack 1.0.0', body: 'body' });
    assert.deepEqual(opened, { number: 1, url: `${gh.serverUrl}/acme/registry/pull/1` });
    assert.deepEqual(await pulls.findOpen('packdex/publish/slack/1.0.0'), opened);
    assert.deepEqual(await pulls.update(1, { title: 'Publish slack 1.0.0', body: 'new body' }), opened);
    assert.equal(gh.repo('acme/registry').pulls[0]!.body, 'new body');
  });

  it('explains the common failures: unknown token, invisible repository, read-only token, Actions not allowed to open pull requests', async () => {
    await assert.rejects(new GitHubApi('wrong', gh.apiUrl).repository(REGISTRY), (e: Error & { code?: string; fix?: string }) => e.code === 'GITHUB_FORBIDDEN' && /HTTP 401 Bad credentials/.test(e.message) && /expired or revoked/.test(e.fix!));
    await assert.rejects(
      new GitHubApi('own-repo-token', gh.apiUrl).repository(REGISTRY),
      (e: Error & { code?: string; fix?: string }) => e.code === 'GITHUB_NOT_FOUND' && /acme\/registry/.test(e.message) && /default GITHUB_TOKEN sees only/.test(e.fix!),
    );
    await assert.rejects(
      new GitHubApi('read-token', gh.apiUrl).pullRequests(REGISTRY).create({ head: 'packdex/publish/slack/1.0.0', base: 'gh-pages', title: 't', body: 'b' }),
      (e: Error & { code?: string; fix?: string }) => e.code === 'GITHUB_FORBIDDEN' && /pull-requests: write/.test(e.fix!),
    );
    gh.repo('acme/pack-slack').actionsMayCreatePullRequests = false;
    gh.git('acme/pack-slack', 'update-ref', 'refs/heads/topic', gh.git('acme/pack-slack', 'rev-parse', 'main'));
    await assert.rejects(
      new GitHubApi('own-repo-token', gh.apiUrl).pullRequests(PACK).create({ head: 'topic', base: 'main', title: 't', body: 'b' }),
      (e: Error & { code?: string; fix?: string }) => e.code === 'GITHUB_FORBIDDEN' && /Allow GitHub Actions to create and approve pull requests/.test(e.fix!),
    );
  });

  it('refuses repository names that are not owner/repo', () => {
    for (const bad of ['acme', 'acme/', '/repo', 'a/b/c', 'acme/..', 'ac me/x']) assert.throws(() => parseRepoName(bad, "Input 'registry'"), { code: 'USAGE' });
    assert.deepEqual(parseRepoName('acme/reg.istry', 'x'), { owner: 'acme', repo: 'reg.istry' });
  });
});
