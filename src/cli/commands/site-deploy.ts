import type { DeployStep } from '../../core/deploy/plan-deploy';
import { parseDeployEndpoint, parseDeployTarget } from '../../core/deploy/parse-deploy-target';
import { formatBytes } from '../../core/format-bytes';
import { EXIT_OK, printJson, stringOpt, usageError, type CliIO, type Values } from '../command';
import { registryDirFrom } from '../flags/grammar';

export const SITE_DEPLOY_USAGE = [
  'Usage: packdex site deploy --to s3://BUCKET[/PREFIX] [--registry-dir PATH] [--endpoint URL] [--region REGION] [--dry-run]',
  '',
  '  --to s3://BUCKET/PREFIX  the bucket and folder the registry is served from',
  '  --endpoint URL           another S3-compatible store (R2, MinIO, GCS): its endpoint; keys path-style',
  '  --region REGION          default: AWS_REGION, else the profile\'s region',
  '',
  'Uploads only files whose bytes or headers changed (by the sha256 recorded on each object):',
  'archives first, then package documents, then registry.json, index.json and the page; removed',
  'files last, so a reader never sees a half-deployed site. Credentials come from the standard',
  'AWS chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, web identity), never from flags.',
];

/**
 * A test hook: PACKDEX_TEST_DEPLOY_EXIT_BEFORE=<site path> kills the process, hard, just before
 * the step for that path starts, as a runner that loses its machine would.
 */
export function crashHookFrom(env: NodeJS.ProcessEnv): ((step: DeployStep) => void) | undefined {
  const at = env.PACKDEX_TEST_DEPLOY_EXIT_BEFORE;
  if (at === undefined || at === '') return undefined;
  return (step) => {
    if (step.path === at) process.kill(process.pid, 'SIGKILL');
  };
}

export async function runSiteDeploy(values: Values, json: boolean, io: CliIO): Promise<number> {
  if (values.out !== undefined) throw usageError('--out is for site build; a deploy uploads the registry folder itself.', 'Run packdex site build --out DIR, or site deploy --registry-dir DIR.');
  const to = stringOpt(values, 'to');
  if (to === undefined) throw usageError('packdex site deploy needs --to s3://BUCKET/PREFIX.', 'Name the bucket (and folder) the registry is served from.');
  const target = parseDeployTarget(to);
  const endpointOpt = stringOpt(values, 'endpoint');
  const endpoint = endpointOpt === undefined ? undefined : parseDeployEndpoint(endpointOpt);
  const region = stringOpt(values, 'region');
  const registryDir = registryDirFrom(values, io.cwd);
  const dryRun = values['dry-run'] === true;
  // The SDK is bundled apart (dist/s3-deploy.cjs) and loaded only here.
  const { deploySite } = await import('../../deploy/s3-deploy');
  const beforeStep = crashHookFrom(io.env);
  const result = await deploySite({ siteDir: registryDir, target, endpoint, region, dryRun, ...(beforeStep === undefined ? {} : { beforeStep }) });
  const { plan } = result;
  if (json) {
    printJson(io, { ok: true, dry_run: dryRun, target: to, steps: plan.steps, unchanged: plan.unchanged, foreign: plan.foreign, bytes: result.bytes });
    return EXIT_OK;
  }
  for (const step of plan.steps) io.stdout(`${dryRun ? 'would ' : ''}${step.action === 'delete' ? 'delete' : `upload (${step.reason})`} ${step.path}\n`);
  if (plan.foreign.length > 0) io.stderr(`warning: left ${plan.foreign.length} object${plan.foreign.length === 1 ? '' : 's'} under ${to} that packdex did not write: ${plan.foreign.slice(0, 5).join(', ')}${plan.foreign.length > 5 ? ', …' : ''}\n`);
  const uploads = plan.steps.filter((s) => s.action === 'upload').length;
  const deletes = plan.steps.length - uploads;
  io.stdout(`${dryRun ? 'Would upload' : 'Uploaded'} ${uploads} file${uploads === 1 ? '' : 's'}${dryRun ? '' : ` (${formatBytes(result.bytes)})`}, ${dryRun ? 'would delete' : 'deleted'} ${deletes}; ${plan.unchanged} unchanged, to ${to}.\n`);
  return EXIT_OK;
}
