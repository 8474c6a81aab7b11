import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { objectKey, parseDeployEndpoint, parseDeployTarget } from '../../../src/core/deploy/parse-deploy-target';

describe('parseDeployTarget', () => {
  const good: [string, string, string][] = [
    ['s3://packs', 'packs', ''],
    ['s3://packs/', 'packs', ''],
    ['s3://packs.example-1/registry', 'packs.example-1', 'registry'],
    ['s3://packs/a/b/', 'packs', 'a/b'],
  ];
  for (const [input, bucket, prefix] of good) it(`reads ${input}`, () => assert.deepEqual(parseDeployTarget(input), { bucket, prefix }));
  it('joins keys under the prefix', () => {
    assert.equal(objectKey({ bucket: 'b', prefix: '' }, 'index.json'), 'index.json');
    assert.equal(objectKey({ bucket: 'b', prefix: 'a/b' }, 'index.json'), 'a/b/index.json');
  });
  const bad = ['packs', 'https://packs/x', 's3://', 's3://Packs', 's3://a', 's3://pa..cks', 's3://-packs', 's3://packs/../x', 's3://packs/a//b', 's3://packs/./a', 's3://packs/a b', 's3://packs/a\\b', 's3://packs/a?b'];
  for (const input of bad) {
    it(`refuses ${JSON.stringify(input)}`, () => assert.throws(() => parseDeployTarget(input), (e: Error & { code?: string; fix?: string }) => e.code === 'DEPLOY_TARGET_INVALID' && e.message.includes(input) && e.fix !== undefined));
  }
});

describe('parseDeployEndpoint', () => {
  for (const ok of ['https://acct.r2.cloudflarestorage.com', 'https://storage.googleapis.com', 'http://127.0.0.1:9000', 'http://localhost:9000', 'http://[::1]:9000']) it(`accepts ${ok}`, () => assert.equal(parseDeployEndpoint(ok), ok));
  for (const bad of ['http://minio.internal:9000', 'https://key:secret@s3.example.com', 'https://s3.example.com/?x=1', 'ftp://127.0.0.1', 'not a url', 'http://127.0.0.1.evil.com']) {
    it(`refuses ${bad}`, () => assert.throws(() => parseDeployEndpoint(bad), (e: Error & { code?: string }) => e.code === 'DEPLOY_TARGET_INVALID'));
  }
});
