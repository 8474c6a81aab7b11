import * as core from '@actions/core';
import path from 'node:path';
import { parseDeployEndpoint, parseDeployTarget } from '../core/deploy/parse-deploy-target';
import { PackdexError } from '../core/errors';
import { buildSite } from '../core/site/build-site';
import { writeSiteOutput } from '../core/site/write-site-output';

/**
 * `command: deploy`: build the registry's derived files in the checkout (nothing changes when the
 * committed ones are fresh), then upload the folder to the object store named by `deploy-to`.
 * Credentials come from the runner's environment, as aws-actions/configure-aws-credentials
 * leaves them (OIDC); no input takes a secret.
 */
export async function runDeploy(workspace: string): Promise<void> {
  const to = core.getInput('deploy-to');
  if (to === '') {
    throw new PackdexError('USAGE', "Input 'deploy-to' is empty.", {
      expected: 's3://BUCKET or s3://BUCKET/PREFIX',
      fix: "Set 'deploy-to: s3://your-bucket/registry' on the deploy step.",
    });
  }
  const target = parseDeployTarget(to);
  const endpointInput = core.getInput('deploy-endpoint');
  const endpoint = endpointInput === '' ? undefined : parseDeployEndpoint(endpointInput);
  const region = core.getInput('deploy-region') || undefined;
  const dryRun = core.getBooleanInput('dry-run');
  const siteDir = path.resolve(workspace, core.getInput('registry-path') || '.');

  // Under the registry's lock, as `site build` writes; a dry run builds nothing.
  if (!dryRun) {
    const rebuilt = (await buildSite(siteDir)).changed;
    if (rebuilt.length > 0) core.info(`Built ${rebuilt.map((c) => path.relative(siteDir, c)).join(', ')} from the package documents.`);
  }
  // The SDK is bundled apart (dist/s3-deploy.cjs): only a deploy loads it.
  const { deploySite } = await import('../deploy/s3-deploy');
  const { plan, bytes } = await deploySite({ siteDir, target, endpoint, region, dryRun });
  for (const step of plan.steps) core.info(`${dryRun ? 'would ' : ''}${step.action === 'delete' ? 'delete' : `upload (${step.reason})`} ${step.path}`);
  if (plan.foreign.length > 0) core.warning(`Left ${plan.foreign.length} object(s) under ${to} that packdex did not write: ${plan.foreign.slice(0, 5).join(', ')}`);
  const uploads = plan.steps.filter((s) => s.action === 'upload').length;
  core.setOutput('deploy-uploaded', String(uploads));
  core.setOutput('deploy-deleted', String(plan.steps.length - uploads));
  core.info(`${dryRun ? 'Would upload' : 'Uploaded'} ${uploads} file(s) (${bytes} bytes), ${dryRun ? 'would delete' : 'deleted'} ${plan.steps.length - uploads}; ${plan.unchanged} unchanged.`);
}

/**
 * `command: build`: the whole served site (sources copied, derived files built) into `site-out`,
 * a new folder, for actions/upload-pages-artifact: how a registry whose registry.json says
 * `derived: deployed` reaches GitHub Pages.
 */
export async function runBuildSite(workspace: string): Promise<void> {
  const out = core.getInput('site-out') || '_site';
  const siteDir = path.resolve(workspace, core.getInput('registry-path') || '.');
  const built = await writeSiteOutput(siteDir, path.resolve(workspace, out));
  core.setOutput('site-path', path.resolve(workspace, out));
  core.info(`Built ${out}: ${built.packages} package(s); ${built.sources.length} source file(s) copied, ${built.derived.join(', ')} built.`);
}
