import { createHash, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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
  /**
   * GitHub Actions' OIDC token service for one job: ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN. Each
   * request gets an RS256 token with `claims` and the requested audience, signed with a key whose
   * JWKS the hosted https://token.actions.githubusercontent.com serves (serveHosted).
   */
  githubOidc(claims: Record<string, unknown>): { requestUrl: string; requestToken: string };
  /**
   * The hosted endpoints @actions/attest names, answered from this instance by Host header (behind
   * a TLS-terminating proxy): fulcio.sigstore.dev and fulcio.githubapp.com (issuing, as Fulcio does
   * for GitHub's issuer, a certificate whose SAN is https://github.com/<job_workflow_ref>),
   * rekor.sigstore.dev, timestamp.githubapp.com, and token.actions.githubusercontent.com's
   * OpenID configuration and JWKS.
   */
  serveHosted(req: IncomingMessage, res: ServerResponse): void;
  /** `host path` of every hosted request, in order. */
  hostedRequests: string[];
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
    if (req.method === 'GET' && new URL(req.url ?? '/', 'http://x').pathname === '/oidc/token') {
      serveToken(req, res);
      return;
    }
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
  const hostedRequests: string[] = [];
  const verifyJwt = (data: string, signature: string): boolean => verify('sha256', Buffer.from(data), oidcKey.publicKey, Buffer.from(signature, 'base64url'));
  // GitHub's OIDC token service: one RS256 key, tokens minted per request for a registered job.
  const oidcKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = createHash('sha256').update(oidcKey.publicKey.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);
  const jobs = new Map<string, Record<string, unknown>>();
  const mintToken = (claims: Record<string, unknown>, audience: string): string => {
    const now = Math.floor(Date.now() / 1000);
    const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const data = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part({ iss: GITHUB_ISSUER, ...claims, aud: audience, iat: now, nbf: now - 5, exp: now + 300 })}`;
    return `${data}.${sign('sha256', Buffer.from(data), oidcKey.privateKey).toString('base64url')}`;
  };
  const serveToken = (req: IncomingMessage, res: ServerResponse): void => {
    const token = /^bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const claims = token === undefined ? undefined : jobs.get(token);
    const audience = new URL(req.url ?? '/', 'http://x').searchParams.get('audience');
    if (claims === undefined || audience === null) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"unknown request token or no audience"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: mintToken(claims, audience) }));
  };
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
  const fulcio = fulcioHandler(ca);
  const rekor = rekorHandler(tlog);
  const timestamps = tsaHandler(tsa);
  for (const handler of [fulcio, rekor, timestamps]) routes.set(handler.path, handler.fn);
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
    githubOidc(claims) {
      const requestToken = randomBytes(16).toString('hex');
      jobs.set(requestToken, claims);
      return { requestUrl: `${url}/oidc/token?api-version=2.0`, requestToken };
    },
    hostedRequests,
    serveHosted(req, res) {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const pathname = new URL(req.url ?? '/', 'https://x').pathname;
      hostedRequests.push(`${host} ${pathname}`);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const reply = (r: { statusCode: number; response: string | Buffer; contentType?: string }) => res.writeHead(r.statusCode, { 'content-type': r.contentType ?? 'text/plain' }).end(r.response);
        const json = (body: object) => reply({ statusCode: 200, response: JSON.stringify(body), contentType: 'application/json' });
        const body = Buffer.concat(chunks).toString('utf8');
        const fail = (error: unknown) => reply({ statusCode: 500, response: String(error) });
        if (host === 'token.actions.githubusercontent.com' && pathname === '/.well-known/openid-configuration') {
          json({ issuer: GITHUB_ISSUER, jwks_uri: `${GITHUB_ISSUER}/.well-known/jwks`, id_token_signing_alg_values_supported: ['RS256'] });
        } else if (host === 'token.actions.githubusercontent.com' && pathname === '/.well-known/jwks') {
          json({ keys: [{ ...oidcKey.publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] });
        } else if ((host === 'fulcio.sigstore.dev' || host === 'fulcio.githubapp.com') && req.method === 'POST' && pathname === fulcio.path) {
          // Fulcio checks the token against its issuer's JWKS and, for GitHub Actions' issuer, names
          // the job's workflow in the SAN (https://github.com/<job_workflow_ref>); the mock CA only
          // decodes the token and takes its subject from `sub`, so the SAN goes there.
          const request = JSON.parse(body) as { credentials: { oidcIdentityToken: string } };
          const [header, payload, signature] = request.credentials.oidcIdentityToken.split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
          if (!verifyJwt(`${header}.${payload}`, signature!) || claims.iss !== GITHUB_ISSUER || claims.aud !== 'sigstore') {
            reply({ statusCode: 401, response: 'the identity token does not verify against the issuer\'s JWKS, or is not for sigstore' });
            return;
          }
          const rewritten = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, sub: `https://github.com/${String(claims.job_workflow_ref)}` })).toString('base64url')}.`;
          fulcio.fn(JSON.stringify({ ...request, credentials: { oidcIdentityToken: rewritten } })).then(reply, fail);
        } else if (host === 'rekor.sigstore.dev' && req.method === 'POST' && pathname === rekor.path) {
          rekor.fn(canonicalRekorEntry(body)).then(reply, fail);
        } else if (host === 'timestamp.githubapp.com' && req.method === 'POST' && pathname === timestamps.path) {
          timestamps.fn(body).then(reply, fail);
        } else {
          reply({ statusCode: 404, response: 'Not Found' });
        }
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * What Rekor logs for a proposed entry. A `dsse` entry arrives as the envelope and the signer's
 * key (`proposedContent`), and Rekor stores its canonical form instead: the envelope's and the
 * payload's SHA-256 and each signature with its verifier (rekor types/dsse/v0.0.1), which is what
 * verifiers compare with the bundle. @sigstore/mock's log stores whatever it is given, so the
 * hosted Rekor canonicalises first, as the real one does; other kinds go through as they are.
 */
function canonicalRekorEntry(body: string): string {
  const proposed = JSON.parse(body) as { kind?: string; apiVersion?: string; spec?: { proposedContent?: { envelope: string; verifiers: string[] } } };
  const content = proposed.spec?.proposedContent;
  if (proposed.kind !== 'dsse' || content === undefined) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
  return JSON.stringify({
    apiVersion: proposed.apiVersion ?? '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((sig) => ({ signature: sig.sig, verifier: content.verifiers[0] })),
    },
  });
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
