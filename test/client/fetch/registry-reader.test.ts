import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpCache } from '../../../src/client/fetch/http-cache';
import { RegistryReader } from '../../../src/client/fetch/registry-reader';
import { buildRegistry, testClient } from '../../helpers/client';
import { entry, index } from '../../helpers/index-data';
import { startServer } from '../../helpers/registry-server';
import { REGISTRY_URL } from '../../helpers/site';
import { tempDir, writeTree } from '../../helpers/tmp';
import { folderPath } from '../../../src/client/registries/registry-location';

const cache = new HttpCache({ dir: undefined, ttlSeconds: 0, refresh: false, now: () => new Date(), log: [] });
const reader = new RegistryReader(
  { name: 'acme', url: 'https://packs.acme.example/reg/', priority: 1, headers: { Authorization: 'Bearer t' }, location: { kind: 'http', base: 'https://packs.acme.example/reg/' } },
  cache,
);
const folder = new RegistryReader({ name: 'local', url: '/srv/reg', priority: 1, headers: {}, location: { kind: 'file', dir: '/srv/reg' } }, cache);

describe('RegistryReader.credentials', () => {
  it('ties the registry\'s headers to the registry\'s own origin (fetchUrl sends them to no other)', () => {
    assert.deepEqual(reader.credentials(), { origin: 'https://packs.acme.example', headers: { Authorization: 'Bearer t' } });
    assert.equal(folder.credentials(), undefined);
    assert.equal(folder.folderRoot(), '/srv/reg');
    assert.equal(reader.folderRoot(), undefined);
  });
});

describe('RegistryReader.artifactLocation', () => {
  it('maps URLs under the registry\'s own address to where it was reached, and refuses local paths from a network registry', async () => {
    const root = writeTree(tempDir(), { 'attune/index.json': `${JSON.stringify(index([entry('core')]))}\n` });
    const server = await startServer(root);
    try {
      const packdexRoot = await buildRegistry([]);
      const served = await startServer(packdexRoot);
      try {
        const [packdex] = (await testClient([served.url])).readers;
        assert.equal(await packdex!.artifactLocation(`${REGISTRY_URL}/archives/a.tar.gz`), `${served.url}archives/a.tar.gz`);
        assert.equal(await packdex!.artifactLocation('https://dl.example.com/a.tar.gz'), 'https://dl.example.com/a.tar.gz');
        const [attune] = (await testClient([`${server.url}attune/index.json`])).readers;
        assert.equal(await attune!.artifactLocation('https://dl.example.com/a.tar.gz'), 'https://dl.example.com/a.tar.gz');
        for (const reader of [packdex!, attune!]) {
          for (const hostile of ['/etc/passwd', 'file:///etc/passwd', '../../etc/passwd', 'ssh://git@example.com/x.git']) {
            await assert.rejects(reader.artifactLocation(hostile), { code: 'URL_INVALID' }, hostile);
          }
        }
      } finally {
        await served.stop();
      }
    } finally {
      await server.stop();
    }
  });

  it('reads a registry-relative archive path from wherever the registry was reached', async () => {
    assert.equal(await reader.artifactLocation('archives/slack-2.1.0.tar.gz'), 'https://packs.acme.example/reg/archives/slack-2.1.0.tar.gz');
    assert.equal(await folder.artifactLocation('archives/@acme/a-1.0.0.tar.gz'), '/srv/reg/archives/@acme/a-1.0.0.tar.gz');
  });

  for (const url of ['archives/../../etc/passwd', 'archives/%2e%2e/x', './archives/x', 'https://packs.acme.example/reg/../../etc/passwd', 'https://packs.acme.example/reg/archives/%2E%2E/x', 'archives\\..\\x']) {
    it(`refuses ${url} before joining it to anything`, async () => {
      await assert.rejects(reader.artifactLocation(url), { code: 'URL_INVALID' });
      await assert.rejects(folder.artifactLocation(url), { code: 'URL_INVALID' });
    });
  }
});

describe('folderPath', () => {
  it('decodes each segment as a web server would, and keeps the result inside the folder', () => {
    assert.equal(folderPath('/srv/reg', 'archives/a%20b.tar.gz', 'Archive'), '/srv/reg/archives/a b.tar.gz');
    assert.equal(folderPath('/srv/reg', 'archives/@acme/x-1.0.0.tar.gz', 'Archive'), '/srv/reg/archives/@acme/x-1.0.0.tar.gz');
  });
  for (const rel of ['../x', 'archives/../../x', 'archives/%2e%2e/x', 'archives/%2E/x', '/etc/passwd', 'archives/..%2f..%2fx', 'archives/%5c..%5cx', 'archives/a%00b', 'archives/%zz', 'archives//x']) {
    it(`refuses ${rel}`, () => {
      assert.throws(() => folderPath('/srv/reg', rel, 'Archive'), (e: Error & { code?: string }) => e.code === 'URL_INVALID' || e.code === 'PATH_OUTSIDE_REGISTRY');
    });
  }
});
