import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addVersion, setDistTag, yankVersion } from '../../../src/core/site/change-package';
import { assertValidDocument, documentViolations, indexEntryOf, type PackageDocument } from '../../../src/core/site/package-document';
import { entry } from '../../helpers/index-data';

const t = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));

function docWith(...versions: string[]): PackageDocument {
  let doc: PackageDocument | undefined;
  versions.forEach((v, i) => {
    doc = addVersion(doc, { entry: entry('demo', v), owner: 'github.com/acme/demo', archiveSize: 100 + i }, t(i)).doc;
  });
  return doc!;
}

describe('addVersion', () => {
  it('creates a document whose latest is the version', () => {
    const doc = docWith('1.0.0');
    assertValidDocument(doc);
    assert.deepEqual(doc.dist_tags, { latest: '1.0.0' });
    assert.equal(doc.index_updated_at, '2026-01-01T00:00:00Z');
  });

  it('keeps versions ascending whatever the publish order, and latest on the newest release', () => {
    const doc = docWith('2.0.0', '1.0.0', '2.1.0-rc.1', '1.10.0');
    assert.deepEqual(doc.versions.map((v) => v.version), ['1.0.0', '1.10.0', '2.0.0', '2.1.0-rc.1']);
    assert.equal(doc.dist_tags.latest, '2.0.0', 'a prerelease is not latest while a release exists');
    assert.equal(doc.index_updated_at, '2026-01-01T00:00:00Z', 'older versions and prereleases leave index.json alone');
    assert.equal(doc.updated_at, '2026-01-01T00:00:03Z');
    assertValidDocument(doc);
  });

  it('is unchanged for the same version and entry, and refuses a different entry', () => {
    const doc = docWith('1.0.0');
    assert.equal(addVersion(doc, { entry: entry('demo', '1.0.0'), owner: 'github.com/acme/demo', archiveSize: 100 }, t(9)).outcome, 'unchanged');
    const other = entry('demo', '1.0.0');
    other.description = 'changed';
    assert.throws(() => addVersion(doc, { entry: other, owner: 'github.com/acme/demo', archiveSize: 100 }, t(9)), { code: 'VERSION_IMMUTABLE' });
    assert.throws(() => addVersion(doc, { entry: entry('demo', '1.0.0'), owner: 'github.com/acme/demo', archiveSize: 101 }, t(9)), { code: 'VERSION_IMMUTABLE' });
  });

  it('refuses another owner, and half a signature', () => {
    const doc = docWith('1.0.0');
    assert.throws(() => addVersion(doc, { entry: entry('demo', '1.1.0'), owner: 'github.com/mallory/demo' }, t(9)), { code: 'NAME_OWNED' });
    assert.throws(() => addVersion(undefined, { entry: entry('demo', '1.1.0'), owner: 'x', signatureUrl: 'https://x.example/a.asc' }, t(9)), { code: 'SIGNATURE_FIELDS_INCOMPLETE' });
  });

  it('records a signature with its fingerprint', () => {
    const fp = 'A'.repeat(40);
    const doc = addVersion(undefined, { entry: entry('demo', '1.0.0'), owner: 'x', signatureUrl: 'https://x.example/a.asc', publisherKeyFingerprint: fp }, t(0)).doc;
    assert.equal(doc.versions[0].publisher_key_fingerprint, fp);
    assertValidDocument(doc);
  });
});

describe('yankVersion', () => {
  it('moves latest to the next newest, drops tags on it, and stamps index_updated_at', () => {
    let doc = docWith('1.0.0', '2.0.0');
    doc = setDistTag(doc, 'stable', '2.0.0', t(5)).doc;
    const yanked = yankVersion(doc, '2.0.0', { reason: 'broken upload' }, t(6));
    assert.equal(yanked.outcome, 'updated');
    assert.deepEqual(yanked.doc.dist_tags, { latest: '1.0.0' });
    assert.equal(yanked.doc.index_updated_at, '2026-01-01T00:00:06Z');
    assert.equal(yanked.doc.versions[1]!.yanked_reason, 'broken upload');
    assert.equal(indexEntryOf(yanked.doc)!.version, '1.0.0');
    assertValidDocument(yanked.doc);
    const restored = yankVersion(yanked.doc, '2.0.0', { undo: true }, t(7)).doc;
    assert.equal(restored.dist_tags.latest, '2.0.0');
    assert.equal(restored.versions[1]!.yanked_reason, undefined);
    assertValidDocument(restored);
  });

  it('removes the package from the index when every version is yanked', () => {
    const doc = yankVersion(docWith('1.0.0'), '1.0.0', {}, t(3)).doc;
    assert.equal(indexEntryOf(doc), undefined);
    assert.deepEqual(doc.dist_tags, {});
    assertValidDocument(doc);
  });

  it('is unchanged when yanked twice, and refuses an unknown version', () => {
    const doc = yankVersion(docWith('1.0.0', '1.1.0'), '1.0.0', {}, t(3)).doc;
    assert.equal(yankVersion(doc, '1.0.0', {}, t(4)).outcome, 'unchanged');
    assert.throws(() => yankVersion(doc, '9.9.9', {}, t(4)), { code: 'VERSION_NOT_FOUND' });
  });
});

describe('setDistTag', () => {
  it('sets and removes a tag without touching the index time', () => {
    const doc = docWith('1.0.0', '2.0.0-beta.1');
    const tagged = setDistTag(doc, 'beta', '2.0.0-beta.1', t(5)).doc;
    assert.deepEqual(tagged.dist_tags, { beta: '2.0.0-beta.1', latest: '1.0.0' });
    assert.equal(tagged.index_updated_at, doc.index_updated_at);
    assert.deepEqual(setDistTag(tagged, 'beta', undefined, t(6)).doc.dist_tags, { latest: '1.0.0' });
    assert.equal(setDistTag(doc, 'beta', undefined, t(6)).outcome, 'unchanged');
  });

  for (const [tag, version, code] of [
    ['latest', '1.0.0', 'DIST_TAG_INVALID'],
    ['Beta', '1.0.0', 'DIST_TAG_INVALID'],
    ['1.0.0', '1.0.0', 'DIST_TAG_INVALID'],
    ['beta', '3.0.0', 'VERSION_NOT_FOUND'],
  ] as const) {
    it(`refuses ${tag} → ${version} with ${code}`, () => assert.throws(() => setDistTag(docWith('1.0.0'), tag, version, t(5)), { code }));
  }

  it('refuses a yanked version', () => {
    const doc = yankVersion(docWith('1.0.0', '1.1.0'), '1.0.0', {}, t(3)).doc;
    assert.throws(() => setDistTag(doc, 'old', '1.0.0', t(4)), { code: 'DIST_TAG_INVALID' });
  });
});

describe('documentViolations', () => {
  it('finds what the schema cannot: order, tags, latest, entry identity', () => {
    const doc = structuredClone(docWith('1.0.0', '2.0.0')) as PackageDocument;
    doc.versions.reverse();
    doc.dist_tags = { latest: '1.0.0', beta: '9.9.9' };
    doc.versions[0].entry.ref = 'other';
    const paths = documentViolations(doc).map((v) => v.path);
    assert.ok(paths.includes('/versions/1/version'), paths.join());
    assert.ok(paths.includes('/dist_tags/beta'));
    assert.ok(paths.includes('/dist_tags/latest'));
    assert.ok(paths.includes('/versions/0/entry/ref'));
  });
});
