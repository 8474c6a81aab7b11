import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applyFileChanges } from '../../../src/core/fs/file-change';
import { yankVersion } from '../../../src/core/site/change-package';
import { planPackageChange } from '../../../src/core/site/plan-package-change';
import { verifyRegistryChange } from '../../../src/core/site/verify-change';
import { loadSigningKey } from '../../../src/core/signatures/sign-detached';
import { makeKey } from '../../helpers/openpgp-keys';
import { initRegistry, publish } from '../../helpers/site';
import { tempDir } from '../../helpers/tmp';

const REPO = 'repository: https://github.com/acme/pack-demo\n';

async function baseRegistry(): Promise<string> {
  const reg = await initRegistry();
  await publish(reg, 'demo', '1.0.0', { extra: REPO });
  await publish(reg, 'demo', '1.1.0', { extra: REPO });
  return reg;
}

function copy(dir: string): string {
  const out = tempDir('packdex-head-');
  cpSync(dir, out, { recursive: true });
  return out;
}

const DOC = 'packages/de/mo/demo.json';
// Hand edits of JSON as a pull request would make them; the shape is whatever the file holds.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const edit = (dir: string, rel: string, f: (d: any) => void) => {
  const file = path.join(dir, rel);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  f(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
};

describe('verifyRegistryChange', () => {
  it('accepts a new version, a new package and a yank made by packdex', async () => {
    const base = await baseRegistry();
    const head = copy(base);
    await publish(head, 'demo', '1.2.0', { extra: REPO });
    await publish(head, 'other', '0.1.0');
    await applyFileChanges((await planPackageChange(head, 'demo', (d) => yankVersion(d!, '1.0.0', { reason: 'bug' }, new Date('2026-04-01T00:00:00Z')))).changes);
    assert.deepEqual(await verifyRegistryChange(base, head), []);
    assert.deepEqual(await verifyRegistryChange(undefined, head), [], 'a new registry');
  });

  it('accepts an unsigned version gaining its signature (both fields), and nothing else about it changing', async () => {
    const base = await baseRegistry();
    const head = copy(base);
    edit(head, DOC, (d) => Object.assign(d.versions[0], { signature_url: 'https://releases.example.org/demo/demo-1.0.0.tar.gz.asc', publisher_key_fingerprint: 'A'.repeat(40) }));
    assert.deepEqual(await verifyRegistryChange(base, head), []);
    const again = copy(head);
    edit(again, DOC, (d) => (d.versions[0].publisher_key_fingerprint = 'B'.repeat(40)));
    assert.ok((await verifyRegistryChange(head, again)).some((f) => f.code === 'VERSION_IMMUTABLE' && /publisher_key_fingerprint/.test(f.message)), 'a recorded signature never changes');
    const removed = copy(head);
    edit(removed, DOC, (d) => {
      delete d.versions[0].signature_url;
      delete d.versions[0].publisher_key_fingerprint;
    });
    assert.ok((await verifyRegistryChange(head, removed)).some((f) => f.code === 'VERSION_IMMUTABLE'), 'nor is it removed');
  });

  it('accepts a signed version whose signature is stored beside its archive, and guards that file like the archive', async () => {
    const signer = await loadSigningKey((await makeKey({ name: 'Signer' })).privateArmored, undefined, 'the test key');
    const base = await baseRegistry();
    const head = copy(base);
    await publish(head, 'demo', '1.2.0', { extra: REPO, settings: { signer } });
    const signed = JSON.parse(readFileSync(path.join(head, DOC), 'utf8')).versions.find((v: { version: string }) => v.version === '1.2.0');
    assert.equal(signed.signature_url, 'archives/demo-1.2.0.tar.gz.asc', 'recorded relative to the registry, like the archive');
    assert.deepEqual(await verifyRegistryChange(base, head), [], 'the .asc is the new version\'s own file');
    assert.deepEqual(await verifyRegistryChange(undefined, head), []);
    const codes = async (b: string, spoil: (h: string) => void) => {
      const h = copy(b);
      spoil(h);
      return (await verifyRegistryChange(b, h)).map((f) => `${f.code} ${f.file}`);
    };
    // Once published, the signature file is as immutable as the archive.
    assert.deepEqual(await codes(head, (h) => rmSync(path.join(h, 'archives/demo-1.2.0.tar.gz.asc'))), ['ARCHIVE_IMMUTABLE archives/demo-1.2.0.tar.gz.asc']);
    assert.deepEqual(await codes(head, (h) => writeFileSync(path.join(h, 'archives/demo-1.2.0.tar.gz.asc'), 'forged\n')), ['ARCHIVE_IMMUTABLE archives/demo-1.2.0.tar.gz.asc']);
    // A new version recording a stored signature the change does not bring, or another version's.
    const missing = await codes(base, (h) => edit(h, DOC, (d) => Object.assign(d.versions[0], { signature_url: 'archives/demo-1.0.0.tar.gz.asc', publisher_key_fingerprint: 'A'.repeat(40) })));
    assert.deepEqual(missing, [`ARCHIVE_MISSING ${DOC}`]);
    const underUrl = await codes(base, (h) => edit(h, DOC, (d) => Object.assign(d.versions[0], { signature_url: 'https://packs.example.com/archives/demo-1.0.0.tar.gz.asc', publisher_key_fingerprint: 'A'.repeat(40) })));
    assert.deepEqual(underUrl, [`ARCHIVE_MISSING ${DOC}`], 'an absolute URL under the registry\'s url names the registry\'s file too');
    const elsewhere = await codes(base, (h) => edit(h, DOC, (d) => Object.assign(d.versions[0], { signature_url: 'https://releases.example.org/demo/demo-1.0.0.tar.gz.asc', publisher_key_fingerprint: 'A'.repeat(40) })));
    assert.deepEqual(elsewhere, [], 'a signature hosted elsewhere is not the registry\'s file');
    const misnamed = await codes(head, (h) => {
      edit(h, DOC, (d) => Object.assign(d.versions[0], { signature_url: 'archives/demo-1.2.0.tar.gz.asc', publisher_key_fingerprint: 'A'.repeat(40) }));
    });
    assert.deepEqual(misnamed, [`ARCHIVE_MISMATCH ${DOC}`]);
  });

  const cases: [string, string, (head: string) => void][] = [
    ['an altered published entry', 'VERSION_IMMUTABLE', (h) => edit(h, DOC, (d) => (d.versions[0].entry.description = 'rewritten history'))],
    ['an altered archive size', 'VERSION_IMMUTABLE', (h) => edit(h, DOC, (d) => (d.versions[1].archive_size += 1))],
    ['a removed version', 'VERSION_IMMUTABLE', (h) => edit(h, DOC, (d) => d.versions.splice(0, 1))],
    ['a removed package', 'VERSION_IMMUTABLE', (h) => rmSync(path.join(h, DOC))],
    ['a changed owner', 'NAME_OWNED', (h) => edit(h, DOC, (d) => (d.owner = 'github.com/mallory/pack-demo'))],
    ['a document breaking its schema', 'PACKAGE_INVALID', (h) => edit(h, DOC, (d) => (d.versions[0].yanked = 'maybe'))],
    ['an index.json that does not follow the documents', 'DERIVED_FILE_CHANGED', (h) => edit(h, 'index.json', (d) => (d.packs[0].description = 'hand-edited'))],
    ['a broken registry.json', 'REGISTRY_INVALID', (h) => writeFileSync(path.join(h, 'registry.json'), '{"format": "other"}\n')],
  ];
  for (const [what, code, spoil] of cases) {
    it(`refuses ${what} with ${code}, located for an annotation`, async () => {
      const base = await baseRegistry();
      const head = copy(base);
      spoil(head);
      const findings = await verifyRegistryChange(base, head);
      assert.ok(findings.some((f) => f.code === code), JSON.stringify(findings));
      const located = findings.find((f) => f.code === code)!;
      assert.ok(located.file.length > 0);
      if (code === 'VERSION_IMMUTABLE' && what.startsWith('an altered')) assert.equal(typeof located.line, 'number');
    });
  }
});
