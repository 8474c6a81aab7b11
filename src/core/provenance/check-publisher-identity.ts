import { PackdexError, quote } from '../errors';

/**
 * Who signed a build: the workflow a GitHub Actions OIDC token names. Fulcio writes it into the
 * certificate's SAN URI as `https://HOST/OWNER/REPO/.github/workflows/FILE@REF` (the job's
 * workflow ref) and the token's issuer into an extension.
 */
export interface WorkflowIdentity {
  /** OWNER/REPO. */
  repository: string;
  /** The workflow file inside the repository: `.github/workflows/release.yml`. */
  workflow: string;
  /** The git ref the workflow ran at: `refs/tags/v1.2.0`, `refs/heads/main`. */
  ref: string;
}

/** GitHub.com's Actions OIDC issuer; GitHub Enterprise Server's is https://HOST/_services/token. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

// Anchored on both ends, one segment per part: a SAN that merely contains an expected prefix
// (`…/release.yml.evil@…`, `…/pack-evil/…`, a second `@`) parses to something else or not at all.
const SAN = /^https:\/\/([a-z0-9.-]+(?::[0-9]+)?)\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\/(\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml)@(refs\/[A-Za-z0-9._/+-]+)$/;

/** The workflow identity in a certificate's SAN URI, with the host it names; undefined when it is not one. */
export function parseWorkflowIdentity(san: string): (WorkflowIdentity & { host: string }) | undefined {
  const m = SAN.exec(san);
  if (m === null || m[5]!.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
  return { host: m[1]!.toLowerCase(), repository: `${m[2]}/${m[3]}`, workflow: m[4]!, ref: m[5]! };
}

/** `github.com/OWNER/REPO` (a package document's owner) → host and OWNER/REPO; undefined for `local` and other owners. */
export function ownerRepository(owner: string): { host: string; repository: string } | undefined {
  const m = /^([a-z0-9.-]+(?::[0-9]+)?)\/([A-Za-z0-9-]+\/[A-Za-z0-9._-]+?)(?:\.git)?$/i.exec(owner);
  if (m === null) return undefined;
  return { host: m[1]!.toLowerCase(), repository: m[2]! };
}

/** The OIDC issuer whose tokens name workflows on a host. */
export function issuerForHost(host: string): string {
  return host === 'github.com' ? GITHUB_ACTIONS_ISSUER : `https://${host}/_services/token`;
}

export interface IdentityExpectation {
  /** Whose package this is: the package document's owner (`github.com/OWNER/REPO`). */
  owner: string;
  /** What the version's entry says signed it; every field given must match exactly. */
  recorded?: { workflow?: string; ref?: string };
}

/**
 * Check a verified certificate's identity against the package: the SAN must be a workflow of the
 * owner's repository, on the owner's host, under that host's Actions issuer, and the workflow and
 * ref the entry records. Repository names compare without case (GitHub's are case-insensitive);
 * everything else exactly.
 */
export function checkPublisherIdentity(what: string, signer: { san: string | undefined; issuer: string | undefined }, expect: IdentityExpectation): WorkflowIdentity & { issuer: string } {
  const owner = ownerRepository(expect.owner);
  if (owner === undefined) {
    throw new PackdexError('PROVENANCE_IDENTITY_MISMATCH', `${what} has build provenance, but its owner ${quote(expect.owner)} is not a repository a workflow could sign for.`, {
      value: expect.owner,
      expected: 'an owner of the form github.com/OWNER/REPO',
      fix: 'Report it to the registry\'s maintainers.',
    });
  }
  const expectedIssuer = issuerForHost(owner.host);
  const wanted = `https://${owner.host}/${owner.repository}/${expect.recorded?.workflow ?? '.github/workflows/FILE'}@${expect.recorded?.ref ?? 'REF'}`;
  const mismatch = (why: string): PackdexError =>
    new PackdexError('PROVENANCE_IDENTITY_MISMATCH', `${what} was signed by ${quote(signer.san ?? '(no identity)')}${signer.issuer === undefined ? '' : ` (issuer ${quote(signer.issuer)})`}, ${why}. It was not installed.`, {
      value: signer.san,
      expected: `${wanted} from issuer ${expectedIssuer}`,
      fix: 'Do not use this version: its provenance names another publisher. Report it to the package\'s owner and the registry\'s maintainers.',
    });
  if (signer.issuer !== expectedIssuer) throw mismatch(`but only ${expectedIssuer} issues identities for ${owner.host}'s workflows`);
  const parsed = signer.san === undefined ? undefined : parseWorkflowIdentity(signer.san);
  if (parsed === undefined) throw mismatch('which is not a GitHub Actions workflow identity');
  if (parsed.host !== owner.host || parsed.repository.toLowerCase() !== owner.repository.toLowerCase()) throw mismatch(`but the package belongs to ${owner.host}/${owner.repository}`);
  if (expect.recorded?.workflow !== undefined && parsed.workflow !== expect.recorded.workflow) throw mismatch(`but the registry records the workflow ${quote(expect.recorded.workflow)}`);
  if (expect.recorded?.ref !== undefined && parsed.ref !== expect.recorded.ref) throw mismatch(`but the registry records the ref ${quote(expect.recorded.ref)}`);
  return { repository: parsed.repository, workflow: parsed.workflow, ref: parsed.ref, issuer: signer.issuer };
}

/** The host whose workflows an issuer names: the inverse of issuerForHost; undefined for other issuers. */
export function hostForIssuer(issuer: string): string | undefined {
  if (issuer === GITHUB_ACTIONS_ISSUER) return 'github.com';
  const m = /^https:\/\/([a-z0-9.-]+(?::[0-9]+)?)\/_services\/token$/.exec(issuer);
  return m === null ? undefined : m[1];
}
