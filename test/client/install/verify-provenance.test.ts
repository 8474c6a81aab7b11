import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { installPacks, type InstallSettings } from '../../../src/client/install/install-packs';
import { provenancePolicy } from '../../../src/client/install/verify-provenance';
import { buildRegistry, testClient } from '../../helpers/client';
import { cli } from '../../helpers/cli';
import { startServer, type TestServer } from '../../helpers/registry-server';
import { publish, REGISTRY_URL } from '../../helpers/site';
import { provenanceStatement, startSigstore, type SigstoreInstance } from '../../helpers/sigstore-mock';
import { snapshot, tempDir } from '../../helpers/tmp';
// @ts-expect-error: a plain .mjs script shared with .ci/run
import { node24 } from '../../../scripts/install-node24.mjs';

const BIN = path.join(import.meta.dirname, '..', '..', '..', 'dist', 'packdex.cjs');
const TRUST_DIR = path.join(import.meta.dirname, '..', '..', '..', 'trust');

/** Run the bundled CLI (what ships) under a given node, asynchronously so the loopback servers answer. */
function bundled(node: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(node, [BIN, ...args], { cwd, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Build provenance on the install path, against a Sigstore instance on loopback (@sigstore/mock's
 * CA, log and timestamp authority) and a registry on loopback. Every refusal asserts its code and
 * that the packs folder is left exactly as it was (here: never created).
 */

const NOW = new Date('2026-05-01T00:00:00Z');
const WORKFLOW = '.github/workflows/release.yml';

/** The parts of a bundle's JSON the tamper cases change. */
interface BundleJson {
  verificationMaterial: { tlogEntries: { inclusionProof: { rootHash: string } }[] };
  dsseEnvelope: { payload: string };
}

interface Attach {
  /** The certificate's SAN (default: the owner's release workflow at refs/tags/v<version>). */
  san?: string;
  /** OWNER/REPO the package document names as owner (default acme/<ref>). */
  owner?: string;
  /** The workflow the entry records (default the release workflow). */
  workflow?: string;
  /** Sign a statement about these bytes instead of the archive. */
  subjectBytes?: Buffer;
  options?: { tlog?: boolean; tsa?: boolean; rogueCa?: boolean };
  /** Change the bundle after signing. */
  tamper?: (bundle: BundleJson) => void;
}

function docFile(registry: string, ref: string): string {
  return path.join(registry, 'packages', ref.slice(0, 2), ref.slice(2, 4), `${ref}.json`);
}

/** Sign a published version's archive as a workflow would, store the bundle beside it and record it in the document. */
async function attach(sigstore: SigstoreInstance, registry: string, ref: string, version: string, a: Attach = {}): Promise<void> {
  const archiveName = `${ref}-${version}.tar.gz`;
  const archive = readFileSync(path.join(registry, 'archives', archiveName));
  const owner = a.owner ?? `acme/${ref}`;
  const gitRef = `refs/tags/v${version}`;
  const digest = createHash('sha256').update(a.subjectBytes ?? archive).digest('hex');
  const san = a.san ?? `https://github.com/${owner}/${WORKFLOW}@${gitRef}`;
  const bundle = (await sigstore.attest(provenanceStatement(archiveName, digest, { repository: owner, path: WORKFLOW, ref: gitRef }), { san }, a.options)) as BundleJson;
  a.tamper?.(bundle);
  writeFileSync(path.join(registry, 'archives', `${archiveName}.sigstore.json`), `${JSON.stringify(bundle)}\n`);
  const file = docFile(registry, ref);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  doc.owner = `github.com/${owner}`;
  const v = doc.versions.find((x: { version: string }) => x.version === version);
  v.provenance = {
    bundle_url: `${REGISTRY_URL}/archives/${archiveName}.sigstore.json`,
    identity: { repository: owner, workflow: a.workflow ?? WORKFLOW, ref: gitRef },
    issuer: 'https://token.actions.githubusercontent.com',
  };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

describe('build provenance on install (Sigstore on loopback)', () => {
  let sigstore: SigstoreInstance;
  let registry: string;
  let server: TestServer;
  let rootFile: string;

  async function settings(specs: string[], dir: string, extra: Partial<InstallSettings> = {}): Promise<InstallSettings> {
    const client = await testClient([server.url], { cacheDir: tempDir('packdex-cache-') });
    return {
      specs,
      dir,
      cwd: dir,
      force: false,
      skipDeps: false,
      includePrerelease: false,
      skipUnavailable: false,
      readers: client.readers,
      cacheDir: client.cacheDir,
      allowHttp: false,
      now: NOW,
      provenance: provenancePolicy({ trustedRoots: [rootFile] }),
      ...extra,
    };
  }

  /** Install must fail with `code` (and a message matching `message`), leaving no packs folder behind. */
  async function refused(spec: string, code: string, message?: RegExp): Promise<void> {
    const dir = path.join(tempDir(), 'packs');
    await assert.rejects(installPacks(await settings([spec], dir)), (e: Error & { code?: string }) => {
      assert.equal(e.code, code, e.message);
      if (message !== undefined) assert.match(e.message, message);
      return true;
    });
    assert.equal(existsSync(dir), false, 'nothing was installed');
  }

  before(async () => {
    sigstore = await startSigstore();
    rootFile = path.join(tempDir(), 'trusted_root.json');
    writeFileSync(rootFile, JSON.stringify(sigstore.trustedRoot));
    const refs = ['good', 'good_tsa', 'other_repo', 'other_workflow', 'lookalike', 'lookalike_repo', 'wrong_digest', 'rogue_ca', 'no_evidence', 'bad_proof', 'bad_signature', 'unsigned'];
    registry = await buildRegistry(refs.map((ref) => ({ ref, version: '1.0.0' })));
    await attach(sigstore, registry, 'good', '1.0.0');
    await attach(sigstore, registry, 'good_tsa', '1.0.0', { options: { tlog: false, tsa: true } });
    await attach(sigstore, registry, 'other_repo', '1.0.0', { san: `https://github.com/mallory/other_repo/${WORKFLOW}@refs/tags/v1.0.0` });
    await attach(sigstore, registry, 'other_workflow', '1.0.0', { san: 'https://github.com/acme/other_workflow/.github/workflows/ci.yml@refs/tags/v1.0.0' });
    await attach(sigstore, registry, 'lookalike', '1.0.0', { san: `https://github.com/acme/lookalike/${WORKFLOW}.evil@refs/tags/v1.0.0` });
    await attach(sigstore, registry, 'lookalike_repo', '1.0.0', { san: `https://github.com/acme/lookalike_repo-evil/${WORKFLOW}@refs/tags/v1.0.0` });
    await attach(sigstore, registry, 'wrong_digest', '1.0.0', { subjectBytes: Buffer.from('another file') });
    await attach(sigstore, registry, 'rogue_ca', '1.0.0', { options: { rogueCa: true } });
    await attach(sigstore, registry, 'no_evidence', '1.0.0', { tamper: (b) => (b.verificationMaterial.tlogEntries = []) });
    await attach(sigstore, registry, 'bad_proof', '1.0.0', {
      tamper: (b) => {
        const proof = b.verificationMaterial.tlogEntries[0].inclusionProof;
        const root = Buffer.from(proof.rootHash, 'base64');
        root[0]! ^= 1;
        proof.rootHash = root.toString('base64');
      },
    });
    await attach(sigstore, registry, 'bad_signature', '1.0.0', {
      tamper: (b) => {
        const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8'));
        statement.subject[0].name = 'renamed.tar.gz';
        b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
      },
    });
    server = await startServer(registry);
  });
  after(async () => {
    await server.stop();
    await sigstore.close();
  });

  it('installs a version whose bundle verifies: log entry, or timestamp only (GitHub\'s instance for private repositories)', async () => {
    for (const ref of ['good', 'good_tsa']) {
      const dir = path.join(tempDir(), 'packs');
      const results = await installPacks(await settings([ref], dir));
      assert.deepEqual(results.map((r) => `${r.name}@${r.version}:${r.outcome}`), [`${ref}@1.0.0:installed`]);
      assert.ok(existsSync(path.join(dir, ref, 'pack.yaml')));
    }
  });

  it('installs a version without provenance when nothing pins its publisher', async () => {
    const dir = path.join(tempDir(), 'packs');
    const results = await installPacks(await settings(['unsigned'], dir));
    assert.deepEqual(results.map((r) => r.outcome), ['installed']);
  });

  it('refuses a bundle from the right CA but another repository', () => refused('other_repo', 'PROVENANCE_IDENTITY_MISMATCH', /mallory\/other_repo/));
  it('refuses a bundle from the owner repository but another workflow', () => refused('other_workflow', 'PROVENANCE_IDENTITY_MISMATCH', /ci\.yml/));
  it('refuses a look-alike workflow (release.yml.evil): identities match anchored, not by prefix', () => refused('lookalike', 'PROVENANCE_IDENTITY_MISMATCH', /release\.yml\.evil/));
  it('refuses a look-alike repository (OWNER/REPO-evil)', () => refused('lookalike_repo', 'PROVENANCE_IDENTITY_MISMATCH', /lookalike_repo-evil/));
  it('refuses a bundle whose subject digest is not the archive\'s', () => refused('wrong_digest', 'PROVENANCE_DIGEST_MISMATCH'));
  it('refuses a certificate that chains to an unlisted CA', () => refused('rogue_ca', 'PROVENANCE_UNTRUSTED_ROOT'));
  it('refuses a bundle with neither log nor timestamp evidence', () => refused('no_evidence', 'PROVENANCE_NO_EVIDENCE'));
  it('refuses a tampered inclusion proof', () => refused('bad_proof', 'PROVENANCE_INVALID', /root hash/));
  it('refuses an envelope changed after signing', () => refused('bad_signature', 'PROVENANCE_INVALID', /SIGNATURE_ERROR|signature/i));

  it('refuses every bundle when verified against the shipped roots only (the mock CA is no real one)', async () => {
    const dir = path.join(tempDir(), 'packs');
    await assert.rejects(installPacks(await settings(['good'], dir, { provenance: provenancePolicy({}) })), (e: Error & { code?: string }) => e.code === 'PROVENANCE_UNTRUSTED_ROOT');
    assert.equal(existsSync(dir), false);
  });

  it('refuses a bundle that cannot be fetched, and a trusted root that is not one', async () => {
    const unreachable = 'good';
    const dir = path.join(tempDir(), 'packs');
    const bundle = path.join(registry, 'archives', `${unreachable}-1.0.0.tar.gz.sigstore.json`);
    const saved = readFileSync(bundle);
    writeFileSync(bundle, 'not json');
    try {
      await assert.rejects(installPacks(await settings([unreachable], dir)), (e: Error & { code?: string }) => e.code === 'PROVENANCE_INVALID');
    } finally {
      writeFileSync(bundle, saved);
    }
    const badRoot = path.join(tempDir(), 'root.json');
    writeFileSync(badRoot, '{"mediaType":"x"}');
    await assert.rejects(installPacks(await settings([unreachable], dir, { provenance: provenancePolicy({ trustedRoots: [badRoot] }) })), (e: Error & { code?: string }) => e.code === 'TRUSTED_ROOT_INVALID');
    assert.equal(existsSync(dir), false);
  });

  it('verify-package prints each check, and fails with the code install would', async () => {
    const home = tempDir('packdex-home-');
    const env = { HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache') };
    const args = ['--registry', server.url, '--trusted-root', rootFile];
    const ok = await cli(['verify-package', 'good@1.0.0', ...args], { cwd: home, env });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    for (const line of [/certificate +chains to the trusted root/, /evidence +1 transparency-log entry/, /signer +https:\/\/github\.com\/acme\/good\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.0\.0/, /subject +good-1\.0\.0\.tar\.gz sha256:[0-9a-f]{64} is the archive/, /publisher +not pinned/]) {
      assert.match(ok.stdout, line);
    }
    const json = await cli(['verify-package', 'good_tsa', ...args, '--json'], { cwd: home, env });
    assert.deepEqual(json.json<{ provenance: { evidence: unknown; identity: unknown } }>().provenance.evidence, { tlogEntries: 0, timestamps: 1 });
    for (const [spec, code] of [['unsigned', 'PROVENANCE_MISSING'], ['lookalike', 'PROVENANCE_IDENTITY_MISMATCH'], ['wrong_digest', 'PROVENANCE_DIGEST_MISMATCH'], ['rogue_ca', 'PROVENANCE_UNTRUSTED_ROOT']] as const) {
      const run = await cli(['verify-package', spec, ...args, '--json'], { cwd: home, env });
      assert.equal(run.code, 1);
      assert.equal(run.json<{ error: { code: string } }>().error.code, code);
    }
  });

  it('verify-package reads a root packdex trust update wrote into the config folder, in place of the shipped one', async () => {
    const home = tempDir('packdex-home-');
    const env = { HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), PACKDEX_CACHE_DIR: path.join(home, 'cache') };
    const refusedShipped = await cli(['verify-package', 'good@1.0.0', '--registry', server.url, '--json'], { cwd: home, env });
    assert.equal(refusedShipped.json<{ error: { code: string } }>().error.code, 'PROVENANCE_UNTRUSTED_ROOT');
    // As if trust update had fetched this instance's root as GitHub's: verification now trusts it, offline.
    mkdirSync(path.join(home, 'config', 'packdex', 'trust'), { recursive: true });
    writeFileSync(path.join(home, 'config', 'packdex', 'trust', 'github.json'), JSON.stringify(sigstore.trustedRoot));
    const ok = await cli(['verify-package', 'good@1.0.0', '--registry', server.url], { cwd: home, env });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /certificate +chains to the trusted root github\n/);
    const listed = await cli(['trust', 'list', '--json'], { cwd: home, env });
    assert.deepEqual(listed.json<{ roots: { name: string; source: string }[] }>().roots.map((r) => [r.name, r.source]), [['sigstore-public-good', 'shipped'], ['github', 'updated']]);
    // --trusted-root still means exactly those files.
    const onlyFile = await cli(['verify-package', 'rogue_ca', '--registry', server.url, '--trusted-root', path.join(TRUST_DIR, 'github.json'), '--json'], { cwd: home, env });
    assert.equal(onlyFile.json<{ error: { code: string; message: string } }>().error.code, 'PROVENANCE_UNTRUSTED_ROOT');
    assert.match(onlyFile.json<{ error: { message: string } }>().error.message, /trust\/github\.json\)/);
  });

  it('the bundled CLI verifies on Node 20 and on Node 24 (the Sigstore majors chosen for both)', async () => {
    for (const node of [process.execPath, (await node24()) as string]) {
      const home = tempDir('packdex-home-');
      const env = { HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache') };
      const ok = await bundled(node, ['verify-package', 'good@1.0.0', '--registry', server.url, '--trusted-root', rootFile], env, home);
      assert.equal(ok.code, 0, `${node}: ${ok.stdout}${ok.stderr}`);
      assert.match(ok.stdout, /good 1\.0\.0 \(registry .*\): provenance verified/);
      const bad = await bundled(node, ['verify-package', 'bad_proof', '--registry', server.url, '--trusted-root', rootFile, '--json'], env, home);
      assert.equal(bad.code, 1);
      assert.equal(JSON.parse(bad.stdout).error.code, 'PROVENANCE_INVALID');
      // The shipped roots are read from inside the bundle: the mock CA is in neither.
      const shipped = await bundled(node, ['verify-package', 'good@1.0.0', '--registry', server.url, '--json'], env, home);
      assert.equal(shipped.code, 1);
      assert.equal(JSON.parse(shipped.stdout).error.code, 'PROVENANCE_UNTRUSTED_ROOT');
    }
  });

  describe('the lockfile pins the publisher', () => {
    it('refuses a later version built by another repository (a registry that swapped the owner), until the user accepts it', async () => {
      const reg = await buildRegistry([{ ref: 'moving', version: '1.0.0' }]);
      await attach(sigstore, reg, 'moving', '1.0.0');
      const srv = await startServer(reg);
      try {
        const project = tempDir('packdex-project-');
        const home = tempDir('packdex-home-');
        const env = { HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache') };
        const args = ['--registry', srv.url, '--trusted-root', rootFile, '--refresh'];
        const first = await cli(['lock', 'moving', ...args, '--json'], { cwd: project, env });
        assert.equal(first.code, 0, first.stderr + first.stdout);
        const lockFile = path.join(project, 'packdex.lock.json');
        const locked = JSON.parse(readFileSync(lockFile, 'utf8'));
        assert.deepEqual(
          { ...locked.packages.moving.provenance, bundle_url: undefined },
          { bundle_url: undefined, repository: 'acme/moving', workflow: WORKFLOW, issuer: 'https://token.actions.githubusercontent.com' },
        );

        // Someone with write access to the registry (not to acme/moving) moves the name to their
        // repository and publishes 1.1.0 built and signed there: valid provenance, other publisher.
        await publish(reg, 'moving', '1.1.0', { settings: { owner: 'github.com/acme/moving' } });
        await attach(sigstore, reg, 'moving', '1.1.0', { owner: 'mallory/moving' });
        const before = readFileSync(lockFile, 'utf8');
        const refused = await cli(['lock', 'moving', ...args, '--json'], { cwd: project, env });
        assert.equal(refused.code, 1);
        assert.equal(JSON.parse(refused.stdout).error.code, 'PUBLISHER_CHANGED', refused.stdout);
        assert.match(JSON.parse(refused.stdout).error.message, /mallory\/moving/);
        assert.equal(readFileSync(lockFile, 'utf8'), before, 'the lockfile is unchanged');

        // install reads the project's lockfile for its pins too, and installs nothing.
        const refusedInstall = await cli(['install', 'moving', ...args, '--json'], { cwd: project, env });
        assert.equal(JSON.parse(refusedInstall.stdout).error.code, 'PUBLISHER_CHANGED');
        assert.equal(existsSync(path.join(project, 'packs')), false);

        const accepted = await cli(['lock', 'moving', ...args, '--accept-publisher-change', '--json'], { cwd: project, env });
        assert.equal(accepted.code, 0, accepted.stdout + accepted.stderr);
        const relocked = JSON.parse(readFileSync(lockFile, 'utf8'));
        assert.equal(relocked.packages.moving.version, '1.1.0');
        assert.equal(relocked.packages.moving.provenance.repository, 'mallory/moving');

        // The locked install verifies the pinned bundle again, offline from the registry.
        const install = await cli(['install', '--lockfile', '--trusted-root', rootFile, '--json'], { cwd: project, env });
        assert.equal(install.code, 0, install.stdout + install.stderr);
        assert.ok(existsSync(path.join(project, 'packs', 'moving', 'pack.yaml')));
      } finally {
        await srv.stop();
      }
    });

    it('refuses a later version that drops provenance the pinned one had', async () => {
      const reg = await buildRegistry([{ ref: 'dropped', version: '1.0.0' }]);
      await attach(sigstore, reg, 'dropped', '1.0.0');
      const srv = await startServer(reg);
      try {
        const project = tempDir('packdex-project-');
        const home = tempDir('packdex-home-');
        const env = { HOME: home, PACKDEX_CACHE_DIR: path.join(home, 'cache') };
        const args = ['--registry', srv.url, '--trusted-root', rootFile, '--refresh', '--json'];
        assert.equal((await cli(['lock', 'dropped', ...args], { cwd: project, env })).code, 0);
        await publish(reg, 'dropped', '1.1.0', { settings: { owner: 'github.com/acme/dropped' } });
        const before = snapshot(project);
        const refused = await cli(['lock', 'dropped', ...args], { cwd: project, env });
        assert.equal(JSON.parse(refused.stdout).error.code, 'PUBLISHER_CHANGED');
        assert.match(JSON.parse(refused.stdout).error.message, /without build provenance/);
        assert.deepEqual(snapshot(project), before);
      } finally {
        await srv.stop();
      }
    });
  });
});
