import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpCache } from '../../../src/client/fetch/http-cache';
import { RegistryReader } from '../../../src/client/fetch/registry-reader';

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
