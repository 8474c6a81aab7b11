import { PackdexError, quote } from '../errors';

export interface DeployTarget {
  bucket: string;
  /** The key prefix without leading or trailing `/`; '' for the bucket's root. */
  prefix: string;
}

/** Bucket names as S3, R2, MinIO and GCS's S3 interface all accept them: 3-63 of a-z 0-9 . - */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** One segment of the prefix: no dot segments, nothing a URL or a shell would read differently. */
const SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~!$&'()*+,;=:@-]+$/;

function invalid(target: string, why: string): PackdexError {
  return new PackdexError('DEPLOY_TARGET_INVALID', `Deploy target ${quote(target)} ${why}.`, {
    value: target,
    expected: 's3://BUCKET or s3://BUCKET/PREFIX, a bucket name of 3-63 lowercase letters, digits, dots and hyphens, a prefix of /-separated plain segments',
    fix: 'Give the bucket and folder the registry is served from, e.g. --to s3://packs-example/registry.',
  });
}

/** Parse `s3://BUCKET/PREFIX`. The prefix's segments become the start of every key. */
export function parseDeployTarget(target: string): DeployTarget {
  const m = /^s3:\/\/([^/]*)(?:\/(.*))?$/.exec(target);
  if (m === null) throw invalid(target, 'is not an s3:// address');
  const bucket = m[1] ?? '';
  if (!BUCKET.test(bucket) || bucket.includes('..')) throw invalid(target, `names the bucket ${quote(bucket)}, which is not a valid bucket name`);
  const prefix = (m[2] ?? '').replace(/\/+$/, '');
  if (prefix !== '' && !prefix.split('/').every((s) => SEGMENT.test(s))) throw invalid(target, `has the prefix ${quote(prefix)}, with an empty, dot or unusual segment`);
  return { bucket, prefix };
}

/** The object key of a site path under the target's prefix. */
export function objectKey(target: DeployTarget, rel: string): string {
  return target.prefix === '' ? rel : `${target.prefix}/${rel}`;
}

/**
 * An S3-compatible store's endpoint: https, or plain http on loopback only (a MinIO on the same
 * machine); no credentials, query or fragment, since the URL is printed.
 */
export function parseDeployEndpoint(endpoint: string): string {
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  const loopback = url !== undefined && (url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(url.hostname));
  if (url === undefined || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new PackdexError('DEPLOY_TARGET_INVALID', `Endpoint ${quote(endpoint)} is not an https URL of a store.`, {
      value: endpoint,
      expected: 'https://HOST[:PORT][/PATH] (http only on 127.0.0.1, localhost or [::1]), with no credentials, query or fragment',
      fix: 'Give the store\'s S3 endpoint, e.g. https://ACCOUNT.r2.cloudflarestorage.com or https://storage.googleapis.com; credentials go in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
    });
  }
  return endpoint;
}
