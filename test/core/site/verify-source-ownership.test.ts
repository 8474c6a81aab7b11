import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOwnersReleaseDownload, repositoryKey, storedArchivePath, unownedSources } from '../../../src/core/site/verify/source-ownership';
import type { AttunePackIndexEntry } from '../../../src/core/schema-types';

const REGISTRY = 'https://packs.example.com/reg';

describe('repositoryKey', () => {
  const cases: [string, string | undefined][] = [
    ['github.com/acme/pack-slack', 'github.com/acme/pack-slack'],
    ['https://github.com/Acme/Pack-Slack.git', 'github.com/acme/pack-slack'],
    ['https://www.github.com/acme/pack-slack/', 'github.com/acme/pack-slack'],
    ['127.0.0.1:8443/acme/pack-slack-3', '127.0.0.1:8443/acme/pack-slack-3'],
    ['https://gitlab.com/group/sub/repo.git', 'gitlab.com/group/sub/repo'],
    ['local', undefined],
    ['http://github.com/acme/pack-slack', undefined],
    ['https://user:pw@github.com/acme/pack-slack', undefined],
    ['https://github.com/acme/pack-slack?x=1', undefined],
    ['file:///srv/git/pack', undefined],
    ['https://github.com/acme', undefined],
  ];
  for (const [value, key] of cases) it(`${value} → ${key}`, () => assert.equal(repositoryKey(value), key));
});

describe('storedArchivePath', () => {
  const cases: [string, string | undefined][] = [
    [`${REGISTRY}/archives/demo-1.0.0.tar.gz`, 'archives/demo-1.0.0.tar.gz'],
    ['archives/demo-1.0.0.tar.gz', 'archives/demo-1.0.0.tar.gz'],
    [`${REGISTRY}/archives/@acme/demo-1.0.0.tar.gz`, 'archives/@acme/demo-1.0.0.tar.gz'],
    [`${REGISTRY}/archives/%40acme/demo-1.0.0.tar.gz`, 'archives/@acme/demo-1.0.0.tar.gz'],
    [`${REGISTRY}/archives/../index.html`, undefined],
    ['archives/../evil.js', undefined],
    [`${REGISTRY}/archives/%2e%2e/index.html`, undefined],
    [`${REGISTRY}/archives/a%2F..%2F..%2Fx`, undefined],
    [`${REGISTRY}/archives/`, undefined],
    ['https://packs.example.com/other/archives/x.tar.gz', undefined],
    ['http://packs.example.com/reg/archives/x.tar.gz', undefined],
    [`${REGISTRY}/archives/x.tar.gz?v=2`, undefined],
    ['https://evil.example/reg/archives/x.tar.gz', undefined],
  ];
  for (const [url, rel] of cases) it(`${url} → ${rel}`, () => assert.equal(storedArchivePath(url, REGISTRY), rel));
});

describe('isOwnersReleaseDownload', () => {
  const owner = 'github.com/acme/pack-slack';
  const cases: [string, boolean][] = [
    ['https://github.com/acme/pack-slack/releases/download/v1.0.0/slack-1.0.0.tar.gz', true],
    ['https://github.com/ACME/pack-slack/releases/download/v1.0.0/slack-1.0.0.tar.gz', true],
    ['https://github.com/acme/pack-slack/releases/download/../../../../evil/x/releases/download/v1/a.tgz', false],
    ['https://github.com/acme/pack-slack-evil/releases/download/v1/a.tgz', false],
    ['https://github.com/acme/pack-slack/archive/v1.tar.gz', false],
    ['https://evil.example/acme/pack-slack/releases/download/v1/a.tgz', false],
    ['http://github.com/acme/pack-slack/releases/download/v1/a.tgz', false],
    ['https://x:y@github.com/acme/pack-slack/releases/download/v1/a.tgz', false],
  ];
  for (const [url, ok] of cases) it(`${url} → ${ok}`, () => assert.equal(isOwnersReleaseDownload(url, owner), ok));
});

describe('unownedSources', () => {
  const entry = (sources: AttunePackIndexEntry['install_sources'], repository?: string) => ({ ref: 'slack', version: '1.1.0', install_sources: sources, ...(repository === undefined ? {} : { repository }) }) as AttunePackIndexEntry;
  const git = (url: string) => ({ type: 'git' as const, url, ref: 'a'.repeat(40), checksum: `sha256:${'0'.repeat(64)}` });
  const archive = (url: string) => ({ type: 'archive' as const, url, checksum: `sha256:${'0'.repeat(64)}` });
  it('accepts the owner\'s git URL, release downloads, the registry\'s archives (absolute or relative)', () => {
    assert.deepEqual(unownedSources(entry([git('https://github.com/acme/pack-slack.git'), archive('https://github.com/acme/pack-slack/releases/download/v1.1.0/s.tar.gz')], 'https://github.com/acme/pack-slack'), 'github.com/acme/pack-slack', REGISTRY, new Set()), []);
    assert.deepEqual(unownedSources(entry([archive(`${REGISTRY}/archives/s.tar.gz`)]), 'local', REGISTRY, new Set()), []);
    assert.deepEqual(unownedSources(entry([archive('archives/s.tar.gz')]), 'local', REGISTRY, new Set()), []);
  });
  it('accepts a repository that earlier versions named, and refuses a new one', () => {
    const earlier = new Set(['github.com/attune-io/pack-slack']);
    const sources: AttunePackIndexEntry['install_sources'] = [git('https://github.com/acme/pack-slack.git')];
    assert.deepEqual(unownedSources(entry(sources, 'https://github.com/attune-io/pack-slack'), 'github.com/acme/pack-slack', REGISTRY, earlier), []);
    assert.deepEqual(unownedSources(entry(sources, 'https://github.com/evil/x'), 'github.com/acme/pack-slack', REGISTRY, earlier), [{ what: 'repository', url: 'https://github.com/evil/x' }]);
  });
  it('refuses any git source for a name owned by no repository (local)', () => {
    assert.deepEqual(unownedSources(entry([git('https://github.com/evil/x.git')]), 'local', REGISTRY, new Set()), [{ what: 'git', url: 'https://github.com/evil/x.git' }]);
  });
});
