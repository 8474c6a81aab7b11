import type { AuditOptions, AuditReport } from '../audit/run-audit';
import type { PackageContents } from '../entry/content-kinds';
import type { Finding, PackManifest } from '../manifest/pack-manifest';

/** The kinds of package packdex reads. Attune (pack.yaml) is the index format's own. */
export const PROFILES = ['attune', 'pbg', 'dbpm', 'aam'] as const;
export type ProfileName = (typeof PROFILES)[number];

/** Everything an index entry says about a package except where to install it from. */
export interface PackageDescription {
  profile: ProfileName;
  /** The entry's fields (ref, label, version, …, dependencies, meta), normalised and defaulted. */
  manifest: Omit<PackManifest, 'inline'>;
  contents: PackageContents;
  /** Findings that do not stop publication (unknown keys and the like). */
  warnings?: Finding[];
}

export interface DescribeOptions {
  /**
   * The version being published. For a package whose manifest leaves the version to the build
   * (pbg's `dynamic = ["version"]`) it is the version; otherwise the manifest must agree with it.
   */
  version?: string;
  /**
   * The version to take when the manifest has none of its own and nothing is being published:
   * an install, which knows from the index what it downloaded, checks every other field.
   */
  versionIfUnset?: string;
}

/**
 * One kind of package. Every profile is read the same three ways, so publish, register, install
 * and the Action never ask which kind they hold:
 * - `detect`: is this folder one of mine (its marker file)?
 * - `audit`: the named PASS/WARN/FAIL checks of the profile's own rules; never throws for a
 *   problem with the package itself;
 * - `describe`: what the index entry needs; throws the first problem as a PackdexError with a
 *   code and a fix (an audit lists them all).
 */
export interface Profile {
  readonly name: ProfileName;
  /** The file that marks a package of this kind. */
  readonly marker: string;
  detect(dir: string): boolean;
  audit(dir: string, options: AuditOptions): Promise<AuditReport & { profile?: string }>;
  describe(dir: string, options: DescribeOptions): Promise<PackageDescription>;
}
