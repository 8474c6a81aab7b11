import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { execGit } from '../../src/core/git/run-git';
import { pagesUrlFromRemote } from '../../src/core/site/init-registry';
import { cli } from '../helpers/cli';
import { snapshot, tempDir } from '../helpers/tmp';

async function repoWithOrigin(remote: string): Promise<string> {
  const dir = tempDir('packdex-registry-repo-');
  assert.equal((await execGit(['init', '-q'], { cwd: dir })).exitCode, 0);
  assert.equal((await execGit(['remote', 'add', 'origin', remote], { cwd: dir })).exitCode, 0);
  return dir;
}

describe('packdex registry init: where the registry is served', () => {
  it('refuses to guess: without --url and outside a github.com clone it is a usage error, and writes nothing', async () => {
    const cwd = tempDir();
    const before = snapshot(cwd);
    const r = await cli(['registry', 'init', 'reg'], { cwd });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /error USAGE: .*needs --url/);
    assert.match(r.stderr, /--url https:\/\//);
    assert.deepEqual(snapshot(cwd), before);
    assert.ok(!existsSync(path.join(cwd, 'reg')));
  });

  it('derives https://OWNER.github.io/REPO from the git remote origin, says so, and never echoes a token in it', async () => {
    const cwd = await repoWithOrigin('https://x-access-token:ghs_sekret@github.com/Acme/packs.git');
    const r = await cli(['registry', 'init', 'docs'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /https:\/\/acme\.github\.io\/packs is the GitHub Pages address of the remote origin https:\/\/github\.com\/Acme\/packs\.git/);
    assert.doesNotMatch(r.stdout + r.stderr, /sekret/);
    assert.equal(JSON.parse(readFileSync(path.join(cwd, 'docs/registry.json'), 'utf8')).url, 'https://acme.github.io/packs');
    assert.equal(r.stderr, '', 'a real address needs no warning');
  });

  it('--url wins over the remote', async () => {
    const cwd = await repoWithOrigin('git@github.com:acme/packs.git');
    const r = await cli(['registry', 'init', '.', '--url', 'https://packs.acme.dev', '--json'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.json<{ identity: { url: string }; notes: string[] }>().identity.url, 'https://packs.acme.dev');
    assert.deepEqual(r.json<{ notes: string[] }>().notes, []);
  });

  it('warns, loudly, when the url is a placeholder', async () => {
    const cwd = tempDir();
    const r = await cli(['registry', 'init', 'reg', '--url', 'https://registry.packdex.example'], { cwd });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^warning: registry\.json's url 'https:\/\/registry\.packdex\.example' is a placeholder/m);
    assert.match(r.stderr, /--force --url/);
  });

  it('an existing registry is REGISTRY_EXISTS with or without --url, and --force alone keeps its url', async () => {
    const cwd = tempDir();
    await cli(['registry', 'init', 'reg', '--url', 'https://acme.github.io/packs'], { cwd });
    const before = snapshot(cwd);
    for (const args of [[], ['--url', 'https://other.example.org']]) {
      const r = await cli(['registry', 'init', 'reg', ...args], { cwd });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /REGISTRY_EXISTS/);
    }
    assert.deepEqual(snapshot(cwd), before);
    assert.equal((await cli(['registry', 'init', 'reg', '--force', '--name', 'Renamed'], { cwd })).code, 0);
    const identity = JSON.parse(readFileSync(path.join(cwd, 'reg/registry.json'), 'utf8'));
    assert.equal(identity.url, 'https://acme.github.io/packs');
    assert.equal(identity.former_urls, undefined);
  });

  it('--force with a new url keeps the old ones in former_urls, oldest first', async () => {
    const cwd = tempDir();
    await cli(['registry', 'init', 'reg', '--url', 'https://registry.packdex.example'], { cwd });
    await cli(['registry', 'init', 'reg', '--force', '--url', 'https://acme.github.io/packs'], { cwd });
    await cli(['registry', 'init', 'reg', '--force', '--url', 'https://packs.acme.dev/'], { cwd });
    const identity = JSON.parse(readFileSync(path.join(cwd, 'reg/registry.json'), 'utf8'));
    assert.equal(identity.url, 'https://packs.acme.dev');
    assert.deepEqual(identity.former_urls, ['https://registry.packdex.example', 'https://acme.github.io/packs']);
    await cli(['registry', 'init', 'reg', '--force', '--url', 'https://acme.github.io/packs'], { cwd });
    assert.deepEqual(JSON.parse(readFileSync(path.join(cwd, 'reg/registry.json'), 'utf8')).former_urls, ['https://registry.packdex.example', 'https://packs.acme.dev'], 'moving back takes the url out of former_urls');
  });
});

describe('pagesUrlFromRemote', () => {
  const cases: [string, string | undefined][] = [
    ['https://github.com/Acme/packs', 'https://acme.github.io/packs'],
    ['https://github.com/acme/packs.git', 'https://acme.github.io/packs'],
    ['https://token@github.com/acme/packs.git', 'https://acme.github.io/packs'],
    ['git@github.com:acme/packs.git', 'https://acme.github.io/packs'],
    ['ssh://git@github.com/acme/packs.git', 'https://acme.github.io/packs'],
    ['https://github.com/acme/acme.github.io.git', 'https://acme.github.io'],
    ['https://github.com/acme/Packs.Registry', 'https://acme.github.io/Packs.Registry'],
    ['https://gitlab.com/acme/packs.git', undefined],
    ['https://github.com.evil.example/acme/packs', undefined],
    ['https://github.com/acme/packs/extra', undefined],
    ['https://github.com/acme/..', undefined],
    ['/srv/git/packs.git', undefined],
  ];
  for (const [remote, url] of cases) it(`${remote} → ${url ?? 'none'}`, () => assert.equal(pagesUrlFromRemote(remote), url));
});
