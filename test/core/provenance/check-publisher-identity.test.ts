import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPublisherChange } from '../../../src/core/provenance/check-publisher-change';
import { checkPublisherIdentity, GITHUB_ACTIONS_ISSUER, hostForIssuer, issuerForHost, parseWorkflowIdentity } from '../../../src/core/provenance/check-publisher-identity';
import { checkSubjectDigest } from '../../../src/core/provenance/check-subject-digest';

const OWNER = 'github.com/acme/pack';
const GOOD = 'https://github.com/acme/pack/.github/workflows/release.yml@refs/tags/v1.0.0';
const recorded = { workflow: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' };

describe('checkPublisherIdentity', () => {
  it('accepts the owner repository\'s recorded workflow (repository names without case)', () => {
    assert.deepEqual(checkPublisherIdentity('pack 1.0.0', { san: GOOD, issuer: GITHUB_ACTIONS_ISSUER }, { owner: OWNER, recorded }), {
      repository: 'acme/pack',
      workflow: '.github/workflows/release.yml',
      ref: 'refs/tags/v1.0.0',
      issuer: GITHUB_ACTIONS_ISSUER,
    });
    assert.equal(checkPublisherIdentity('p', { san: GOOD.replace('acme/pack', 'ACME/Pack'), issuer: GITHUB_ACTIONS_ISSUER }, { owner: OWNER }).repository, 'ACME/Pack');
  });

  const refused: [string, string | undefined, string | undefined, string][] = [
    ['another repository', GOOD.replace('acme/pack', 'mallory/pack'), GITHUB_ACTIONS_ISSUER, OWNER],
    ['a repository with the owner\'s as prefix', GOOD.replace('acme/pack', 'acme/pack-evil'), GITHUB_ACTIONS_ISSUER, OWNER],
    ['a look-alike workflow file', GOOD.replace('release.yml@', 'release.yml.evil@'), GITHUB_ACTIONS_ISSUER, OWNER],
    ['another workflow', GOOD.replace('release.yml', 'ci.yml'), GITHUB_ACTIONS_ISSUER, OWNER],
    ['another ref than recorded', GOOD.replace('v1.0.0', 'v9.9.9'), GITHUB_ACTIONS_ISSUER, OWNER],
    ['a second @ in the ref', `${GOOD}@evil`, GITHUB_ACTIONS_ISSUER, OWNER],
    ['a dot segment in the ref', GOOD.replace('refs/tags/v1.0.0', 'refs/tags/../v1.0.0'), GITHUB_ACTIONS_ISSUER, OWNER],
    ['a workflow outside .github/workflows', 'https://github.com/acme/pack/ci/release.yml@refs/tags/v1.0.0', GITHUB_ACTIONS_ISSUER, OWNER],
    ['another host', GOOD.replace('github.com', 'github.com.evil.example'), GITHUB_ACTIONS_ISSUER, OWNER],
    ['an http SAN', GOOD.replace('https:', 'http:'), GITHUB_ACTIONS_ISSUER, OWNER],
    ['another issuer', GOOD, 'https://accounts.example.com', OWNER],
    ['an issuer with the right one as prefix', GOOD, `${GITHUB_ACTIONS_ISSUER}.evil`, OWNER],
    ['an email identity', 'someone@example.com', GITHUB_ACTIONS_ISSUER, OWNER],
    ['no identity', undefined, GITHUB_ACTIONS_ISSUER, OWNER],
    ['a local owner', GOOD, GITHUB_ACTIONS_ISSUER, 'local'],
  ];
  for (const [what, san, issuer, owner] of refused) {
    it(`refuses ${what}`, () => {
      assert.throws(() => checkPublisherIdentity('pack 1.0.0', { san, issuer }, { owner, recorded }), (e: Error & { code?: string }) => e.code === 'PROVENANCE_IDENTITY_MISMATCH');
    });
  }

  it('maps hosts and issuers both ways (GitHub Enterprise Server: /_services/token)', () => {
    assert.equal(issuerForHost('github.com'), GITHUB_ACTIONS_ISSUER);
    assert.equal(hostForIssuer(issuerForHost('ghe.example.com')), 'ghe.example.com');
    assert.equal(hostForIssuer('https://evil.example/_services/token/x'), undefined);
    assert.equal(parseWorkflowIdentity('https://github.com/a/b/.github/workflows/x.yaml@refs/heads/main')?.workflow, '.github/workflows/x.yaml');
  });
});

describe('checkSubjectDigest', () => {
  const hex = 'ab'.repeat(32);
  const statement = (o: object = {}) => Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'a.tar.gz', digest: { sha256: hex } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {}, ...o }));
  it('finds the archive among the subjects', () => {
    assert.equal(checkSubjectDigest('p', 'application/vnd.in-toto+json', statement(), `sha256:${hex}`).name, 'a.tar.gz');
  });
  it('refuses another digest, another predicate, another payload type', () => {
    assert.throws(() => checkSubjectDigest('p', 'application/vnd.in-toto+json', statement(), `sha256:${'cd'.repeat(32)}`), (e: Error & { code?: string }) => e.code === 'PROVENANCE_DIGEST_MISMATCH');
    assert.throws(() => checkSubjectDigest('p', 'application/vnd.in-toto+json', statement({ predicateType: 'https://example.com/other' }), `sha256:${hex}`), (e: Error & { code?: string }) => e.code === 'PROVENANCE_INVALID');
    assert.throws(() => checkSubjectDigest('p', 'text/plain', statement(), `sha256:${hex}`), (e: Error & { code?: string }) => e.code === 'PROVENANCE_INVALID');
    assert.throws(() => checkSubjectDigest('p', 'application/vnd.in-toto+json', Buffer.from('nope'), `sha256:${hex}`), (e: Error & { code?: string }) => e.code === 'PROVENANCE_INVALID');
  });
});

describe('checkPublisherChange', () => {
  const pin = { repository: 'acme/pack', workflow: '.github/workflows/release.yml', issuer: GITHUB_ACTIONS_ISSUER };
  it('passes the same publisher, an unpinned package, and an accepted change', () => {
    checkPublisherChange('pack', '1.1.0', pin, { ...pin, repository: 'ACME/pack' }, false);
    checkPublisherChange('pack', '1.1.0', undefined, undefined, false);
    checkPublisherChange('pack', '1.1.0', pin, { ...pin, repository: 'mallory/pack' }, true);
  });
  it('refuses another repository, another workflow, another issuer, and lost provenance', () => {
    for (const now of [{ ...pin, repository: 'mallory/pack' }, { ...pin, workflow: '.github/workflows/ci.yml' }, { ...pin, issuer: 'https://ghe.example.com/_services/token' }, undefined]) {
      assert.throws(() => checkPublisherChange('pack', '1.1.0', pin, now, false), (e: Error & { code?: string }) => e.code === 'PUBLISHER_CHANGED');
    }
  });
});
