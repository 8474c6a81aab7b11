import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkRefName, checkRemoteUrl, isCommitId, refNameProblem, remoteUrlProblem } from '../../../src/core/git/check-ref';
import { gitEnvironment } from '../../../src/core/git/run-git';
import { HOSTILE_REFS } from '../../helpers/git-injection';

/** git's own answer: does `git check-ref-format --allow-onelevel` accept the value? */
function gitAccepts(value: string): boolean {
  return spawnSync('git', ['check-ref-format', '--allow-onelevel', value], { stdio: 'ignore' }).status === 0;
}


describe('ref names: the rules of git check-ref-format --allow-onelevel', () => {
  const table = [
    'main', 'HEAD', 'v1.2.0', 'v1.0.0+build.1', 'v1.0.0-rc.1', 'refs/heads/gh-pages', 'packdex/publish/@myorg/my-agent/1.0.0', 'a@b', '{x}', 'x.lock.y', 'ü',
    '0123456789abcdef0123456789abcdef01234567',
    '', '@', '.a', 'a.', 'a/.b', 'a.lock', 'a/b.lock/c', 'a..b', 'a@{b', 'a//b', '/a', 'a/', 'a b', 'a\tb', 'a\nb', 'a\u007fb',
    'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[', 'a\\b', 'a/./b', 'main^{commit}', 'ext::sh -c touch% PWNED',
  ];
  for (const value of table) {
    it(`${JSON.stringify(value)}: ${gitAccepts(value) ? 'a ref' : 'not a ref'}, as git says`, () => {
      assert.equal(refNameProblem(value) === undefined, gitAccepts(value), refNameProblem(value));
    });
  }

  it('agrees with git on generated values over the characters the rules are about', () => {
    const alphabet = fc.constantFrom('a', 'b', '1', '.', '/', '@', '{', '}', '~', '^', ':', '?', '*', '[', '\\', ' ', '\t', 'l', 'o', 'c', 'k', '-', '+', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')), (value) => {
        // A leading '-' is ours to refuse whatever git says (git would read it as an option).
        if (value.startsWith('-')) return refNameProblem(value) !== undefined;
        return (refNameProblem(value) === undefined) === gitAccepts(value);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  for (const value of HOSTILE_REFS) {
    it(`refuses the option-shaped ${JSON.stringify(value)} first, naming where it came from`, () => {
      assert.throws(() => checkRefName(value, { what: "Input 'base-ref'" }), (error: { code: string; message: string; value: string; expected: string; fix: string }) => {
        assert.equal(error.code, 'GIT_REF_INVALID');
        assert.equal(error.message, `Input 'base-ref' '${value}' is not a git ref name: it starts with "-", so git would read it as an option.`);
        assert.equal(error.value, value);
        assert.match(error.expected, /check-ref-format/);
        assert.ok(error.fix.length > 0);
        return true;
      });
    });
  }

  it('knows a full commit id', () => {
    assert.ok(isCommitId('a'.repeat(40)) && isCommitId('B'.repeat(64)));
    for (const v of ['a'.repeat(39), 'g'.repeat(40), `-${'a'.repeat(39)}`, 'HEAD']) assert.ok(!isCommitId(v), v);
  });
});

describe('remote URLs git may be given', () => {
  for (const url of ['https://github.com/acme/pack.git', 'http://127.0.0.1:8080/x.git', 'ssh://git@github.com/acme/pack.git', 'git@github.com:acme/pack.git', 'file:///srv/git/pack.git', 'file://localhost/srv/x', '/srv/git/pack.git']) {
    it(`takes ${url}`, () => assert.equal(remoteUrlProblem(url), undefined));
  }
  for (const [url, why] of [
    ['ext::sh -c touch% PWNED', /transport 'ext::'/],
    ['fd::17', /transport 'fd::'/],
    ['EXT::sh', /transport/],
    ['--upload-pack=touch PWNED;git-upload-pack', /starts with "-"/],
    ['-c core.sshCommand=touch PWNED', /starts with "-"/],
    ['ssh://-oProxyCommand=touch%20PWNED/x', /host starts with "-"/],
    ['ssh://git@-oProxyCommand=x/x', /host starts with "-"/],
    ['-oProxyCommand=x@host:repo', /starts with "-"/],
    ['git@-oProxyCommand=x:repo', /host starts with "-"/],
    ['https://github.com/a b', /space or a control/],
    ['ftp://example.com/x.git', /uses ftp/],
    ['git://example.com/x.git', /uses git/],
    ['https:///x', /no host/],
    ['relative/path', /neither a URL nor an absolute path/],
    ['', /empty/],
  ] as const) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      assert.match(remoteUrlProblem(url) ?? 'accepted', why);
      assert.throws(() => checkRemoteUrl(url, { what: "Input 'source-url'" }), { code: 'URL_INVALID' });
    });
  }
  it('never echoes credentials', () => {
    assert.throws(() => checkRemoteUrl('https://user:s3cret@-host/x', { what: 'URL' }), (e: Error & { value: string }) => !e.message.includes('s3cret') && !e.value.includes('s3cret'));
  });
});

describe("git children's environment", () => {
  it('inherits only the allowlist, then the caller\'s variables, then what packdex sets', () => {
    const env = gitEnvironment(
      { GIT_CONFIG_COUNT: '1', GIT_ALLOW_PROTOCOL: 'ext' },
      { PATH: '/bin', HOME: '/home/x', LC_CTYPE: 'C.UTF-8', HTTPS_PROXY: 'http://proxy:3128', GIT_SSL_CAINFO: '/ca.pem', INPUT_TOKEN: 'secret', GITHUB_TOKEN: 'secret', ACTIONS_RUNTIME_TOKEN: 'secret', GIT_DIR: '/elsewhere', GIT_CONFIG_PARAMETERS: "'core.sshcommand'='touch PWNED'", NODE_OPTIONS: '--require x' },
    );
    assert.deepEqual(env, {
      PATH: '/bin',
      HOME: '/home/x',
      LC_CTYPE: 'C.UTF-8',
      HTTPS_PROXY: 'http://proxy:3128',
      GIT_SSL_CAINFO: '/ca.pem',
      GIT_CONFIG_COUNT: '1',
      GIT_TERMINAL_PROMPT: '0',
      LC_ALL: 'C',
      GIT_ALLOW_PROTOCOL: 'https:http:ssh:file',
    });
  });
});
