import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { searchRow, searchScore, searchTerms } from '../../../../src/core/site/search-score';
import { planSearchShards, type SearchablePackage } from '../../../../src/core/site/search/plan-search-shards';
import { asSearchManifest, querySearchShards, searchHolds } from '../../../../src/core/site/search/query-search-shards';
import { SEARCH_MANIFEST, SHARD_BYTES, wordsOf } from '../../../../src/core/site/search/search-layout';

const VOCAB = ['slack', 'slackbot', 'jira', 'kube', 'kubectl', 'vault', 'data', 'deploy', 'deploy_kit', 'notify', 'édition', 'x'];

/** A query term matches a package at a word start, which is what the shards index. */
function wordMatch(p: SearchablePackage, term: string): boolean {
  const name = p.ref.toLowerCase();
  const words = [name, ...wordsOf(name), ...p.keywords.map((k) => k.toLowerCase()), ...p.keywords.flatMap(wordsOf), ...wordsOf(p.description)];
  return words.some((w) => w.startsWith(term));
}

function open(files: Map<string, string>) {
  const fetched: string[] = [];
  const load = async (rel: string) => {
    fetched.push(rel);
    const text = files.get(rel);
    return text === undefined ? undefined : JSON.parse(text);
  };
  return { manifest: asSearchManifest(JSON.parse(files.get(SEARCH_MANIFEST)!))!, load, fetched };
}

const packageArb = fc.record({
  ref: fc.tuple(fc.constantFrom(...VOCAB.filter((w) => /^[a-z]/.test(w))), fc.integer({ min: 0, max: 30 })).map(([w, i]) => `${w}${i === 0 ? '' : `-${i}`}`),
  version: fc.constant('1.0.0'),
  description: fc.array(fc.constantFrom(...VOCAB, 'the', 'pack'), { maxLength: 6 }).map((w) => w.join(' ')),
  keywords: fc.uniqueArray(fc.constantFrom(...VOCAB), { maxLength: 3 }),
});
const packagesArb = fc.uniqueArray(packageArb, { selector: (p) => p.ref, maxLength: 40 });
const queryArb = fc.array(fc.constantFrom(...VOCAB, 'sla', 'ku', 'k', 'dep', 'deploy_k', 'nothing', 'éd'), { minLength: 1, maxLength: 2 }).map((t) => t.join(' '));

describe('querySearchShards', () => {
  it('finds exactly the packages every term matches at a word start, ranked by searchScore', async () => {
    await fc.assert(
      fc.asyncProperty(packagesArb, queryArb, async (packages, query) => {
        const { manifest, load } = open(planSearchShards(packages));
        const result = await querySearchShards(manifest, load, query, 1000);
        const terms = searchTerms(query);
        const expected = packages
          .filter((p) => terms.every((t) => wordMatch(p, t)))
          .map((p) => ({ name: p.ref, score: searchScore(searchRow(p), terms) }))
          .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
        assert.equal(result.partial, false);
        assert.deepEqual(result.hits.map((h) => ({ name: h.name, score: h.score })), expected);
        assert.equal(result.total, expected.length);
      }),
      { numRuns: 150 },
    );
  });

  it('writes the same bytes whatever order the packages come in', () => {
    fc.assert(
      fc.property(packagesArb, (packages) => {
        assert.deepEqual([...planSearchShards([...packages].reverse())], [...planSearchShards(packages)]);
      }),
      { numRuns: 50 },
    );
  });

  describe('at 5,000 packages, where shards split', () => {
    const packages: SearchablePackage[] = Array.from({ length: 5000 }, (_, i) => ({
      ref: `${VOCAB[i % 6]!.replace(/[^a-z]/g, '')}-${i.toString(36)}`,
      version: `1.${i % 7}.0`,
      description: `Integration ${VOCAB[(i * 7) % VOCAB.length]} for teams number ${i}`,
      keywords: [VOCAB[(i * 3) % VOCAB.length]!],
    }));
    const files = planSearchShards(packages);

    it('keeps every shard small, unless it holds one token alone', () => {
      for (const [rel, text] of files) {
        if (!rel.startsWith('search/terms/')) continue;
        const shard = JSON.parse(text) as { tokens: object; head?: unknown };
        if (shard.head === undefined && Object.keys(shard.tokens).length > 1) assert.ok(text.length <= SHARD_BYTES * 1.5, `${rel}: ${text.length} bytes`);
      }
    });

    it('answers a name from one shard and one row bucket', async () => {
      const { manifest, load, fetched } = open(files);
      const result = await querySearchShards(manifest, load, 'slack-2u', 10);
      assert.equal(result.hits[0]!.name, 'slack-2u');
      assert.equal(result.hits[0]!.score, 100);
      assert.equal(fetched.filter((f) => f.startsWith('search/terms/')).length, 1);
      assert.ok(await searchHolds(manifest, load, 'slack-2u'));
      assert.equal(await searchHolds(manifest, load, 'slack-zzzz'), false);
    });

    it('answers a one-letter query from the head of its split node, marked partial', async () => {
      const { manifest, load, fetched } = open(files);
      const result = await querySearchShards(manifest, load, 's', 20);
      assert.equal(result.partial, true);
      assert.equal(result.hits.length, 20);
      assert.ok(result.hits.every((h) => h.name.startsWith('slack') && h.score === 60), 'name prefixes rank first');
      assert.deepEqual(fetched.filter((f) => f.startsWith('search/terms/')), ['search/terms/s.json']);
    });

    it('lists a word found in every description only in part, and still ranks what it shows', async () => {
      const { manifest, load } = open(files);
      const result = await querySearchShards(manifest, load, 'integration', 10);
      assert.equal(result.partial, true);
      assert.ok(result.total >= 10);
      assert.ok(result.hits.every((h) => h.score === 10));
      const both = await querySearchShards(manifest, load, 'integration teams vault', 50);
      assert.ok(both.hits.length > 0 && both.hits.every((h) => `${h.name} ${h.description} ${h.keywords.join(' ')}`.includes('vault')));
    });
  });

  it('refuses a manifest of another format, so the caller falls back to index.json', () => {
    assert.equal(asSearchManifest({ format: 'other', format_version: 1 }), undefined);
    assert.equal(asSearchManifest({ format: 'packdex-search', format_version: 2, buckets: 1, shards: [], packages: 0 }), undefined);
    assert.equal(asSearchManifest(null), undefined);
  });
});
