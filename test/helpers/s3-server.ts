import { randomBytes } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { DUMMY_ACCOUNT } from 's3rver/lib/models/account.js';
import { tempDir } from './tmp';

/**
 * A real S3-compatible server (s3rver, objects in a temporary folder) on 127.0.0.1, with one
 * bucket and a freshly drawn key pair: its built-in S3RVER/S3RVER pair is revoked, so only a
 * request signed with this secret gets in, and a test can look for the secret in any output.
 */
export interface TestS3 {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The environment a deploy process gets: the standard AWS variables, nothing else. */
  env: NodeJS.ProcessEnv;
  /** A client of the test's own, for looking at what the bucket holds. */
  client: S3Client;
  /** Every object: key → { sha256 metadata, Content-Type, Cache-Control, body }. */
  objects(): Promise<Map<string, { sha256: string | undefined; contentType: string | undefined; cacheControl: string | undefined; body: string }>>;
  stop(): Promise<void>;
}

// The SDK's notice that 2027 releases will need Node 22 says nothing about these tests.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export async function startS3(bucket = 'packs'): Promise<TestS3> {
  const accessKeyId = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;
  const secretAccessKey = randomBytes(24).toString('base64url');
  DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
  DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory: tempDir('packdex-s3-'), silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId, secretAccessKey }, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    // AWS_EC2_METADATA_DISABLED: should the chain ever get past the environment, it must not ask
    // the instance metadata address (off loopback).
    env: { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' },
    client,
    async objects() {
      const out = new Map<string, { sha256: string | undefined; contentType: string | undefined; cacheControl: string | undefined; body: string }>();
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        for (const o of page.Contents ?? []) {
          const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: o.Key }));
          const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: o.Key }));
          out.set(o.Key!, { sha256: head.Metadata?.sha256, contentType: head.ContentType, cacheControl: head.CacheControl, body: (await got.Body?.transformToString('latin1')) ?? '' });
        }
        token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
      } while (token !== undefined);
      return out;
    },
    async stop() {
      client.destroy();
      await server.close();
      DUMMY_ACCOUNT.revokeAccessKey(accessKeyId);
    },
  };
}
