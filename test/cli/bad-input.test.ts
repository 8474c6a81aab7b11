import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { serializeIndex } from '../../src/core/entry/canonical-entry';
import { cli } from '../helpers/cli';
import { entry, index } from '../helpers/index-data';
import { MINIMAL_PACK, snapshot, tempDir, writeTree } from '../helpers/tmp';

/**
 * Every hostile input: the command fails with the named code and exit status, and the work
 * folder (the index, the pack, any output path) is byte-for-byte as it was.
 */
interface Case {
  what: string;
  /** Files to add or replace in the pack. */
  pack?: Record<string, string | Buffer>;
  setup?: (work: string) => void;
  args: string[];
  code: string;
  exit?: number;
}

const H = 'a'.repeat(64);
const ARCHIVE = ['--archive-url', 'https://dl.example.com/demo-1.0.0.tar.gz', '--archive-checksum', `sha256:${H}`];
const UPDATE = ['index-update', '--index', 'index.json', '--pack-dir', 'pack', ...ARCHIVE];
const alias = (n: number) =>
  ['a: &a [x,x,x,x,x,x,x,x,x]', ...Array.from({ length: n }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');

const cases: Case[] = [
  { what: 'unreadable YAML', pack: { 'pack.yaml': 'ref: demo\nversion: [1.0.0\n' }, args: UPDATE, code: 'MANIFEST_YAML_INVALID' },
  { what: 'a pack.yaml that is a list', pack: { 'pack.yaml': '- ref: demo\n' }, args: UPDATE, code: 'MANIFEST_NOT_MAPPING' },
  { what: 'a pack.yaml that is empty', pack: { 'pack.yaml': '' }, args: UPDATE, code: 'MANIFEST_NOT_MAPPING' },
  { what: 'binary garbage for pack.yaml', pack: { 'pack.yaml': Buffer.from([0, 1, 2, 0xff, 0xfe, 10]) }, args: UPDATE, code: 'MANIFEST_YAML_INVALID' },
  { what: 'a pack.yaml in Latin-1', pack: { 'pack.yaml': Buffer.from('ref: demo\nversion: "1.0.0"\nauthor: Jos\xe9\n', 'latin1') }, args: UPDATE, code: 'MANIFEST_YAML_INVALID' },
  { what: 'a YAML alias bomb', pack: { 'pack.yaml': `ref: demo\nversion: "1.0.0"\n${alias(7)}\n` }, args: UPDATE, code: 'MANIFEST_ALIAS_LIMIT' },
  { what: 'wrong types (a numeric version)', pack: { 'pack.yaml': 'ref: demo\nversion: 1.0\n' }, args: UPDATE, code: 'MANIFEST_SCHEMA' },
  { what: 'wrong types (keywords as a string)', pack: { 'pack.yaml': 'ref: demo\nversion: "1.0.0"\ntags: abc\n' }, args: UPDATE, code: 'MANIFEST_SCHEMA' },
  { what: 'an invalid ref', pack: { 'pack.yaml': 'ref: Demo Pack\nversion: "1.0.0"\n' }, args: UPDATE, code: 'MANIFEST_REF_INVALID' },
  { what: 'a non-semver version', pack: { 'pack.yaml': 'ref: demo\nversion: "1.0"\n' }, args: UPDATE, code: 'MANIFEST_VERSION_INVALID' },
  { what: 'conflicting StackStorm-era spellings', pack: { 'pack.yaml': 'ref: demo\nversion: "1.0.0"\ntags: [a]\nkeywords: [b]\n' }, args: UPDATE, code: 'MANIFEST_SPELLING_CONFLICT' },
  { what: 'duplicate component names', pack: { 'actions/copy.yaml': 'name: demo.hello\n' }, args: UPDATE, code: 'COMPONENT_DUPLICATE' },
  { what: 'an unparsable component file', pack: { 'sensors/s.yaml': 'name: [\n' }, args: UPDATE, code: 'COMPONENT_INVALID' },
  {
    what: 'a symlink inside the pack',
    setup: (w) => symlinkSync('README.md', path.join(w, 'pack/link')),
    args: ['index-update', '--index', 'index.json', '--pack-dir', 'pack', '--git-url', 'https://git.example.com/demo.git', '--git-ref', 'v1.0.0'],
    code: 'PATH_SYMLINK',
  },
  {
    what: 'a symlink pointing outside the pack',
    setup: (w) => symlinkSync('/etc/passwd', path.join(w, 'pack/actions/passwd')),
    args: ['index-entry', '--pack-dir', 'pack', '--git-url', 'https://git.example.com/demo.git', '--git-ref', 'v1.0.0', '--index-file', 'index.json'],
    code: 'PATH_SYMLINK',
  },
  {
    what: 'a path that is not UTF-8',
    setup: (w) => writeFileSync(Buffer.concat([Buffer.from(`${w}/pack/x-`), Buffer.from([0xc3, 0x28])]), 'x'),
    args: ['index-entry', '--pack-dir', 'pack', '--git-url', 'https://git.example.com/demo.git', '--git-ref', 'v1.0.0', '--index-file', 'index.json'],
    code: 'PATH_NOT_UTF8',
  },
  {
    what: 'a symlink, when archiving',
    setup: (w) => symlinkSync('/etc', path.join(w, 'pack/etc')),
    args: ['archive', 'pack', '--output', 'out.tar.gz', '--source', 'directory'],
    code: 'PATH_SYMLINK',
  },
  { what: 'an md5 checksum', args: ['index-update', '--index', 'index.json', '--pack-dir', 'pack', '--archive-url', 'https://dl.example.com/a.tgz', '--archive-checksum', `md5:${'a'.repeat(32)}`], code: 'CHECKSUM_INSECURE' },
  { what: 'a sha1 checksum', args: ['index-entry', '--pack-dir', 'pack', '--archive-url', 'https://dl.example.com/a.tgz', '--checksum', `sha1:${'a'.repeat(40)}`, '--index-file', 'index.json'], code: 'CHECKSUM_INSECURE' },
  { what: 'a short checksum', args: ['index-update', '--index', 'index.json', '--pack-dir', 'pack', '--archive-url', 'https://dl.example.com/a.tgz', '--archive-checksum', 'sha256:abc123'], code: 'CHECKSUM_INVALID' },
  { what: 'a non-hex checksum', args: ['index-update', '--index', 'index.json', '--pack-dir', 'pack', '--archive-url', 'https://dl.example.com/a.tgz', '--archive-checksum', `sha256:${'z'.repeat(64)}`], code: 'CHECKSUM_INVALID' },
  { what: 'an http:// archive URL', args: ['index-update', '--index', 'index.json', '--pack-dir', 'pack', '--archive-url', 'http://dl.example.com/a.tgz', '--archive-checksum', H], code: 'URL_INVALID' },
  { what: 'a credential-bearing git URL', args: ['index-update', '--index', 'index.json', '--pack-dir', 'pack', '--git-url', 'https://x:ghp_secret@github.com/a/b.git', '--git-ref', 'v1.0.0'], code: 'URL_INVALID' },
  { what: 'a query-bearing archive URL', args: ['index-update', '--index', 'index.json', '--pack-dir', 'pack', '--archive-url', 'https://dl.example.com/a.tgz?sig=abc', '--archive-checksum', H], code: 'URL_INVALID' },
  { what: 'a git ref starting with -', args: ['index-update', '--index', 'index.json', '--pack-dir', 'pack', '--git-url', 'https://git.example.com/a.git', '--git-ref=--upload-pack=touch'], code: 'GIT_REF_INVALID' },
  { what: 'an http:// registry URL for a new index', args: ['index-update', '--index', 'new.json', '--pack-dir', 'pack', ...ARCHIVE, '--registry-name', 'R', '--registry-url', 'http://r.example'], code: 'URL_INVALID' },
  {
    what: 'an index with unsorted refs',
    setup: (w) => writeFileSync(path.join(w, 'index.json'), JSON.stringify(index([entry('zeta'), entry('alpha')]), null, 2)),
    args: UPDATE,
    code: 'INDEX_INVALID',
  },
  {
    what: 'an index with duplicate refs',
    setup: (w) => writeFileSync(path.join(w, 'index.json'), JSON.stringify(index([entry('alpha'), entry('alpha', '2.0.0')]), null, 2)),
    args: UPDATE,
    code: 'INDEX_INVALID',
  },
  {
    what: 'a truncated index',
    setup: (w) => writeFileSync(path.join(w, 'index.json'), serializeIndex(index([entry('alpha')])).slice(0, 200)),
    args: UPDATE,
    code: 'INDEX_JSON_INVALID',
  },
  {
    what: 'an index with an unknown top-level key',
    setup: (w) => writeFileSync(path.join(w, 'index.json'), JSON.stringify({ ...index([]), mirrors: [] })),
    args: UPDATE,
    code: 'INDEX_INVALID',
  },
  {
    what: 'an index of version 2.0',
    setup: (w) => writeFileSync(path.join(w, 'index.json'), JSON.stringify({ ...index([]), version: '2.0' })),
    args: UPDATE,
    code: 'INDEX_INVALID',
  },
  { what: 'a missing index without a registry identity', args: ['index-update', '--index', 'missing.json', '--pack-dir', 'pack', ...ARCHIVE], code: 'INDEX_IDENTITY_MISSING' },
  { what: 'a ref already present without --update', setup: (w) => writeFileSync(path.join(w, 'index.json'), serializeIndex(index([entry('demo', '0.9.0')]))), args: UPDATE, code: 'PACK_EXISTS' },
  { what: 'an entry file that is not an entry', setup: (w) => writeFileSync(path.join(w, 'entry.json'), '{"ref":"demo"}'), args: ['index-update', '--index', 'index.json', '--entry', 'entry.json'], code: 'ENTRY_INVALID' },
  { what: 'an entry file that is truncated', setup: (w) => writeFileSync(path.join(w, 'entry.json'), '{"ref":"de'), args: ['index-update', '--index', 'index.json', '--entry', 'entry.json'], code: 'INDEX_JSON_INVALID' },
  { what: 'bumping a ref that is not there', args: ['index-update', '--index', 'index.json', '--pack', 'nope', '--version', '2.0.0'], code: 'PACK_NOT_FOUND' },
  { what: 'a bump with a new archive URL but no checksum', args: ['index-update', '--index', 'index.json', '--pack', 'alpha', '--version', '2.0.0', '--archive-url', 'https://dl.example.com/alpha-2.0.0.tgz'], code: 'USAGE', exit: 2 },
  { what: 'a merge input that does not exist', args: ['index-merge', '--output', 'merged.json', 'index.json', 'nope.json'], code: 'INDEX_NOT_FOUND' },
  { what: 'a merge input that is invalid', setup: (w) => writeFileSync(path.join(w, 'bad.json'), '{"packs": 1}'), args: ['index-merge', '--output', 'merged.json', 'index.json', 'bad.json'], code: 'INDEX_INVALID' },
  { what: 'a merge onto an existing output without --force', args: ['index-merge', '--output', 'index.json', 'index.json'], code: 'OUTPUT_EXISTS' },
  { what: 'a version that is not the one in pack.yaml', args: [...UPDATE, '--version', '2.0.0'], code: 'MANIFEST_VERSION_MISMATCH' },
  { what: 'a pack folder that does not exist', args: ['index-update', '--index', 'index.json', '--pack-dir', 'nope', ...ARCHIVE], code: 'MANIFEST_NOT_FOUND' },
  { what: '--git-url without --git-ref', args: ['index-entry', '--pack-dir', 'pack', '--git-url', 'https://git.example.com/a.git'], code: 'USAGE', exit: 2 },
  { what: '--archive-url without a checksum', args: ['index-entry', '--pack-dir', 'pack', '--archive-url', 'https://dl.example.com/a.tgz'], code: 'USAGE', exit: 2 },
  { what: 'an unknown flag', args: ['index-update', '--index', 'index.json', '--frobnicate'], code: 'USAGE', exit: 2 },
  { what: 'an unknown --algorithm', args: ['checksum', 'index.json', '--algorithm', 'md5'], code: 'USAGE', exit: 2 },
];

function makeWork(c: Case): string {
  const work = tempDir('packdex-work-');
  writeTree(path.join(work, 'pack'), { ...MINIMAL_PACK, ...c.pack });
  writeFileSync(path.join(work, 'index.json'), serializeIndex(index([entry('alpha')])));
  c.setup?.(work);
  return work;
}

describe('hostile input', () => {
  for (const c of cases) {
    it(`${c.what}: ${c.code}, nothing written`, async () => {
      const work = makeWork(c);
      const before = snapshot(work);
      const run = await cli([...c.args, '--json'], { cwd: work });
      assert.equal(run.code, c.exit ?? 1, run.stdout + run.stderr);
      const { ok, error } = run.json<{ ok: boolean; error: { code: string; message: string; fix?: string } }>();
      assert.equal(ok, false);
      assert.equal(error.code, c.code, error.message);
      assert.ok(error.message.length > 10);
      if (c.code !== 'USAGE') assert.ok(error.fix, `${c.code} says how to fix it`);
      assert.deepEqual(snapshot(work), before, 'no file was created or changed');
    });
  }

  it('human output names the code, the message and the fix on stderr', async () => {
    const work = makeWork(cases[0]!);
    const run = await cli(UPDATE, { cwd: work });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^error MANIFEST_YAML_INVALID: pack\.yaml is not valid YAML at line \d+, column \d+/);
    assert.match(run.stderr, /Fix: /);
  });
});
