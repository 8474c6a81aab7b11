import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock';
import { bundleToJSON } from '@sigstore/bundle';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';

/**
 * A Sigstore instance on loopback, as sigstore-js tests itself: @sigstore/mock's fake Fulcio CA
 * (with a CT log), Rekor transparency log and timestamp authority, each behind a real HTTP server
 * on 127.0.0.1, and a trusted_root.json built from their keys. Bundles are made by @sigstore/sign
 * against it, with an OIDC token carrying the claims GitHub Actions would.
 */

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface SigstoreInstance {
  url: string;
  /** trusted_root.json content (protobuf JSON) listing this instance's CA, logs and TSA. */
  trustedRoot: unknown;
  /** Sign an in-toto statement as `san` (the certificate's SAN URI) issued by `issuer`. */
  attest(statement: object, identity: { san: string; issuer?: string; repository?: string; ref?: string }, options?: { tlog?: boolean; tsa?: boolean }): Promise<object>;
  close(): Promise<void>;
}

function unsignedJwt(claims: object): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

function keyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}
const ecKey = keyPair;

export async function startSigstore(): Promise<SigstoreInstance> {
  const routes = new Map<string, HandlerFn>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const fn = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (req.method !== 'POST' || fn === undefined) {
        res.writeHead(404).end();
        return;
      }
      fn(Buffer.concat(chunks).toString('utf8')).then(
        ({ statusCode, response, contentType }) => res.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' }).end(response),
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ctKeys = ecKey();
  const ctLog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(ecKey(), ctLog);
  const tlogKeys = ecKey();
  const tlog = await initializeTLog(url, tlogKeys);
  const tsa = await initializeTSA(ecKey());
  for (const handler of [fulcioHandler(ca), rekorHandler(tlog), tsaHandler(tsa)]) routes.set(handler.path, handler.fn);

  const spki = (k: ReturnType<typeof keyPair>): Buffer => k.publicKey.export({ format: 'der', type: 'spki' });
  const start = new Date(Date.now() - 60_000);
  const logKey = (key: Buffer, base: string) => ({
    baseUrl: base,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: { rawBytes: key, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor: { start } },
    logId: { keyId: createHash('sha256').update(key).digest() },
  });
  const root = TrustedRoot.fromJSON({});
  root.mediaType = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
  root.tlogs = [logKey(spki(tlogKeys), url)];
  root.ctlogs = [{ ...logKey(spki(ctKeys), url), logId: { keyId: ctLog.logID } }];
  root.certificateAuthorities = [{ subject: { organization: 'sigstore.mock', commonName: 'sigstore' }, uri: url, certChain: { certificates: [{ rawBytes: ca.rootCertificate }] }, validFor: { start } }];
  root.timestampAuthorities = [
    { subject: { organization: 'sigstore.mock', commonName: 'tsa' }, uri: url, certChain: { certificates: [{ rawBytes: tsa.intCertificate }, { rawBytes: tsa.rootCertificate }] }, validFor: { start } },
  ];
  const trustedRoot = TrustedRoot.toJSON(root);

  return {
    url,
    trustedRoot,
    async attest(statement, identity, options = {}) {
      const token = unsignedJwt({
        iss: identity.issuer ?? GITHUB_ISSUER,
        sub: identity.san,
        aud: 'sigstore',
        ...(identity.repository === undefined ? {} : { repository: identity.repository }),
        ...(identity.ref === undefined ? {} : { ref: identity.ref }),
      });
      const witnesses: Witness[] = [];
      if (options.tlog ?? true) witnesses.push(new RekorWitness({ rekorBaseURL: url, entryType: 'intoto' }));
      if (options.tsa ?? false) witnesses.push(new TSAWitness({ tsaBaseURL: url }));
      const builder = new DSSEBundleBuilder({ signer: new FulcioSigner({ fulcioBaseURL: url, identityProvider: { getToken: async () => token } }), witnesses });
      const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: 'application/vnd.in-toto+json' });
      return bundleToJSON(bundle) as object;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An in-toto statement with SLSA provenance about one file, as @actions/attest makes. */
export function provenanceStatement(name: string, sha256hex: string, workflow: { repository: string; path: string; ref: string }): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { sha256: sha256hex } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: workflow.ref, repository: `https://github.com/${workflow.repository}`, path: workflow.path } },
      },
      runDetails: { builder: { id: `https://github.com/${workflow.repository}/${workflow.path}@${workflow.ref}` } },
    },
  };
}
