import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CACHE_CONTROL, classifySiteFile } from '../../../src/core/deploy/classify-site-file';
import { planDeploy, type SiteFile, type StoredObject } from '../../../src/core/deploy/plan-deploy';

const h = (c: string) => c.repeat(64).slice(0, 64);
const file = (path: string, c = 'a', size = 10): SiteFile => ({ path, sha256: h(c), size });
/** What packdex itself would have stored for `f`. */
const stored = (f: SiteFile): StoredObject => ({ path: f.path, size: f.size, sha256: f.sha256, contentType: classifySiteFile(f.path).contentType, cacheControl: classifySiteFile(f.path).cacheControl });

describe('classifySiteFile', () => {
  const cases: [string, string, string, string][] = [
    ['archives/demo-1.0.0.tar.gz', 'immutable', 'application/gzip', CACHE_CONTROL.immutable],
    ['archives/@acme/x-1.0.0.tar.gz', 'immutable', 'application/gzip', CACHE_CONTROL.immutable],
    ['search/3f9a1c2b7d0e4f65a1b2.json', 'immutable', 'application/json; charset=utf-8', CACHE_CONTROL.immutable],
    ['packages/de/mo/demo.json', 'documents', 'application/json; charset=utf-8', 'no-cache'],
    // A package whose name looks like a hash is still a document: it gains versions.
    ['packages/de/ad/deadbeefdeadbeefdeadbeef.json', 'documents', 'application/json; charset=utf-8', 'no-cache'],
    ['assets/app.js', 'documents', 'text/javascript; charset=utf-8', 'no-cache'],
    ['assets/style.css', 'documents', 'text/css; charset=utf-8', 'no-cache'],
    ['registry.json', 'entry-points', 'application/json; charset=utf-8', CACHE_CONTROL['entry-points']],
    ['index.json', 'entry-points', 'application/json; charset=utf-8', CACHE_CONTROL['entry-points']],
    ['index.html', 'entry-points', 'text/html; charset=utf-8', CACHE_CONTROL['entry-points']],
    ['feed.xml', 'entry-points', 'application/xml; charset=utf-8', CACHE_CONTROL['entry-points']],
    ['feeds/updates.atom', 'entry-points', 'application/atom+xml; charset=utf-8', CACHE_CONTROL['entry-points']],
    // Only the root's index.json is an entry point.
    ['packages/in/de/index.json', 'documents', 'application/json; charset=utf-8', 'no-cache'],
    ['LICENSE', 'documents', 'application/octet-stream', 'no-cache'],
  ];
  for (const [rel, phase, type, cache] of cases) {
    it(`${rel} → ${phase}, ${type}`, () => assert.deepEqual(classifySiteFile(rel), { phase, contentType: type, cacheControl: cache }));
  }
});

describe('planDeploy', () => {
  const site = [file('registry.json'), file('index.json', 'b'), file('index.html', 'c'), file('assets/app.js', 'd'), file('packages/de/mo/demo.json', 'e'), file('archives/demo-1.0.0.tar.gz', 'f', 500), file('feed.xml', '1')];

  it('uploads everything to an empty store: immutable first, documents, entry points with registry.json last', () => {
    const plan = planDeploy(site, []);
    assert.deepEqual(
      plan.steps.map((s) => `${s.phase} ${s.path}`),
      ['immutable archives/demo-1.0.0.tar.gz', 'documents assets/app.js', 'documents packages/de/mo/demo.json', 'entry-points feed.xml', 'entry-points index.html', 'entry-points index.json', 'entry-points registry.json'],
    );
    assert.ok(plan.steps.every((s) => s.action === 'upload' && s.reason === 'new'));
    assert.equal(plan.unchanged, 0);
  });

  it('uploads nothing when the store holds the same bytes and headers', () => {
    assert.deepEqual(planDeploy(site, site.map(stored)), { steps: [], unchanged: site.length, foreign: [] });
  });

  it('uploads only what changed: other bytes, other size, or other headers', () => {
    const before = site.map(stored);
    const changed = site.map((f) => (f.path === 'index.json' ? file('index.json', '9') : f.path === 'packages/de/mo/demo.json' ? { ...f, size: 11 } : f));
    before[3] = { ...before[3]!, cacheControl: 'max-age=999' }; // assets/app.js
    const plan = planDeploy(changed, before);
    assert.deepEqual(
      plan.steps.map((s) => (s.action === 'upload' ? `${s.path} ${s.reason}` : s.path)),
      ['assets/app.js headers', 'packages/de/mo/demo.json changed', 'index.json changed'],
    );
    assert.equal(plan.unchanged, 4);
  });

  it('treats an object without our hash as changed, and removes only objects packdex wrote, last, entry points before archives', () => {
    const before: StoredObject[] = [
      { path: 'index.json', size: 10 },
      stored(file('archives/old-0.1.0.tar.gz', '7')),
      stored(file('packages/ol/d/old.json', '7')),
      stored(file('feeds/gone.xml', '7')),
      { path: 'notes/someone-elses.txt', size: 3 },
      ...site.filter((f) => f.path !== 'index.json').map(stored),
    ];
    const plan = planDeploy(site, before);
    assert.deepEqual(
      plan.steps.map((s) => `${s.action} ${s.path}`),
      ['upload index.json', 'delete feeds/gone.xml', 'delete packages/ol/d/old.json', 'delete archives/old-0.1.0.tar.gz'],
    );
    assert.deepEqual(plan.foreign, ['notes/someone-elses.txt']);
  });

  it('never removes a file the site has, never uploads one twice, and orders phases whatever the input order (property)', () => {
    const paths = fc.constantFrom('registry.json', 'index.json', 'index.html', 'feed.xml', 'assets/app.js', 'packages/a/b.json', 'packages/c/d.json', 'archives/a.tar.gz', 'archives/b.tar.gz', 'x/1234567890abcdef1234.js');
    const entry = fc.record({ path: paths, c: fc.constantFrom('a', 'b'), ours: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.path }), fc.uniqueArray(entry, { selector: (e) => e.path }), (siteIn, storeIn) => {
        const siteFiles = siteIn.map((e) => file(e.path, e.c));
        const store = storeIn.map((e) => (e.ours ? stored(file(e.path, e.c)) : { path: e.path, size: 10 }));
        const plan = planDeploy(siteFiles, store);
        const rank = { immutable: 0, documents: 1, 'entry-points': 2, removals: 3 };
        for (let i = 1; i < plan.steps.length; i++) assert.ok(rank[plan.steps[i - 1]!.phase] <= rank[plan.steps[i]!.phase]);
        const uploads = plan.steps.filter((s) => s.action === 'upload').map((s) => s.path);
        assert.equal(new Set(uploads).size, uploads.length);
        const inSite = new Set(siteFiles.map((f) => f.path));
        for (const s of plan.steps) if (s.action === 'delete') assert.ok(!inSite.has(s.path) && store.find((o) => o.path === s.path)?.sha256 !== undefined);
        // Applying the plan gives a store equal to the site: a second plan is empty.
        const after = [...siteFiles.map(stored), ...store.filter((o) => !inSite.has(o.path) && o.sha256 === undefined)];
        assert.deepEqual(planDeploy(siteFiles, after).steps, []);
        assert.equal(plan.unchanged + uploads.length, siteFiles.length);
        const registry = uploads.indexOf('registry.json');
        if (registry !== -1) assert.ok(plan.steps.filter((s) => s.action === 'upload').slice(registry + 1).length === 0);
      }),
    );
  });
});
