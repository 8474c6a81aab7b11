import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { CACHE_CONTROL } from '../../src/core/deploy/classify-site-file';
import { cli } from '../helpers/cli';
import { packdexProcess, type ProcessRun } from '../helpers/cli-process';
import { startS3, type TestS3 } from '../helpers/s3-server';
import { initRegistry, publish } from '../helpers/site';
import { tempDir } from '../helpers/tmp';

interface DeployJson {
  steps: { action: string; path: string; phase: string; reason?: string }[];
  unchanged: number;
  foreign: string[];
}

const PREFIX = 'reg';
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Every file the registry folder serves (what a deploy must mirror), path → bytes as latin1. */
function siteFiles(dir: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    if (name.name.startsWith('.')) continue;
    const child = rel === '' ? name.name : `${rel}/${name.name}`;
    if (name.isDirectory()) for (const [k, v] of siteFiles(dir, child)) out.set(k, v);
    else out.set(child, readFileSync(path.join(dir, child)).toString('latin1'));
  }
  return out;
}

/** Every file an entry point names is there: the packages index.json lists, their archives, the page's assets. */
function assertWhole(site: Map<string, string>, when: string): void {
  for (const f of ['registry.json', 'index.json', 'index.html']) assert.ok(site.has(f), `${when}: ${f}`);
  for (const asset of site.get('index.html')!.matchAll(/(?:href|src)="(assets\/[^"]+)"/g)) assert.ok(site.has(asset[1]!), `${when}: ${asset[1]}`);
  for (const p of (JSON.parse(site.get('index.json')!) as { packs: { ref: string }[] }).packs) {
    const docPath = `packages/${p.ref.slice(0, 2)}/${p.ref.slice(2, 4)}/${p.ref}.json`;
    assert.ok(site.has(docPath), `${when}: ${docPath}`);
    const doc = JSON.parse(site.get(docPath)!) as { versions: { entry: { install_sources: { type: string; url: string }[] } }[] };
    for (const v of doc.versions) for (const s of v.entry.install_sources) if (s.type === 'archive') assert.ok(site.has(s.url), `${when}: ${s.url}`);
  }
}

describe('site deploy to an S3-compatible store (s3rver on loopback)', () => {
  let s3: TestS3;
  let home: string;
  let registry: string;
  const runs: { args: string[]; run: ProcessRun }[] = [];
  const deploy = async (extraArgs: string[] = [], extraEnv: NodeJS.ProcessEnv = {}, env: NodeJS.ProcessEnv = s3.env) => {
    const args = ['site', 'deploy', '--to', `s3://${s3.bucket}/${PREFIX}`, '--endpoint', s3.endpoint, '--registry-dir', registry, '--json', ...extraArgs];
    const run = await packdexProcess(args, { HOME: home, PACKDEX_CACHE_DIR: path.join(home, '.cache'), ...env, ...extraEnv }, home);
    runs.push({ args, run });
    return run;
  };
  const plan = (run: ProcessRun) => JSON.parse(run.stdout) as DeployJson;

  /** The bucket's objects under the prefix, path → body, checked against the recorded hash and headers. */
  async function bucketSite(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [key, o] of await s3.objects()) {
      if (!key.startsWith(`${PREFIX}/`)) continue;
      const rel = key.slice(PREFIX.length + 1);
      if (o.sha256 !== undefined) assert.equal(o.sha256, sha(Buffer.from(o.body, 'latin1')), `${rel}'s recorded sha256 is its bytes'`);
      out.set(rel, o.body);
    }
    return out;
  }

  before(async () => {
    s3 = await startS3();
    home = tempDir('packdex-deploy-home-');
    registry = await initRegistry(path.join(home, 'reg'));
    await publish(registry, 'demo', '1.0.0');
  });
  after(async () => {
    await s3.stop();
  });

  it('a first deploy uploads every file with its Content-Type, Cache-Control and sha256', async () => {
    writeFileSync(path.join(registry, 'NOTES.txt'), 'to be removed later\n');
    const run = await deploy();
    assert.equal(run.code, 0, run.stderr);
    const steps = plan(run).steps;
    const local = siteFiles(registry);
    assert.deepEqual(new Set(steps.map((s) => s.path)), new Set(local.keys()));
    assert.ok(steps.every((s) => s.action === 'upload' && s.reason === 'new'));
    // Archives first, registry.json last.
    assert.equal(steps[0]!.phase, 'immutable');
    assert.match(steps[0]!.path, /^archives\/demo-1\.0\.0\.tar\.gz$/);
    assert.equal(steps.at(-1)!.path, 'registry.json');
    assert.deepEqual(await bucketSite(), local);
    const objects = await s3.objects();
    const head = (rel: string) => objects.get(`${PREFIX}/${rel}`)!;
    assert.equal(head('archives/demo-1.0.0.tar.gz').contentType, 'application/gzip');
    assert.equal(head('archives/demo-1.0.0.tar.gz').cacheControl, CACHE_CONTROL.immutable);
    assert.equal(head('index.json').contentType, 'application/json; charset=utf-8');
    assert.equal(head('index.json').cacheControl, CACHE_CONTROL['entry-points']);
    assert.equal(head('registry.json').cacheControl, CACHE_CONTROL['entry-points']);
    assert.equal(head('packages/de/mo/demo.json').cacheControl, 'no-cache');
    assert.equal(head('index.html').contentType, 'text/html; charset=utf-8');
    assert.ok(!objects.has(`${PREFIX}/.nojekyll`), 'dot-files are the repository\'s, not the site\'s');
  });

  it('a second deploy with nothing changed uploads nothing; after a publish it uploads only what changed', async () => {
    const same = await deploy();
    assert.equal(same.code, 0, same.stderr);
    assert.deepEqual(plan(same).steps, []);
    assert.equal(plan(same).unchanged, siteFiles(registry).size);

    await publish(registry, 'demo', '1.1.0', { now: new Date('2026-03-01T00:00:00Z') });
    const run = await deploy();
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      plan(run).steps.map((s) => `${s.phase} ${s.path} ${s.reason}`),
      // The archive and README first, then the document and the search row it moves, then the feed and index.json.
      ['immutable archives/demo-1.1.0.tar.gz new', 'immutable readmes/demo/1.1.0.md new', 'documents packages/de/mo/demo.json changed', 'documents search/rows/0.json changed', 'entry-points recent.json changed', 'entry-points index.json changed'],
    );
    assert.deepEqual(await bucketSite(), siteFiles(registry));
  });

  it('an interrupted deploy leaves the old site whole, and the next deploy finishes it', async () => {
    const oldSite = await bucketSite();
    await publish(registry, 'demo', '2.0.0', { now: new Date('2026-04-01T00:00:00Z') });
    rmSync(path.join(registry, 'NOTES.txt'));
    // Killed, hard, just before index.json goes up: the archive and the document are new already.
    const killed = await deploy([], { PACKDEX_TEST_DEPLOY_EXIT_BEFORE: 'index.json' });
    assert.equal(killed.code, null, `killed by a signal: ${killed.stdout}${killed.stderr}`);
    const mid = await bucketSite();
    assert.equal(mid.get('index.json'), oldSite.get('index.json'), 'readers still get the old index.json');
    assert.equal(mid.get('registry.json'), oldSite.get('registry.json'));
    assert.ok(mid.has('NOTES.txt'), 'removals wait until every entry point is up');
    // Everything the old entry point and the (already new) document name exists.
    const doc = JSON.parse(mid.get('packages/de/mo/demo.json')!) as { versions: { entry: { install_sources: { type: string; url: string }[] } }[] };
    for (const v of doc.versions) for (const s of v.entry.install_sources) if (s.type === 'archive') assert.ok(mid.has(s.url), `${s.url} is there`);
    for (const p of (JSON.parse(mid.get('index.json')!) as { packs: { ref: string }[] }).packs) assert.ok(mid.has(`packages/${p.ref.slice(0, 2)}/${p.ref.slice(2, 4)}/${p.ref}.json`));

    const rest = await deploy();
    assert.equal(rest.code, 0, rest.stderr);
    assert.deepEqual(
      plan(rest).steps.map((s) => `${s.action} ${s.path}`),
      ['upload index.json', 'delete NOTES.txt'],
    );
    assert.deepEqual(await bucketSite(), siteFiles(registry));
  });

  it('killed before any step of a deploy, the bucket always serves a whole site', async () => {
    await publish(registry, 'demo', '2.1.0', { now: new Date('2026-04-02T00:00:00Z') });
    await publish(registry, 'other', '0.1.0', { now: new Date('2026-04-02T00:00:00Z') });
    writeFileSync(path.join(registry, 'feed.xml'), '<feed/>\n');
    const steps = plan(await deploy(['--dry-run'])).steps;
    assert.ok(steps.length >= 5, JSON.stringify(steps));
    for (const step of steps) {
      const killed = await deploy([], { PACKDEX_TEST_DEPLOY_EXIT_BEFORE: step.path });
      assert.equal(killed.code, null, `killed before ${step.path}`);
      assertWhole(await bucketSite(), `killed before ${step.path}`);
    }
    const rest = await deploy();
    assert.equal(rest.code, 0, rest.stderr);
    rmSync(path.join(registry, 'feed.xml'));
    assert.equal((await deploy()).code, 0);
    assertWhole(await bucketSite(), 'after the last deploy');
    assert.deepEqual(await bucketSite(), siteFiles(registry));
  });

  it('the client resolves and installs from the bucket\'s endpoint', async () => {
    const url = `${s3.endpoint}/${s3.bucket}/${PREFIX}/`;
    const packs = path.join(home, 'packs');
    const run = await packdexProcess(['install', 'demo@^2.0.0', '--registry', url, '--dir', packs, '--json'], { HOME: home, PACKDEX_CACHE_DIR: path.join(home, '.cache') }, home);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(existsSync(path.join(packs, 'demo', 'pack.yaml')));
    assert.match(readFileSync(path.join(packs, 'demo', 'pack.yaml'), 'utf8'), /version: "2\.1\.0"/);
  });

  it('leaves objects packdex did not write, and says so', async () => {
    await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}/uploaded-by-hand.txt`, Body: 'mine' }));
    const run = await packdexProcess(['site', 'deploy', '--to', `s3://${s3.bucket}/${PREFIX}`, '--endpoint', s3.endpoint, '--registry-dir', registry], { HOME: home, ...s3.env }, home);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /left 1 object .*not write: uploaded-by-hand\.txt/);
    assert.match(run.stdout, /Uploaded 0 files .*deleted 0; \d+ unchanged/);
    assert.equal((await s3.objects()).get(`${PREFIX}/uploaded-by-hand.txt`)?.body, 'mine');
  });

  it('refuses wrong credentials, a symlink in the site and a bad target, changing nothing', async () => {
    const beforeBucket = await bucketSite();
    // s3rver checks the key id (it does not recompute SigV4 signatures): a key it does not know.
    const wrong = await deploy([], {}, { ...s3.env, AWS_ACCESS_KEY_ID: 'AKIANOTAKEYOFTHISSTORE' });
    assert.equal(wrong.code, 1);
    assert.equal((JSON.parse(wrong.stdout) as { error: { code: string } }).error.code, 'DEPLOY_FAILED');
    // No credentials anywhere in the chain (and no instance metadata service asked: loopback only).
    const none = await deploy([], {}, { AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: path.join(home, 'none'), AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'none') });
    assert.equal(none.code, 1);
    const noneError = (JSON.parse(none.stdout) as { error: { code: string; fix: string } }).error;
    assert.equal(noneError.code, 'DEPLOY_FAILED');
    assert.match(noneError.fix, /AWS_ACCESS_KEY_ID/);

    const secretFile = path.join(home, 'secret.txt');
    writeFileSync(secretFile, 'do not upload\n');
    symlinkSync(secretFile, path.join(registry, 'archives', 'evil.tar.gz'));
    try {
      const link = await deploy();
      assert.equal((JSON.parse(link.stdout) as { error: { code: string } }).error.code, 'PATH_SYMLINK');
    } finally {
      rmSync(path.join(registry, 'archives', 'evil.tar.gz'));
    }
    const badTarget = await packdexProcess(['site', 'deploy', '--to', `s3://${s3.bucket}/../x`, '--registry-dir', registry, '--json'], { HOME: home, ...s3.env }, home);
    assert.equal((JSON.parse(badTarget.stdout) as { error: { code: string } }).error.code, 'DEPLOY_TARGET_INVALID');
    const insecure = await deploy(['--endpoint', 'http://s3.example.com']);
    assert.equal((JSON.parse(insecure.stdout) as { error: { code: string } }).error.code, 'DEPLOY_TARGET_INVALID');
    assert.deepEqual(await bucketSite(), beforeBucket);
  });

  it('a dry run lists the steps and writes nothing', async () => {
    await publish(registry, 'other', '1.0.0', { now: new Date('2026-05-01T00:00:00Z') });
    const beforeBucket = await bucketSite();
    const run = await deploy(['--dry-run']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(plan(run).steps.some((s) => s.path === 'packages/ot/he/other.json'));
    assert.deepEqual(await bucketSite(), beforeBucket);
  });

  it('never lets the secret reach argv, stdout, stderr or the bucket', async () => {
    assert.ok(runs.length >= 6);
    for (const { args, run } of runs) {
      assert.ok(!args.join(' ').includes(s3.secretAccessKey));
      assert.ok(!run.stdout.includes(s3.secretAccessKey) && !run.stderr.includes(s3.secretAccessKey), `secret printed by ${args.join(' ')}`);
    }
    for (const [, o] of await s3.objects()) assert.ok(!o.body.includes(s3.secretAccessKey));
  });
});

describe('site deploy: usage', () => {
  const cases: [string, string[]][] = [
    ['no --to', ['site', 'deploy']],
    ['--check with deploy', ['site', 'deploy', '--to', 's3://packs/x', '--check']],
    ['--to with build', ['site', 'build', '--to', 's3://packs/x']],
    ['a secret-looking flag the command does not take', ['site', 'deploy', '--to', 's3://packs/x', '--secret-access-key', 'x']],
  ];
  for (const [what, args] of cases) {
    it(`${what}: USAGE, exit 2`, async () => {
      const run = await cli([...args, '--json'], { cwd: tempDir() });
      assert.equal(run.code, 2, run.stdout);
      assert.equal(run.json<{ error: { code: string } }>().error.code, 'USAGE');
    });
  }
});
