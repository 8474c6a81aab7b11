import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { publishToBranch } from '../../src/publish/publish-to-branch';
import { entry } from '../helpers/index-data';
import { initRegistry } from '../helpers/site';
import { tempDir } from '../helpers/tmp';

const AUTHOR = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];

/** A bare registry repository whose main branch holds only a registry's sources (derived: deployed). */
async function sourcesOnlyRemote(): Promise<string> {
  const bare = path.join(tempDir('packdex-remote-'), 'registry.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  const seed = tempDir('packdex-seed-');
  const reg = await initRegistry(path.join(seed, 'registry'));
  const file = path.join(reg, 'registry.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), derived: 'deployed' }, null, 2) + '\n');
  for (const derived of ['index.json', 'recent.json', 'search', 'index.html', 'assets', '.nojekyll']) rmSync(path.join(reg, derived), { recursive: true, force: true });
  const g = (...args: string[]) => execFileSync('git', [...AUTHOR, ...args], { cwd: seed });
  g('init', '-q', '-b', 'main');
  g('add', '-A');
  g('commit', '-qm', 'registry sources');
  g('push', '-q', bare, 'main');
  return bare;
}

describe('publishToBranch into a sources-only registry (derived: deployed)', () => {
  it('commits the package document alone; the branch never gains index.json', async () => {
    const remote = await sourcesOnlyRemote();
    const settings = { remote: `file://${remote}`, branch: 'main', registryPath: 'registry', version: { entry: entry('slack', '1.0.0'), owner: 'github.com/acme/slack', archiveSize: 100 }, now: new Date('2026-06-01T00:00:00Z'), backoff: () => 5, maxAttempts: 5 };
    const first = await publishToBranch(settings);
    assert.equal(first.outcome, 'created');
    const files = execFileSync('git', ['show', '--name-only', '--format=%s', 'main'], { cwd: remote }).toString().trim().split('\n');
    assert.deepEqual(files, ['Publish slack 1.0.0', '', 'registry/packages/sl/ac/slack.json']);
    const second = await publishToBranch({ ...settings, version: { ...settings.version, entry: entry('slack', '1.1.0') } });
    assert.equal(second.outcome, 'updated');
    const tree = execFileSync('git', ['ls-tree', '-r', '--name-only', 'main'], { cwd: remote }).toString().trim().split('\n');
    assert.deepEqual(tree, ['registry/packages/sl/ac/slack.json', 'registry/registry.json']);
  });
});
