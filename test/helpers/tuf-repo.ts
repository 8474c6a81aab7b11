import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Key, Metadata, MetaFile, Root, Signature, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models';

/**
 * A TUF repository on loopback, built with @tufjs/models (the metadata classes tuf-js itself
 * reads): one ECDSA P-256 key signs root, targets, snapshot and timestamp, consistent snapshots
 * off, so the files are /1.root.json, /timestamp.json, /snapshot.json, /targets.json and
 * /targets/NAME. Tests change `files` to serve what an attacker would.
 */

export interface TufRepository {
  url: string;
  /** Version 1 of the root metadata: what a client is anchored on. */
  rootJson: object;
  /** What the server answers, by path; anything else is a 404. */
  files: Map<string, Buffer>;
  /** Paths requested, in order. */
  requests: string[];
  /** Publish new targets (new versions of targets, snapshot, timestamp); rogueKey signs them with a key the root does not list, as an attacker without the repository's keys would. */
  resignTargets(targets: Record<string, Buffer>, options?: { rogueKey?: boolean }): void;
  /** Rotate every role to a new key: /2.root.json signed by the old key and the new, then the targets published again under the new one. */
  rotateKeys(targets: Record<string, Buffer>): void;
  close(): Promise<void>;
}

interface SigningKey {
  key: Key;
  privateKey: KeyObject;
}

function newKey(): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const keyID = createHash('sha256').update(pem).digest('hex');
  return { key: new Key({ keyID, keyType: 'ecdsa', scheme: 'ecdsa-sha2-nistp256', keyVal: { public: pem } }), privateKey };
}

function signWith(metadata: Metadata<Root | Targets | Snapshot | Timestamp>, k: SigningKey): Buffer {
  metadata.sign((data) => new Signature({ keyID: k.key.keyID, sig: sign('sha256', data, k.privateKey).toString('hex') }));
  return Buffer.from(JSON.stringify(metadata.toJSON()));
}

const SPEC = '1.0.31';

export async function startTufRepository(targets: Record<string, Buffer>): Promise<TufRepository> {
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(url);
    const body = files.get(url);
    if (req.method !== 'GET' || body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const expires = new Date(Date.now() + 7 * 24 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let key = newKey();
  const makeRoot = (version: number, k: SigningKey): Metadata<Root> => {
    const root = new Root({ version, specVersion: SPEC, expires, consistentSnapshot: false });
    for (const role of ['root', 'targets', 'snapshot', 'timestamp']) root.addKey(k.key, role);
    return new Metadata(root);
  };
  const rootBytes = signWith(makeRoot(1, key), key);
  files.set('/1.root.json', rootBytes);

  let version = 0;
  const publish = (content: Record<string, Buffer>, signer: SigningKey): void => {
    version += 1;
    const targetFiles: Record<string, TargetFile> = {};
    for (const [name, bytes] of Object.entries(content)) {
      targetFiles[name] = new TargetFile({ path: name, length: bytes.length, hashes: { sha256: createHash('sha256').update(bytes).digest('hex') } });
      files.set(`/targets/${name}`, bytes);
    }
    const targetsBytes = signWith(new Metadata(new Targets({ version, specVersion: SPEC, expires, targets: targetFiles })), signer);
    const snapshotBytes = signWith(new Metadata(new Snapshot({ version, specVersion: SPEC, expires, meta: { 'targets.json': new MetaFile({ version }) } })), signer);
    const timestampBytes = signWith(new Metadata(new Timestamp({ version, specVersion: SPEC, expires, snapshotMeta: new MetaFile({ version }) })), signer);
    files.set('/targets.json', targetsBytes);
    files.set('/snapshot.json', snapshotBytes);
    files.set('/timestamp.json', timestampBytes);
  };
  publish(targets, key);

  return {
    url,
    rootJson: JSON.parse(rootBytes.toString('utf8')) as object,
    files,
    requests,
    resignTargets: (content, options = {}) => publish(content, options.rogueKey === true ? newKey() : key),
    rotateKeys: (content) => {
      const next = newKey();
      const root2 = makeRoot(2, next);
      signWith(root2, key);
      files.set('/2.root.json', signWith(root2, next));
      key = next;
      publish(content, key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
