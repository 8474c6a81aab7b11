import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { REGISTRY_URL } from '../helpers/site';
import { snapshot, tempDir } from '../helpers/tmp';

const FP = '6BD330B4842DFEF5EDAF797D0D2122C389D3F547';
const OTHER = 'A'.repeat(40);
const SUM = 'ab'.repeat(32);
const ZIP = 'https://maven.example.com/acme/utl_interval/1.2.3/utl_interval-1.2.3.zip';

function receipt(extra: Record<string, unknown> = {}, drop: string[] = []): Record<string, unknown> {
  const r: Record<string, unknown> = {
    publisher: 'github.com/acme/utl_interval',
    package: 'utl_interval',
    version: '1.2.3',
    artifact_url: ZIP,
    artifact_checksum: SUM.toUpperCase(),
    artifact_signature_url: `${ZIP}.asc`,
    publisher_key_fingerprint: FP.toLowerCase(),
    core_minimum_version: '1.0.0',
    oracle_minimum_version: '19.0',
    dependencies: { utl_log: '^1.0.0' },
    ...extra,
  };
  for (const k of drop) delete r[k];
  return r;
}

async function setup() {
  const cwd = tempDir('packdex-receipt-reg-');
  assert.equal((await cli(['registry', 'init', 'reg', '--name', 'R', '--url', REGISTRY_URL], { cwd })).code, 0);
  const write = (name: string, data: unknown) => {
    writeFileSync(path.join(cwd, name), `${JSON.stringify(data, null, 2)}\n`);
    return name;
  };
  const run = (args: string[]) => cli([...args, '--registry', 'reg', '--json'], { cwd, env: { HOME: cwd } });
  const doc = () => JSON.parse(readFileSync(path.join(cwd, 'reg/packages/ut/l_/utl_interval.json'), 'utf8'));
  return { cwd, write, run, doc, registry: path.join(cwd, 'reg') };
}

describe('packdex register --receipt (a dbpm publish receipt, indexed without uploading bytes)', () => {
  it('indexes artifact URL, checksum, signature URL with the normalised fingerprint, Core/Oracle fields and dependencies', async () => {
    const s = await setup();
    const archivesBefore = Object.keys(snapshot(s.registry)).filter((f) => f.startsWith('archives/'));
    const r = await s.run(['register', '--receipt', s.write('dbpm-publish-receipt.json', receipt())]);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.json<{ outcome: string; profile: string }>().outcome, 'created');
    const v = s.doc().versions[0];
    assert.equal(s.doc().owner, 'github.com/acme/utl_interval');
    assert.equal(v.signature_url, `${ZIP}.asc`);
    assert.equal(v.publisher_key_fingerprint, FP);
    assert.deepEqual(v.entry.install_sources, [{ type: 'archive', url: ZIP, checksum: `sha256:${SUM}` }]);
    assert.deepEqual(v.dependencies, { utl_log: '^1.0.0' });
    assert.equal(v.entry.meta.core_minimum_version, '1.0.0');
    assert.equal(v.entry.meta.oracle_minimum_version, '19.0');
    assert.deepEqual(Object.keys(snapshot(s.registry)).filter((f) => f.startsWith('archives/')), archivesBefore, 'no bytes uploaded');
    const resolved = await cli(['resolve', 'utl_interval@^1.0.0', '--registry', s.registry, '--json'], { cwd: s.cwd, env: { HOME: s.cwd } });
    assert.equal(resolved.json<{ artifact_signature_url: string }>().artifact_signature_url, `${ZIP}.asc`);
    assert.equal(resolved.json<{ publisher_key_fingerprint: string }>().publisher_key_fingerprint, FP);
    assert.equal((await s.run(['register', '--receipt', 'dbpm-publish-receipt.json'])).json<{ outcome: string }>().outcome, 'unchanged');
  });

  it('lets an artifact indexed unsigned gain its signature with --publisher-key-fingerprint, once', async () => {
    const s = await setup();
    assert.equal((await s.run(['register', '--receipt', s.write('unsigned.json', receipt({}, ['artifact_signature_url', 'publisher_key_fingerprint']))])).code, 0);
    assert.equal(s.doc().versions[0].signature_url, undefined);
    const later = s.write('with-url.json', receipt({}, ['publisher_key_fingerprint']));
    const signed = await s.run(['register', '--receipt', later, '--publisher-key-fingerprint', FP]);
    assert.equal(signed.code, 0, signed.stdout);
    assert.equal(signed.json<{ outcome: string }>().outcome, 'updated');
    assert.equal(s.doc().versions[0].publisher_key_fingerprint, FP);
    const before = snapshot(s.registry);
    const other = await s.run(['register', '--receipt', later, '--publisher-key-fingerprint', OTHER]);
    assert.equal(other.json<{ error: { code: string } }>().error.code, 'VERSION_IMMUTABLE');
    assert.deepEqual(snapshot(s.registry), before);
  });

  const refusals: [string, Record<string, unknown>, string[], string[], string][] = [
    ['only a signature URL', {}, ['publisher_key_fingerprint'], [], 'SIGNATURE_FIELDS_INCOMPLETE'],
    ['only a fingerprint', {}, ['artifact_signature_url'], [], 'SIGNATURE_FIELDS_INCOMPLETE'],
    ['Core as a dependency', { dependencies: { core: '^1.0.0' } }, [], [], 'PACKAGE_INVALID'],
    ['a short key ID', { publisher_key_fingerprint: FP.slice(-16) }, [], [], 'PACKAGE_INVALID'],
    ['a secret field', { token: 'ghp_secret' }, [], [], 'PACKAGE_INVALID'],
    ['a fingerprint flag contradicting the receipt', {}, [], ['--publisher-key-fingerprint', OTHER], 'SIGNATURE_WRONG_KEY'],
  ];
  for (const [name, extra, drop, flags, code] of refusals) {
    it(`refuses a receipt with ${name} (${code}) and leaves the registry byte-identical`, async () => {
      const s = await setup();
      const before = snapshot(s.registry);
      const r = await s.run(['register', '--receipt', s.write('r.json', receipt(extra, drop)), ...flags]);
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.json<{ error: { code: string } }>().error.code, code);
      assert.deepEqual(snapshot(s.registry), before);
    });
  }
});
