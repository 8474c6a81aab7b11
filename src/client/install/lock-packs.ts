import { rm } from 'node:fs/promises';
import type { FetchTimeouts } from '../fetch/fetch-url';
import type { RegistryReader } from '../fetch/registry-reader';
import type { PackageSpec } from '../resolve/parse-spec';
import { archiveRequestFor, obtainArchive } from './download-archive';
import { lockedFrom, type LockedPack } from './lockfile';
import { InstallPlanner } from './plan-packs';

export interface LockSettings {
  specs: PackageSpec[];
  readers: readonly RegistryReader[];
  includePrerelease: boolean;
  skipUnavailable: boolean;
  cacheDir: string | undefined;
  allowHttp: boolean;
  timeouts?: FetchTimeouts;
  maxSize?: number;
  onWarning?: (message: string) => void;
  onProgress?: (name: string, received: number, total: number | undefined) => void;
}

/**
 * Resolve the specs and their dependencies to exact artifacts, and download each archive once to
 * prove it matches its checksum and size (it lands in the cache, so a locked install can work with
 * no network). The result is what packdex.lock.json records.
 */
export async function lockPacks(settings: LockSettings): Promise<Record<string, LockedPack>> {
  const planner = new InstallPlanner({
    readers: settings.readers,
    skipDeps: false,
    installed: new Map(),
    includePrerelease: settings.includePrerelease,
    skipUnavailable: settings.skipUnavailable,
    onSkip: (registry, error) => settings.onWarning?.(`skipped registry ${registry}: ${error.message}`),
    onWarning: settings.onWarning,
  });
  for (const spec of settings.specs) await planner.add({ spec, chain: [] });
  const out: Record<string, LockedPack> = {};
  for (const { resolution } of planner.packs.values()) {
    if (resolution.source === 'archive') {
      const reader = settings.readers.find((r) => r.name === resolution.registry.name);
      const got = await obtainArchive({
        ...archiveRequestFor(resolution, settings, reader),
        onProgress: settings.onProgress === undefined ? undefined : (r, t) => settings.onProgress!(resolution.package, r, t),
      });
      if (got.temporary) await rm(got.path, { force: true });
      out[resolution.package] = { ...lockedFrom(resolution), size: got.size };
    } else {
      out[resolution.package] = lockedFrom(resolution);
    }
  }
  return out;
}
