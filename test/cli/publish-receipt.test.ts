import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validateSchema } from '../../src/core/schemas';
import { cli } from '../helpers/cli';
import { initRegistry, packYaml, REGISTRY_URL } from '../helpers/site';
import { makePack, tempDir } from '../helpers/tmp';

const FINGERPRINT = '0123456789ABCDEF0123456789ABCDEF01234567';

describe('packdex publish --receipt (the secret-free publish receipt of seed 002)', () => {
  it('writes package, version, artifact URL, checksum, size, signature and time; a rerun restates it', async () => {
    const registry = await initRegistry();
    const pack = makePack({ 'pack.yaml': packYaml('utl_interval', '1.2.3') });
    const out = tempDir('packdex-receipt-');
    const file = path.join(out, 'receipt.json');
    const args = ['publish', '--pack-dir', pack, '--registry', registry, '--receipt', file, '--signature-url', 'https://sig.example/utl_interval-1.2.3.tar.gz.asc', '--publisher-key-fingerprint', FINGERPRINT];
    const run = await cli(args);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^receipt {2}.*receipt\.json$/m);
    const receipt = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(validateSchema('receipt', receipt), []);
    const published = JSON.parse(readFileSync(path.join(registry, 'packages/ut/l_/utl_interval.json'), 'utf8')).versions[0];
    assert.deepEqual(receipt, {
      format: 'packdex-publish-receipt',
      format_version: 1,
      package: 'utl_interval',
      version: '1.2.3',
      artifact_url: `${REGISTRY_URL}/archives/utl_interval-1.2.3.tar.gz`,
      artifact_checksum: published.entry.install_sources.find((s: { type: string }) => s.type === 'archive').checksum,
      artifact_size: published.archive_size,
      artifact_signature_url: 'https://sig.example/utl_interval-1.2.3.tar.gz.asc',
      publisher_key_fingerprint: FINGERPRINT,
      published_at: published.published_at,
      registry_url: REGISTRY_URL,
      outcome: 'created',
    });
    assert.doesNotMatch(readFileSync(file, 'utf8'), new RegExp(pack.replace(/[/.]/g, '\\$&')), 'no local paths');

    const again = await cli([...args, '--json']);
    assert.equal(again.code, 0);
    assert.equal(again.json<{ receipt: string }>().receipt, file);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { ...receipt, outcome: 'unchanged' }, 'the same publication, restated');
  });

  it('writes none on a dry run or a failed audit', async () => {
    const registry = await initRegistry();
    const out = tempDir('packdex-receipt-');
    const dry = await cli(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('slack', '2.1.0') }), '--registry', registry, '--receipt', path.join(out, 'dry.json'), '--dry-run']);
    assert.equal(dry.code, 0);
    assert.equal(existsSync(path.join(out, 'dry.json')), false);
    const failed = await cli(['publish', '--pack-dir', makePack({ 'pack.yaml': packYaml('slack', '2.1.0') }), '--registry', registry, '--receipt', path.join(out, 'failed.json'), '--version', '9.9.9']);
    assert.equal(failed.code, 1);
    assert.equal(existsSync(path.join(out, 'failed.json')), false);
  });
});
