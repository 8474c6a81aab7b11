import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { searchPackages } from '../../../src/client/resolve/search-packages';
import { applyFileChanges } from '../../../src/core/fs/file-change';
import type { AttunePackIndex } from '../../../src/core/schema-types';
import { planSiteBuild } from '../../../src/core/site/build-site';
import { searchRow, searchScore, searchTerms } from '../../../src/core/site/search-score';
import { syntheticSite } from '../../../bench/lib/generate';
import { buildRegistry, testClient } from '../../helpers/client';
import { startServer, type TestServer } from '../../helpers/registry-server';
import { tempDir } from '../../helpers/tmp';

/** Today's ranking over the whole index.json, the reference the search files must agree with. */
function fromIndex(index: AttunePackIndex, query: string, limit: number): [string, number][] {
  const terms = searchTerms(query);
  return index.packs
    .map((p) => [p.ref, searchScore(searchRow(p), terms)] as [string, number])
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit);
}

describe('searchPackages', () => {
  let dir: string;
  let index: AttunePackIndex;
  let server: TestServer;
  let bare: TestServer;
  before(async () => {
    dir = tempDir('packdex-search-');
    syntheticSite(dir, 3000);
    await applyFileChanges((await planSiteBuild(dir)).changes);
    index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as AttunePackIndex;
    server = await startServer(dir);
    // The same registry as it was before search files: only index.json to search.
    const old = tempDir('packdex-search-old-');
    cpSync(dir, old, { recursive: true });
    rmSync(path.join(old, 'search'), { recursive: true });
    bare = await startServer(old);
  });
  after(async () => {
    await server.stop();
    await bare.stop();
  });

  // kube_000w is one of the generated names (packName(i) for i = 32).
  for (const query of ['slack_00', 'redis', 'kube_000w', 'vault automation', 'integration pack']) {
    it(`answers ${JSON.stringify(query)} from the search files as index.json would, without downloading it`, async () => {
      const client = await testClient([server.url]);
      server.requests.length = 0;
      const hits = await searchPackages(client.readers, query, { limit: 20 });
      const expected = fromIndex(index, query, 20);
      assert.deepEqual(hits.map((h) => [h.name, h.score]).slice(0, expected.length).map(([, s]) => s), expected.map(([, s]) => s), 'the same scores, best first');
      if (!/integration|automation/.test(query)) assert.deepEqual(hits.map((h) => [h.name, h.score]), expected, 'the same hits for names and keywords');
      assert.ok(!server.requests.includes('/index.json'), server.requests.join(' '));
      const fetched = server.requests.filter((r) => r !== '/registry.json').reduce((n, r) => n + statSync(path.join(dir, r)).size, 0);
      assert.ok(fetched < statSync(path.join(dir, 'index.json')).size / 10, `${fetched} bytes`);
      const h = hits[0]!;
      assert.equal(h.version, index.packs.find((p) => p.ref === h.name)!.version);
    });
  }

  it('falls back to index.json when the registry has no search files', async () => {
    const client = await testClient([bare.url]);
    const hits = await searchPackages(client.readers, 'redis', { limit: 20 });
    assert.deepEqual(hits.map((h) => [h.name, h.score]), fromIndex(index, 'redis', 20));
    assert.ok(bare.requests.includes('/index.json'));
  });

  it('reads a plain Attune registry (one index.json) as before', async () => {
    const attune = tempDir('packdex-attune-');
    cpSync(path.join(dir, 'index.json'), path.join(attune, 'index.json'));
    const served = await startServer(attune);
    try {
      const client = await testClient([served.url]);
      assert.deepEqual((await searchPackages(client.readers, 'kube_000w', { limit: 5 })).map((h) => h.name), ['kube_000w']);
      assert.ok(!served.requests.some((r) => r.startsWith('/search/')), 'no search files asked of an Attune registry');
    } finally {
      await served.stop();
    }
  });

  it('keeps fuzzy matches in a small registry, and lists a name once, from the first registry holding it', async () => {
    const small = await startServer(await buildRegistry([{ ref: 'slack', version: '9.0.0' }, { ref: 'notes', version: '1.0.0', extra: 'keywords: [chat]\n' }]));
    const other = await startServer(await buildRegistry([{ ref: 'slack', version: '2.1.0', extra: 'keywords: [chat]\n' }, { ref: 'chatops', version: '1.0.0' }]));
    try {
      const client = await testClient([small.url, other.url]);
      assert.deepEqual((await searchPackages(client.readers, 'slk')).map((h) => h.name), ['slack'], 'a subsequence of the name');
      small.requests.length = 0;
      other.requests.length = 0;
      // The second registry's slack matches "chat" but the first holds the name: not listed.
      assert.deepEqual((await searchPackages(client.readers, 'chat')).map((h) => [h.registry, h.name]), [['cli-2', 'chatops'], ['cli-1', 'notes']]);
      assert.ok(!small.requests.includes('/index.json') && !other.requests.includes('/index.json'));
    } finally {
      await small.stop();
      await other.stop();
    }
  });
});
