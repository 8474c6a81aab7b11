import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePackageSpec } from '../../../src/client/resolve/parse-spec';
import { selectVersion } from '../../../src/client/resolve/select-version';
import { addVersion, setDistTag, yankVersion } from '../../../src/core/site/change-package';
import type { PackageDocument } from '../../../src/core/site/package-document';
import { entry } from '../../helpers/index-data';

const now = new Date('2026-01-01T00:00:00Z');
let doc: PackageDocument | undefined;
for (const v of ['1.0.0', '1.2.0', '1.2.5', '1.3.0', '2.0.0', '2.1.0-rc.1', '3.0.0']) doc = addVersion(doc, { entry: entry('demo', v), owner: 'o' }, now).doc;
doc = yankVersion(doc!, '3.0.0', { reason: 'broken' }, now).doc;
doc = yankVersion(doc, '1.2.5', {}, now).doc;
doc = setDistTag(doc, 'beta', '2.1.0-rc.1', now).doc;
const DOC = doc;

describe('selectVersion', () => {
  for (const [constraint, expected, prerelease] of [
    [undefined, '2.0.0'],
    ['latest', '2.0.0'],
    ['beta', '2.1.0-rc.1'],
    ['1.2.0', '1.2.0'],
    ['~1.2.0', '1.2.0'],
    ['^1.0.0', '1.3.0'],
    ['>=1.0.0 <1.3.0', '1.2.0'],
    ['*', '2.0.0'],
    ['^2.0.0', '2.0.0'],
    ['^2.0.0', '2.1.0-rc.1', true],
    ['>=2.1.0-rc.0', '2.1.0-rc.1'],
    ['3.0.0', '3.0.0'],
    ['1.2.5', '1.2.5'],
  ] as const) {
    it(`${constraint ?? '(none)'}${prerelease ? ' with prereleases' : ''} → ${expected}`, () => {
      assert.equal(selectVersion(DOC, constraint, { includePrerelease: prerelease === true }).version.version, expected);
    });
  }

  it('warns when an exact pin names a yanked version', () => {
    assert.match(selectVersion(DOC, '3.0.0').warnings[0]!, /yanked: broken/);
  });

  it('skips yanked versions in ranges', () => {
    assert.throws(() => selectVersion(DOC, '>=3.0.0'), { code: 'NO_MATCHING_VERSION' });
    assert.throws(() => selectVersion(DOC, '~1.2.4'), { code: 'NO_MATCHING_VERSION' }, 'the only 1.2.x ≥ 1.2.4 is yanked');
  });

  for (const constraint of ['^9.0.0', 'nightly', '4.0.0']) {
    it(`${constraint} fails with NO_MATCHING_VERSION and lists what exists`, () => {
      assert.throws(() => selectVersion(DOC, constraint), (e: Error & { code?: string; expected?: string }) => e.code === 'NO_MATCHING_VERSION' && /2\.0\.0/.test(e.expected!));
    });
  }
});

describe('parsePackageSpec', () => {
  it('reads names, ranges and tags', () => {
    assert.deepEqual(parsePackageSpec('slack'), { name: 'slack' });
    assert.deepEqual(parsePackageSpec('slack@^2.1.0'), { name: 'slack', constraint: '^2.1.0' });
    assert.deepEqual(parsePackageSpec('slack@>=1 <2'), { name: 'slack', constraint: '>=1 <2' });
    assert.deepEqual(parsePackageSpec('slack@beta'), { name: 'slack', constraint: 'beta' });
  });
  for (const bad of ['Slack', 'slack@', 'slack@^^1', '../x', 'sl ack']) {
    it(`refuses ${JSON.stringify(bad)}`, () => assert.throws(() => parsePackageSpec(bad), { code: 'SPEC_INVALID' }));
  }
});
