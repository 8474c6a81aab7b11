import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpCache } from '../../../src/client/fetch/http-cache';
import { RegistryReader } from '../../../src/client/fetch/registry-reader';
import { buildRegistry, testClient } from '../../helpers/client';
import { entry, index } from '../../helpers/index-data';
import { startServer } from '../../helpers/registry-server';
import { REGISTRY_URL } from '../../helpers/site';
import { tempDir, writeTree } from '../../helpers/tmp';

const cache = new HttpCache({ dir: undefined, ttlSeconds: 0, refresh: false, now: () => new Date(), log: [] });
const reader = new RegistryReader(
  { name: 'acme', url: 'https://packs.acme.example/reg/', priority: 1, headers: { Authorization: 'Bearer t' }, location: { kind: 'http', base: 'https://packs.acme.example/reg/' } },
  cache,
);

describe('RegistryReader.headersFor', () => {
  it('sends the registry\'s headers only to the registry\'s own origin', () => {
    assert.deepEqual(reader.headersFor('https://packs.acme.example/reg/archives/a.tar.gz'), { Authorization: 'Bearer t' });
    assert.deepEqual(reader.headersFor('https://github.com/acme/a/releases/download/v1/a.tar.gz'), {});
    assert.deepEqual(reader.headersFor('https://packs.acme.example.evil.example/a.tar.gz'), {});
    assert.deepEqual(reader.headersFor('http://packs.acme.example/reg/a.tar.gz'), {}, 'not over a downgraded scheme');
    assert.deepEqual(reader.headersFor('/local/path.tar.gz'), {});
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
});
