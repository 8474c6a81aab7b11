import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import semver from 'semver';
import { compare as comparePep440 } from '@renovatebot/pep440';
import { PackdexError } from '../../../../src/core/errors';
import { auditPbg } from '../../../../src/core/profiles/pbg/audit-pbg';
import { pbgProfile } from '../../../../src/core/profiles/pbg/pbg-profile';
import { semverOfPep440, type Pep440Parts } from '../../../../src/core/profiles/pbg/pep440-version';
import { parsePep440 } from '../../../../src/core/profiles/pbg/python-libraries';
import { tempDir } from '../../../helpers/tmp';

const PEP440 = parsePep440 as (v: string) => Pep440Parts | null;
const formOf = (v: string) => semverOfPep440(v, PEP440);

/** PEP 440 spelling → the semver version published, or why there is none. */
const TABLE: [string, string | RegExp][] = [
  ['0.3', '0.3.0'],
  ['1', '1.0.0'],
  ['1.2.3', '1.2.3'],
  ['01.02.003', '1.2.3'],
  ['v1.0', '1.0.0'],
  ['V1.0', '1.0.0'],
  [' 1.0 ', '1.0.0'],
  ['1.2.3.0', '1.2.3'],
  ['1.2.0.0.0', '1.2.0'],
  ['1.0rc1', '1.0.0-rc.1'],
  ['1.0.0RC1', '1.0.0-rc.1'],
  ['1.0-rc-1', '1.0.0-rc.1'],
  ['1.0.0-rc.1', '1.0.0-rc.1'],
  ['1.0c1', '1.0.0-rc.1'],
  ['1.0pre2', '1.0.0-rc.2'],
  ['1.0preview3', '1.0.0-rc.3'],
  ['1.0rc', '1.0.0-rc.0'],
  ['1.0a1', '1.0.0-alpha.1'],
  ['1.0alpha2', '1.0.0-alpha.2'],
  ['1.0.0-alpha.1', '1.0.0-alpha.1'],
  ['1.0_a_1', '1.0.0-alpha.1'],
  ['2.0b3', '2.0.0-beta.3'],
  ['2.0.0-beta', '2.0.0-beta.0'],
  ['0!1.0', '1.0.0'],
  ['1.2.3.4', /has 4 release numbers/],
  ['1!1.0', /has an epoch \(1!\)/],
  ['1.0.post1', /is a post-release \(\.post1\)/],
  ['1.0-1', /is a post-release \(\.post1\)/],
  ['1.0.post', /is a post-release \(\.post0\)/],
  ['1.0rev2', /is a post-release \(\.post2\)/],
  ['1.0.dev1', /is a dev release \(\.dev1\)/],
  ['1.0rc1.dev1', /is a dev release/],
  ['1.0a1.post2', /is a post-release/],
  ['1.0+local', /has a local label \(\+local\)/],
  ['1.0.0+build.5', /has a local label \(\+build\.5\)/],
  ['\t1.0a1\n', '1.0.0-alpha.1'],
  ['99999999999999999999.0', /too large/],
  ['1.0.0-x', /is not a PEP 440 version/],
  ['banana', /is not a PEP 440 version/],
  ['', /is not a PEP 440 version/],
];

describe('pbg versions: PEP 440 → its exact semantic version form', () => {
  for (const [pep440, expected] of TABLE) {
    it(`${JSON.stringify(pep440)} → ${String(expected)}`, () => {
      const form = formOf(pep440);
      if (typeof expected === 'string') assert.deepEqual(form, { ok: true, semver: expected });
      else {
        assert.equal(form.ok, false);
        if (!form.ok) assert.match(form.why, expected);
      }
    });
  }

  it('keeps the order: semver orders the forms as PEP 440 orders the versions', () => {
    const version = fc
      .tuple(fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }), fc.option(fc.tuple(fc.constantFrom('a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre'), fc.option(fc.nat(20))), { nil: undefined }))
      .map(([release, pre]) => `${release.join('.')}${pre === undefined ? '' : `${pre[0]}${pre[1] ?? ''}`}`);
    fc.assert(
      fc.property(version, version, (x, y) => {
        const [fx, fy] = [formOf(x), formOf(y)];
        fc.pre(fx.ok && fy.ok);
        if (!fx.ok || !fy.ok) return;
        assert.equal(Math.sign(semver.compare(fx.semver, fy.semver)), Math.sign(comparePep440(x, y)), `${x} vs ${y}`);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips: each semver form reads back, under PEP 440, as the version it came from', () => {
    for (const [pep440, expected] of TABLE) {
      if (typeof expected !== 'string') continue;
      assert.equal(comparePep440(expected, pep440.trim()), 0, `${expected} vs ${pep440}`);
    }
  });
});

/** The package with this pyproject.toml version (and dynamic list), as a folder. */
function packageWith(version: string | undefined, dynamic = false): string {
  const dir = tempDir('packdex-pbg-version-');
  const lines = ['[project]', 'name = "pbg-v"', ...(version === undefined ? [] : [`version = ${JSON.stringify(version)}`]), ...(dynamic ? ['dynamic = ["version"]'] : []), 'requires-python = ">=3.10"', 'dependencies = ["bigraph-schema", "process-bigraph"]'];
  writeFileSync(path.join(dir, 'pyproject.toml'), `${lines.join('\n')}\n`);
  return dir;
}

/** What describe (publish, register) does with the package: the entry's version and meta, or the error. */
async function describeOutcome(dir: string, requested?: string) {
  try {
    const { manifest } = await pbgProfile.describe(dir, { version: requested });
    return { ok: true as const, version: manifest.version, pep440: (manifest.meta as { pep440_version?: string }).pep440_version };
  } catch (e) {
    if (!(e instanceof PackdexError)) throw e;
    return { ok: false as const, code: e.code, message: e.message, fix: e.fix };
  }
}

describe('pbg versions: the audit and publish agree on every case', () => {
  const cases: { declared?: string; dynamic?: boolean; requested?: string }[] = [
    ...TABLE.filter(([v]) => v.trim() !== '').map(([declared]) => ({ declared })),
    ...TABLE.filter(([v]) => v.trim() !== '').map(([requested]) => ({ dynamic: true, requested })),
    { declared: '0.3', requested: '0.3.0' },
    { declared: '0.3', requested: 'v0.3' },
    { declared: '1.0rc1', requested: '1.0.0-rc.1' },
    { declared: '0.3', requested: '0.4' },
    { declared: '0.3', requested: '0.3.post1' },
    { declared: '1.0.0' },
    { dynamic: true },
    {},
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c)}`, async () => {
      const dir = packageWith(c.declared, c.dynamic);
      const report = await auditPbg(dir, { expectVersion: c.requested });
      const checks = report.checks.filter((k) => k.name === 'version' || k.name === 'expected-version');
      const failed = checks.find((k) => k.status === 'FAIL');
      const described = await describeOutcome(dir, c.requested);
      if (c.dynamic === true && c.requested === undefined) {
        // Only the build knows the version: the audit cannot check it, and describe needs it given.
        assert.deepEqual([checks.map((k) => k.status), described.ok], [['PASS'], false]);
        return;
      }
      if (described.ok) {
        assert.equal(failed, undefined, JSON.stringify(checks));
        assert.equal(semver.valid(described.version), described.version);
        const original = (c.declared ?? c.requested)!.trim();
        assert.equal(described.pep440, original === described.version ? undefined : original);
        if (described.pep440 !== undefined) assert.match(checks[0]!.detail, new RegExp(`published as ${described.version.replace(/[.]/g, '\\.')}$`));
      } else {
        assert.ok(failed !== undefined, `the audit passed what publish refuses: ${described.message}`);
        assert.deepEqual({ code: failed.code, message: failed.detail, fix: failed.fix }, { code: described.code, message: described.message, fix: described.fix });
        assert.equal(failed.locations[0]!.file, 'pyproject.toml');
      }
    });
  }

  it('publishes 0.3 as 0.3.0, the PEP 440 version as written kept in meta', async () => {
    assert.deepEqual(await describeOutcome(packageWith('0.3')), { ok: true, version: '0.3.0', pep440: '0.3' });
    assert.deepEqual(await describeOutcome(packageWith('1.2.3')), { ok: true, version: '1.2.3', pep440: undefined });
    const refused = await describeOutcome(packageWith('1.0.post1'));
    assert.deepEqual(refused, {
      ok: false,
      code: 'MANIFEST_VERSION_INVALID',
      message: "pyproject.toml: version '1.0.post1' is a post-release (.post1), which has no exact semantic version form for the index.",
      fix: 'Set the version in pyproject.toml as a release or pre-release, e.g. 1.0.1.',
    });
  });
});
