// The one file that talks to an object store. It is bundled on its own (dist/s3-deploy.cjs) and
// loaded only by `site deploy`: the AWS SDK is larger than the rest of the Action together.
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DeleteObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { listSiteFiles } from '../core/deploy/list-site-files';
import { DEPLOY_PHASES } from '../core/deploy/classify-site-file';
import { objectKey, type DeployTarget } from '../core/deploy/parse-deploy-target';
import { planDeploy, type DeployPlan, type DeployStep, type StoredObject } from '../core/deploy/plan-deploy';
import { fileChangedError } from '../core/checksum/hash-file';
import { PackdexError, quote } from '../core/errors';

export interface DeploySettings {
  /** The built site: a registry folder after `site build`. */
  siteDir: string;
  target: DeployTarget;
  /** Another S3-compatible store (R2, MinIO, GCS): its endpoint URL; keys are then path-style. */
  endpoint?: string;
  /** Else the SDK's chain: AWS_REGION, the profile's region. */
  region?: string;
  dryRun: boolean;
  /** Runs before each step starts (the CLI's crash hook for tests). */
  beforeStep?: (step: DeployStep) => void;
  /** A client made by the caller (tests); else one from the settings and the SDK's credential chain. */
  client?: S3Client;
}

export interface DeployResult {
  plan: DeployPlan;
  /** Steps applied (all of them, unless a dry run). */
  applied: number;
  /** Bytes uploaded. */
  bytes: number;
}

/** Metadata key of the sha256 packdex records on each object (x-amz-meta-sha256). */
const SHA256_META = 'sha256';
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Parallel requests within one phase: enough to hide latency, few enough not to be throttled. */
const PARALLEL = 8;

/** Make the client. Credentials come only from the SDK's default chain, never from argv. */
export function makeS3Client(settings: Pick<DeploySettings, 'endpoint' | 'region'>): S3Client {
  // The SDK warns on every Node 20 run that releases from 2027 will need Node 22; the version
  // pinned in package-lock.json runs on Node 20, so the notice says nothing actionable here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return new S3Client({
    ...(settings.region === undefined ? {} : { region: settings.region }),
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint, forcePathStyle: true }),
    // Since 3.729 the SDK adds CRC32 checksums to every upload by default, which R2, GCS's S3
    // interface and older MinIO refuse; SigV4 already signs each body's SHA-256.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}

/**
 * Upload a built site to an S3-compatible store: read the bucket's listing and recorded hashes,
 * plan (core/deploy/plan-deploy), then apply the steps phase by phase, never starting a phase
 * before the previous one has finished, so that an interrupted deploy leaves a site whose every
 * link resolves.
 */
export async function deploySite(settings: DeploySettings): Promise<DeployResult> {
  const { target } = settings;
  const client = settings.client ?? makeS3Client(settings);
  const site = await listSiteFiles(settings.siteDir);
  if (!site.some((f) => f.path === 'registry.json')) {
    throw new PackdexError('REGISTRY_NOT_FOUND', `${quote(settings.siteDir)} has no registry.json: it is not a built registry site.`, {
      value: settings.siteDir,
      expected: 'a registry folder (registry.json, index.json, packages/) after packdex site build',
      fix: 'Point --registry at the registry folder, and run packdex site build first.',
    });
  }
  const stored = await readStoredObjects(client, target, new Map(site.map((f) => [f.path, f.size])));
  const plan = planDeploy(site, stored);
  if (settings.dryRun) return { plan, applied: 0, bytes: 0 };
  let applied = 0;
  let bytes = 0;
  const apply = async (step: DeployStep) => {
    settings.beforeStep?.(step);
    const Key = objectKey(target, step.path);
    if (step.action === 'delete') {
      await s3(`delete ${quote(Key)}`, () => client.send(new DeleteObjectCommand({ Bucket: target.bucket, Key })), plan, applied);
    } else {
      const body = await readFile(path.join(settings.siteDir, step.path));
      // The bytes uploaded are the bytes the plan hashed, or nothing is.
      if (body.length !== step.size || createHash('sha256').update(body).digest('hex') !== step.sha256) throw fileChangedError(step.path);
      await s3(
        `upload ${quote(Key)}`,
        () =>
          client.send(
            new PutObjectCommand({
              Bucket: target.bucket,
              Key,
              Body: body,
              ContentLength: body.length,
              ContentType: step.contentType,
              CacheControl: step.cacheControl,
              Metadata: { [SHA256_META]: step.sha256 },
            }),
          ),
        plan,
        applied,
      );
      bytes += body.length;
    }
    applied++;
  };
  for (const phase of [...DEPLOY_PHASES, 'removals'] as const) {
    const steps = plan.steps.filter((s) => s.phase === phase);
    // Entry points go one by one, in the plan's order (registry.json last); other phases in parallel.
    await inParallel(steps, phase === 'entry-points' ? 1 : PARALLEL, apply);
  }
  return { plan, applied, bytes };
}

/** The objects under the prefix, with the hash and headers recorded on those a comparison needs. */
async function readStoredObjects(client: S3Client, target: DeployTarget, siteSizes: Map<string, number>): Promise<StoredObject[]> {
  const start = target.prefix === '' ? '' : `${target.prefix}/`;
  const listed: { path: string; key: string; size: number }[] = [];
  let token: string | undefined;
  do {
    const page = await s3(`list s3://${target.bucket}/${start}`, () =>
      client.send(new ListObjectsV2Command({ Bucket: target.bucket, ...(start === '' ? {} : { Prefix: start }), ...(token === undefined ? {} : { ContinuationToken: token }) })),
    );
    for (const o of page.Contents ?? []) {
      if (o.Key === undefined || !o.Key.startsWith(start)) continue;
      listed.push({ path: o.Key.slice(start.length), key: o.Key, size: o.Size ?? 0 });
    }
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  const objects: StoredObject[] = [];
  await inParallel(listed, 16, async (o) => {
    // A file of another size has changed whatever its hash; only equal sizes (and objects the
    // site no longer has, to tell ours from others') need their metadata read.
    const siteSize = siteSizes.get(o.path);
    if (siteSize !== undefined && siteSize !== o.size) {
      objects.push({ path: o.path, size: o.size });
      return;
    }
    const head = await s3(`read ${quote(o.key)}`, () => client.send(new HeadObjectCommand({ Bucket: target.bucket, Key: o.key })));
    const sha256 = head.Metadata?.[SHA256_META];
    objects.push({
      path: o.path,
      size: head.ContentLength ?? o.size,
      ...(sha256 !== undefined && SHA256_HEX.test(sha256) ? { sha256 } : {}),
      ...(head.ContentType === undefined ? {} : { contentType: head.ContentType }),
      ...(head.CacheControl === undefined ? {} : { cacheControl: head.CacheControl }),
    });
  });
  return objects;
}

async function inParallel<T>(items: readonly T[], width: number, each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await each(item);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  if (failure !== undefined) throw failure;
}

/** One request to the store; its failure becomes DEPLOY_FAILED, saying what readers see now. */
async function s3<T>(what: string, request: () => Promise<T>, plan?: DeployPlan, applied = 0): Promise<T> {
  try {
    return await request();
  } catch (cause) {
    if (cause instanceof PackdexError) throw cause;
    const name = cause instanceof S3ServiceException ? cause.name : cause instanceof Error ? cause.name : 'Error';
    const status = cause instanceof S3ServiceException ? cause.$metadata.httpStatusCode : undefined;
    const reason = cause instanceof Error ? cause.message : String(cause);
    const progress =
      plan === undefined
        ? 'Nothing was uploaded.'
        : `${applied} of ${plan.steps.length} steps were applied; readers still see a whole site (entry points go up after what they name, removals last). Run the deploy again to finish: it uploads only what is still missing.`;
    throw new PackdexError('DEPLOY_FAILED', `Could not ${what}: ${name}${status === undefined ? '' : ` (HTTP ${status})`}: ${reason}. ${progress}`, {
      value: what,
      expected: 'a bucket these credentials may list, read, write and delete in',
      fix: credentialHint(`${name} ${reason}`),
      cause,
    });
  }
}

function credentialHint(text: string): string {
  if (/Credential/i.test(text)) return 'Give credentials the standard AWS way: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or aws-actions/configure-aws-credentials in a workflow.';
  if (/Region/i.test(text)) return 'Set AWS_REGION or pass --region (for R2, --region auto).';
  if (/NoSuchBucket/.test(text)) return 'Create the bucket first, or check the name in --to.';
  if (/AccessDenied|Forbidden/.test(text)) return 'Allow s3:ListBucket on the bucket and s3:GetObject, s3:PutObject, s3:DeleteObject on the prefix.';
  return 'Check --to, --endpoint and the credentials, then run the deploy again.';
}
