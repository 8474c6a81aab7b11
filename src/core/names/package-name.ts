/**
 * Package names across profiles. Attune refs are `^[a-z][a-z0-9_-]*$`; dbpm names fit inside
 * that; AAM names may start with a digit and may be scoped (`@scope/name`, as AAM registries allow). One pattern
 * covers them all, so the index, the package documents, lockfiles and specs agree on what a name
 * is; `packdex validate --attune` holds an index to Attune's narrower rule.
 */
export const PACKAGE_NAME_PATTERN = /^(?:@[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9_-]*$/;
export const ATTUNE_REF_PATTERN = /^[a-z][a-z0-9_-]*$/;

/** `@scope/name` → { scope, base }; an unscoped name has no scope. */
export function splitPackageName(full: string): { scope?: string; base: string } {
  const m = /^@([^/]+)\/(.+)$/.exec(full);
  return m === null ? { base: full } : { scope: m[1], base: m[2]! };
}

/**
 * The file-name stem of a version's archive and the archive's one top folder: `<base>-<version>`.
 * The scope is left out (the archive of `@acme/x` sits in `archives/@acme/`, as npm keeps scoped
 * tarballs under their scope), so the stem is always one path segment.
 */
export function archiveStem(name: string, version: string): string {
  return `${splitPackageName(name).base}-${version}`;
}

/** Where a version's archive sits under the registry's archives folder: `[@scope/]<base>-<version>.tar.gz`. */
export function archiveFileName(name: string, version: string): string {
  const { scope } = splitPackageName(name);
  return `${scope === undefined ? '' : `@${scope}/`}${archiveStem(name, version)}.tar.gz`;
}
