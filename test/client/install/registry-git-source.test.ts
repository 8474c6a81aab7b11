import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { installPacks } from '../../../src/client/install/install-packs';
import type { Lockfile } from '../../../src/client/install/lockfile';
import { hashDirectory } from '../../../src/core/checksum/directory-checksum';
import { commitAndTag } from '../../helpers/git';
import { packYaml } from '../../helpers/site';
import { snapshot, tempDir, writeTree } from '../../helpers/tmp';

describe('a git source named by a registry or a lockfile', () => {
  it('must be an https URL: a file:// or ssh source from an index is refused before git runs, and nothing is installed', async () => {
    // A real repository the source could reach, with the right checksum: only the rule stops it.
    const repo = writeTree(tempDir(), { 'pack.yaml': packYaml('core', '1.0.0'), 'README.md': '# core\n' });
    commitAndTag(repo, 'core', 'v1.0.0');
    const checksum = `sha256:${await hashDirectory(repo)}`;
    const bare = path.join(tempDir(), 'core.git');
    execFileSync('git', ['clone', '-q', '--bare', repo, bare]);
    for (const url of [`file://${bare}`, bare, 'ssh://git@127.0.0.1:1/core.git', 'git@127.0.0.1:core.git']) {
      const home = tempDir();
      writeFileSync(path.join(home, 'keep'), 'x');
      const before = snapshot(home);
      const lockfile: Lockfile = {
        lockfile_version: 1,
        packages: { core: { version: '1.0.0', source: 'git', artifact_url: url, artifact_checksum: checksum, checksum_algorithm: 'sha256', git_ref: 'v1.0.0', registry: { name: 'attune', url: 'https://example.com/index.json' }, dependencies: {} } },
      };
      await assert.rejects(
        installPacks({ specs: [], dir: path.join(home, 'packs'), cwd: home, force: false, skipDeps: false, includePrerelease: false, skipUnavailable: false, readers: [], cacheDir: undefined, allowHttp: false, lockfile, now: new Date() }),
        (e: Error & { code?: string; value?: unknown }) => e.code === 'URL_INVALID' && e.value === url,
        url,
      );
      assert.deepEqual(snapshot(home), before, url);
    }
  });
});
