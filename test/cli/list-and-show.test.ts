import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers/cli';
import { buildRegistry } from '../helpers/client';
import { publish } from '../helpers/site';
import { tempDir } from '../helpers/tmp';

/** Two registries where `private` shadows `public` for slack. */
async function twoRegistries(): Promise<{ priv: string; pub: string; env: NodeJS.ProcessEnv; cwd: string }> {
  const priv = await buildRegistry([{ ref: 'slack', version: '9.0.0' }]);
  const pub = await buildRegistry([
    { ref: 'slack', version: '2.1.0' },
    { ref: 'jira', version: '0.9.3' },
  ]);
  const home = tempDir('packdex-home-');
  writeFileSync(path.join(home, 'packdex.yaml'), `registries:\n  - name: private\n    url: ${priv}\n    priority: 1\n  - name: public\n    url: ${pub}\n    priority: 2\n`);
  return { priv, pub, cwd: home, env: { HOME: home, PACKDEX_CACHE_DIR: `${home}/cache` } };
}

describe('packdex list and show (the merged view of several registries)', () => {
  it('lists each name once, from the first registry holding it, naming the registries it shadows', async () => {
    const { env, cwd } = await twoRegistries();
    const run = await cli(['list'], { env, cwd });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.match(lines[0]!, /^NAME +VERSION +REGISTRY +SHADOWS +DESCRIPTION$/);
    assert.match(lines[1]!, /^jira +0\.9\.3 +public +- +/);
    assert.match(lines[2]!, /^slack +9\.0\.0 +private +public +/);
    const json = (await cli(['list', '--json'], { env, cwd })).json<{ packages: { name: string; registry: string; shadowed: string[] }[] }>();
    assert.deepEqual(json.packages.map((p) => [p.name, p.registry, p.shadowed]), [['jira', 'public', []], ['slack', 'private', ['public']]]);
  });

  it('shows a package from the registry resolution would use: owner, dist-tags, every version, yanks', async () => {
    const { pub, env, cwd } = await twoRegistries();
    await publish(pub, 'jira', '1.0.0');
    assert.equal((await cli(['yank', 'jira@0.9.3', '--reason', 'broken auth', '--registry', pub])).code, 0);
    const run = await cli(['show', 'jira'], { env, cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^jira 1\.0\.0\n/);
    assert.match(run.stdout, /^registry: {2}public$/m);
    assert.match(run.stdout, /^dist-tags: latest=1\.0\.0$/m);
    assert.match(run.stdout, /^VERSION +PUBLISHED +SIZE +STATUS\n1\.0\.0 +\S+ +[\d.]+ \w+\n0\.9\.3 +\S+ +[\d.]+ \w+ +yanked: broken auth\n$/m);
    const shadowed = (await cli(['show', 'slack', '--json'], { env, cwd })).json<{ registry: string; package: { versions: { version: string }[] } }>();
    assert.deepEqual([shadowed.registry, shadowed.package.versions.map((v) => v.version)], ['private', ['9.0.0']]);
  });

  it('says which registries were asked for a name none holds, and takes exactly one NAME', async () => {
    const { env, cwd } = await twoRegistries();
    const missing = await cli(['show', 'nope'], { env, cwd });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /PACK_NOT_FOUND: No registry holds 'nope' \(asked private, public\)\./);
    assert.equal((await cli(['show'], { env, cwd })).code, 2);
    assert.equal((await cli(['list', 'extra'], { env, cwd })).code, 2);
  });
});
