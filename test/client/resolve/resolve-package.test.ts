import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parsePackageSpec } from '../../../src/client/resolve/parse-spec';
import { resolvePackage } from '../../../src/client/resolve/resolve-package';
import { searchPackages } from '../../../src/client/resolve/search-packages';
import { buildRegistry, testClient } from '../../helpers/client';
import { startServer, type TestServer } from '../../helpers/registry-server';
import { tempDir } from '../../helpers/tmp';

describe('resolvePackage over loopback HTTP', () => {
  let company: TestServer;
  let community: TestServer;
  before(async () => {
    company = await startServer(await buildRegistry([{ ref: 'slack', version: '9.0.0' }, { ref: 'internal', version: '1.0.0' }]));
    community = await startServer(await buildRegistry([{ ref: 'slack', version: '2.1.0' }, { ref: 'slack', version: '2.2.0' }, { ref: 'jira', version: '0.9.3', extra: 'keywords: [issues, atlassian]\n' }]));
  });
  after(async () => {
    await company.stop();
    await community.stop();
  });

  it('asks registries in priority order; the first holding the name wins', async () => {
    const client = await testClient([company.url, community.url]);
    const slack = await resolvePackage(client.readers, parsePackageSpec('slack'));
    assert.equal(slack.resolution.version, '9.0.0');
    assert.equal(slack.resolution.registry.url, company.url);
    const jira = await resolvePackage(client.readers, parsePackageSpec('jira@^0.9.0'));
    assert.equal(jira.resolution.version, '0.9.3');
    assert.equal(jira.resolution.artifact_url, `${community.url}archives/jira-0.9.3.tar.gz`, 'the archive URL follows where the registry was reached');
  });

  it('does not fall through to a lower registry when the first holds the name but no version matches', async () => {
    const client = await testClient([company.url, community.url]);
    await assert.rejects(resolvePackage(client.readers, parsePackageSpec('slack@^2.0.0')), { code: 'NO_MATCHING_VERSION' });
  });

  it('costs two small requests, and none while the cache is fresh', async () => {
    const cacheDir = tempDir();
    const client = await testClient([community.url], { cacheDir });
    community.requests.length = 0;
    const { resolution } = await resolvePackage(client.readers, parsePackageSpec('slack@~2.1.0'));
    assert.equal(resolution.version, '2.1.0');
    assert.deepEqual(community.requests, ['/registry.json', '/packages/sl/ac/slack.json']);
    const again = await testClient([community.url], { cacheDir });
    await resolvePackage(again.readers, parsePackageSpec('slack'));
    assert.deepEqual(community.requests.length, 2, 'fresh cache: no request');
  });

  it('revalidates a stale cache with ETag and gets 304s', async () => {
    const cacheDir = tempDir();
    const first = await testClient([community.url], { cacheDir });
    await resolvePackage(first.readers, parsePackageSpec('slack'));
    const later = await testClient([community.url], { cacheDir, now: () => new Date(Date.now() + 3600_000) });
    await resolvePackage(later.readers, parsePackageSpec('slack'));
    assert.deepEqual(later.requests.map((r) => r.status), [304, 304]);
  });

  it('fails closed when a higher-priority registry is down, unless --skip-unavailable', async () => {
    const down = await startServer(tempDir());
    down.override.set('/registry.json', (_req, res) => res.writeHead(503).end());
    try {
      const client = await testClient([down.url, community.url]);
      await assert.rejects(resolvePackage(client.readers, parsePackageSpec('jira')), (e: Error & { code?: string }) => e.code === 'REGISTRY_UNAVAILABLE' && /cli-1/.test(e.message));
      const skipped: string[] = [];
      const { resolution } = await resolvePackage((await testClient([down.url, community.url])).readers, parsePackageSpec('jira'), { skipUnavailable: true, onSkip: (r) => skipped.push(r) });
      assert.equal(resolution.version, '0.9.3');
      assert.deepEqual(skipped, ['cli-1']);
    } finally {
      await down.stop();
    }
  });

  it('says which registries it asked when none holds the name', async () => {
    const client = await testClient([company.url, community.url]);
    await assert.rejects(resolvePackage(client.readers, parsePackageSpec('nope')), (e: Error & { code?: string }) => e.code === 'PACK_NOT_FOUND' && /cli-1, cli-2/.test(e.message));
  });

  it('refuses a folder that is not a registry', async () => {
    const client = await testClient([tempDir()]);
    await assert.rejects(resolvePackage(client.readers, parsePackageSpec('x')), { code: 'REGISTRY_NOT_FOUND' });
  });

  it('searches names, keywords and descriptions; a name is listed once, from the first registry', async () => {
    const client = await testClient([company.url, community.url]);
    const hits = await searchPackages(client.readers, 'slack');
    assert.deepEqual(hits.map((h) => [h.registry, h.name, h.version]), [['cli-1', 'slack', '9.0.0']]);
    assert.deepEqual((await searchPackages(client.readers, 'atlassian')).map((h) => h.name), ['jira']);
    assert.deepEqual((await searchPackages(client.readers, 'slk')).map((h) => h.name), ['slack'], 'fuzzy: a subsequence of the name');
    assert.deepEqual((await searchPackages(client.readers, 'pack')).map((h) => h.name), ['internal', 'jira', 'slack'], 'descriptions ("The jira pack")');
  });
});
