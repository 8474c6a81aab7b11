import { statSync } from 'node:fs';
import path from 'node:path';
import { PackdexError, quote } from '../../core/errors';
import { parsePackageSpec, type PackageSpec } from '../resolve/parse-spec';

/** The five sources an Attune install takes: a registry reference, a git URL, an archive URL, a folder, an archive file. */
export type InstallSource =
  | { type: 'registry'; spec: PackageSpec }
  | { type: 'git'; url: string; ref?: string }
  | { type: 'archive-url'; url: string }
  | { type: 'directory'; path: string }
  | { type: 'archive-file'; path: string };

const ARCHIVE_NAME = /\.(?:tar\.gz|tgz|tar|zip)$/i;

/**
 * Tell what an install argument names. A path that exists wins (so `./slack` is a folder even if
 * a package is called slack); a URL is a git repository when it looks like one (`.git`, `git@`,
 * `ssh://`, `git+https://`) or `--ref` was given, else an archive; anything else is a registry
 * reference.
 */
export function classifySpec(spec: string, cwd: string, gitRef?: string): InstallSource {
  if (/^git\+(?:https?|ssh|file):\/\//i.test(spec)) {
    const url = spec.slice(4);
    return gitRef === undefined ? { type: 'git', url } : { type: 'git', url, ref: gitRef };
  }
  const local = path.resolve(cwd, spec.startsWith('file://') ? new URL(spec).pathname : spec);
  const st = (() => {
    try {
      return statSync(local);
    } catch {
      return undefined;
    }
  })();
  // --ref makes a URL or a work tree a git source: a folder has no refs.
  if (st?.isDirectory() && gitRef !== undefined) return { type: 'git', url: spec.startsWith('file://') ? spec : `file://${local}`, ref: gitRef };
  if (st?.isDirectory()) return { type: 'directory', path: local };
  if (st?.isFile()) return { type: 'archive-file', path: local };
  if (/^(?:ssh:\/\/|[\w.-]+@[\w.-]+:)/.test(spec) || (/^https?:\/\//i.test(spec) && (/\.git\/?$/i.test(spec) || (gitRef !== undefined && !ARCHIVE_NAME.test(spec))))) {
    return gitRef === undefined ? { type: 'git', url: spec } : { type: 'git', url: spec, ref: gitRef };
  }
  if (/^https?:\/\//i.test(spec)) return { type: 'archive-url', url: spec };
  // `@scope/name` holds a slash but is a registry reference (the AAM registries' scoped names).
  if (spec.startsWith('.') || spec.startsWith('/') || (spec.includes(path.sep) && !spec.startsWith('@')) || ARCHIVE_NAME.test(spec) || spec.startsWith('file://')) {
    throw new PackdexError('PATH_NOT_FOUND', `${quote(spec)} looks like a path, but nothing is there.`, {
      value: local,
      fix: 'Check the path to the pack folder or archive.',
    });
  }
  return { type: 'registry', spec: parsePackageSpec(spec) };
}
