import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertValidEntry } from '../../../src/core/index-file/index-rules';
import { buildEntry } from '../../../src/core/entry/build-entry';
import { aamProfile } from '../../../src/core/profiles/aam/aam-profile';
import { pbgProfile } from '../../../src/core/profiles/pbg/pbg-profile';
import { repositoryUrl, webUrl } from '../../../src/core/profiles/describe-helpers';
import { tempDir } from '../../helpers/tmp';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'profiles');
const ARCHIVE = { archive: { url: 'https://files.example.org/x.tar.gz', checksum: `sha256:${'a'.repeat(64)}` } };

/** A copy of a fixture with one file replaced. */
function fixtureWith(kind: string, name: string, file: string, text: string): string {
  const dir = tempDir(`packdex-${kind}-`);
  cpSync(path.join(FIXTURES, kind, name), dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('an entry\'s repository is https (as Attune requires), for every profile', () => {
  it('repositoryUrl takes https only; webUrl (homepages) takes http too', () => {
    assert.equal(repositoryUrl('https://github.com/acme/x'), 'https://github.com/acme/x');
    for (const bad of ['http://github.com/acme/x', 'git@github.com:acme/x.git', 'https://has space', 7, undefined]) assert.equal(repositoryUrl(bad), undefined, String(bad));
    assert.equal(webUrl('http://acme.example.org'), 'http://acme.example.org');
  });

  it('an AAM package whose aam.yaml names an http repository describes a valid entry without it', async () => {
    const dir = fixtureWith('aam', 'auditor', 'aam.yaml', 'name: "@myorg/plain"\nversion: 1.0.0\nrepository: http://github.com/myorg/plain\nartifacts: {}\n');
    const { manifest, contents } = await aamProfile.describe(dir, {});
    const entry = buildEntry(manifest, contents, ARCHIVE);
    assert.equal(entry.repository, undefined);
    assertValidEntry(entry);
  });

  it('a pbg package whose [project.urls] Repository is http describes a valid entry without it, keeping an https Source', async () => {
    const head = '[project]\nname = "plain"\nversion = "1.0.0"\ndependencies = ["bigraph-schema", "process-bigraph"]\n';
    const http = fixtureWith('pbg', 'compliant', 'pyproject.toml', `${head}[project.urls]\nRepository = "http://github.com/acme/plain"\nHomepage = "http://acme.example.org"\n`);
    const described = await pbgProfile.describe(http, {});
    const entry = buildEntry(described.manifest, described.contents, ARCHIVE);
    assert.equal(entry.repository, undefined);
    assert.equal(entry.homepage, 'http://acme.example.org');
    assertValidEntry(entry);
    const both = fixtureWith('pbg', 'compliant', 'pyproject.toml', `${head}[project.urls]\nRepository = "http://github.com/acme/plain"\nSource = "https://github.com/acme/plain"\n`);
    const again = await pbgProfile.describe(both, {});
    assert.equal(buildEntry(again.manifest, again.contents, ARCHIVE).repository, 'https://github.com/acme/plain');
  });
});
