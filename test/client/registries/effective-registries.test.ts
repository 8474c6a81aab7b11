import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { effectiveRegistries } from '../../../src/client/registries/effective-registries';
import { parseRegistryLocation } from '../../../src/client/registries/registry-location';

const base = { env: {}, flags: [], cwd: '/work', allowHttp: false };

describe('effectiveRegistries', () => {
  const config = {
    registries: [
      { name: 'public', url: 'https://packs.example.com/', priority: 3 },
      { name: 'company', url: 'https://internal.example.com/index.json', priority: 1, headers: { Authorization: 'Bearer ${TOKEN}' } },
      { name: 'off', url: 'https://off.example.com/', priority: 0, enabled: false },
      { name: 'local', url: './registry' },
    ],
  };

  it('orders enabled registries by priority number, lowest first, and expands ${ENV} in headers', () => {
    const list = effectiveRegistries({ ...base, config, env: { TOKEN: 's3cret' } });
    assert.deepEqual(list.map((r) => r.name), ['company', 'public', 'local']);
    assert.deepEqual(list[0]!.headers, { Authorization: 'Bearer s3cret' });
    assert.deepEqual(list[0]!.location, { kind: 'http', base: 'https://internal.example.com/', index: 'index.json' });
    assert.deepEqual(list[2]!.location, { kind: 'file', dir: path.resolve('/work/registry') });
  });

  it('refuses a header whose variable is unset instead of sending an empty token', () => {
    assert.throws(() => effectiveRegistries({ ...base, config }), (e: Error & { code?: string; fix?: string }) => e.code === 'CONFIG_INVALID' && /TOKEN/.test(e.fix!));
  });

  it('PACKDEX_REGISTRIES replaces the config; --registry replaces both and may name a configured registry', () => {
    const env = { TOKEN: 't', PACKDEX_REGISTRIES: 'https://a.example/, https://b.example/' };
    assert.deepEqual(effectiveRegistries({ ...base, config, env }).map((r) => [r.name, r.url]), [['env-1', 'https://a.example/'], ['env-2', 'https://b.example/']]);
    const flags = effectiveRegistries({ ...base, config, env, flags: ['company', 'https://c.example/'] });
    assert.deepEqual(flags.map((r) => r.name), ['company', 'cli-2']);
    assert.equal(flags[0]!.headers.Authorization, 'Bearer t');
  });
});

describe('parseRegistryLocation', () => {
  const opts = { cwd: '/w', allowHttp: false };
  for (const [url, expected] of [
    ['https://x.example/packs', { kind: 'http', base: 'https://x.example/packs/' }],
    ['https://x.example/packs/registry.json?x=1', { kind: 'http', base: 'https://x.example/packs/' }],
    ['http://127.0.0.1:8080', { kind: 'http', base: 'http://127.0.0.1:8080/' }],
    ['http://localhost/r/', { kind: 'http', base: 'http://localhost/r/' }],
    ['file:///srv/reg/registry.json', { kind: 'file', dir: '/srv/reg' }],
    // A URL naming an index file is that Attune index, read as it is.
    ['file:///srv/reg/index.json', { kind: 'file', dir: '/srv/reg', index: 'index.json' }],
    ['/srv/attune/pack-index.json', { kind: 'file', dir: '/srv/attune', index: 'pack-index.json' }],
    ['https://raw.githubusercontent.com/attune/pack-index/main/index.json', { kind: 'http', base: 'https://raw.githubusercontent.com/attune/pack-index/main/', index: 'index.json' }],
    ['https://x.example/packs/index.json?ref=1#top', { kind: 'http', base: 'https://x.example/packs/', index: 'index.json' }],
    ['https://x.example/packs/REGISTRY.JSON', { kind: 'http', base: 'https://x.example/packs/' }],
    ['../reg', { kind: 'file', dir: '/reg' }],
  ] as const) {
    it(`${url} → ${JSON.stringify(expected)}`, () => assert.deepEqual(parseRegistryLocation(url, opts), expected));
  }
  for (const [url, code] of [
    ['http://packs.example.com/', 'URL_INSECURE'],
    ['https://user:pw@x.example/', 'URL_INVALID'],
    ['ftp://x.example/', 'URL_INVALID'],
    ['git@github.com:a/b.git', 'URL_INVALID'],
  ] as const) {
    it(`refuses ${url} with ${code}`, () => assert.throws(() => parseRegistryLocation(url, opts), { code }));
  }
  it('accepts plain http beyond loopback with --allow-http', () => {
    assert.equal(parseRegistryLocation('http://packs.example.com/', { ...opts, allowHttp: true }).kind, 'http');
  });
});
