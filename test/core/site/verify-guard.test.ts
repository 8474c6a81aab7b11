import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildSiteFiles, SITE_FILES } from '../../../src/core/site/build-site';
import { verifyRegistryChange } from '../../../src/core/site/verify-change';
import { classifyPath } from '../../../src/core/site/verify/classify-path';
import { ACCEPTED, ATTACKS, prepareCase } from '../../helpers/registry-attacks';

/** Every path's type, size, mtime and (for files of up to 16 MiB) bytes: a 300 MB file is not read back whole. */
function treeState(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(root, rel)).sort()) {
      const child = rel === '' ? name : `${rel}/${name}`;
      const st = lstatSync(path.join(root, child));
      if (st.isDirectory()) walk(child);
      else out[child] = `${st.mode}:${st.size}:${st.mtimeMs}:${st.isFile() && st.size <= 16 << 20 ? createHash('sha256').update(readFileSync(path.join(root, child))).digest('hex') : ''}`;
    }
  };
  walk('');
  return out;
}

describe('verifyRegistryChange guards every file of the registry and who publishes a name', () => {
  for (const attack of ATTACKS) {
    it(`refuses ${attack.what} (${attack.code} on ${attack.file})`, async () => {
      const { base, head } = await prepareCase(attack);
      const before = { base: treeState(base), head: treeState(head) };
      const findings = await verifyRegistryChange(base, head, attack.options);
      const found = findings.find((f) => f.code === attack.code && f.file === attack.file);
      assert.ok(found, JSON.stringify(findings, null, 2));
      assert.equal(typeof found.line === 'number', attack.line, `line: ${JSON.stringify(found)}`);
      assert.ok(found.fix !== undefined && found.fix.length > 0, 'a finding says how to fix it');
      assert.deepEqual({ base: treeState(base), head: treeState(head) }, before, 'verify writes nothing');
    });
  }

  for (const accepted of ACCEPTED) {
    it(`accepts ${accepted.what}`, async () => {
      const { base, head } = await prepareCase(accepted);
      assert.deepEqual(await verifyRegistryChange(base, head, accepted.options), []);
    });
  }

  it('calls derived exactly the files a site build writes', async () => {
    const { head } = await prepareCase(ACCEPTED[0]!);
    assert.deepEqual((await buildSiteFiles(head)).files.map(([rel]) => rel), [...SITE_FILES]);
    for (const rel of SITE_FILES) assert.equal(classifyPath(rel, [rel]), 'derived', 'extra_files cannot claim a derived file');
    assert.equal(classifyPath('packages/de/mo/demo.json', ['packages/**']), 'document');
    assert.equal(classifyPath('archives/x.html', ['archives/**']), 'archive');
  });

  it('accepts a new registry made by packdex (no base)', async () => {
    const { head } = await prepareCase(ACCEPTED[0]!);
    assert.deepEqual(await verifyRegistryChange(undefined, head), []);
  });
});
