import { mkdir, rename, rm } from 'node:fs/promises';
import semver from 'semver';
import path from 'node:path';
import { buildArchive, type ArchiveResult } from '../archive/build-archive';
import { runAudit, type AuditReport } from '../audit/run-audit';
import { buildEntry } from '../entry/build-entry';
import { checksumsEqual } from '../checksum/parse-checksum';
import { PackdexError, quote } from '../errors';
import { applyFileChanges } from '../fs/file-change';
import { findRef } from '../index-file/update-index';
import { planIndexUpdate, type IndexUpdatePlan } from '../index-file/plan-index-update';
import type { AttunePackIndexEntry } from '../schema-types';

export interface PublishToFolderSettings {
  packDir: string;
  registryDir: string;
  registryName: string;
  /** Where the folder will be served; archive URLs are `<url>/archives/<file>`. */
  registryUrl: string;
  now: Date;
}

export interface PublishToFolderResult {
  audit: AuditReport;
  archive?: ArchiveResult;
  entry?: AttunePackIndexEntry;
  outcome?: IndexUpdatePlan['outcome'];
}

/**
 * audit → archive → checksum → entry → merge, into a registry folder. The audit stops the flow on
 * FAIL. A version already in the index with different bytes is refused: a published version never
 * changes. Archives are written before index.json, so the index never names a missing archive.
 */
export async function publishToFolder(settings: PublishToFolderSettings): Promise<PublishToFolderResult> {
  const audit = await runAudit(settings.packDir);
  if (audit.counts.fail > 0 || audit.manifest === undefined || audit.contents === undefined) return { audit };
  const { manifest, contents } = audit;
  const archivesDir = path.join(settings.registryDir, 'archives');
  await mkdir(archivesDir, { recursive: true });
  const fileName = `${manifest.ref}-${manifest.version}.tar.gz`;
  const archivePath = path.join(archivesDir, fileName);
  const staged = path.join(archivesDir, `.${fileName}.staged`);
  const archive = await buildArchive({ packDir: settings.packDir, topFolder: `${manifest.ref}-${manifest.version}`, output: staged, source: 'directory' });
  try {
    const entry = buildEntry(manifest, contents, { archive: { url: `${settings.registryUrl.replace(/\/$/, '')}/archives/${fileName}`, checksum: archive.checksum } });
    const plan = await planIndexUpdate({
      indexPath: path.join(settings.registryDir, 'index.json'),
      entry: (index) => {
        const { at, found } = findRef(index.packs, entry.ref);
        const held = found ? index.packs[at]! : undefined;
        if (held !== undefined && held.version === entry.version) {
          const heldArchive = held.install_sources.find((s) => s.type === 'archive');
          if (heldArchive !== undefined && !checksumsEqual(heldArchive.checksum, archive.checksum)) {
            throw new PackdexError('PACK_EXISTS', `${entry.ref} ${entry.version} is already published with different contents.`, {
              value: `${entry.ref}@${entry.version}`,
              expected: `the published archive ${heldArchive.checksum}`,
              fix: `Published versions never change: bump the version in pack.yaml (e.g. ${quote(nextPatch(entry.version))}).`,
            });
          }
        }
        // index.json lists the newest version of each pack: an older release leaves it as it is.
        if (held !== undefined && semver.gt(held.version, entry.version)) return held;
        return entry;
      },
      replace: true,
      registryName: settings.registryName,
      registryUrl: settings.registryUrl,
      now: settings.now,
    });
    await rename(staged, archivePath);
    await applyFileChanges([plan.change]);
    return { audit, archive: { ...archive, path: archivePath }, entry: plan.entry, outcome: plan.outcome };
  } finally {
    await rm(staged, { force: true });
  }
}

function nextPatch(version: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : version;
}
