import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script shared with .ci/run
import { node24 } from '../../scripts/install-node24.mjs';
import { ACTION_BUNDLE, inputEnv, runActionBundle } from '../helpers/action-runner';
import { startS3, type TestS3 } from '../helpers/s3-server';
import { initRegistry, publish } from '../helpers/site';
import { tempDir } from '../helpers/tmp';

describe('the Action: command deploy (dist/action.cjs, the SDK loaded from dist/s3-deploy.cjs)', () => {
  let s3: TestS3;
  let workspace: string;
  before(async () => {
    s3 = await startS3('registry-bucket');
    workspace = tempDir('packdex-deploy-ws-');
    const registry = await initRegistry(path.join(workspace, 'site'));
    await publish(registry, 'demo', '1.0.0');
  });
  after(() => s3.stop());

  const deploy = (node: string, inputs: Record<string, string> = {}) =>
    runActionBundle({
      node,
      cwd: workspace,
      env: { GITHUB_WORKSPACE: workspace, ...s3.env, ...inputEnv({ command: 'deploy', 'deploy-to': `s3://${s3.bucket}/packs`, 'deploy-endpoint': s3.endpoint, 'registry-path': 'site', ...inputs }, 'ghs_unused') },
    });

  for (const runtime of ['current', 'node24'] as const) {
    it(`deploys, then deploys nothing the second time (${runtime} Node)`, async () => {
      const node = runtime === 'node24' ? (node24() as string) : process.execPath;
      const first = await deploy(node);
      assert.equal(first.code, 0, first.stdout + first.stderr);
      const objects = await s3.objects();
      assert.ok(objects.has('packs/registry.json') && objects.has('packs/archives/demo-1.0.0.tar.gz'));
      const again = await deploy(node);
      assert.equal(again.code, 0, again.stdout);
      assert.equal(again.outputs['deploy-uploaded'], '0');
      assert.equal(again.outputs['deploy-deleted'], '0');
      for (const run of [first, again]) assert.ok(!(run.stdout + run.stderr + run.output).includes(s3.secretAccessKey));
    });
  }

  it('builds derived files the checkout lacks before uploading them', async () => {
    rmSync(path.join(workspace, 'site', 'index.html'));
    await s3.client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: 'packs/index.html' }));
    const run = await deploy(process.execPath);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /Built index\.html from the package documents/);
    assert.equal(run.outputs['deploy-uploaded'], '1');
    assert.ok((await s3.objects()).get('packs/index.html')?.body.startsWith('<!doctype html>'));
  });

  it('fails the step with a coded message on a bad target, uploading nothing', async () => {
    const run = await deploy(process.execPath, { 'deploy-to': 'https://not-a-bucket' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::DEPLOY_TARGET_INVALID/);
  });

  it('command build: the whole served site into site-out, for upload-pages-artifact; an existing folder is refused', async () => {
    const run = await runActionBundle({ cwd: workspace, env: { GITHUB_WORKSPACE: workspace, ...inputEnv({ command: 'build', 'registry-path': 'site', 'site-out': 'out/_site' }, 'ghs_unused') } });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['site-path'], path.join(workspace, 'out', '_site'));
    for (const f of ['registry.json', 'index.json', 'index.html', '.nojekyll', 'packages/de/mo/demo.json', 'archives/demo-1.0.0.tar.gz']) {
      assert.ok(statSync(path.join(workspace, 'out', '_site', f)).isFile(), f);
    }
    assert.equal(readFileSync(path.join(workspace, 'out', '_site', 'index.json'), 'utf8'), readFileSync(path.join(workspace, 'site', 'index.json'), 'utf8'));
    const again = await runActionBundle({ cwd: workspace, env: { GITHUB_WORKSPACE: workspace, ...inputEnv({ command: 'build', 'registry-path': 'site', 'site-out': 'out/_site' }, 'ghs_unused') } });
    assert.equal(again.code, 1);
    assert.match(again.stdout, /::error::OUTPUT_EXISTS/);
  });

  it('keeps the SDK out of dist/action.cjs', () => {
    // The SDK is ~1.8 MB: inlined, it would nearly double the bundle every audit parses.
    const dist = path.dirname(ACTION_BUNDLE);
    assert.ok(statSync(path.join(dist, 's3-deploy.cjs')).size > 1_000_000);
    for (const file of ['action.cjs', 'packdex.cjs', 'lib.cjs']) {
      const code = readFileSync(path.join(dist, file), 'utf8');
      assert.ok(!code.includes('x-amz-content-sha256') && !code.includes('S3Client'), `dist/${file} holds the SDK`);
    }
  });
});
