import semver from 'semver';
import { PackdexError, quote } from '../../core/errors';
import { PACKAGE_NAME_PATTERN } from '../../core/names/package-name';

export interface PackageSpec {
  name: string;
  /** A range (`^1.2.0`, `~1.2`, `>=1 <2`), an exact version, `latest` or another dist-tag; undefined means latest. */
  constraint?: string;
}

/** Any profile's package name, scoped AAM names included. */
export const NAME_PATTERN = PACKAGE_NAME_PATTERN;

/** `name`, `name@1.2.3`, `name@^1.2`, `name@beta`, `@scope/name@^1`. */
export function parsePackageSpec(spec: string): PackageSpec {
  const at = spec.indexOf('@', 1);
  const name = at === -1 ? spec : spec.slice(0, at);
  const constraint = at === -1 ? undefined : spec.slice(at + 1).trim();
  if (!NAME_PATTERN.test(name)) {
    throw new PackdexError('SPEC_INVALID', `${quote(spec)} is not a package reference.`, {
      value: spec,
      expected: 'NAME or NAME@CONSTRAINT, NAME lowercase letters, digits, - and _, optionally @scope/NAME (e.g. slack@^2.1.0, @myorg/my-agent@^1.0.0)',
      fix: 'Check the name; a URL or a path is installed by giving it as it is.',
    });
  }
  if (constraint !== undefined && (constraint === '' || (semver.validRange(constraint) === null && !/^[a-z][a-z0-9._-]*$/.test(constraint)))) {
    throw new PackdexError('SPEC_INVALID', `${quote(constraint)} in ${quote(spec)} is neither a version, a range nor a dist-tag.`, {
      value: spec,
      expected: 'an exact version (1.2.3), ~1.2.3, ^1.2.3, a range (>=1.0.0 <2.0.0), latest, or a dist-tag',
      fix: `e.g. ${name}@^1.0.0`,
    });
  }
  return constraint === undefined ? { name } : { name, constraint };
}
