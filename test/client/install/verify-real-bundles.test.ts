import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadTrustedRoots, verifyProvenance, type NamedTrustedRoot, type ProvenanceRequest } from '../../../src/client/install/verify-provenance';
import { tempDir } from '../../helpers/tmp';

/**
 * Real bundles from GitHub Actions (test/fixtures/sigstore/README.md: actions/attest-build-provenance's
 * prober workflow, one signed through Sigstore's public good and logged in Rekor, one through
 * GitHub's instance with only a timestamp), verified offline against the roots packdex ships.
 * Their certificates expired in November 2025: that they verify shows the library holds a
 * certificate to the log entry's integrated time or the signed timestamp, not to now.
 */

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'sigstore');
const TRUST = path.join(import.meta.dirname, '..', '..', '..', 'trust');
const PUBLIC_GOOD_BUNDLE = path.join(FIXTURES, 'attest-build-provenance-13532655.public-good.sigstore.json');
const GITHUB_BUNDLE = path.join(FIXTURES, 'attest-build-provenance-13531551.github.sigstore.json');
const PUBLIC_GOOD_DIGEST = 'sha256:bb030cb9e028ff6d4051f2103b3b08f7e3928aa80a7d3626cef6e2553dc714b8';
const GITHUB_DIGEST = 'sha256:b03d18ed0a16864ef2d2e559c660159a2170b9d086a1f42f570b1679326b90e6';
const OWNER = 'github.com/actions/attest-build-provenance';
const SAN = 'https://github.com/actions/attest-build-provenance/.github/workflows/prober.yml@refs/heads/main';

function request(bundle: string, archiveChecksum: string, roots: readonly NamedTrustedRoot[], extra: Partial<ProvenanceRequest> = {}): ProvenanceRequest {
  return { what: 'artifact 1.0.0', bundle: { location: bundle, allowHttp: false }, archiveChecksum, owner: OWNER, roots, ...extra };
}

async function refusedWith(req: ProvenanceRequest, code: string, message?: RegExp): Promise<void> {
  await assert.rejects(verifyProvenance(req), (e: Error & { code?: string }) => {
    assert.equal(e.code, code, e.message);
    if (message !== undefined) assert.match(e.message, message);
    return true;
  });
}

function leafOf(file: string): X509Certificate {
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { verificationMaterial: { certificate: { rawBytes: string } } };
  return new X509Certificate(Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'));
}

/** The parts of a bundle's JSON the tamper cases change. */
interface BundleJson {
  verificationMaterial: { timestampVerificationData?: { rfc3161Timestamps: { signedTimestamp: string }[] } };
  dsseEnvelope: { payload: string };
}

/** A changed copy of a fixture bundle in a temporary folder. */
function tampered(file: string, change: (bundle: BundleJson) => void): string {
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as BundleJson;
  change(bundle);
  const out = path.join(tempDir(), path.basename(file));
  writeFileSync(out, JSON.stringify(bundle));
  return out;
}

describe('real GitHub Actions bundles against the shipped trusted roots', () => {
  it('the fixtures are what the README says: the signer in the certificate, certificates long expired', () => {
    for (const file of [PUBLIC_GOOD_BUNDLE, GITHUB_BUNDLE]) {
      const leaf = leafOf(file);
      assert.equal(leaf.subjectAltName, `URI:${SAN}`);
      assert.ok(new Date(leaf.validTo).getTime() < Date.now(), 'the certificate expired long before this test runs');
    }
    assert.match(leafOf(PUBLIC_GOOD_BUNDLE).issuer, /O=sigstore\.dev/);
    assert.match(leafOf(GITHUB_BUNDLE).issuer, /O=GitHub\\?, Inc\./);
  });

  it('ships both roots: Sigstore public good and GitHub\'s instance (no transparency log, no CT log)', async () => {
    const roots = await loadTrustedRoots();
    assert.deepEqual(roots.map((r) => [r.name, r.source, r.hasTlogs, r.hasCtlogs]), [
      ['sigstore-public-good', 'shipped', true, true],
      ['github', 'shipped', false, false],
    ]);
  });

  it('verifies the public-good bundle (Rekor entry) with its real digest and identity', async () => {
    const verified = await verifyProvenance(request(PUBLIC_GOOD_BUNDLE, PUBLIC_GOOD_DIGEST, await loadTrustedRoots()));
    assert.equal(verified.root, 'sigstore-public-good');
    assert.equal(verified.san, SAN);
    assert.equal(verified.issuer, 'https://token.actions.githubusercontent.com');
    assert.deepEqual(verified.identity, { repository: 'actions/attest-build-provenance', workflow: '.github/workflows/prober.yml', ref: 'refs/heads/main' });
    assert.deepEqual(verified.evidence, { tlogEntries: 1, timestamps: 0 });
    assert.equal(verified.subject.sha256, PUBLIC_GOOD_DIGEST.slice('sha256:'.length));
  });

  it('verifies the GitHub-instance bundle (timestamp only) against the shipped GitHub root', async () => {
    const verified = await verifyProvenance(request(GITHUB_BUNDLE, GITHUB_DIGEST, await loadTrustedRoots(), { recorded: { workflow: '.github/workflows/prober.yml', ref: 'refs/heads/main' } }));
    assert.equal(verified.root, 'github');
    assert.equal(verified.san, SAN);
    assert.deepEqual(verified.evidence, { tlogEntries: 0, timestamps: 1 });
    assert.equal(verified.subject.sha256, GITHUB_DIGEST.slice('sha256:'.length));
  });

  it('refuses another archive\'s digest, another owner and a look-alike owner, with the real bundles', async () => {
    const roots = await loadTrustedRoots();
    for (const [bundle, digest] of [[PUBLIC_GOOD_BUNDLE, PUBLIC_GOOD_DIGEST], [GITHUB_BUNDLE, GITHUB_DIGEST]] as const) {
      await refusedWith(request(bundle, PUBLIC_GOOD_DIGEST === digest ? GITHUB_DIGEST : PUBLIC_GOOD_DIGEST, roots), 'PROVENANCE_DIGEST_MISMATCH');
      await refusedWith(request(bundle, digest, roots, { owner: 'github.com/actions/attest' }), 'PROVENANCE_IDENTITY_MISMATCH', /actions\/attest\b/);
      await refusedWith(request(bundle, digest, roots, { owner: 'github.com/actions/attest-build-provenance-evil' }), 'PROVENANCE_IDENTITY_MISMATCH');
      await refusedWith(request(bundle, digest, roots, { owner: 'github.com/mallory/attest-build-provenance' }), 'PROVENANCE_IDENTITY_MISMATCH');
      await refusedWith(request(bundle, digest, roots, { recorded: { workflow: '.github/workflows/release.yml' } }), 'PROVENANCE_IDENTITY_MISMATCH', /release\.yml/);
    }
  });

  it('refuses each bundle against the other instance\'s root only: the leaf\'s CA is not listed there', async () => {
    const [publicGood] = await loadTrustedRoots([path.join(TRUST, 'sigstore-public-good.json')]);
    const [github] = await loadTrustedRoots([path.join(TRUST, 'github.json')]);
    await refusedWith(request(GITHUB_BUNDLE, GITHUB_DIGEST, [publicGood!]), 'PROVENANCE_UNTRUSTED_ROOT', /Fulcio Intermediate l2/);
    await refusedWith(request(PUBLIC_GOOD_BUNDLE, PUBLIC_GOOD_DIGEST, [github!]), 'PROVENANCE_UNTRUSTED_ROOT', /sigstore-intermediate/);
    // Each still verifies against its own root given as a file.
    assert.equal((await verifyProvenance(request(GITHUB_BUNDLE, GITHUB_DIGEST, [github!]))).root, path.join(TRUST, 'github.json'));
    assert.equal((await verifyProvenance(request(PUBLIC_GOOD_BUNDLE, PUBLIC_GOOD_DIGEST, [publicGood!]))).root, path.join(TRUST, 'sigstore-public-good.json'));
  });

  it('refuses a real bundle whose evidence or signature was changed', async () => {
    const roots = await loadTrustedRoots();
    const noTimestamp = tampered(GITHUB_BUNDLE, (b) => delete b.verificationMaterial.timestampVerificationData);
    await refusedWith(request(noTimestamp, GITHUB_DIGEST, roots), 'PROVENANCE_NO_EVIDENCE');
    // The timestamp token changed by one bit near its end (in its signature): GitHub's TSA did not sign it.
    const otherTimestamp = tampered(GITHUB_BUNDLE, (b) => {
      const stamp = b.verificationMaterial.timestampVerificationData!.rfc3161Timestamps[0]!;
      const token = Buffer.from(stamp.signedTimestamp, 'base64');
      token[token.length - 3]! ^= 1;
      stamp.signedTimestamp = token.toString('base64');
    });
    await refusedWith(request(otherTimestamp, GITHUB_DIGEST, roots), 'PROVENANCE_INVALID', /TIMESTAMP_ERROR|timestamp/i);
    const resigned = tampered(PUBLIC_GOOD_BUNDLE, (b) => {
      const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'));
      statement.subject[0].digest.sha256 = GITHUB_DIGEST.slice('sha256:'.length);
      b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    });
    await refusedWith(request(resigned, GITHUB_DIGEST, roots), 'PROVENANCE_INVALID');
  });

  it('reads an updated root from the config folder in place of the shipped one, and never without it', async () => {
    const folder = tempDir();
    // An "updated" GitHub root that is really public good's: GitHub's bundles no longer verify.
    writeFileSync(path.join(folder, 'github.json'), readFileSync(path.join(TRUST, 'sigstore-public-good.json')));
    const roots = await loadTrustedRoots([], { updatedFolder: folder });
    assert.deepEqual(roots.map((r) => [r.name, r.source, r.file]), [
      ['sigstore-public-good', 'shipped', undefined],
      ['github', 'updated', path.join(folder, 'github.json')],
    ]);
    await refusedWith(request(GITHUB_BUNDLE, GITHUB_DIGEST, roots), 'PROVENANCE_UNTRUSTED_ROOT');
    assert.equal((await verifyProvenance(request(PUBLIC_GOOD_BUNDLE, PUBLIC_GOOD_DIGEST, roots))).root, 'sigstore-public-good');
    // A broken updated root is an error that says how to recover, not a silent fallback.
    writeFileSync(path.join(folder, 'sigstore-public-good.json'), '{"mediaType":"x"');
    await assert.rejects(loadTrustedRoots([], { updatedFolder: folder }), (e: Error & { code?: string; fix?: string }) => e.code === 'TRUSTED_ROOT_INVALID' && /trust update/.test(e.fix ?? ''));
    // An empty or missing folder: the shipped roots.
    assert.deepEqual((await loadTrustedRoots([], { updatedFolder: path.join(folder, 'missing') })).map((r) => r.source), ['shipped', 'shipped']);
  });
});
