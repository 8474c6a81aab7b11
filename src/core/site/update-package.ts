import type { PackageChange } from './change-package';
import type { PackageDocument } from './package-document';
import { planPackageChange, type PackageChangePlan } from './plan-package-change';
import { changeRegistry, type ChangeRegistryOptions } from './registry-transaction';

/**
 * Change one package of a registry folder (yank, dist-tag, an outline's register) as a registry
 * transaction: its document and index.json are read, changed and written under the lock.
 */
export async function updatePackage(
  registryDir: string,
  name: string,
  change: (doc: PackageDocument | undefined) => PackageChange,
  options: ChangeRegistryOptions = {},
): Promise<PackageChangePlan & { written: string[] }> {
  const { value, written } = await changeRegistry(registryDir, options, async () => {
    const plan = await planPackageChange(registryDir, name, change);
    return { value: plan, changes: plan.changes, removed: plan.removed };
  });
  return { ...value, written };
}
