import { compareStrings } from '../index-file/index-rules';
import { classifySiteFile, DEPLOY_PHASES, entryPointRank, type DeployPhase } from './classify-site-file';

/** One file of the built site, as read from the folder. */
export interface SiteFile {
  /** `/`-separated path relative to the site's root. */
  path: string;
  /** Lowercase hex SHA-256 of its bytes. */
  sha256: string;
  size: number;
}

/** One object already under the deploy prefix, as the store lists and describes it. */
export interface StoredObject {
  /** Path relative to the prefix. */
  path: string;
  size: number;
  /** The sha256 packdex recorded as object metadata; absent on objects packdex did not write. */
  sha256?: string;
  contentType?: string;
  cacheControl?: string;
}

export interface UploadStep {
  action: 'upload';
  phase: DeployPhase;
  path: string;
  sha256: string;
  size: number;
  contentType: string;
  cacheControl: string;
  /** new: not in the store; changed: other bytes; headers: same bytes, other Content-Type or Cache-Control. */
  reason: 'new' | 'changed' | 'headers';
}

export interface DeleteStep {
  action: 'delete';
  phase: 'removals';
  path: string;
}

export type DeployStep = UploadStep | DeleteStep;

export interface DeployPlan {
  /** In the order they must be applied. */
  steps: DeployStep[];
  /** Files whose object already holds the same bytes and headers. */
  unchanged: number;
  /** Objects under the prefix that packdex did not write (no sha256 metadata) and leaves alone. */
  foreign: string[];
}

const REMOVAL_ORDER: Readonly<Record<DeployPhase, number>> = { 'entry-points': 0, documents: 1, immutable: 2 };

/**
 * Plan a deploy of a built site onto what the store holds, so that a reader never sees a
 * half-deployed site: new and changed files phase by phase (immutable, documents, entry points,
 * registry.json last), then removals, entry points first and archives last, each only once
 * nothing new refers to it. A file is compared by the sha256 recorded on its object, so a
 * second deploy uploads only what changed. Objects packdex did not write are never removed.
 */
export function planDeploy(site: readonly SiteFile[], stored: readonly StoredObject[]): DeployPlan {
  const existing = new Map(stored.map((o) => [o.path, o]));
  const uploads: UploadStep[] = [];
  let unchanged = 0;
  for (const file of site) {
    const headers = classifySiteFile(file.path);
    const object = existing.get(file.path);
    const reason: UploadStep['reason'] | undefined =
      object === undefined
        ? 'new'
        : object.sha256 !== file.sha256 || object.size !== file.size
          ? 'changed'
          : object.contentType !== headers.contentType || object.cacheControl !== headers.cacheControl
            ? 'headers'
            : undefined;
    if (reason === undefined) unchanged++;
    else uploads.push({ action: 'upload', ...headers, path: file.path, sha256: file.sha256, size: file.size, reason });
  }
  const phaseOf = (u: UploadStep) => DEPLOY_PHASES.indexOf(u.phase);
  uploads.sort((a, b) => phaseOf(a) - phaseOf(b) || entryPointRank(a.path) - entryPointRank(b.path) || compareStrings(a.path, b.path));

  const inSite = new Set(site.map((f) => f.path));
  const foreign: string[] = [];
  const removals: DeleteStep[] = [];
  for (const object of stored) {
    if (inSite.has(object.path)) continue;
    if (object.sha256 === undefined) foreign.push(object.path);
    else removals.push({ action: 'delete', phase: 'removals', path: object.path });
  }
  const removalRank = (d: DeleteStep) => REMOVAL_ORDER[classifySiteFile(d.path).phase];
  removals.sort((a, b) => removalRank(a) - removalRank(b) || compareStrings(a.path, b.path));
  foreign.sort(compareStrings);
  return { steps: [...uploads, ...removals], unchanged, foreign };
}
