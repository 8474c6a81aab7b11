import { X509Certificate } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { bundleFromJSON, isBundleWithDsseEnvelope, type Bundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import github from '../../../trust/github.json' with { type: 'json' };
import publicGood from '../../../trust/sigstore-public-good.json' with { type: 'json' };
import { PackdexError, ioError, quote } from '../../core/errors';
import { checkPublisherChange, type PinnedPublisher } from '../../core/provenance/check-publisher-change';
import { checkPublisherIdentity, type WorkflowIdentity } from '../../core/provenance/check-publisher-identity';
import { checkSubjectDigest, type ProvenanceSubject } from '../../core/provenance/check-subject-digest';
import { DEFAULT_TIMEOUTS, fetchUrl, type FetchOptions, type FetchTimeouts } from '../fetch/fetch-url';
import { realFileInside } from '../registries/registry-location';

/**
 * Verify a version's build provenance: a Sigstore bundle, checked with @sigstore/verify against
 * trusted roots packdex ships (never fetched at verify time, so a network attacker cannot hand us
 * a root), then its signer matched to the package's owner repository and its subject to the
 * archive's SHA-256. The policy (who may sign, what must be signed) lives in core/provenance; this
 * module only reads files and drives the library.
 */

/** A Sigstore bundle is a few KiB; a larger answer is not one. */
const MAX_BUNDLE_BYTES = 1024 * 1024;

/** The Sigstore instances packdex ships a root for, by the name `packdex trust` uses. */
export const SHIPPED_ROOTS: readonly { name: string; json: unknown }[] = [
  { name: 'sigstore-public-good', json: publicGood },
  { name: 'github', json: github },
];

export interface NamedTrustedRoot {
  /** Where it came from, for messages: `sigstore-public-good`, `github`, or a file path. */
  name: string;
  /** `shipped` (built into packdex), `updated` (written by packdex trust update) or `file` (--trusted-root). */
  source: 'shipped' | 'updated' | 'file';
  /** The file it was read from, for `updated` and `file`. */
  file?: string;
  /** @internal Left out of the library's declarations, which would otherwise need @sigstore/verify's types. */
  material: TrustMaterial;
  /** @internal The certificates of its CAs' chains, to find which root a leaf certificate belongs to. */
  issuers: readonly X509Certificate[];
  /** Whether its CAs log certificates in a CT log (public good does; GitHub's instance does not). */
  hasCtlogs: boolean;
  /** Whether it lists a transparency log (GitHub's instance does not: it timestamps instead). */
  hasTlogs: boolean;
  /** @internal The parsed root, for packdex trust list. */
  root: TrustedRoot;
}

/** Parse trusted_root.json content; TRUSTED_ROOT_INVALID when it is not one. */
export function parseTrustedRoot(name: string, json: unknown, source: NamedTrustedRoot['source'] = 'file', file?: string): NamedTrustedRoot {
  try {
    const root = TrustedRoot.fromJSON(json);
    if (root.certificateAuthorities.length === 0) throw new Error('it lists no certificate authority');
    const issuers = root.certificateAuthorities.flatMap((ca) => (ca.certChain?.certificates ?? []).map((c) => new X509Certificate(c.rawBytes)));
    return { name, source, file, material: toTrustMaterial(root), issuers, hasCtlogs: root.ctlogs.length > 0, hasTlogs: root.tlogs.length > 0, root };
  } catch (cause) {
    throw new PackdexError('TRUSTED_ROOT_INVALID', `${quote(file ?? name)} is not a Sigstore trusted root: ${(cause as Error).message}.`, {
      value: file ?? name,
      expected: 'a trusted_root.json (media type application/vnd.dev.sigstore.trustedroot+json)',
      fix: source === 'updated' ? 'Run packdex trust update again, or delete the file to use the root packdex ships.' : 'Give a trusted_root.json from the Sigstore instance\'s TUF repository.',
      cause,
    });
  }
}

async function readRootFile(file: string, source: NamedTrustedRoot['source'], name: string): Promise<NamedTrustedRoot | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if (source === 'updated' && (cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError('read the trusted root', file, cause);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new PackdexError('TRUSTED_ROOT_INVALID', `${quote(file)} is not JSON.`, {
      value: file,
      expected: 'a trusted_root.json',
      fix: source === 'updated' ? 'Run packdex trust update again, or delete the file to use the root packdex ships.' : 'Give a trusted_root.json file.',
      cause,
    });
  }
  return parseTrustedRoot(name, json, source, file);
}

/** Where packdex trust update writes an instance's root: `<folder>/<name>.json`. */
export function updatedRootFile(folder: string, name: string): string {
  return path.join(folder, `${name}.json`);
}

/**
 * The roots verification uses: exactly the files given with --trusted-root; else, for each
 * instance packdex ships a root for, the copy packdex trust update wrote into `updatedFolder` when
 * there is one, else the shipped one. Nothing is fetched here.
 */
export async function loadTrustedRoots(files: readonly string[] = [], options: { updatedFolder?: string } = {}): Promise<NamedTrustedRoot[]> {
  if (files.length > 0) {
    const out: NamedTrustedRoot[] = [];
    for (const file of files) out.push((await readRootFile(file, 'file', file))!);
    return out;
  }
  const out: NamedTrustedRoot[] = [];
  for (const shipped of SHIPPED_ROOTS) {
    const updated = options.updatedFolder === undefined ? undefined : await readRootFile(updatedRootFile(options.updatedFolder, shipped.name), 'updated', shipped.name);
    out.push(updated ?? parseTrustedRoot(shipped.name, shipped.json, 'shipped'));
  }
  return out;
}

/** Whether one of the root's CA certificates issued (and signed) the leaf: which instance the bundle belongs to. */
function issuedBy(root: NamedTrustedRoot, leaf: X509Certificate): boolean {
  return root.issuers.some((ca) => {
    try {
      return leaf.checkIssued(ca) && leaf.verify(ca.publicKey);
    } catch {
      return false;
    }
  });
}

/** The bundle's signing certificate, or undefined for a bundle signed with a bare public key. */
function leafOf(bundle: Bundle): X509Certificate | undefined {
  const material = bundle.verificationMaterial.content;
  const raw = material.$case === 'certificate' ? material.certificate.rawBytes : material.$case === 'x509CertificateChain' ? material.x509CertificateChain.certificates[0]?.rawBytes : undefined;
  if (raw === undefined) return undefined;
  try {
    return new X509Certificate(raw);
  } catch {
    return undefined;
  }
}

export interface BundleSource {
  /** https URL, or a path inside a folder registry. */
  location: string;
  allowHttp: boolean;
  credentials?: FetchOptions['credentials'];
  insideFolder?: string;
  timeouts?: FetchTimeouts;
}

/** The bundle's bytes, from a folder registry or over https, at most MAX_BUNDLE_BYTES. */
async function readBundle(what: string, source: BundleSource): Promise<Buffer> {
  const unavailable = (why: string, cause?: unknown): PackdexError =>
    new PackdexError('PROVENANCE_UNAVAILABLE', `${what}'s provenance bundle ${quote(source.location)} ${why}. It was not installed.`, {
      value: source.location,
      expected: `a Sigstore bundle of at most ${MAX_BUNDLE_BYTES} bytes`,
      fix: 'Try again; if it persists, report it to the registry\'s maintainers.',
      cause,
    });
  if (!/^https?:\/\//i.test(source.location)) {
    let file = path.resolve(source.location.startsWith('file://') ? new URL(source.location).pathname : source.location);
    if (source.insideFolder !== undefined) file = await realFileInside(source.insideFolder, file, 'Provenance bundle');
    const st = await stat(file).catch(() => undefined);
    if (st === undefined || !st.isFile()) throw unavailable('does not exist');
    if (st.size > MAX_BUNDLE_BYTES) throw unavailable(`is ${st.size} bytes`);
    return readFile(file);
  }
  const response = await fetchUrl(source.location, {
    what: 'Provenance bundle',
    failCode: 'DOWNLOAD_FAILED',
    failFix: 'Check your connection and try again.',
    allowHttp: source.allowHttp,
    credentials: source.credentials,
    timeouts: source.timeouts ?? DEFAULT_TIMEOUTS,
  });
  if (!response.ok) {
    await response.cancel();
    throw unavailable(`answered HTTP ${response.status}`);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const bytes of response.body()) {
    received += bytes.length;
    if (received > MAX_BUNDLE_BYTES) throw unavailable(`is larger than ${MAX_BUNDLE_BYTES} bytes`);
    chunks.push(Buffer.from(bytes));
  }
  return Buffer.concat(chunks);
}

export interface ProvenanceRequest {
  /** `name version`, for messages. */
  what: string;
  bundle: BundleSource;
  /** The archive's verified checksum (sha256:<hex>). */
  archiveChecksum: string;
  /** The package document's owner (github.com/OWNER/REPO). */
  owner: string;
  /** What the version's entry records as its signer. */
  recorded?: { workflow?: string; ref?: string };
  roots: readonly NamedTrustedRoot[];
}

export interface VerifiedProvenance {
  identity: WorkflowIdentity;
  issuer: string;
  /** The certificate's SAN URI. */
  san: string;
  subject: ProvenanceSubject;
  /** Which trusted root the certificate chains to. */
  root: string;
  /** What proves when it was signed: transparency-log entries and RFC 3161 timestamps. */
  evidence: { tlogEntries: number; timestamps: number };
}

function invalid(what: string, why: string, cause?: unknown): PackdexError {
  return new PackdexError('PROVENANCE_INVALID', `${what}'s provenance bundle ${why}. It was not installed.`, {
    expected: 'a Sigstore bundle (v0.1 to v0.3) with a DSSE envelope, as actions/attest-build-provenance uploads',
    fix: 'Do not use this version until it is published again with valid provenance; report it to the registry\'s maintainers.',
    cause,
  });
}

function parseBundle(what: string, bytes: Buffer): Bundle {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    throw invalid(what, 'is not JSON', cause);
  }
  try {
    return bundleFromJSON(json);
  } catch (cause) {
    throw invalid(what, `is not a Sigstore bundle (${(cause as Error).message})`, cause);
  }
}

function isChainFailure(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e.code === 'CERTIFICATE_ERROR' && e.message === 'Failed to verify certificate chain';
}

/** Download, verify and match a version's provenance; throws a PROVENANCE_* error on any failure. */
export async function verifyProvenance(req: ProvenanceRequest): Promise<VerifiedProvenance> {
  const bundle = parseBundle(req.what, await readBundle(req.what, req.bundle));
  if (!isBundleWithDsseEnvelope(bundle)) throw invalid(req.what, 'signs a bare message, not an attestation (DSSE envelope)');
  const tlogEntries = bundle.verificationMaterial.tlogEntries.length;
  const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
  // Without a log entry or a timestamp nothing shows the short-lived certificate was valid when it
  // signed; the library would refuse too, but this deserves its own answer.
  if (tlogEntries === 0 && timestamps === 0) {
    throw new PackdexError('PROVENANCE_NO_EVIDENCE', `${req.what}'s provenance bundle has neither a transparency-log entry nor a signed timestamp. It was not installed.`, {
      value: req.bundle.location,
      expected: 'at least one Rekor entry with an inclusion proof or promise, or an RFC 3161 timestamp',
      fix: 'Report it to the registry\'s maintainers; the publisher must attest again.',
    });
  }
  const entity = toSignedEntity(bundle);
  // Pick the root by the CA that issued the leaf before asking the library anything: a bundle from
  // GitHub's instance checked against public good fails on its timestamp, not its chain, and that
  // must read as "not a root we trust", not as a broken bundle. Only the roots whose CA issued the
  // leaf are tried, and the library then verifies the whole chain at the signing time.
  const leaf = leafOf(bundle);
  const candidates = leaf === undefined ? [] : req.roots.filter((r) => issuedBy(r, leaf));
  let signer: ReturnType<Verifier['verify']> | undefined;
  let root: NamedTrustedRoot | undefined;
  const failures: unknown[] = [];
  for (const candidate of candidates) {
    // Per instance: where the root lists a transparency log and the bundle has an entry, the entry
    // must verify against it (public good); otherwise a signed timestamp from a listed TSA must
    // (GitHub's instance, which has no log). Certificates carry SCTs only where the root lists a CT log.
    const useTlog = candidate.hasTlogs && tlogEntries > 0;
    const verifier = new Verifier(candidate.material, { tlogThreshold: useTlog ? 1 : 0, tsaThreshold: useTlog ? 0 : 1, ctlogThreshold: candidate.hasCtlogs ? 1 : 0 });
    try {
      signer = verifier.verify(entity);
      root = candidate;
      break;
    } catch (error) {
      failures.push(error);
    }
  }
  if (signer === undefined || root === undefined) {
    const real = failures.find((f) => !isChainFailure(f));
    if (real === undefined) {
      throw new PackdexError('PROVENANCE_UNTRUSTED_ROOT', `${req.what}'s provenance certificate${leaf === undefined ? '' : ` (issuer ${quote(leaf.issuer.replace(/\n/g, ', '))})`} does not chain to a trusted root (${req.roots.map((r) => r.name).join(', ')}). It was not installed.`, {
        value: req.bundle.location,
        expected: `a certificate issued by a CA of ${req.roots.map((r) => r.name).join(' or ')}`,
        fix: 'Do not use this version: it was signed by an authority packdex does not trust. If your organisation runs its own Sigstore instance, pass its trusted root with --trusted-root FILE.',
        cause: failures[0],
      });
    }
    const e = real as { code?: string; message?: string };
    throw invalid(req.what, `does not verify against ${candidates.map((c) => c.name).join(' or ')} (${e.code ?? 'error'}: ${e.message ?? String(real)})`, real);
  }
  const san = signer.identity?.subjectAlternativeName;
  const identity = checkPublisherIdentity(req.what, { san, issuer: signer.identity?.extensions?.issuer }, { owner: req.owner, recorded: req.recorded });
  const envelope = bundle.content.dsseEnvelope;
  const subject = checkSubjectDigest(req.what, envelope.payloadType, envelope.payload, req.archiveChecksum);
  return {
    identity: { repository: identity.repository, workflow: identity.workflow, ref: identity.ref },
    issuer: identity.issuer,
    san: san!,
    subject,
    root: root.name,
    evidence: { tlogEntries, timestamps },
  };
}

/** What the install path needs to enforce provenance: the roots (read once, when first needed), the lockfile's pins, the user's consent. */
export interface ProvenancePolicy {
  roots: () => Promise<readonly NamedTrustedRoot[]>;
  /** Publishers the lockfile pins, by package name. */
  pins: Readonly<Record<string, PinnedPublisher>>;
  acceptPublisherChange: boolean;
}

/**
 * A policy over the --trusted-root files, else the roots packdex trust update wrote into
 * `updatedRoots` (the config folder's trust/), else the shipped ones; read on first use.
 */
export function provenancePolicy(options: { trustedRoots?: readonly string[]; updatedRoots?: string; pins?: Readonly<Record<string, PinnedPublisher>>; acceptPublisherChange?: boolean }): ProvenancePolicy {
  let loaded: Promise<readonly NamedTrustedRoot[]> | undefined;
  return { roots: () => (loaded ??= loadTrustedRoots(options.trustedRoots, { updatedFolder: options.updatedRoots })), pins: options.pins ?? {}, acceptPublisherChange: options.acceptPublisherChange ?? false };
}

/** The publisher a verified bundle shows, as a lockfile pins it. */
export function pinOf(verified: VerifiedProvenance): PinnedPublisher {
  return { repository: verified.identity.repository, workflow: verified.identity.workflow, issuer: verified.issuer };
}

/**
 * The one provenance step of an install or a lock, after the archive's checksum was verified:
 * verify the bundle the entry records (if any), then hold the package to the publisher the
 * lockfile pins. Returns what was verified, undefined for a version without provenance.
 */
export async function enforceProvenance(
  pack: { name: string; version: string; archiveChecksum: string; provenance?: { bundle_url: string; owner: string; workflow?: string; ref?: string } },
  source: Omit<BundleSource, 'location'>,
  policy: ProvenancePolicy,
): Promise<VerifiedProvenance | undefined> {
  const what = `${pack.name} ${pack.version}`;
  const verified =
    pack.provenance === undefined
      ? undefined
      : await verifyProvenance({
          what,
          bundle: { ...source, location: pack.provenance.bundle_url },
          archiveChecksum: pack.archiveChecksum,
          owner: pack.provenance.owner,
          recorded: { workflow: pack.provenance.workflow, ref: pack.provenance.ref },
          roots: await policy.roots(),
        });
  checkPublisherChange(pack.name, pack.version, policy.pins[pack.name], verified === undefined ? undefined : pinOf(verified), policy.acceptPublisherChange);
  return verified;
}

/** The publishers a lockfile pins, by package name. */
export function pinsOf(lockfile: { packages: Record<string, { provenance?: PinnedPublisher }> } | undefined): Record<string, PinnedPublisher> {
  const out: Record<string, PinnedPublisher> = {};
  for (const [name, locked] of Object.entries(lockfile?.packages ?? {})) {
    if (locked.provenance !== undefined) out[name] = { repository: locked.provenance.repository, workflow: locked.provenance.workflow, issuer: locked.provenance.issuer };
  }
  return out;
}
