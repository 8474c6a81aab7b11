import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cloneGit } from '../client/install/clone-git';
import { buildEntry } from '../core/entry/build-entry';
import { archiveSource } from '../core/entry/entry-for-pack';
import { PackdexError } from '../core/errors';
import { readDbpmReceipt } from '../core/profiles/dbpm/read-dbpm-receipt';
import { readOutline } from '../core/profiles/pbg/read-outline';
import { addVersion } from '../core/site/change-package';
import type { RegistryWriteOptions } from '../core/site/registry-transaction';
import { updatePackage } from '../core/site/update-package';
import { ownerFromRepository, publishToFolder, type PublishToFolderResult } from '../core/site/publish-to-folder';
import { checkArchivePackage } from './check-archive-package';

/** The sms-api registry's three ways to register a package. */
export type RegisterSource =
  | { kind: 'local_path'; path: string }
  | { kind: 'repo_url'; url: string; ref?: string }
  | { kind: 'outline'; file: string; archive: { url: string; checksum?: string; file?: string; size?: number } }
  /** A dbpm publish receipt: an artifact published elsewhere, indexed without uploading a byte. */
  | { kind: 'receipt'; file: string; fingerprint?: string };

export interface RegisterSettings {
  source: RegisterSource;
  registryDir: string;
  /** auto (default), attune, pbg, dbpm or aam; an outline is always pbg. */
  profile?: string;
  /** false: --no-audit (an outline is never audited). */
  audit: boolean;
  /** The version being registered; must match the manifest's. */
  version?: string;
  owner?: string;
  archiveUrlBase?: string;
  /** Let a repository URL be plain http (a test server, a mirror on a private network). */
  allowHttp: boolean;
  dryRun?: boolean;
  /** The registry lock's wait bound, its notices and the test crash hook. */
  write?: RegistryWriteOptions;
  now: Date;
}

export interface RegisterResult extends PublishToFolderResult {
  /** The commit a repository URL was registered at. */
  commit?: string;
  owner: string;
}

/** Who owns a name registered from a URL: host/path for forges, the URL itself for file:// and the like. */
export function ownerOfUrl(url: string): string {
  const owner = ownerFromRepository(url);
  return owner !== 'local' ? owner : url.replace(/\.git\/?$/, '');
}

/**
 * Register one package into a registry folder, from a local folder, a repository URL (cloned
 * shallowly at `ref`, the commit recorded as the git source when the URL is https), or an inline
 * outline. A name belongs to whoever registered it first: another repository registering it is
 * the conflict the sms-api registry answers with 409. The same name and version again is `unchanged`.
 */
export async function registerPackage(settings: RegisterSettings): Promise<RegisterResult> {
  try {
    return await register(settings);
  } catch (error) {
    if (error instanceof PackdexError && error.code === 'NAME_OWNED') {
      throw new PackdexError('NAME_OWNED', `Conflict: ${error.message} A name stays with the repository that registered it first.`, {
        value: error.value,
        expected: error.expected,
        fix: error.fix,
      });
    }
    throw error;
  }
}

async function register(settings: RegisterSettings): Promise<RegisterResult> {
  const { source } = settings;
  const common = {
    registryDir: settings.registryDir,
    profile: settings.profile,
    skipAudit: !settings.audit,
    audit: { expectVersion: settings.version },
    archiveUrlBase: settings.archiveUrlBase,
    dryRun: settings.dryRun,
    write: { command: 'register', ...settings.write },
    now: settings.now,
  };
  if (source.kind === 'local_path') {
    const result = await publishToFolder({ ...common, packDir: source.path, owner: settings.owner });
    return { ...result, owner: settings.owner ?? ownerFromRepository(result.entry?.repository) };
  }
  if (source.kind === 'repo_url') {
    const work = await mkdtemp(path.join(tmpdir(), 'packdex-register-'));
    try {
      const checkout = path.join(work, 'checkout');
      const { commit } = await cloneGit(source.url, source.ref, checkout, settings.allowHttp, { url: 'Repository URL', ref: '--ref' });
      const owner = settings.owner ?? ownerOfUrl(source.url);
      // A git source is recorded only where a client can clone it under the index's rules (https).
      const git = /^https:\/\//i.test(source.url) ? { url: source.url, ref: commit } : undefined;
      const result = await publishToFolder({ ...common, packDir: checkout, owner, git });
      return { ...result, commit, owner };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  if (source.kind === 'receipt') return registerReceipt(settings, source);
  return registerOutline(settings, source);
}

/**
 * Index what dbpm published: the receipt's artifact URL, checksum, signature URL and fingerprint,
 * Core and Oracle fields and dependencies, checked against the receipt's schema. The artifact is
 * not fetched or copied; the registry only points at it. An artifact indexed earlier without a
 * signature gains one when its receipt (or --publisher-key-fingerprint) brings it.
 */
async function registerReceipt(settings: RegisterSettings, source: Extract<RegisterSource, { kind: 'receipt' }>): Promise<RegisterResult> {
  const described = await readDbpmReceipt(source.file, { fingerprint: source.fingerprint });
  if (settings.version !== undefined && settings.version !== described.manifest.version) {
    throw new PackdexError('MANIFEST_VERSION_MISMATCH', `The receipt is for ${described.manifest.ref} ${described.manifest.version}, not ${settings.version}.`, {
      value: described.manifest.version,
      expected: settings.version,
      fix: 'Give the receipt of the version you mean, or leave out --version.',
    });
  }
  const entry = buildEntry(described.manifest, described.contents, { archive: { url: described.archive.url, checksum: described.archive.checksum } });
  const owner = settings.owner ?? described.publisher ?? ownerFromRepository(entry.repository);
  // One registry transaction, like every other write: locked, journalled, whole or not at all.
  const plan = await updatePackage(
    settings.registryDir,
    entry.ref,
    (doc) => addVersion(doc, { entry, owner, archiveSize: described.archive.size, signatureUrl: described.signature?.url, publisherKeyFingerprint: described.signature?.fingerprint }, settings.now),
    { command: 'register', ...settings.write, dryRun: settings.dryRun },
  );
  return indexedResult('dbpm', entry, owner, plan);
}

async function registerOutline(settings: RegisterSettings, source: Extract<RegisterSource, { kind: 'outline' }>): Promise<RegisterResult> {
  const { manifest, contents } = await readOutline(source.file, { version: settings.version });
  // The outline only claims what the archive is; opened here, it must hold that package and version.
  if (source.archive.file !== undefined) await checkArchivePackage(source.archive.file, { name: manifest.ref, version: manifest.version }, '--archive');
  const { url, checksum, size = source.archive.size } = await archiveSource(source.archive);
  const entry = buildEntry(manifest, contents, { archive: { url, checksum } });
  const owner = settings.owner ?? ownerFromRepository(entry.repository);
  const plan = await updatePackage(settings.registryDir, entry.ref, (doc) => addVersion(doc, { entry, owner, archiveSize: size }, settings.now), {
    command: 'register',
    ...settings.write,
    dryRun: settings.dryRun,
  });
  return indexedResult('pbg', entry, owner, plan);
}

/**
 * What a receipt or outline registration reports: the version indexed from what another tool
 * published, with no archive of the registry's own (publishToFolder's result holds one).
 */
function indexedResult(profile: RegisterResult['profile'], entry: RegisterResult['entry'], owner: string, plan: Awaited<ReturnType<typeof updatePackage>>): RegisterResult {
  return {
    profile,
    entry,
    doc: plan.doc,
    outcome: plan.outcome,
    repaired: plan.repaired,
    indexChanged: plan.indexChanged,
    changes: plan.changes,
    identity: plan.identity,
    owner,
  };
}
