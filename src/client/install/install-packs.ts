import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { parseSha256 } from '../../core/checksum/parse-checksum';
import { hostForIssuer } from '../../core/provenance/check-publisher-identity';
import { PackdexError, quote } from '../../core/errors';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import type { FetchTimeouts } from '../fetch/fetch-url';
import type { RegistryReader } from '../fetch/registry-reader';
import type { Resolution } from '../resolve/resolve-package';
import { classifySpec } from './classify-spec';
import { archiveRequestFor, DEFAULT_MAX_DOWNLOAD } from './download-archive';
import { DEFAULT_EXTRACT_LIMITS } from './extract-archive';
import type { Lockfile } from './lockfile';
import { artifactSignatureFor } from './check-artifact-signature';
import { InstallPlanner } from './plan-packs';
import type { SignaturePolicy } from './signature-policy';
import { stagePack, type InstallRecord, type StagedPack, type StageSource } from './stage-pack';
import { enforceProvenance, provenancePolicy, type BundleSource, type ProvenancePolicy } from './verify-provenance';

/** Where packdex keeps its own files inside a packs folder: install records and the staging area. */
export const STATE_DIR = '.packdex';

export interface InstallSettings {
  specs: string[];
  /** The packs folder: each pack lands in <dir>/<ref>. */
  dir: string;
  cwd: string;
  /** --ref for git sources. */
  gitRef?: string;
  /** --checksum: what a direct archive or git source must hash to. */
  checksum?: string;
  force: boolean;
  skipDeps: boolean;
  includePrerelease: boolean;
  skipUnavailable: boolean;
  maxSize?: number;
  readers: readonly RegistryReader[];
  cacheDir: string | undefined;
  allowHttp: boolean;
  /** How long a download may stall (default: fetch-url's). */
  timeouts?: FetchTimeouts;
  /** Install exactly this lockfile's packs; no registry is contacted. */
  lockfile?: Lockfile;
  /** Trusted keys and require-signatures; default: no keys, nothing required (a signed version still fails closed). */
  signatures?: SignaturePolicy;
  /** Build provenance: trusted roots, the publishers a lockfile pins, --accept-publisher-change (default: shipped roots, no pins). */
  provenance?: ProvenancePolicy;
  now: Date;
  onProgress?: (name: string, received: number, total: number | undefined) => void;
  onWarning?: (message: string) => void;
}

export type InstallOutcome = 'installed' | 'replaced' | 'unchanged';

export interface InstalledPack {
  name: string;
  version: string;
  outcome: InstallOutcome;
  record: InstallRecord;
}

/** What is installed in a packs folder, by name, from the records packdex wrote. */
export async function readInstallRecords(dir: string): Promise<Map<string, InstallRecord>> {
  const folder = path.join(dir, STATE_DIR, 'installed');
  const out = new Map<string, InstallRecord>();
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const file of names.filter((n) => n.endsWith('.json'))) {
    try {
      const record = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as InstallRecord;
      if (existsSync(path.join(dir, record.pack_ref))) out.set(record.pack_ref, record);
    } catch {
      // A damaged record only means the pack is treated as not installed: it will be reinstalled.
    }
  }
  return out;
}

interface Job {
  name: string;
  version?: string;
  source: StageSource;
  registry: InstallRecord['registry'];
  /** The checksum that identifies the artifact, to tell an unchanged reinstall. */
  checksum?: string;
  /** A registry archive's recorded provenance, and how its bundle is reached. */
  provenance?: { bundle_url: string; owner: string; workflow?: string; ref?: string };
  bundleSource?: Omit<BundleSource, 'location'>;
}

const NO_POLICY: SignaturePolicy = { trusted: [], requireAll: false, registries: new Map() };

function policyOf(settings: InstallSettings): SignaturePolicy {
  return settings.signatures ?? NO_POLICY;
}

function fromResolution(r: Resolution, settings: InstallSettings, reader?: RegistryReader): Job {
  const from = { type: 'registry' as const, url: r.artifact_url };
  // A git source named by a registry or a lockfile is fetched like any download: https (http on
  // loopback or with --allow-http). An index read from the network must not make git clone a
  // local path (file://) or reach out over ssh; a repository given on the command line may.
  if (r.source === 'git' && !/^https?:\/\//i.test(r.artifact_url)) {
    throw new PackdexError('URL_INVALID', `The git source of ${r.package} ${r.version} is ${quote(r.artifact_url)}, and a registry's git source must be an https URL. Nothing was installed.`, {
      value: r.artifact_url,
      expected: 'https://host/owner/repo.git',
      fix: 'Report it to the registry\'s maintainers; to install from that repository anyway, give its URL on the command line (packdex install URL --ref REF).',
    });
  }
  // The same rule for an archive: a registry reached over the network (as a lockfile records it)
  // names downloads on the network, never a local path or file:// URL for the client to read.
  if (r.source !== 'git' && r.registry !== null && /^https?:\/\//i.test(r.registry.url) && !/^https?:\/\//i.test(r.artifact_url)) {
    throw new PackdexError('URL_INVALID', `The archive of ${r.package} ${r.version} is ${quote(r.artifact_url)}, a local file, but it comes from the network registry ${quote(r.registry.name)} (${r.registry.url}). Nothing was installed.`, {
      value: r.artifact_url,
      expected: 'an https URL',
      fix: 'Regenerate the lockfile with packdex lock; to install a local archive, give its path on the command line.',
    });
  }
  // For every source: half a signature, an unsigned version a policy requires signed, or a signed
  // version packdex would install from git (unverified) stops here, before anything is fetched.
  const signature = artifactSignatureFor(r, policyOf(settings), settings.allowHttp, reader);
  const source: StageSource =
    r.source === 'git'
      ? { type: 'git', url: r.artifact_url, ref: r.git_ref, checksum: r.artifact_checksum, from: { ...from, ...(r.git_ref === undefined ? {} : { ref: r.git_ref }) } }
      : { type: 'archive', request: archiveRequestFor(r, settings, reader), from, signature };
  const credentials = reader?.credentials();
  const insideFolder = reader?.folderRoot();
  return {
    name: r.package,
    version: r.version,
    source,
    registry: r.registry,
    checksum: r.artifact_checksum,
    // Provenance is about the archive's bytes; a git checkout has no subject it could name.
    ...(r.provenance === undefined || r.source !== 'archive' ? {} : { provenance: r.provenance }),
    bundleSource: { allowHttp: settings.allowHttp, ...(credentials === undefined ? {} : { credentials }), ...(insideFolder === undefined ? {} : { insideFolder }), ...(settings.timeouts === undefined ? {} : { timeouts: settings.timeouts }) },
  };
}

/**
 * Install packs into a folder, all or nothing. Everything is resolved, fetched, verified and
 * unpacked in a staging area inside the folder first; only then are the packs moved into place,
 * and if any move fails the ones already moved are put back. A failure at any step leaves the
 * folder exactly as it was.
 */
export async function installPacks(settings: InstallSettings): Promise<InstalledPack[]> {
  const dir = path.resolve(settings.dir);
  const dirExisted = existsSync(dir);
  const stateExisted = existsSync(path.join(dir, STATE_DIR));
  const staging = path.join(dir, STATE_DIR, `staging-${randomBytes(6).toString('hex')}`);
  const installed = await readInstallRecords(dir);
  const staged: StagedPack[] = [];
  const unchanged: InstalledPack[] = [];
  let n = 0;
  const policy = settings.provenance ?? provenancePolicy({});
  const stage = async (job: Job): Promise<StagedPack> => {
    n += 1;
    const pack = await stagePack({
      source: job.source,
      dest: path.join(staging, String(n)),
      expect: job.version === undefined ? undefined : { name: job.name, version: job.version },
      registry: job.registry,
      limits: DEFAULT_EXTRACT_LIMITS,
      allowHttp: settings.allowHttp,
      now: settings.now,
      signatures: policyOf(settings),
      onProgress: settings.onProgress === undefined ? undefined : (r, t) => settings.onProgress!(job.name, r, t),
    });
    // After the checksum: a registry's pack must carry the provenance its entry records, from the publisher the lockfile pins.
    if (job.registry !== null && job.version !== undefined) await enforceProvenance({ name: job.name, version: job.version, archiveChecksum: pack.record.checksum, provenance: job.provenance }, job.bundleSource ?? { allowHttp: settings.allowHttp }, policy);
    return pack;
  };
  const keep = (job: Job): boolean => {
    const held = installed.get(job.name);
    if (settings.force || held === undefined || held.version !== job.version || job.checksum === undefined || held.checksum !== job.checksum) return false;
    unchanged.push({ name: job.name, version: held.version, outcome: 'unchanged', record: held });
    return true;
  };
  try {
    await mkdir(staging, { recursive: true });
    if (settings.lockfile !== undefined) {
      for (const [name, locked] of Object.entries(settings.lockfile.packages)) {
        const { provenance: pin, ...rest } = locked;
        const job = fromResolution({ package: name, ...rest, yanked: false, warnings: [] } as Resolution, settings);
        // A locked install checks the bundle the lockfile names against the publisher it pins.
        if (pin !== undefined && job.source.type === 'archive') job.provenance = { bundle_url: pin.bundle_url, owner: `${hostForIssuer(pin.issuer) ?? 'github.com'}/${pin.repository}`, workflow: pin.workflow };
        if (!keep(job)) staged.push(await stage(job));
      }
    } else {
      const planner = new InstallPlanner({
        readers: settings.readers,
        skipDeps: settings.skipDeps,
        installed: new Map([...installed].map(([k, v]) => [k, v.version])),
        includePrerelease: settings.includePrerelease,
        skipUnavailable: settings.skipUnavailable,
        onSkip: (registry, error) => settings.onWarning?.(`skipped registry ${registry}: ${error.message}`),
        onWarning: settings.onWarning,
      });
      const direct: StagedPack[] = [];
      for (const spec of settings.specs) {
        const source = classifySpec(spec, settings.cwd, settings.gitRef);
        if (source.type === 'registry') {
          await planner.add({ spec: source.spec, chain: [] });
          continue;
        }
        const checksum = settings.checksum === undefined ? undefined : parseSha256(settings.checksum);
        const job: Job =
          source.type === 'directory'
            ? { name: spec, source: { type: 'directory', path: source.path }, registry: null }
            : source.type === 'git'
              ? { name: spec, source: { type: 'git', url: source.url, ref: source.ref, checksum, from: { type: 'git', url: source.url } }, registry: null }
              : {
                  name: spec,
                  source: {
                    type: 'archive',
                    request: { location: source.type === 'archive-url' ? source.url : source.path, checksum, maxSize: settings.maxSize ?? DEFAULT_MAX_DOWNLOAD, allowHttp: settings.allowHttp, cacheDir: settings.cacheDir, ...(settings.timeouts === undefined ? {} : { timeouts: settings.timeouts }) },
                    from: source.type === 'archive-url' ? { type: 'archive', url: source.url } : { type: 'archive', path: source.path },
                  },
                  registry: null,
                };
        const pack = await stage(job);
        const { pack_ref: ref, version } = pack.record;
        if (planner.fixed.has(ref) || planner.packs.has(ref)) {
          throw new PackdexError('DEPENDENCY_CONFLICT', `${quote(ref)} is given twice on the command line.`, { value: ref, fix: 'Install one source per pack.' });
        }
        planner.fixed.set(ref, { version, requiredBy: [spec] });
        direct.push(pack);
      }
      if (!settings.skipDeps) for (const pack of direct) await planner.addDependencies(pack.record.pack_ref, pack.record.dependencies, []);
      for (const pack of direct) {
        const held = installed.get(pack.record.pack_ref);
        if (!settings.force && held !== undefined && held.version === pack.record.version && held.directory_checksum === pack.record.directory_checksum) {
          unchanged.push({ name: held.pack_ref, version: held.version, outcome: 'unchanged', record: held });
        } else staged.push(pack);
      }
      for (const planned of planner.packs.values()) {
        const reader = settings.readers.find((r) => r.name === planned.resolution.registry.name);
        const job = fromResolution(planned.resolution, settings, reader);
        if (!keep(job)) staged.push(await stage(job));
      }
    }
    const results = await activate(dir, staging, staged, installed, settings.force);
    return [...results, ...unchanged];
  } catch (error) {
    if (!stateExisted) await rm(path.join(dir, STATE_DIR), { recursive: true, force: true });
    if (!dirExisted) await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** A package name as one file name: `@scope/name` → `@scope+name` (`+` is in no package name). */
function flatName(name: string): string {
  return name.replace('/', '+');
}

/** Move staged packs into place and write their records; on any failure, put everything back. */
async function activate(dir: string, staging: string, staged: StagedPack[], installed: Map<string, InstallRecord>, force: boolean): Promise<InstalledPack[]> {
  for (const pack of staged) {
    const name = pack.record.pack_ref;
    if (!force && !installed.has(name) && existsSync(path.join(dir, name))) {
      throw new PackdexError('OUTPUT_EXISTS', `${quote(path.join(dir, name))} exists, and packdex did not install it.`, {
        value: path.join(dir, name),
        expected: 'no folder of that name, or one packdex installed',
        fix: 'Move the folder away, or pass --force to replace it.',
      });
    }
  }
  const done: { target: string; backup?: string; recordFile: string; oldRecord?: string; createdParent?: string }[] = [];
  try {
    for (const pack of staged) {
      const name = pack.record.pack_ref;
      const target = path.join(dir, name);
      const recordFile = path.join(dir, STATE_DIR, 'installed', `${flatName(name)}.json`);
      const step: (typeof done)[number] = { target, recordFile, oldRecord: await readFile(recordFile, 'utf8').catch(() => undefined) };
      if (existsSync(target)) {
        step.backup = path.join(staging, `previous-${flatName(name)}`);
        await rename(target, step.backup);
      }
      // A scoped package lands in <dir>/@scope/<name>, as node_modules keeps them.
      const parent = path.dirname(target);
      if (parent !== dir && !existsSync(parent)) {
        await mkdir(parent, { recursive: true });
        step.createdParent = parent;
      }
      done.push(step);
      await rename(pack.root, target);
      await writeFileAtomic(recordFile, `${JSON.stringify(pack.record, null, 2)}\n`);
    }
  } catch (error) {
    for (const step of done.reverse()) {
      await rm(step.target, { recursive: true, force: true });
      if (step.backup !== undefined) await rename(step.backup, step.target);
      if (step.oldRecord !== undefined) await writeFileAtomic(step.recordFile, step.oldRecord);
      else await rm(step.recordFile, { force: true });
      if (step.createdParent !== undefined) await rmdir(step.createdParent).catch(() => undefined);
    }
    throw error;
  }
  return staged.map((p) => ({ name: p.record.pack_ref, version: p.record.version, outcome: installed.has(p.record.pack_ref) ? 'replaced' : 'installed', record: p.record }));
}
