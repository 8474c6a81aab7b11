import * as core from '@actions/core';
import { mkdir, mkdtemp, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { cloneGit } from '../client/install/clone-git';
import { buildArchive } from '../core/archive/build-archive';
import { versionFromTag, type AuditReport } from '../core/audit/run-audit';
import { hashDirectory } from '../core/checksum/directory-checksum';
import { hashFile } from '../core/checksum/hash-file';
import { buildEntry, type EntrySources } from '../core/entry/build-entry';
import { PackdexError, quote } from '../core/errors';
import { checkRefName, checkRemoteUrl } from '../core/git/check-ref';
import { git } from '../core/git/run-git';
import { archiveStem } from '../core/names/package-name';
import { selectProfile } from '../core/profiles/detect-profile';
import { loadSigningKey, signDetached } from '../core/signatures/sign-detached';
import { readOutline } from '../core/profiles/pbg/read-outline';
import type { PackageDescription } from '../core/profiles/profile';
import { loadTrustedRoots } from '../client/install/verify-provenance';
import type { AttunePackIndexEntry, BuildProvenance } from '../core/schema-types';
import type { NewVersion } from '../core/site/change-package';
import { readPackReadme } from '../core/site/readme/read-pack-readme';
import { ownerFromRepository } from '../core/site/publish-to-folder';
import { GitHubApi, parseRepoName, type RepoName } from '../github/github-api';
import { attachToRelease } from '../github/release-asset';
import { checkArchivePackage } from '../publish/check-archive-package';
import { gitAuthEnv } from '../publish/git-auth';
import { proposePullRequest } from '../publish/propose-pull-request';
import { ownerOfUrl } from '../publish/register-package';
import { previewOnBranch, publishToBranch, type RegistryTarget } from '../publish/publish-to-branch';
import { attachBundle } from './attach-bundle';
import { attestArchive, canAttest, type ProvenanceMode } from './attest-archive';
import { crashPoint } from './crash-point';
import { reuseBundle, runIdentity } from './reuse-bundle';
import { reportAudit } from './audit-report';
import { pullRequestText, type PublishFacts, type PublishOperation, writePublishSummary } from './publish-report';

export type ArchiveSetting = { kind: 'build' } | { kind: 'none' } | { kind: 'file'; path: string };

/** Everything `command: publish` needs, read once from the inputs and the runner's variables. */
export interface PublishSettings {
  workspace: string;
  packDir: string;
  /** auto, attune, aam, dbpm or pbg. */
  profile: string;
  /** false: publish without the audit. */
  audit: boolean;
  /** An outline JSON that describes the package instead of its manifest (no audit). */
  outline?: string;
  /** Another repository to register (cloned at `sourceRef`) instead of the checkout. */
  sourceUrl?: string;
  sourceRef?: string;
  /** From the `version` input, else the tag that triggered the run. */
  version?: string;
  /** The tag that triggered the run (the release the archive is attached to). */
  tag?: string;
  packageRepo: RepoName;
  registry: RepoName;
  /** Default: the registry repository's default branch. */
  registryBranch?: string;
  registryPath: string;
  publishVia: 'pull-request' | 'commit';
  /** The package repository's token: it creates the release and uploads the archive. */
  token: string;
  /** The registry repository's token (its API calls, pushes and pull requests): `registry-token`, else `token`. */
  registryToken: string;
  archive: ArchiveSetting;
  registryName?: string;
  registryUrl?: string;
  /** `sign-key` (an armoured private key from a secret) and its passphrase: sign the archive. */
  signKey?: { armored: string; passphrase?: string };
  dryRun: boolean;
  serverUrl: string;
  apiUrl: string;
  /** Where the built archive goes (RUNNER_TEMP on a runner). */
  tempDir: string;
  /** Attest the archive (SLSA build provenance through Sigstore): auto, required or off. */
  provenance: ProvenanceMode;
  /** `trusted-root`: the Sigstore trusted_root.json files a bundle already on the release is verified against; default the roots packdex ships. */
  trustedRoots: string[];
}

function optionalInput(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

/**
 * The version being published names the proposal branch (`packdex/publish/<name>/<version>`) and
 * the commit: it must be semver, whatever the manifest says later.
 */
function checkVersion(version: string, what: string): string {
  if (semver.valid(version) === version) return version;
  throw new PackdexError('VERSION_INVALID', `${what} gives the version ${quote(version)}, which is not semver.`, {
    value: version,
    expected: 'a semver version such as 1.2.0 or 1.2.0-rc.1 (a leading v is dropped)',
    fix: "Tag the release vX.Y.Z, or set 'version: X.Y.Z' to the manifest's version.",
  });
}

/** `registry-path` is a folder inside the registry branch: relative, and never above its root. */
function checkRegistryPath(value: string): string {
  const normal = path.posix.normalize(value.replace(/\\/g, '/'));
  if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../') || normal.startsWith('-')) {
    throw new PackdexError('USAGE', `Input 'registry-path' is ${quote(value)}.`, {
      value,
      expected: "a folder inside the registry branch, e.g. '.' or 'docs'",
      fix: "Set 'registry-path' to the registry's folder relative to the branch's root.",
    });
  }
  return normal;
}

function choice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new PackdexError('USAGE', `Input '${name}' is ${quote(value)}.`, { value, expected: allowed.join(' or '), fix: `Set '${name}' to one of: ${allowed.join(', ')}.` });
}

export function readPublishSettings(env: NodeJS.ProcessEnv = process.env): PublishSettings {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const token = core.getInput('token');
  const registryToken = core.getInput('registry-token') || token;
  // Masked before anything else can print them; they travel to git only in an http.extraheader.
  if (token !== '') core.setSecret(token);
  if (registryToken !== '') core.setSecret(registryToken);
  const signKey = core.getInput('sign-key');
  const signKeyPassphrase = core.getInput('sign-key-passphrase');
  // A multi-line value is masked line by line: the runner masks a registered secret per line.
  for (const secret of [signKey, signKeyPassphrase]) for (const line of [secret, ...secret.split(/\r?\n/)]) if (line.trim().length > 3) core.setSecret(line.trim());
  const currentRepo = env.GITHUB_REPOSITORY ?? '';
  const rawTag = env.GITHUB_REF_TYPE === 'tag' || env.GITHUB_REF?.startsWith('refs/tags/') ? (env.GITHUB_REF_NAME ?? env.GITHUB_REF!.replace(/^refs\/tags\//, '')) : undefined;
  // Every value that may reach git is checked here, before anything runs: refs as ref names,
  // URLs as remotes. The git calls pass them after `--` / `--end-of-options` all the same.
  const tag = rawTag === undefined ? undefined : checkRefName(rawTag, { what: 'The tag of this run (GITHUB_REF_NAME)', fix: 'Push a tag that names the version, e.g. v1.2.0.' });
  const sourceUrl = optionalInput('source-url');
  if (sourceUrl !== undefined) checkRemoteUrl(sourceUrl, { what: "Input 'source-url'", fix: "Set 'source-url' to the repository's https clone URL, e.g. https://github.com/owner/repo.git." });
  const sourceRef = optionalInput('source-ref');
  if (sourceRef !== undefined) checkRefName(sourceRef, { what: "Input 'source-ref'", fix: "Set 'source-ref' to a tag, a branch or a full commit of the source repository, e.g. v1.2.0." });
  const registryBranch = optionalInput('registry-branch');
  if (registryBranch !== undefined) checkRefName(registryBranch, { what: "Input 'registry-branch'", fix: "Set 'registry-branch' to the branch that holds the registry, e.g. main or gh-pages." });
  // With a source URL, a version tag as its ref names the version (a dispatch has no tag of its own).
  const versionInput = core.getInput('version') || (sourceRef !== undefined && /^v?\d+\.\d+\.\d+/.test(sourceRef) ? sourceRef : '');
  const version = versionInput !== '' ? checkVersion(versionFromTag(versionInput), "Input 'version'") : tag !== undefined ? checkVersion(versionFromTag(tag), 'The tag of this run (GITHUB_REF_NAME)') : undefined;
  const archiveInput = core.getInput('archive') || 'build';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    workspace,
    packDir: path.resolve(workspace, core.getInput('pack-dir') || '.'),
    profile: core.getInput('profile') || 'auto',
    audit: choice('audit', core.getInput('audit') || 'true', ['true', 'false'] as const) === 'true',
    outline: core.getInput('outline') ? path.resolve(workspace, core.getInput('outline')) : undefined,
    sourceUrl,
    sourceRef,
    version,
    tag,
    packageRepo: parseRepoName(currentRepo, 'GITHUB_REPOSITORY'),
    registry: parseRepoName(core.getInput('registry') || currentRepo, "Input 'registry'"),
    registryBranch,
    registryPath: checkRegistryPath(core.getInput('registry-path') || '.'),
    publishVia: choice('publish-via', core.getInput('publish-via') || 'pull-request', ['pull-request', 'commit'] as const),
    token,
    registryToken,
    archive: archiveInput === 'build' ? { kind: 'build' } : archiveInput === 'none' ? { kind: 'none' } : { kind: 'file', path: path.resolve(workspace, archiveInput) },
    registryName: core.getInput('registry-name') || undefined,
    registryUrl: core.getInput('registry-url') || undefined,
    ...(signKey === '' ? {} : { signKey: { armored: signKey, ...(signKeyPassphrase === '' ? {} : { passphrase: signKeyPassphrase }) } }),
    dryRun: choice('dry-run', core.getInput('dry-run') || 'false', ['true', 'false'] as const) === 'true',
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    provenance: choice('provenance', core.getInput('provenance') || 'auto', ['auto', 'required', 'off'] as const),
    trustedRoots: core.getMultilineInput('trusted-root').map((f) => path.resolve(workspace, f)),
  };
}

/** GitHub Pages' address for a repository on github.com; GHES Pages hosts vary, so none there. */
export function pagesUrl(serverUrl: string, repo: RepoName): string | undefined {
  if (new URL(serverUrl).host !== 'github.com') return undefined;
  const host = `${repo.owner.toLowerCase()}.github.io`;
  return repo.repo.toLowerCase() === host ? `https://${host}` : `https://${host}/${repo.repo}`;
}

function requireVersion(settings: PublishSettings): string {
  if (settings.version !== undefined) return settings.version;
  throw new PackdexError('USAGE', 'command: publish needs the version being released, and this run was not started by a tag.', {
    expected: 'a tag push (on: push: tags: [v*]) or the version input',
    fix: "Run publish on tag pushes, or set 'version: 1.2.3' (it must equal pack.yaml's version).",
  });
}

function requireTag(settings: PublishSettings): string {
  if (settings.tag !== undefined) return settings.tag;
  throw new PackdexError('USAGE', `archive: ${settings.archive.kind === 'build' ? 'build' : 'a file'} attaches the archive to the tag's release, and this run was not started by a tag.`, {
    value: process.env.GITHUB_REF,
    expected: 'a tag push',
    fix: "Run publish on tag pushes (on: push: tags: [v*]), or set 'archive: none' to publish the git source only.",
  });
}

/** The pack's commit, pinned: a full 40-hex SHA-1 the git source and the archive both come from. */
async function packCommit(packDir: string): Promise<{ commit: string; atRoot: boolean }> {
  const commit = (await git(['rev-parse', 'HEAD'], packDir)).toString('utf8').trim();
  const top = (await git(['rev-parse', '--show-toplevel'], packDir)).toString('utf8').trim();
  return { commit, atRoot: (await realpath(top)) === (await realpath(packDir)) };
}

/**
 * What is being released, through the package's profile (or an outline), after its audit. The
 * audit's report is annotated and summarised; undefined when it failed, which ends the run.
 */
async function describeRelease(settings: PublishSettings, packDir: string, version: string): Promise<{ audit?: AuditReport; description: PackageDescription } | undefined> {
  if (settings.outline !== undefined) {
    core.info(`Describing the package from the outline ${path.relative(settings.workspace, settings.outline)}; no audit runs.`);
    return { description: await readOutline(settings.outline, { version }) };
  }
  const profile = selectProfile(packDir, settings.profile);
  let audit: AuditReport | undefined;
  if (settings.audit) {
    audit = await profile.audit(packDir, { expectVersion: version });
    if (await reportAudit(audit, settings.workspace)) return undefined;
  } else core.notice(`audit: false — publishing the ${profile.name} package without its audit.`);
  return { audit, description: await profile.describe(packDir, { version }) };
}

/**
 * `source-url`: the sms-api registry's registration from a repository URL, in a workflow. The clone is
 * shallow and has no release to attach to, so the entry's only source is the https URL pinned to
 * the commit that was cloned.
 */
async function cloneSource(settings: PublishSettings): Promise<{ dir: string; url: string; commit: string; atRoot: true }> {
  const url = settings.sourceUrl!;
  if (!/^https:\/\//i.test(url)) {
    throw new PackdexError('URL_INVALID', `Input 'source-url' is ${quote(url)}.`, { value: url, expected: "an https clone URL (the entry's git source)", fix: 'Give the repository\'s https URL, e.g. https://github.com/owner/repo.git.' });
  }
  if (settings.archive.kind !== 'none') {
    throw new PackdexError('USAGE', "Input 'source-url' publishes another repository, which has no release here to attach an archive to.", {
      value: settings.archive.kind,
      expected: 'archive: none',
      fix: "Set 'archive: none'; the entry's install source is the repository at the cloned commit.",
    });
  }
  const dir = await mkdtemp(path.join(settings.tempDir, 'packdex-source-'));
  const { commit } = await cloneGit(url, settings.sourceRef, path.join(dir, 'checkout'), false, { url: "Input 'source-url'", ref: "Input 'source-ref'" });
  core.info(`Cloned ${url} at ${settings.sourceRef ?? 'its newest tag'} (${commit}).`);
  return { dir: path.join(dir, 'checkout'), url, commit, atRoot: true };
}

export interface PublishOutcome {
  operation: PublishOperation;
  entry: AttunePackIndexEntry;
  registryCommit?: string;
}

/**
 * audit → archive → checksums → entry (pinned to the commit) → preflight against the registry
 * branch → release asset → commit or pull request. The preflight runs before anything is written
 * anywhere, so a refused version (immutable, or a name owned by another repository) uploads no
 * asset; a dry run stops there and prints the diff.
 */
export async function runPublish(settings: PublishSettings, now: Date = new Date()): Promise<PublishOutcome | undefined> {
  const version = requireVersion(settings);
  const source = settings.sourceUrl === undefined ? undefined : await cloneSource(settings);
  const packDir = source?.dir ?? settings.packDir;
  const described = await describeRelease(settings, packDir, version);
  if (described === undefined) return undefined;
  const { audit, description } = described;
  const { manifest } = description;
  // Two tokens when the registry is another repository: the job's GITHUB_TOKEN creates the release
  // here, and registry-token (an App token scoped to the registry) reads, pushes and opens the
  // pull request there. One token seldom can do both.
  const api = new GitHubApi(settings.token, settings.apiUrl);
  const registryApi = settings.registryToken === settings.token ? api : new GitHubApi(settings.registryToken, settings.apiUrl);
  const registryRepo = await registryApi.repository(settings.registry);
  const branch = settings.registryBranch ?? registryRepo.defaultBranch;
  // Asked before anything is built or uploaded, so a wrong branch name costs seconds, not a release.
  if ((await registryApi.branchCommit(settings.registry, branch)) === undefined) {
    throw new PackdexError('REGISTRY_NOT_FOUND', `The registry repository ${settings.registry.owner}/${settings.registry.repo} has no branch ${quote(branch)}.`, {
      value: branch,
      expected: 'an existing branch (an empty commit is enough: the first publish writes registry.json)',
      fix: "Create the branch, or set 'registry-branch' to the branch that holds the registry.",
    });
  }
  const { commit, atRoot } = source ?? (await packCommit(settings.packDir));
  if (source === undefined && process.env.GITHUB_SHA && process.env.GITHUB_SHA !== commit) {
    core.warning(`The checkout is at ${commit}, not the commit that triggered the run (${process.env.GITHUB_SHA}); publishing the checkout.`);
  }

  const sources: EntrySources = {};
  const packageUrl = source?.url.replace(/\.git\/?$/, '') ?? `${settings.serverUrl}/${settings.packageRepo.owner}/${settings.packageRepo.repo}`;
  const directoryChecksum = `sha256:${await hashDirectory(packDir)}`;
  if (atRoot) sources.git = { url: source?.url ?? `${packageUrl}.git`, ref: commit, checksum: directoryChecksum };
  else core.notice(`pack-dir is a folder inside the repository, so the entry has no git source (cloning the repository would not give the pack's folder); the archive is its install source.`);

  // A release asset's name is one path segment: a scoped AAM name leaves its scope out.
  const fileName = `${archiveStem(manifest.ref, manifest.version)}.tar.gz`;
  let archive: { path: string; checksum: string; size: number } | undefined;
  if (settings.archive.kind === 'build') {
    const output = path.join(settings.tempDir, 'packdex', fileName);
    await mkdir(path.dirname(output), { recursive: true });
    const built = await buildArchive({ packDir: settings.packDir, topFolder: archiveStem(manifest.ref, manifest.version), output, source: 'git', ref: commit });
    // An outline only claims what pack-dir holds; the archive built from it must bear that out.
    if (settings.outline !== undefined) await checkArchivePackage(output, { name: manifest.ref, version: manifest.version }, `The archive built from pack-dir for the outline`);
    archive = { path: output, checksum: built.checksum, size: built.size };
  } else if (settings.archive.kind === 'file') {
    const size = (await stat(settings.archive.path).catch(() => undefined))?.size;
    if (size === undefined) {
      throw new PackdexError('PATH_NOT_FOUND', `The archive ${quote(settings.archive.path)} does not exist.`, {
        value: settings.archive.path,
        expected: "a .tar.gz the workflow built, 'build' or 'none'",
        fix: "Check the path (relative to the workspace), or set 'archive: build' to let packdex build it.",
      });
    }
    // The workflow's file is opened before it is attached: it must hold this package and version.
    await checkArchivePackage(settings.archive.path, { name: manifest.ref, version: manifest.version }, "Input 'archive'");
    archive = { path: settings.archive.path, checksum: `sha256:${await hashFile(settings.archive.path)}`, size };
  }
  const tag = archive === undefined ? settings.tag : requireTag(settings);
  // Decided before the preflight and any upload: `required` without the permissions writes nothing.
  const attest = archive !== undefined && !settings.dryRun && canAttest(settings.provenance, process.env);
  // Read now, so a wrong `trusted-root` fails before anything is uploaded, not on a rerun's reuse.
  const trustedRoots = attest ? await loadTrustedRoots(settings.trustedRoots) : [];
  const assetName = settings.archive.kind === 'file' ? path.basename(settings.archive.path) : fileName;
  const predictedUrl = archive === undefined ? undefined : `${packageUrl}/releases/download/${encodeURIComponent(tag!)}/${encodeURIComponent(assetName)}`;
  const signature = settings.signKey === undefined ? undefined : await signReleaseArchive(settings, archive, `${assetName}.asc`, now);
  let signatureUrl = signature === undefined ? undefined : `${packageUrl}/releases/download/${encodeURIComponent(tag!)}/${encodeURIComponent(signature.name)}`;
  const readme = await readPackReadme(settings.packDir);
  const entryWith = (archiveUrl: string | undefined): NewVersion => ({
    ...(signature === undefined ? {} : { signatureUrl, publisherKeyFingerprint: signature.fingerprint }),
    entry: buildEntry(manifest, description.contents, { ...sources, ...(archive === undefined ? {} : { archive: { url: archiveUrl!, checksum: archive.checksum } }) }),
    owner: source === undefined ? ownerFromRepository(packageUrl) : ownerOfUrl(source.url),
    ...(archive === undefined ? {} : { archiveSize: archive.size }),
    ...(readme === undefined ? {} : { readme }),
  });

  const url = settings.registryUrl ?? pagesUrl(settings.serverUrl, settings.registry);
  const target: RegistryTarget = {
    remote: `${settings.serverUrl}/${settings.registry.owner}/${settings.registry.repo}.git`,
    branch,
    registryPath: settings.registryPath,
    version: entryWith(predictedUrl),
    ...(url === undefined ? {} : { init: { name: settings.registryName ?? settings.registry.repo, url } }),
    now,
    gitEnv: gitAuthEnv(settings.serverUrl, settings.registryToken),
  };
  const facts: PublishFacts = {
    audit,
    entry: target.version.entry,
    packageUrl,
    commit,
    tag,
    archive: archive === undefined ? undefined : { ...archive, url: predictedUrl! },
    directoryChecksum,
    registry: `${settings.registry.owner}/${settings.registry.repo}`,
    registryHtmlUrl: registryRepo.htmlUrl,
    branch: target.branch,
    registryPath: settings.registryPath,
  };
  setEntryOutputs(facts);

  const preview = await previewOnBranch(target);
  if (settings.dryRun) {
    core.info(preview.diff === '' ? `Dry run: ${manifest.ref} ${manifest.version} is already in the registry; nothing would change.` : `Dry run: the registry change would be\n${preview.diff}`);
    const operation = preview.plan.outcome;
    core.setOutput('operation', operation);
    await writePublishSummary({ ...facts, operation, dryRun: true, diff: preview.diff });
    return { operation, entry: target.version.entry };
  }

  if (archive !== undefined) {
    const attached = await attachToRelease(api, {
      repo: settings.packageRepo,
      tag: tag!,
      title: `${manifest.ref} ${manifest.version}`,
      body: `Release of ${manifest.ref} ${manifest.version}. The archive is reproducible: rebuilding this tag gives the same bytes (${archive.checksum}).`,
      file: archive.path,
      name: assetName,
      checksum: archive.checksum,
    });
    core.info(attached.uploaded ? `Attached ${assetName} to the release ${tag} (${attached.releaseUrl}).` : `The release ${tag} already carries ${assetName} with the same SHA-256.`);
    if (signature !== undefined) {
      const signed = await attachToRelease(api, { repo: settings.packageRepo, tag: tag!, title: `${manifest.ref} ${manifest.version}`, body: '', file: signature.path, name: signature.name, checksum: signature.checksum, contentType: 'application/pgp-signature', existing: 'keep' });
      core.info(signed.uploaded ? `Attached ${signature.name}, signed by ${signature.fingerprint}.` : `The release ${tag} already carries ${signature.name}; it is kept.`);
      signatureUrl = signed.asset.downloadUrl;
    }
    if (attached.asset.downloadUrl !== predictedUrl || target.version.signatureUrl !== signatureUrl) {
      target.version = entryWith(attached.asset.downloadUrl);
      facts.entry = target.version.entry;
      facts.archive!.url = attached.asset.downloadUrl;
      setEntryOutputs(facts);
    }
    // A version the registry already holds (a rerun) keeps the provenance it was published with.
    if (attest && preview.plan.outcome !== 'unchanged') {
      const bundleAsset = `${assetName}.sigstore.json`;
      // A run killed after the bundle's upload and before the push left its bundle on the release:
      // reused when it verifies for this archive and this workflow, refused otherwise.
      const held = attached.releaseCreated ? undefined : (await api.releaseByTag(settings.packageRepo, tag!))?.assets.find((a) => a.name === bundleAsset);
      let provenance: BuildProvenance | undefined;
      if (held !== undefined) {
        provenance = await reuseBundle(api, {
          repo: settings.packageRepo,
          tag: tag!,
          asset: held,
          archive: { name: assetName, checksum: archive.checksum },
          owner: target.version.owner,
          identity: runIdentity(process.env),
          roots: trustedRoots,
          tempDir: settings.tempDir,
        });
      } else {
        const bundle = await attestArchive(settings.provenance, { name: assetName, checksum: archive.checksum }, settings.token);
        if (bundle !== undefined) provenance = await attachBundle(api, { repo: settings.packageRepo, tag: tag!, title: `${manifest.ref} ${manifest.version}`, archivePath: archive.path, assetName, bundle });
        if (provenance !== undefined) crashPoint('after-bundle-upload');
      }
      if (provenance !== undefined) {
        target.version = { ...target.version, provenance };
        core.setOutput('provenance-bundle-url', provenance.bundle_url);
      }
    }
  }

  let operation: PublishOperation;
  let registryCommit: string;
  if (settings.publishVia === 'commit') {
    const result = await publishToBranch(target);
    operation = result.outcome;
    registryCommit = result.commit;
    if (result.attempts > 1) core.info(`The registry branch moved ${result.attempts - 1} time(s) while publishing; the entry was re-applied on top each time.`);
  } else {
    const result = await proposePullRequest({ ...target, api: registryApi.pullRequests(settings.registry), describe: (plan) => pullRequestText(facts, plan) });
    operation = result.operation;
    registryCommit = result.commit;
    if (result.operation !== 'unchanged') {
      core.setOutput('pull-request-number', String(result.pullRequest.number));
      core.setOutput('pull-request-url', result.pullRequest.url);
      facts.pullRequest = result.pullRequest;
    }
  }
  core.setOutput('operation', operation);
  core.setOutput('commit-sha', registryCommit);
  core.info(`${operation}: ${manifest.ref} ${manifest.version} → ${facts.registry}@${target.branch} (${registryCommit})`);
  await writePublishSummary({ ...facts, operation, registryCommit, dryRun: false });
  return { operation, entry: target.version.entry, registryCommit };
}

/**
 * Sign the release archive with the `sign-key` input: an armoured detached signature written
 * beside it in the runner's temp folder, attached as `<asset>.asc`. The key never leaves memory
 * and is masked in the log.
 */
async function signReleaseArchive(settings: PublishSettings, archive: { path: string } | undefined, name: string, now: Date): Promise<{ path: string; name: string; checksum: string; fingerprint: string }> {
  if (archive === undefined) {
    throw new PackdexError('USAGE', "Input 'sign-key' signs the release archive, and 'archive: none' publishes none.", {
      expected: "'archive: build' or a path",
      fix: "Remove 'sign-key', or publish an archive.",
    });
  }
  const signer = await loadSigningKey(settings.signKey!.armored, settings.signKey!.passphrase, "Input 'sign-key'");
  const output = path.join(settings.tempDir, 'packdex', name);
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, await signDetached(await readFile(archive.path), signer, now));
  return { path: output, name, checksum: `sha256:${await hashFile(output)}`, fingerprint: signer.fingerprint };
}

function setEntryOutputs(facts: PublishFacts): void {
  core.setOutput('entry', JSON.stringify(facts.entry));
  core.setOutput('directory-checksum', facts.directoryChecksum);
  if (facts.archive !== undefined) {
    core.setOutput('archive-path', facts.archive.path);
    core.setOutput('archive-url', facts.archive.url);
    core.setOutput('archive-checksum', facts.archive.checksum);
  }
}

