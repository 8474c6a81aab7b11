import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkHttpsUrl } from '../../../src/core/entry/source-rules';
import { checkNoDotSegments, checkRegistryPath, dotSegmentProblem, isRegistryPath, registryPathOf, resolveRegistryUrl } from '../../../src/core/names/url-rules';
import { validateSchema } from '../../../src/core/schemas';
import { absoluteEntry, recordedEntry, type PackageDocument } from '../../../src/core/site/package-document';
import { entry, index } from '../../helpers/index-data';

const SUM = `sha256:${'a'.repeat(64)}`;

/** URLs whose path names something other than what it spells: every form URL parsers treat as a dot segment. */
const HOSTILE = [
  'https://reg.example/archives/../../etc/passwd',
  'https://reg.example/..',
  'https://reg.example/a/./b.tar.gz',
  'https://reg.example/a/.',
  'https://reg.example/a/%2e%2e/b.tar.gz',
  'https://reg.example/a/%2E%2E/b.tar.gz',
  'https://reg.example/a/.%2e/b.tar.gz',
  'https://reg.example/a/%2e./b.tar.gz',
  'https://reg.example/a/%2E/b.tar.gz',
  'https://reg.example/a\\..\\b.tar.gz',
  'https://reg.example/a/..%2fetc%2fpasswd',
  'https://reg.example/a/%5c..%5cb',
];
const FINE = ['https://reg.example', 'https://reg.example/', 'https://reg.example/archives/slack-2.1.0.tar.gz', 'https://reg.example/a/..b/c.', 'https://reg.example/a/.hidden/x', 'https://reg.example/@acme/x...tar.gz'];

describe('dot segments', () => {
  for (const url of HOSTILE) {
    it(`refuses ${url} in checkNoDotSegments, checkHttpsUrl and every schema URL`, () => {
      assert.notEqual(dotSegmentProblem(url), undefined);
      assert.throws(() => checkNoDotSegments(url, 'URL'), { code: 'URL_INVALID' });
      assert.throws(() => checkHttpsUrl(url, 'Archive URL'), { code: 'URL_INVALID' });
      const issues = validateSchema('index', index([entry('slack', '1.0.0', { install_sources: [{ type: 'archive', url, checksum: SUM }] })]));
      assert.deepEqual(issues.map((i) => i.path).filter((p) => p.endsWith('/url')).slice(0, 1), ['/packs/0/install_sources/0/url']);
      assert.ok(validateSchema('registry', { format: 'packdex-registry', format_version: 1, name: 'r', url, created_at: '2026-01-01T00:00:00Z', index: 'index.json', packages: 'packages', archives: 'archives' }).some((i) => i.path === '/url'));
    });
  }
  for (const url of FINE) {
    it(`accepts ${url}`, () => {
      assert.equal(dotSegmentProblem(url), undefined);
      assert.equal(checkHttpsUrl(url, 'URL'), url);
      assert.deepEqual(validateSchema('index', index([entry('slack', '1.0.0', { install_sources: [{ type: 'archive', url, checksum: SUM }] })])), []);
    });
  }
  it('reads the raw text, since parsing removes dot segments before anyone could see them', () => {
    assert.equal(new URL('https://reg.example/a/../../etc/passwd').pathname, '/etc/passwd');
    assert.throws(() => checkNoDotSegments('https://reg.example/a/../../etc/passwd', 'URL'), /"?'\.\.'"? path segment/);
    assert.equal(dotSegmentProblem('https://reg.example/a?x=../b'), undefined, 'a query is not the path (and is refused elsewhere)');
  });
});

describe('registry-relative archive paths', () => {
  const ok = ['archives/slack-2.1.0.tar.gz', 'archives/@acme/agent-1.0.0.tar.gz', 'x.tar.gz', 'archives/a%20b.tar.gz'];
  const bad = ['/archives/x.tar.gz', '../x.tar.gz', 'archives/../../x', 'archives/./x', 'archives/%2e%2e/x', 'archives/%2E/x', 'archives//x', 'archives/', 'c:/x', 'https://x.example/a', '//evil.example/x', 'archives/x?y', 'archives/x#y', 'archives\\x', 'archives/a b', 'archives/..%2fx', ''];
  for (const p of ok) {
    it(`accepts ${p} (schema and function agree)`, () => {
      assert.ok(isRegistryPath(p));
      assert.equal(checkRegistryPath(p, 'Archive'), p);
      assert.deepEqual(validateSchema('index-entry', entry('slack', '1.0.0', { install_sources: [{ type: 'archive', url: p, checksum: SUM }] })), []);
    });
  }
  for (const p of bad) {
    it(`refuses ${JSON.stringify(p)} (schema and function agree)`, () => {
      if (!/^https:\/\/x\.example/.test(p)) {
        assert.ok(!isRegistryPath(p));
        assert.throws(() => checkRegistryPath(p, 'Archive'), { code: 'URL_INVALID' });
        assert.notDeepEqual(validateSchema('index-entry', entry('slack', '1.0.0', { install_sources: [{ type: 'archive', url: p, checksum: SUM }] })), []);
      }
    });
  }
  it('never reaches index.json: the Attune format needs absolute URLs', () => {
    const issues = validateSchema('index', index([entry('slack', '1.0.0', { install_sources: [{ type: 'archive', url: 'archives/slack-1.0.0.tar.gz', checksum: SUM }] })]));
    assert.ok(issues.some((i) => i.path === '/packs/0/install_sources/0/url'), JSON.stringify(issues));
  });
  it('is refused for git sources, which are always absolute', () => {
    assert.notDeepEqual(validateSchema('index-entry', entry('slack', '1.0.0', { install_sources: [{ type: 'git', url: 'archives/x.git', ref: 'v1', checksum: SUM }] })), []);
  });
  it('resolves against the registry url, and maps URLs under the url or a former url back to paths', () => {
    assert.equal(resolveRegistryUrl('archives/x.tar.gz', 'https://acme.github.io/packs/'), 'https://acme.github.io/packs/archives/x.tar.gz');
    assert.equal(resolveRegistryUrl('https://cdn.example/x.tar.gz', 'https://acme.github.io/packs'), 'https://cdn.example/x.tar.gz');
    const reg = { url: 'https://new.example/packs', former_urls: ['https://registry.packdex.example'] };
    assert.equal(registryPathOf('archives/x.tar.gz', reg), 'archives/x.tar.gz');
    assert.equal(registryPathOf('https://new.example/packs/archives/x.tar.gz', reg), 'archives/x.tar.gz');
    assert.equal(registryPathOf('https://registry.packdex.example/archives/x.tar.gz', reg), 'archives/x.tar.gz');
    assert.equal(registryPathOf('https://new.example/packsx/archives/x.tar.gz', reg), undefined, 'a prefix is a whole folder');
    assert.equal(registryPathOf('https://new.example/packs/archives/../../x', reg), undefined);
    assert.equal(registryPathOf('https://github.com/acme/x/releases/download/v1/x.tar.gz', reg), undefined);
  });
  it('index entries give registry archives under the current url; new versions record paths, reruns keep the old spelling', () => {
    const abs = entry('slack', '1.0.0', { install_sources: [{ type: 'archive', url: 'https://registry.packdex.example/archives/slack-1.0.0.tar.gz', checksum: SUM }] });
    const reg = { url: 'https://new.example/packs', former_urls: ['https://registry.packdex.example'] };
    assert.equal(absoluteEntry(abs, reg).install_sources[0]!.url, 'https://new.example/packs/archives/slack-1.0.0.tar.gz');
    const fresh = entry('slack', '1.0.0', { install_sources: [{ type: 'archive', url: 'https://new.example/packs/archives/slack-1.0.0.tar.gz', checksum: SUM }] });
    assert.equal(recordedEntry(fresh, reg, undefined).install_sources[0]!.url, 'archives/slack-1.0.0.tar.gz');
    const doc: PackageDocument = { name: 'slack', owner: 'local', dist_tags: { latest: '1.0.0' }, updated_at: '2026-01-01T00:00:00Z', index_updated_at: '2026-01-01T00:00:00Z', versions: [{ version: '1.0.0', published_at: '2026-01-01T00:00:00Z', dependencies: {}, yanked: false, entry: abs }] };
    assert.equal(recordedEntry(fresh, reg, doc).install_sources[0]!.url, abs.install_sources[0]!.url);
  });
});
