import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadManifest, normalizeManifest } from '../../../src/core/manifest/pack-manifest';
import { parseYamlMapping } from '../../../src/core/manifest/parse-yaml';
import { makePack, tempDir, writeTree } from '../../helpers/tmp';

function normalize(yaml: string) {
  return normalizeManifest(parseYamlMapping(yaml, 'pack.yaml'));
}

describe('normalizeManifest', () => {
  it('maps a StackStorm-era manifest to the Attune fields, with defaults', () => {
    const { manifest, findings } = normalize(
      [
        'name: jira',
        'description: Jira things',
        'keywords: [ticketing, jira, jira]',
        'version: "0.9.3"',
        'metadata:',
        '  documentation_url: https://example.com/docs',
        '  repository_url: https://example.com/repo',
        '  license: MIT',
        'config_schema: {}',
        'dependencies: [slack, "core@>=1.0.0"]',
      ].join('\n'),
    );
    assert.deepEqual(findings, []);
    assert.equal(manifest.ref, 'jira', 'ref derived from name');
    assert.equal(manifest.label, 'jira', 'label from name');
    assert.equal(manifest.author, 'Unknown');
    assert.equal(manifest.license, 'MIT', 'license from meta.license');
    assert.equal(manifest.homepage, 'https://example.com/docs');
    assert.equal(manifest.repository, 'https://example.com/repo');
    assert.deepEqual(manifest.keywords, ['jira', 'ticketing'], 'sorted and unique');
    assert.deepEqual(manifest.dependencies, { packs: ['core@>=1.0.0', 'slack@*'] }, 'a list becomes {packs}');
    assert.deepEqual(manifest.meta, { documentation_url: 'https://example.com/docs', repository_url: 'https://example.com/repo', license: 'MIT' });
  });

  it('applies the default chain: label ← label, name, ref; license ← NOASSERTION; keywords ← tags first', () => {
    const { manifest } = normalize('ref: only_ref\nversion: "1.0.0"\ntags: [b, a]\nmeta: { keywords: [z] }\n');
    assert.equal(manifest.label, 'only_ref');
    assert.equal(manifest.license, 'NOASSERTION');
    assert.equal(manifest.description, '');
    assert.deepEqual(manifest.keywords, ['a', 'b']);
    assert.deepEqual(normalize('ref: r\nversion: "1.0.0"\nmeta: { keywords: [z] }\n').manifest.keywords, ['z']);
  });

  it('accepts both spellings when they agree, fails when they differ', () => {
    assert.deepEqual(normalize('ref: a\nversion: "1.0.0"\ntags: [x]\nkeywords: [x]\n').findings, []);
    const { findings } = normalize('ref: a\nversion: "1.0.0"\ntags: [x]\nkeywords: [y]\n');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.code, 'MANIFEST_SPELLING_CONFLICT');
    assert.equal(findings[0]!.severity, 'fail');
    assert.equal(findings[0]!.line, 4);
    const meta = normalize('ref: a\nversion: "1.0.0"\nmeta: {a: 1}\nmetadata: {a: 2}\n').findings;
    assert.equal(meta[0]!.code, 'MANIFEST_SPELLING_CONFLICT');
  });

  it('warns about unknown keys without failing', () => {
    const { findings } = normalize('ref: a\nversion: "1.0.0"\nrunner: python\n');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.severity, 'warn');
    assert.equal(findings[0]!.line, 3);
  });

  const failing: [string, string, string][] = [
    ['an invalid ref', 'ref: Bad-Ref\nversion: "1.0.0"\n', 'MANIFEST_REF_INVALID'],
    ['no ref and a name that is not a ref', 'name: Slack Integration\nversion: "1.0.0"\n', 'MANIFEST_REF_INVALID'],
    ['no ref and no name', 'version: "1.0.0"\n', 'MANIFEST_REF_INVALID'],
    ['a non-semver version', 'ref: a\nversion: "1.0"\n', 'MANIFEST_VERSION_INVALID'],
    ['a version with leading zeros', 'ref: a\nversion: "01.0.0"\n', 'MANIFEST_VERSION_INVALID'],
    ['no version', 'ref: a\n', 'MANIFEST_VERSION_INVALID'],
    ['a numeric version (wrong type)', 'ref: a\nversion: 1.0\n', 'MANIFEST_SCHEMA'],
    ['a list where a string belongs', 'ref: a\nversion: "1.0.0"\nauthor: [a, b]\n', 'MANIFEST_SCHEMA'],
    ['an ftp homepage', 'ref: a\nversion: "1.0.0"\nhomepage: ftp://example.com\n', 'URL_INVALID'],
  ];
  for (const [what, yaml, code] of failing) {
    it(`fails on ${what} with ${code}`, () => {
      const fails = normalize(yaml).findings.filter((f) => f.severity === 'fail');
      assert.ok(fails.some((f) => f.code === code), JSON.stringify(fails));
      for (const f of fails) assert.ok(f.fix, `${f.code} has a fix`);
    });
  }
});

describe('loadManifest', () => {
  it('reads pack.yaml, or pack.yml', async () => {
    assert.equal((await loadManifest(makePack())).manifest.ref, 'demo');
    const dir = writeTree(tempDir(), { 'pack.yml': 'ref: yml\nversion: "1.0.0"\n' });
    assert.equal((await loadManifest(dir)).manifest.ref, 'yml');
  });

  it('reports a folder without a manifest', async () => {
    await assert.rejects(loadManifest(tempDir()), { code: 'MANIFEST_NOT_FOUND' });
  });
});
