import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatTimestamp } from '../../src/core/index-file/read-index';
import { canonicalDocument, dependenciesOf, deriveLatest, serializeDocument, type PackageDocument, type PackageVersion } from '../../src/core/site/package-document';
import { serializeIdentity, type RegistryIdentity } from '../../src/core/site/read-site';
import { packageDocumentPath } from '../../src/core/site/shard-path';
import { entry } from './index-data';

export const SYNTHETIC_URL = 'https://packs.example.com';

/**
 * Names whose document paths sort differently from the names themselves (shards lowercase and
 * split the name; `-` and `_` sort around digits and letters), and a scoped name, so that a build
 * visiting documents in path order would give index.json's packs out of order.
 */
const TRICKY = ['a', 'a-b', 'a_b', 'ab', 'ab-c', 'ab0', 'abc', 'abc-d', 'abcd', 'abcde', 'b1', 'zz', 'zz-top', '0x', '@scope/aa', '@scope/b-c', '@other/zz'];

/** `n` package names: the tricky ones, then generated ones of every length. */
export function syntheticNames(n: number): string[] {
  const out = TRICKY.slice(0, n);
  for (let i = 0; out.length < n; i++) out.push(`pkg${i.toString(36)}${i % 3 === 0 ? '-x' : i % 3 === 1 ? '_y' : ''}`);
  return out;
}

/**
 * A registry folder of `n` packages written straight as documents (no publish: fast enough for a
 * few thousand), with one to three versions each, some yanked, descriptions of varied length
 * (quotes, backslashes, non-ASCII) and keywords, so index.json holds every kind of escape.
 */
export function syntheticRegistry(dir: string, n: number, identity: Partial<RegistryIdentity> = {}, describe: (i: number) => string = (i) => `Package ${i}: "quoted" \\ back, ünïcode ✓, ${'word '.repeat(i % 7)}`): RegistryIdentity {
  mkdirSync(dir, { recursive: true });
  const id: RegistryIdentity = { format: 'packdex-registry', format_version: 1, name: 'Synthetic', url: SYNTHETIC_URL, created_at: '2026-01-01T00:00:00Z', index: 'index.json', packages: 'packages', archives: 'archives', ...identity };
  writeFileSync(path.join(dir, 'registry.json'), serializeIdentity(id));
  syntheticNames(n).forEach((name, i) => {
    const count = 1 + (i % 3);
    const versions: PackageVersion[] = [];
    for (let v = 0; v < count; v++) {
      const e = entry(name, `1.${v}.0`, { description: describe(i), keywords: i % 2 === 0 ? ['alpha', `k${i % 5}`] : [] });
      const at = formatTimestamp(new Date(Date.UTC(2026, 0, 1) + (i * 3 + v) * 1000));
      versions.push({ version: e.version, published_at: at, dependencies: dependenciesOf(e), yanked: i % 11 === 5 && v === count - 1, entry: e });
    }
    const updated = versions[versions.length - 1]!.published_at;
    const latest = deriveLatest(versions);
    const doc: PackageDocument = canonicalDocument({ name, owner: `github.com/acme/${name.replace('@', '').replace('/', '-')}`, dist_tags: latest === undefined ? {} : { latest }, updated_at: updated, index_updated_at: updated, versions: versions as PackageDocument['versions'] });
    const file = path.join(dir, packageDocumentPath(name));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, serializeDocument(doc));
  });
  return id;
}
