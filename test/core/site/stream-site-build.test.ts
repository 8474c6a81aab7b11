import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { serializeIndex } from '../../../src/core/entry/canonical-entry';
import { compareStrings } from '../../../src/core/index-file/index-rules';
import { IndexFileWriter } from '../../../src/core/site/index-json/index-file-writer';
import { indexPolicyOf } from '../../../src/core/site/index-json/index-policy';
import { indexEntryFor } from '../../../src/core/site/package-document';
import { listPackageDocuments, parsePackageDocument, readRegistryIdentity, serializeIdentity } from '../../../src/core/site/read-site';
import { streamSiteBuild, type SiteSink } from '../../../src/core/site/stream-site-build';
import type { AttunePackIndexEntry } from '../../../src/core/schema-types';
import { entry } from '../../helpers/index-data';
import { initRegistry, publish } from '../../helpers/site';
import { syntheticRegistry } from '../../helpers/synthetic-registry';
import { tempDir } from '../../helpers/tmp';

/** A sink that keeps every file's chunks, in order, to check both the bytes and that they streamed. */
function recordingSink(): { sink: SiteSink; files: Map<string, Buffer[]>; order: string[] } {
  const files = new Map<string, Buffer[]>();
  const order: string[] = [];
  return {
    files,
    order,
    sink: {
      async open(rel) {
        const chunks: Buffer[] = [];
        order.push(rel);
        return {
          async write(c) {
            chunks.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c));
          },
          async end() {
            files.set(rel, chunks);
          },
        };
      },
    },
  };
}

/** index.json as serializeIndex gives it, from the documents read independently of the build. */
async function expectedIndex(dir: string): Promise<string> {
  const { identity } = await readRegistryIdentity(dir);
  const packs: AttunePackIndexEntry[] = [];
  let last = identity.created_at;
  for (const rel of await listPackageDocuments(dir)) {
    const doc = parsePackageDocument(readFileSync(path.join(dir, rel), 'utf8'), rel);
    const e = indexEntryFor(doc, identity);
    if (e !== undefined) packs.push(e);
    if (doc.index_updated_at > last) last = doc.index_updated_at;
  }
  packs.sort((a, b) => compareStrings(a.ref, b.ref));
  return serializeIndex({ registry_name: identity.name, registry_url: identity.url, version: '1.0', last_updated: last, packs });
}

describe('streamSiteBuild', () => {
  it('writes index.json as chunks whose bytes are exactly serializeIndex of the same packs: an empty registry, published packs, and a generated registry whose path order is not name order', async () => {
    const empty = await initRegistry();
    const published = await initRegistry();
    await publish(published, 'slack', '1.0.0', { extra: 'keywords: [chat, "z"]\n' });
    await publish(published, 'aws', '2.0.0');
    await publish(published, 'aws', '1.5.0');
    const generated = tempDir('packdex-synthetic-');
    syntheticRegistry(generated, 400);
    for (const dir of [empty, published, generated]) {
      const { sink, files, order } = recordingSink();
      const scratch = tempDir('packdex-scratch-');
      const built = await streamSiteBuild(dir, sink, { tempDir: scratch });
      assert.deepEqual(built.index, { produced: true });
      assert.equal(Buffer.concat(files.get('index.json')!).toString('utf8'), await expectedIndex(dir), dir);
      assert.equal(order[0], 'index.json');
      assert.deepEqual(readdirSync(scratch), [], 'the build leaves nothing in its temporary folder');
      if (dir === generated) {
        assert.ok(files.get('index.json')!.length >= 3, 'index.json arrives in more than one chunk');
        const refs = (JSON.parse(Buffer.concat(files.get('index.json')!).toString('utf8')) as { packs: { ref: string }[] }).packs.map((p) => p.ref);
        assert.deepEqual(refs, [...refs].sort(compareStrings));
        assert.ok(refs.includes('@scope/aa') && refs.includes('a-b') && refs.includes('ab0'));
      }
    }
  });

  it('leaves index.json out above index_policy.max_bytes (and says why), produces it at any size under always in a deployed registry, and never under never', async () => {
    const dir = tempDir('packdex-synthetic-');
    syntheticRegistry(dir, 120);
    const full = Buffer.byteLength(await expectedIndex(dir));
    const identity = (await readRegistryIdentity(dir)).identity;
    const cases = [
      [{ produce: 'auto', max_bytes: full }, true, undefined],
      [{ produce: 'auto', max_bytes: full - 1 }, false, 'over-limit'],
      [{ produce: 'never' }, false, 'never'],
      [{ produce: 'always', max_bytes: 10 }, true, undefined],
    ] as const;
    for (const [policy, produced, reason] of cases) {
      writeFileSync(path.join(dir, 'registry.json'), serializeIdentity({ ...identity, derived: 'deployed', index_policy: policy }));
      const { sink, files } = recordingSink();
      const built = await streamSiteBuild(dir, sink, { tempDir: tempDir() });
      assert.equal(built.index.produced, produced, JSON.stringify(policy));
      assert.equal(files.has('index.json'), produced);
      if (produced) {
        assert.equal(built.served.index, 'index.json');
        assert.equal(built.served.index_omitted, undefined);
      } else {
        assert.equal(built.served.index, null);
        assert.deepEqual(built.served.index_omitted, { reason, max_bytes: (policy as { max_bytes?: number }).max_bytes ?? 40 * 1024 * 1024 });
      }
      // Everything else is built whatever becomes of index.json.
      assert.ok(files.has('recent.json') && files.has('search/manifest.json') && files.has('index.html'));
    }
  });
});

describe('IndexFileWriter', () => {
  it('stops writing as soon as the body passes the limit: its temporary file is gone at once, and later entries are not written', async () => {
    const scratch = tempDir('packdex-index-body-');
    const identity = syntheticRegistry(tempDir(), 1, { index_policy: { max_bytes: 3000 } });
    const writer = new IndexFileWriter(indexPolicyOf(identity), scratch);
    const big = (i: number) => entry(`p${i}`, '1.0.0', { description: 'x'.repeat(1 << 20) });
    await writer.add(big(0));
    assert.deepEqual(readdirSync(scratch), [], 'one entry over the limit: nothing kept');
    for (let i = 1; i < 5; i++) await writer.add(big(i));
    assert.deepEqual(readdirSync(scratch), []);
    let opened = false;
    const state = await writer.finish({ name: 'x', url: 'https://x.example' }, '2026-01-01T00:00:00Z', async () => {
      opened = true;
      throw new Error('index.json must not be opened');
    });
    assert.equal(opened, false);
    assert.deepEqual(state, { produced: false, reason: 'over-limit', maxBytes: 3000 });
  });

  it('spills a large body to its temporary file and streams it back: the bytes are serializeIndex', async () => {
    const scratch = tempDir('packdex-index-body-');
    const identity = syntheticRegistry(tempDir(), 1);
    const writer = new IndexFileWriter(indexPolicyOf(identity), scratch);
    const packs = Array.from({ length: 40 }, (_, i) => entry(`p${String(i).padStart(2, '0')}`, '1.0.0', { description: `${i} ${'y'.repeat(60_000)}` }));
    for (const p of packs) await writer.add(p);
    assert.equal(readdirSync(scratch).length, 1, 'the body went to disk');
    const chunks: Buffer[] = [];
    const state = await writer.finish({ name: 'x', url: 'https://x.example' }, '2026-01-01T00:00:00Z', async () => ({
      write: async (c) => void chunks.push(Buffer.from(c)),
      end: async () => undefined,
    }));
    assert.deepEqual(state, { produced: true });
    assert.equal(Buffer.concat(chunks).toString('utf8'), serializeIndex({ registry_name: 'x', registry_url: 'https://x.example', version: '1.0', last_updated: '2026-01-01T00:00:00Z', packs }));
    assert.deepEqual(readdirSync(scratch), []);
  });
});

