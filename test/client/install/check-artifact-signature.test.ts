import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { artifactSignatureFor } from '../../../src/client/install/check-artifact-signature';
import { signaturePolicyFrom } from '../../../src/client/install/signature-policy';
import type { Resolution } from '../../../src/client/resolve/resolve-package';

const FP = 'A'.repeat(40);
const base: Resolution = {
  package: 'demo',
  version: '1.0.0',
  artifact_url: 'https://packs.example.com/archives/demo-1.0.0.tar.gz',
  artifact_checksum: `sha256:${'0'.repeat(64)}`,
  source: 'archive',
  registry: { name: 'main', url: 'https://packs.example.com/' },
  dependencies: {},
  yanked: false,
  warnings: [],
};
const signed = { ...base, artifact_signature_url: `${base.artifact_url}.asc`, publisher_key_fingerprint: FP };
const none = signaturePolicyFrom({}, [], 'packdex.yaml');

describe('artifactSignatureFor', () => {
  it('gives the signature of a signed archive, and nothing for an unsigned one when nothing is required', () => {
    assert.deepEqual(artifactSignatureFor(signed, none, false), { location: signed.artifact_signature_url, fingerprint: FP, credentials: undefined, allowHttp: false, registry: 'main' });
    assert.equal(artifactSignatureFor(base, none, false), undefined);
  });

  const cases: [string, Resolution, Parameters<typeof signaturePolicyFrom>[0], string][] = [
    ['a signed version whose only source is git', { ...signed, source: 'git', artifact_url: 'https://git.example.com/demo.git' }, {}, 'SIGNATURE_INVALID'],
    ['half a signature', { ...base, publisher_key_fingerprint: FP }, {}, 'SIGNATURE_FIELDS_INCOMPLETE'],
    ['an unsigned version under require-signatures', base, { 'require-signatures': true }, 'SIGNATURE_REQUIRED'],
    ['an unsigned git version under its registry\'s require-signatures', { ...base, source: 'git' }, { registries: [{ name: 'main', url: 'https://packs.example.com/', 'require-signatures': true }] }, 'SIGNATURE_REQUIRED'],
  ];
  for (const [what, resolution, config, code] of cases) {
    it(`refuses ${what} (${code}) before anything is fetched`, () => {
      assert.throws(() => artifactSignatureFor(resolution, signaturePolicyFrom(config, [], 'packdex.yaml'), false), (e: Error & { code?: string; fix?: string }) => e.code === code && e.fix !== undefined);
    });
  }

  it('another registry\'s require-signatures does not apply', () => {
    const policy = signaturePolicyFrom({ registries: [{ name: 'other', url: 'https://o.example/', 'require-signatures': true }] }, [], 'packdex.yaml');
    assert.equal(artifactSignatureFor(base, policy, false), undefined);
  });

  it('refuses a trusted-keys entry that is not a full fingerprint (CONFIG_INVALID)', () => {
    assert.throws(() => signaturePolicyFrom({ registries: [{ name: 'main', url: 'https://x.example/', 'trusted-keys': ['DEADBEEF'] }] }, [], 'packdex.yaml'), { code: 'CONFIG_INVALID' });
  });
});
