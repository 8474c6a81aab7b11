import semver from 'semver';
import { PackdexError, quote } from '../../errors';

/** The semantic version PEP 440's pre-release labels become: semver's own words, in the same order (alpha < beta < rc). */
const PRE_LABEL: Record<string, string> = { a: 'alpha', b: 'beta', rc: 'rc' };

export type SemverForm = { ok: true; semver: string } | { ok: false; reason: 'not-pep440' | 'no-semver-form'; why: string; suggestion?: string };

/**
 * A PEP 440 version's exact semantic-version form, read with a PEP 440 parser
 * (@renovatebot/pep440, which normalises as `packaging` does: `V1.0`, `1.0-RC-1`, `1.0c1`; the
 * surrounding whitespace PEP 440 allows is trimmed first, as its `clean` would, since `clean`
 * writes a dotted local label back with commas, `1.0+a,5`, which it then cannot read).
 *
 * Exact means the two orders agree, so that resolving `^1.0.0` picks what pip would:
 * - the release pads to three numbers (`0.3` → `0.3.0`); a fourth and later number must be 0,
 *   since PEP 440 compares releases zero-padded (`1.2.3.0` == `1.2.3`);
 * - a pre-release `aN`/`bN`/`rcN` becomes `-alpha.N`/`-beta.N`/`-rc.N`, N defaulting to 0 as in
 *   PEP 440 (`1.0rc` is `1.0rc0`); semver orders these identifiers as PEP 440 orders a < b < rc;
 * - an epoch other than 0 (`1!2.0`), a post-release (`1.0.post1`, `1.0-1`), a dev release
 *   (`1.0.dev1`) and a local label (`1.0+abc`) have no semver form: semver has no place that sorts
 *   as they do (a post-release after its release, a dev release before its pre-releases, a local
 *   label as part of the order).
 */
export function semverOfPep440(version: string, parsePep440: (v: string) => Pep440Parts | null): SemverForm {
  const parts = parsePep440(version.trim());
  if (parts === null) return { ok: false, reason: 'not-pep440', why: 'is not a PEP 440 version' };
  const release = parts.release.length > 3 && parts.release.slice(3).every((n) => n === 0) ? parts.release.slice(0, 3) : [...parts.release];
  while (release.length < 3) release.push(0);
  const next = `${release[0]}.${release[1]}.${(release[2] ?? 0) + 1}`;
  const base = release.slice(0, 3).join('.');
  if (parts.epoch !== 0) return { ok: false, reason: 'no-semver-form', why: `has an epoch (${parts.epoch}!)`, suggestion: base };
  if (release.length > 3) return { ok: false, reason: 'no-semver-form', why: `has ${parts.release.length} release numbers`, suggestion: next };
  if (parts.post !== null) return { ok: false, reason: 'no-semver-form', why: `is a post-release (.post${parts.post[1]})`, suggestion: next };
  if (parts.dev !== null) return { ok: false, reason: 'no-semver-form', why: `is a dev release (.dev${parts.dev[1]})`, suggestion: parts.pre === null ? `${base}rc1` : base };
  if (parts.local !== null) return { ok: false, reason: 'no-semver-form', why: `has a local label (+${parts.local.join('.')})`, suggestion: base };
  if (!release.every(Number.isSafeInteger)) return { ok: false, reason: 'no-semver-form', why: 'has a number too large for a semantic version' };
  const pre = parts.pre === null ? '' : `-${PRE_LABEL[parts.pre[0]] ?? parts.pre[0]}.${parts.pre[1]}`;
  const form = `${base}${pre}`;
  return semver.valid(form) === form ? { ok: true, semver: form } : { ok: false, reason: 'no-semver-form', why: 'has a number too large for a semantic version' };
}

/** What @renovatebot/pep440's parse returns. */
export interface Pep440Parts {
  epoch: number;
  release: number[];
  pre: [string, number] | null;
  post: [string, number] | null;
  dev: [string, number] | null;
  local: (string | number)[] | null;
}

/** A pbg entry's version: the semver form, and the version as the package wrote it when that differs. */
export interface PbgVersion {
  version: string;
  pep440?: string;
}

const EXPECTED = 'a PEP 440 release or pre-release with at most three release numbers (0.3, 1.2.3, 1.0rc1: published as 0.3.0, 1.2.3, 1.0.0-rc.1); no epoch (1!), post-release (.post1), dev release (.dev1) or local label (+abc)';

function invalid(file: string, version: string, form: Extract<SemverForm, { ok: false }>, where: string, line: number | undefined): PackdexError {
  const noForm = form.reason === 'no-semver-form';
  return new PackdexError('MANIFEST_VERSION_INVALID', `${file}: version ${quote(version)}${where} ${form.why}${noForm ? ', which has no exact semantic version form for the index' : ''}.`, {
    value: version,
    path: file,
    line,
    expected: EXPECTED,
    fix: `${where === '' ? `Set the version in ${file}` : 'Publish a version'} as a release or pre-release${form.suggestion === undefined ? '' : `, e.g. ${form.suggestion}`}.`,
  });
}

/**
 * The version a pbg entry gets, the one rule audit and describe share: the version pyproject.toml
 * declares (or, when it lists version as `dynamic`, the one being published), which must have an
 * exact semver form (`semverOfPep440`) and, when a version is being published, the same one.
 * Throws MANIFEST_VERSION_INVALID or MANIFEST_VERSION_MISMATCH with the fix.
 */
export async function pbgVersion(file: string, declared: string | undefined, requested: string | undefined, where: { line?: number; dynamic: boolean }): Promise<PbgVersion> {
  const { line } = where;
  const original = (declared ?? requested)?.trim();
  if (declared === undefined && !where.dynamic && requested === undefined) {
    throw new PackdexError('MANIFEST_VERSION_INVALID', `${file}: [project] has no version and does not list it as dynamic.`, {
      path: file,
      line,
      fix: 'Add version = "X.Y.Z" to [project], or list "version" in dynamic and pass --version.',
    });
  }
  if (original === undefined) {
    throw new PackdexError('MANIFEST_VERSION_INVALID', `${file} declares no version, and none was given.`, {
      path: file,
      expected: 'a version in the manifest, or one passed with --version (or from the release tag)',
      fix: `Set the version in ${file}, or pass --version X.Y.Z.`,
    });
  }
  const { parsePep440 } = await import('./python-libraries');
  const pep440 = parsePep440 as (v: string) => Pep440Parts | null;
  const form = semverOfPep440(original, pep440);
  if (!form.ok) throw invalid(file, original, form, declared === undefined ? ' being published' : '', line);
  if (requested !== undefined && declared !== undefined) {
    const wanted = semverOfPep440(requested, pep440);
    if (!wanted.ok) throw invalid(file, requested, wanted, ' being published', undefined);
    if (wanted.semver !== form.semver) {
      throw new PackdexError('MANIFEST_VERSION_MISMATCH', `${file} says version ${quote(original)} but ${quote(requested)} is being published.`, {
        value: requested,
        expected: original,
        path: file,
        line,
        fix: `Set the version in ${file} to "${requested}", or publish ${original}.`,
      });
    }
  }
  return form.semver === original ? { version: form.semver } : { version: form.semver, pep440: original };
}
