import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { attachBundle } from '../../src/action/attach-bundle';
import { verifyProvenance, loadTrustedRoots } from '../../src/client/install/verify-provenance';
import { GitHubApi } from '../../src/github/github-api';
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/loopback-github';
import { provenanceStatement, startSigstore, type SigstoreInstance } from '../helpers/sigstore-mock';
import { tempDir } from '../helpers/tmp';

/**
 * The Action's half after attesting: the bundle goes up beside the archive and the entry records
 * its URL and signer; a client then verifies what was uploaded. @actions/attest itself signs only
 * against Sigstore's and GitHub's hosted endpoints (it derives them from the server's host name),
 * which no loopback server can stand in for, so the bundle here comes from @sigstore/sign against
 * the loopback Sigstore, made the way @actions/attest makes it (DSSE, in-toto SLSA statement).
 */
describe('attachBundle: upload the Sigstore bundle beside the archive and record its signer', () => {
  let gh: LoopbackGitHub;
  let sigstore: SigstoreInstance;
  before(async () => {
    gh = await startLoopbackGitHub({ tls: false });
    gh.createRepo('acme/pack-slack', { files: { 'pack.yaml': 'ref: slack\n' } });
    gh.tokens.set('write-token', { repos: '*', write: true });
    sigstore = await startSigstore();
  });
  after(async () => {
    await gh.stop();
    await sigstore.close();
    assert.deepEqual(gh.violations, [], 'every request and response matched GitHub’s OpenAPI description');
  });

  it('uploads <archive>.sigstore.json once, records bundle_url and the certificate\'s identity, and the client verifies it', async () => {
    const api = new GitHubApi('write-token', gh.apiUrl);
    const archivePath = path.join(tempDir('packdex-asset-'), 'slack-1.0.0.tar.gz');
    writeFileSync(archivePath, 'archive bytes');
    const sha = createHash('sha256').update('archive bytes').digest('hex');
    const san = 'https://github.com/acme/pack-slack/.github/workflows/release.yml@refs/tags/v1.0.0';
    const bundle = await sigstore.attest(provenanceStatement('slack-1.0.0.tar.gz', sha, { repository: 'acme/pack-slack', path: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' }), { san });
    const settings = { repo: { owner: 'acme', repo: 'pack-slack' }, tag: 'v1.0.0', title: 'slack 1.0.0', archivePath, assetName: 'slack-1.0.0.tar.gz', bundle };
    const recorded = await attachBundle(api, settings);
    const release = gh.repo('acme/pack-slack').releases[0]!;
    assert.deepEqual(release.assets.map((a) => [a.name, a.contentType]), [['slack-1.0.0.tar.gz.sigstore.json', 'application/json']]);
    assert.deepEqual(JSON.parse(release.assets[0]!.bytes.toString('utf8')), bundle);
    assert.deepEqual(recorded, {
      bundle_url: `${gh.serverUrl}/acme/pack-slack/releases/download/v1.0.0/slack-1.0.0.tar.gz.sigstore.json`,
      identity: { repository: 'acme/pack-slack', workflow: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' },
      issuer: 'https://token.actions.githubusercontent.com',
    });
    assert.deepEqual(await attachBundle(api, settings), recorded, 'a rerun with the same bundle uploads nothing');
    assert.equal(gh.repo('acme/pack-slack').releases[0]!.assets.length, 1);

    const rootFile = path.join(tempDir(), 'trusted_root.json');
    writeFileSync(rootFile, JSON.stringify(sigstore.trustedRoot));
    const verified = await verifyProvenance({
      what: 'slack 1.0.0',
      bundle: { location: recorded.bundle_url, allowHttp: false },
      archiveChecksum: `sha256:${sha}`,
      owner: 'github.com/acme/pack-slack',
      recorded: { workflow: recorded.identity.workflow, ref: recorded.identity.ref },
      roots: await loadTrustedRoots([rootFile]),
    });
    assert.deepEqual(verified.identity, recorded.identity);
  });

  it('refuses a bundle whose certificate names no workflow, before uploading it', async () => {
    const api = new GitHubApi('write-token', gh.apiUrl);
    const archivePath = path.join(tempDir('packdex-asset-'), 'slack-2.0.0.tar.gz');
    writeFileSync(archivePath, 'other bytes');
    const bundle = await sigstore.attest(provenanceStatement('slack-2.0.0.tar.gz', 'ab'.repeat(32), { repository: 'acme/pack-slack', path: 'x', ref: 'y' }), { san: 'someone@example.com' });
    await assert.rejects(attachBundle(api, { repo: { owner: 'acme', repo: 'pack-slack' }, tag: 'v2.0.0', title: 'slack 2.0.0', archivePath, assetName: 'slack-2.0.0.tar.gz', bundle }), (e: Error & { code?: string }) => e.code === 'PROVENANCE_INVALID');
    assert.equal(gh.repo('acme/pack-slack').releases.find((r) => r.tag === 'v2.0.0'), undefined, 'no release, no asset');
  });
});
