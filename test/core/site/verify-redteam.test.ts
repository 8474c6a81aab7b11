import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { addVersion } from '../../../src/core/site/change-package';
import type { PackdexError } from '../../../src/core/errors';
import { verifyRegistryChange } from '../../../src/core/site/verify-change';
import { entry } from '../../helpers/index-data';
import { prepareCase } from '../../helpers/registry-attacks';
import { REDTEAM, REDTEAM_ACCEPTED } from '../../helpers/registry-redteam';
import { T0 } from '../../helpers/site';
import { checkArchivePackage } from '../../../src/publish/check-archive-package';

/** Each hostile pull request is refused with its code on its file, and verify writes nothing. */

function treeState(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(root, rel)).sort()) {
      const child = rel === '' ? name : `${rel}/${name}`;
      const st = lstatSync(path.join(root, child));
      if (st.isDirectory()) walk(child);
      else out[child] = `${st.mode}:${st.size}:${st.mtimeMs}:${st.isFile() ? createHash('sha256').update(readFileSync(path.join(root, child))).digest('hex') : ''}`;
    }
  };
  walk('');
  return out;
}

describe('verify refuses what the hostile reviewer tried', () => {
  for (const attack of REDTEAM) {
    it(`refuses ${attack.what} (${attack.code} on ${attack.file})`, async () => {
      const { base, head } = await prepareCase(attack);
      const before = { base: treeState(base), head: treeState(head) };
      const findings = await verifyRegistryChange(base, head, { openArchive: (file, claim) => checkArchivePackage(file, claim, 'The stored archive'), ...attack.options });
      const found = findings.find((f) => f.code === attack.code && f.file === attack.file);
      assert.ok(found, JSON.stringify(findings.slice(0, 8), null, 2));
      assert.equal(typeof found.line === 'number', attack.line, `line: ${JSON.stringify(found)}`);
      assert.ok(found.fix !== undefined && found.fix.length > 0, 'a finding says how to fix it');
      assert.deepEqual({ base: treeState(base), head: treeState(head) }, before, 'verify writes nothing');
    });
  }
  for (const accepted of REDTEAM_ACCEPTED) {
    it(`accepts ${accepted.what}`, async () => {
      const { base, head } = await prepareCase(accepted);
      assert.deepEqual(await verifyRegistryChange(base, head, { openArchive: (file, claim) => checkArchivePackage(file, claim, 'The stored archive'), ...accepted.options }), []);
    });
  }
});

describe('a version that semver-equals a published one is the same version', () => {
  it('addVersion refuses 1.0.0+rebuilt beside 1.0.0 (VERSION_IMMUTABLE), whatever the entry', () => {
    const doc = addVersion(undefined, { entry: entry('demo', '1.0.0'), owner: 'github.com/acme/demo', archiveSize: 100 }, T0).doc;
    const before = JSON.stringify(doc);
    assert.throws(() => addVersion(doc, { entry: entry('demo', '1.0.0+rebuilt'), owner: 'github.com/acme/demo', archiveSize: 100 }, T0), (e: PackdexError) => e.code === 'VERSION_IMMUTABLE' && e.message.includes('1.0.0'));
    assert.equal(JSON.stringify(doc), before, 'the document is not changed');
    assert.equal(addVersion(doc, { entry: entry('demo', '1.0.1+build.2'), owner: 'github.com/acme/demo', archiveSize: 100 }, T0).outcome, 'updated');
  });
});
