import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { provenanceFromBundle } from '../../../src/core/provenance/record-provenance';
import { addVersion } from '../../../src/core/site/change-package';
import { serializeDocument } from '../../../src/core/site/package-document';
import { provenanceStatement, startSigstore, type SigstoreInstance } from '../../helpers/sigstore-mock';
import { initRegistry, publish } from '../../helpers/site';

const URL_ = 'https://github.com/acme/pack/releases/download/v1.0.0/pack-1.0.0.tar.gz.sigstore.json';
describe('provenanceFromBundle (what the Action records)', () => {
  let sigstore: SigstoreInstance;
  before(async () => (sigstore = await startSigstore()));
  after(() => sigstore.close());

  it('reads the signer from the certificate, and the record survives the package document\'s canonical form', async () => {
    const san = 'https://github.com/acme/pack/.github/workflows/release.yml@refs/tags/v1.0.0';
    const bundle = await sigstore.attest(provenanceStatement('pack-1.0.0.tar.gz', 'ab'.repeat(32), { repository: 'acme/pack', path: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' }), { san });
    const provenance = provenanceFromBundle(bundle, URL_);
    assert.deepEqual(provenance, { bundle_url: URL_, identity: { repository: 'acme/pack', workflow: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' }, issuer: 'https://token.actions.githubusercontent.com' });
    const now = new Date('2026-05-01T00:00:00Z');
    const { entry } = await publish(await initRegistry(), 'pack', '1.0.0');
    const created = addVersion(undefined, { entry: entry as never, owner: 'github.com/acme/pack', provenance }, now);
    assert.deepEqual(JSON.parse(serializeDocument(created.doc)).versions[0].provenance, provenance);
    assert.equal(addVersion(created.doc, { entry: entry as never, owner: 'github.com/acme/pack', provenance }, now).outcome, 'unchanged', 'a rerun with the same record');
    assert.equal(addVersion(created.doc, { entry: entry as never, owner: 'github.com/acme/pack' }, now).outcome, 'unchanged', 'a rerun before it attests: the held record stays');
    const plain = addVersion(undefined, { entry: entry as never, owner: 'github.com/acme/pack' }, now);
    assert.throws(() => addVersion(plain.doc, { entry: entry as never, owner: 'github.com/acme/pack', provenance }, now), (e: Error & { code?: string }) => e.code === 'VERSION_IMMUTABLE', 'a published version gains no record later');
    assert.throws(() => addVersion(created.doc, { entry: entry as never, owner: 'github.com/acme/pack', provenance: { ...provenance, identity: { ...provenance.identity, workflow: '.github/workflows/other.yml' } } }, now), (e: Error & { code?: string }) => e.code === 'VERSION_IMMUTABLE');
  });

  it('refuses a bundle whose certificate names no workflow, and one that is not a bundle', async () => {
    const bundle = await sigstore.attest(provenanceStatement('x', 'ab'.repeat(32), { repository: 'acme/pack', path: 'x', ref: 'y' }), { san: 'someone@example.com' });
    assert.throws(() => provenanceFromBundle(bundle, URL_), (e: Error & { code?: string }) => e.code === 'PROVENANCE_INVALID');
    assert.throws(() => provenanceFromBundle({ mediaType: 'nope' }, URL_), (e: Error & { code?: string }) => e.code === 'PROVENANCE_INVALID');
  });
});
