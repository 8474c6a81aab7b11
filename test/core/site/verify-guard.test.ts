import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildSiteFiles, SITE_FILES } from '../../../src/core/site/build-site';
import { verifyRegistryChange } from '../../../src/core/site/verify-change';
import { classifyPath } from '../../../src/core/site/verify/classify-path';
import { ACCEPTED, ATTACKS, prepareCase } from '../../helpers/registry-attacks';
import { tempDir } from '../../helpers/tmp';

/** Every path's type, size, mtime and (for files of up to 16 MiB) bytes: a 300 MB file is not read back whole. */
function treeState(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(root, rel)).sort()) {
      const child = rel === '' ? name : `${rel}/${name}`;
      const st = lstatSync(path.join(root, child));
      if (st.isDirectory()) walk(child);
      else out[child] = `${st.mode}:${st.size}:${st.mtimeMs}:${st.isFile() && st.size <= 16 << 20 ? createHash('sha256').update(readFileSync(path.join(root, child))).digest('hex') : ''}`;
    }
  };
  walk('');
  return out;
}

describe('verifyRegistryChange guards every file of the registry and who publishes a name', () => {
  for (const attack of ATTACKS) {
    it(`refuses ${attack.what} (${attack.code} on ${attack.file})`, async () => {
      const { base, head } = await prepareCase(attack);
      const before = { base: treeState(base), head: treeState(head) };
      const findings = await verifyRegistryChange(base, head, attack.options);
      const found = findings.find((f) => f.code === attack.code && f.file === attack.file);
      assert.ok(found, JSON.stringify(findings, null, 2));
      assert.equal(typeof found.line === 'number', attack.line, `line: ${JSON.stringify(found)}`);
      assert.ok(found.fix !== undefined && found.fix.length > 0, 'a finding says how to fix it');
      assert.deepEqual({ base: treeState(base), head: treeState(head) }, before, 'verify writes nothing');
    });
  }

  for (const accepted of ACCEPTED) {
    it(`accepts ${accepted.what}`, async () => {
      const { base, head } = await prepareCase(accepted);
      assert.deepEqual(await verifyRegistryChange(base, head, accepted.options), []);
    });
  }

  it('calls derived exactly the files a site build writes', async () => {
    const { head } = await prepareCase(ACCEPTED[0]!);
    const built = (await buildSiteFiles(head)).files.map(([rel]) => rel);
    // The fixed files, and the search index's files beside them.
    assert.deepEqual(built.filter((rel) => !rel.startsWith('search/')), [...SITE_FILES]);
    assert.ok(built.includes('search/manifest.json'), built.join(' '));
    for (const rel of built) assert.equal(classifyPath(rel, [rel]), 'derived', 'extra_files cannot claim a derived file');
    assert.equal(classifyPath('search/evil.html', ['search/**']), 'derived');
    assert.equal(classifyPath('readmes/demo/1.0.0.md', ['readmes/**']), 'readme');
    assert.equal(classifyPath('packages/de/mo/demo.json', ['packages/**']), 'document');
    assert.equal(classifyPath('archives/x.html', ['archives/**']), 'archive');
  });

  it('accepts a new registry made by packdex (no base)', async () => {
    const { head } = await prepareCase(ACCEPTED[0]!);
    assert.deepEqual(await verifyRegistryChange(undefined, head), []);
  });
});

describe('verify and the files publish writes beside the documents (search/, recent.json, readmes/)', () => {
  it('refuses a file added among the search files, an altered README and a README no version records; accepts the registry as published', async () => {
    const { base, head } = await prepareCase(ACCEPTED[0]!);
    assert.deepEqual(await verifyRegistryChange(base, head), []);
    const codes = async (edit: (dir: string) => void): Promise<string[]> => {
      const dir = tempDir('packdex-verify-files-');
      cpSync(head, dir, { recursive: true });
      edit(dir);
      return (await verifyRegistryChange(base, dir)).map((f) => `${f.code} ${f.file}`);
    };
    assert.deepEqual(await codes((d) => writeFileSync(path.join(d, 'search', 'evil.html'), '<script>alert(1)</script>')), ['DERIVED_FILE_CHANGED search/evil.html']);
    assert.deepEqual(await codes((d) => writeFileSync(path.join(d, 'recent.json'), '{}\n')), ['DERIVED_FILE_CHANGED recent.json']);
    assert.deepEqual(await codes((d) => {
      mkdirSync(path.join(d, 'readmes', 'nobody'), { recursive: true });
      writeFileSync(path.join(d, 'readmes', 'nobody', '1.0.0.md'), '# phish\n');
    }), ['UNEXPECTED_FILE readmes/nobody/1.0.0.md']);
    const readmes = readdirSync(path.join(base, 'readmes'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    assert.ok(readmes.length > 0, 'the base registry was published with READMEs');
    const published = path.relative(base, path.join(readmes[0]!.parentPath, readmes[0]!.name)).split(path.sep).join('/');
    assert.deepEqual(await codes((d) => writeFileSync(path.join(d, published), '# rewritten\n')), [`ARCHIVE_IMMUTABLE ${published}`]);
  });
});

describe('verify of a registry that keeps only its sources in git (derived: deployed)', () => {
  it('accepts the sources alone, and refuses a derived file the change adds', async () => {
    const { base, head } = await prepareCase(ACCEPTED[0]!);
    const { rmSync } = await import('node:fs');
    // The same registry, sources only: registry.json says so, and no derived file is committed.
    for (const dir of [base, head]) {
      const file = path.join(dir, 'registry.json');
      writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), derived: 'deployed' }, null, 2)}\n`);
      for (const rel of (await buildSiteFiles(dir)).files.map(([r]) => r)) rmSync(path.join(dir, rel), { force: true });
      rmSync(path.join(dir, 'search'), { recursive: true, force: true });
    }
    assert.deepEqual(await verifyRegistryChange(base, head), []);
    writeFileSync(path.join(head, 'index.json'), '{"packs": []}\n');
    assert.deepEqual((await verifyRegistryChange(base, head)).map((f) => `${f.code} ${f.file}`), ['DERIVED_FILE_CHANGED index.json']);
  });
});
