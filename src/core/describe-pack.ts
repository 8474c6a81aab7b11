import { PackdexError } from './errors';
import { discoverContents, type Contents } from './manifest/discover-contents';
import { loadManifest, type Finding, type PackManifest } from './manifest/pack-manifest';

export interface PackDescription {
  manifest: PackManifest;
  contents: Contents;
  /** Findings that do not stop publication (unknown keys and the like). */
  warnings: Finding[];
}

/**
 * Read what an index entry needs from a pack directory: its normalised manifest and contents.
 * The first failing finding is thrown as a PackdexError; the audit reports all of them.
 */
export async function describePack(packDir: string): Promise<PackDescription> {
  const loaded = await loadManifest(packDir);
  const { contents, findings } = await discoverContents(packDir, loaded.manifest);
  const all = [...loaded.findings, ...findings];
  const failure = all.find((f) => f.severity === 'fail');
  if (failure !== undefined) {
    const where = failure.file === undefined ? '' : ` (${failure.file}${failure.line === undefined ? '' : `:${failure.line}`})`;
    throw new PackdexError(failure.code, `${failure.message}${where}.`, {
      value: failure.value,
      expected: failure.expected,
      fix: failure.fix ?? 'Run packdex audit for the full list of problems.',
      path: failure.file,
      line: failure.line,
      column: failure.column,
    });
  }
  return { manifest: loaded.manifest, contents, warnings: all.filter((f) => f.severity === 'warn') };
}
