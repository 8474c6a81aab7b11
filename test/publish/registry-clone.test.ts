import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { proposalBranch } from '../../src/publish/propose-pull-request';
import { previewOnBranch, publishToBranch } from '../../src/publish/publish-to-branch';
import { RegistryClone } from '../../src/publish/registry-clone';
import { HOSTILE_REFS, HOSTILE_URLS, pwnedFiles } from '../helpers/git-injection';
import { entry } from '../helpers/index-data';
import { tempDir } from '../helpers/tmp';

const NOW = new Date('2026-06-01T00:00:00Z');

/** A bare repository with one commit on main; its folder is where a fetch's --upload-pack would run. */
function remote(): string {
  const dir = tempDir('packdex-remote-');
  const bare = path.join(dir, 'registry.git');
  const seed = path.join(dir, 'seed');
  execFileSync('git', ['init', '-q', '-b', 'main', seed]);
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'empty'], { cwd: seed });
  execFileSync('git', ['clone', '-q', '--bare', seed, bare]);
  return bare;
}

describe('the registry clone takes no option from a branch, a version or a remote', () => {
  for (const value of HOSTILE_REFS) {
    it(`a registry branch ${JSON.stringify(value)} is refused before git fetches (GIT_REF_INVALID)`, async () => {
      const bare = remote();
      const before = execFileSync('git', ['for-each-ref'], { cwd: bare }).toString();
      const target = { remote: bare, branch: value, registryPath: '.', version: { entry: entry('slack'), owner: 'github.com/acme/slack' }, now: NOW };
      await assert.rejects(previewOnBranch(target), { code: 'GIT_REF_INVALID' });
      await assert.rejects(publishToBranch(target), { code: 'GIT_REF_INVALID' });
      assert.equal(execFileSync('git', ['for-each-ref'], { cwd: bare }).toString(), before);
      assert.deepEqual(pwnedFiles([path.dirname(bare), process.cwd()]), []);
    });
  }

  it('a push to a hostile branch or with a hostile lease is refused by the clone itself', async () => {
    const clone = await RegistryClone.open(remote());
    try {
      for (const value of HOSTILE_REFS) await assert.rejects(clone.push(value), { code: 'GIT_REF_INVALID' });
      await assert.rejects(clone.push('main', '--upload-pack=x'), { code: 'GIT_REF_INVALID' });
      await assert.rejects(clone.checkout('--orphan=x'), { code: 'GIT_REF_INVALID' });
      assert.deepEqual(pwnedFiles([clone.dir]), []);
    } finally {
      await clone.dispose();
    }
  });

  for (const value of HOSTILE_URLS) {
    it(`a registry remote ${JSON.stringify(value)} is refused before git runs (URL_INVALID)`, async () => {
      await assert.rejects(RegistryClone.open(value), { code: 'URL_INVALID' });
    });
  }

  it('a proposal branch is a ref name made of the package and version, checked', () => {
    assert.equal(proposalBranch({ entry: entry('slack', '2.1.0'), owner: 'x' }), 'packdex/publish/slack/2.1.0');
    assert.equal(proposalBranch({ entry: { ...entry('x', '1.0.0'), ref: '@myorg/my-agent' }, owner: 'x' }), 'packdex/publish/@myorg/my-agent/1.0.0');
    assert.throws(() => proposalBranch({ entry: entry('slack', '1.0.0..x'), owner: 'x' }), { code: 'GIT_REF_INVALID' });
    assert.throws(() => proposalBranch({ entry: { ...entry('x', '1.0.0'), ref: 'a.lock' }, owner: 'x' }), { code: 'GIT_REF_INVALID' });
  });

  it('git itself refuses the ext:: and fd:: transports in every call (GIT_ALLOW_PROTOCOL), even where config allows them', async () => {
    const { execGit } = await import('../../src/core/git/run-git');
    const cwd = tempDir('packdex-transport-');
    // What a hostile or careless ~/.gitconfig could say; the wrapper's GIT_ALLOW_PROTOCOL overrides it.
    const env = { GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: 'protocol.ext.allow', GIT_CONFIG_VALUE_0: 'always', GIT_CONFIG_KEY_1: 'protocol.fd.allow', GIT_CONFIG_VALUE_1: 'always' };
    for (const url of ['ext::sh -c touch% PWNED', 'fd::0']) {
      const result = await execGit(['ls-remote', '--', url], { cwd, env });
      assert.notEqual(result.exitCode, 0);
      assert.match(result.stderr, /transport '(ext|fd)' not allowed/);
    }
    assert.deepEqual(pwnedFiles([cwd]), []);
  });
});
