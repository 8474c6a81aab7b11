import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { attachBundle } from '../../src/action/attach-bundle';
import { reuseBundle, runIdentity } from '../../src/action/reuse-bundle';
import { hashFile } from '../../src/core/checksum/hash-file';
import { attachToRelease } from '../../src/github/release-asset';
import { verifyProvenance, loadTrustedRoots } from '../../src/client/install/verify-provenance';
import { GitHubApi } from '../../src/github/github-api';
import { startLoopbackGitHub, type LoopbackGitHub } from '../helpers/loopback-github';
import { provenanceStatement, startSigstore, type SigstoreInstance } from '../helpers/sigstore-mock';
import { tempDir } from '../helpers/tmp';

/**
 * The Action's half after attesting, as units: the bundle goes up beside the archive and the entry
 * records its URL and signer; a client then verifies what was uploaded; a rerun reuses a bundle
 * already there only when it verifies. The bundles here come from @sigstore/sign against the
 * loopback Sigstore, made the way @actions/attest makes them (DSSE, in-toto SLSA statement), so
 * each refusal can be built on purpose; test/action/publish.test.ts runs @actions/attest itself,
 * in the bundled Action, against the same mock behind a loopback proxy.
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

  describe('reuseBundle: a rerun finds <archive>.sigstore.json already on the release', () => {
    const repo = { owner: 'acme', repo: 'pack-slack' };
    const workflow = { repository: 'acme/pack-slack', workflow: '.github/workflows/release.yml', ref: 'refs/tags/v4.0.0' };
    const san = (w = workflow) => `https://github.com/${w.repository}/${w.workflow}@${w.ref}`;
    let n = 0;
    /** A release v4.0.<n> holding `bytes` as slack-4.0.<n>.tar.gz.sigstore.json; what reuseBundle is given. */
    async function held(bytes: string | Buffer) {
      const tag = `v4.0.${++n}`;
      const name = `slack-4.0.${n}.tar.gz.sigstore.json`;
      const file = path.join(tempDir('packdex-asset-'), name);
      writeFileSync(file, bytes);
      const { asset } = await attachToRelease(new GitHubApi('write-token', gh.apiUrl), { repo, tag, title: tag, body: tag, file, name, checksum: `sha256:${await hashFile(file)}`, contentType: 'application/json' });
      return { tag, asset };
    }
    const archiveSha = createHash('sha256').update('the archive').digest('hex');
    const archive = (tag: string) => ({ name: `slack-${tag.slice(1)}.tar.gz`, checksum: `sha256:${archiveSha}` });
    async function roots() {
      const rootFile = path.join(tempDir(), 'trusted_root.json');
      writeFileSync(rootFile, JSON.stringify(sigstore.trustedRoot));
      return loadTrustedRoots([rootFile]);
    }
    const settings = async (h: Awaited<ReturnType<typeof held>>, overrides: Partial<Parameters<typeof reuseBundle>[1]> = {}) => ({
      repo,
      tag: h.tag,
      asset: h.asset,
      archive: archive(h.tag),
      owner: 'github.com/acme/pack-slack',
      identity: { ...workflow, ref: `refs/tags/${h.tag}` },
      roots: await roots(),
      tempDir: tempDir(),
      ...overrides,
    });
    const conflict = (cause: string) => (e: Error & { code?: string; fix?: string; cause?: { code?: string } }) => {
      assert.equal(e.code, 'RELEASE_ASSET_CONFLICT', e.message);
      assert.match(e.message, /already has 'slack-4\.0\.\d+\.tar\.gz\.sigstore\.json'/, 'names the asset');
      assert.match(e.message, /Nothing was pushed/);
      assert.match(e.fix!, /Delete slack-4\.0\.\d+\.tar\.gz\.sigstore\.json from the release v4\.0\.\d+ and rerun/);
      if (cause !== '') assert.equal(e.cause?.code, cause);
      return true;
    };

    it('reuses a bundle that verifies for this archive and this workflow, recording it as the first run did, and uploads nothing', async () => {
      const tag = `v4.0.${n + 1}`;
      const bundle = await sigstore.attest(provenanceStatement(archive(tag).name, archiveSha, { ...workflow, path: workflow.workflow, ref: `refs/tags/${tag}` }), { san: san({ ...workflow, ref: `refs/tags/${tag}` }) });
      const h = await held(`${JSON.stringify(bundle)}\n`);
      const before = gh.calls.filter((c) => c.operationId === 'repos/upload-release-asset').length;
      const recorded = await reuseBundle(new GitHubApi('write-token', gh.apiUrl), await settings(h));
      assert.deepEqual(recorded, { bundle_url: h.asset.downloadUrl, identity: { ...workflow, ref: `refs/tags/${tag}` }, issuer: 'https://token.actions.githubusercontent.com' });
      assert.equal(gh.calls.filter((c) => c.operationId === 'repos/upload-release-asset').length, before, 'nothing uploaded');
      assert.ok(gh.calls.some((c) => c.operationId === 'repos/get-release-asset' && c.status === 302), 'downloaded through the API');
    });

    it('refuses a bundle for another digest, another workflow, another ref, an untrusted CA, and a file that is no bundle', async () => {
      const api = new GitHubApi('write-token', gh.apiUrl);
      const statementFor = (tag: string, sha: string, w = workflow) => provenanceStatement(archive(tag).name, sha, { ...w, path: w.workflow, ref: `refs/tags/${tag}` });
      // A stale bundle: the archive of an earlier build of this tag, other bytes.
      let tag = `v4.0.${n + 1}`;
      let h = await held(JSON.stringify(await sigstore.attest(statementFor(tag, 'ab'.repeat(32)), { san: san({ ...workflow, ref: `refs/tags/${tag}` }) })));
      await assert.rejects(reuseBundle(api, await settings(h)), conflict('PROVENANCE_DIGEST_MISMATCH'));
      // Signed by another workflow of the same repository.
      tag = `v4.0.${n + 1}`;
      const deploy = { ...workflow, workflow: '.github/workflows/deploy.yml', ref: `refs/tags/${tag}` };
      h = await held(JSON.stringify(await sigstore.attest(statementFor(tag, archiveSha, deploy), { san: san(deploy) })));
      await assert.rejects(reuseBundle(api, await settings(h)), conflict('PROVENANCE_IDENTITY_MISMATCH'));
      // The right workflow at another ref (a branch run uploaded it).
      tag = `v4.0.${n + 1}`;
      h = await held(JSON.stringify(await sigstore.attest(statementFor(tag, archiveSha), { san: san({ ...workflow, ref: 'refs/heads/main' }) })));
      await assert.rejects(reuseBundle(api, await settings(h)), conflict('PROVENANCE_IDENTITY_MISMATCH'));
      // Another repository's workflow (a foreign asset someone uploaded).
      tag = `v4.0.${n + 1}`;
      const foreign = { repository: 'mallory/pack-slack', workflow: '.github/workflows/release.yml', ref: `refs/tags/${tag}` };
      h = await held(JSON.stringify(await sigstore.attest(statementFor(tag, archiveSha, foreign), { san: san(foreign) })));
      await assert.rejects(reuseBundle(api, await settings(h)), conflict('PROVENANCE_IDENTITY_MISMATCH'));
      // The right statement and signer, from a CA the Action's roots do not list.
      tag = `v4.0.${n + 1}`;
      h = await held(JSON.stringify(await sigstore.attest(statementFor(tag, archiveSha), { san: san({ ...workflow, ref: `refs/tags/${tag}` }) }, { rogueCa: true })));
      await assert.rejects(reuseBundle(api, await settings(h)), conflict('PROVENANCE_UNTRUSTED_ROOT'));
      // A sound bundle checked against roots that do not list its instance (the shipped public good).
      tag = `v4.0.${n + 1}`;
      h = await held(JSON.stringify(await sigstore.attest(statementFor(tag, archiveSha), { san: san({ ...workflow, ref: `refs/tags/${tag}` }) })));
      await assert.rejects(reuseBundle(api, await settings(h, { roots: await loadTrustedRoots() })), conflict(''));
      // A runner that does not say which workflow it runs cannot reuse anything.
      await assert.rejects(reuseBundle(api, await settings(h, { identity: undefined })), conflict(''));
      h = await held('{"mediaType": "not a bundle"}\n');
      await assert.rejects(reuseBundle(api, await settings(h)), conflict('PROVENANCE_INVALID'));
    });

    it('reads this run\'s identity from GITHUB_WORKFLOW_REF, anchored', () => {
      assert.deepEqual(runIdentity({ GITHUB_WORKFLOW_REF: 'acme/pack-slack/.github/workflows/release.yml@refs/tags/v1.0.0' }), { repository: 'acme/pack-slack', workflow: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' });
      for (const bad of ['', 'acme/pack-slack/.github/workflows/release.yml', 'acme/pack-slack/.github/workflows/release.yml.evil@refs/tags/v1', 'acme/pack-slack/other/release.yml@refs/tags/v1']) assert.equal(runIdentity({ GITHUB_WORKFLOW_REF: bad }), undefined, bad);
    });
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
