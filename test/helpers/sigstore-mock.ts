import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock';
import { bundleToJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
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
  attest(statement: object, identity: { san: string; issuer?: string; repository?: string; ref?: string }, options?: { tlog?: boolean; tsa?: boolean; rogueCa?: boolean }): Promise<object>;
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
  // The mock TSA writes its time's milliseconds without padding (12 ms → ".12Z"), which verifiers
  // rightly refuse as a GeneralizedTime: a fixed clock with three-digit milliseconds keeps every
  // timestamp well-formed. Five minutes ahead, so it lies inside the 10-minute certificates the
  // mock Fulcio issues during the tests.
  const tsa = await initializeTSA(ecKey(), new Date(Math.floor(Date.now() / 1000) * 1000 + 5 * 60_000 + 123));
  for (const handler of [fulcioHandler(ca), rekorHandler(tlog), tsaHandler(tsa)]) routes.set(handler.path, handler.fn);
  // A second Fulcio under /rogue whose CA the trusted root does not list, logging to the same
  // (listed) Rekor: its bundles fail on the certificate chain alone.
  const rogue = fulcioHandler(await initializeCA(ecKey(), await initializeCTLog(ecKey())));
  routes.set(`/rogue${rogue.path}`, rogue.fn);

  const b64 = (b: Buffer): string => b.toString('base64');
  const spki = (k: ReturnType<typeof keyPair>): Buffer => k.publicKey.export({ format: 'der', type: 'spki' });
  const validFor = { start: new Date(Date.now() - 60_000).toISOString() };
  const logKey = (key: Buffer, keyId: Buffer) => ({
    baseUrl: url,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: b64(key), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
    logId: { keyId: b64(keyId) },
  });
  const tlogKey = spki(tlogKeys);
  // Written as trusted_root.json is on disk, then read and written back by the protobuf-specs
  // codec, so the file the tests hand packdex is in the canonical form.
  const trustedRoot = TrustedRoot.toJSON(
    TrustedRoot.fromJSON({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [logKey(tlogKey, createHash('sha256').update(tlogKey).digest())],
      ctlogs: [logKey(spki(ctKeys), ctLog.logID)],
      certificateAuthorities: [{ subject: { organization: 'sigstore.mock', commonName: 'sigstore' }, uri: url, certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] }, validFor }],
      timestampAuthorities: [{ subject: { organization: 'sigstore.mock', commonName: 'tsa' }, uri: url, certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] }, validFor }],
    }),
  );

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
      const builder = new DSSEBundleBuilder({ signer: new FulcioSigner({ fulcioBaseURL: options.rogueCa === true ? `${url}/rogue` : url, identityProvider: { getToken: async () => token } }), witnesses });
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
