// What `npm i -g packdex` and `npx packdex` get: the tarball `npm pack` makes from this repository,
// installed into a fresh project outside it, with no network (--offline and an empty npm cache:
// the package has no dependencies, the bundles hold everything). Runs the bundles in dist/: run
// `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { tempDir } from '../helpers/tmp';

const ROOT = path.join(import.meta.dirname, '..', '..');
const OWN = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const SCHEMAS = readdirSync(path.join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json')).map((f) => `schemas/${f}`);

/** npm with its own empty cache and no network: nothing may come from a registry. */
function npm(args: string[], cwd: string, cache: string) {
  const result = spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--cache', cache], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: cache, npm_config_update_notifier: 'false' },
  });
  assert.equal(result.status, 0, `npm ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

describe('the npm package', () => {
  let work: string;
  let cache: string;
  let tarball: string;
  let project: string;

  before(() => {
    work = tempDir();
    cache = path.join(work, 'npm-cache');
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT, cache)) as { filename: string }[];
    tarball = path.join(work, packed[0]!.filename);
    project = path.join(work, 'consumer');
    execFileSync('mkdir', [project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    npm(['install', tarball], project, cache);
  });

  it('holds the bundled CLI and library, their declarations, the schemas, README, LICENSE and CHANGELOG, and nothing else', () => {
    const [dry] = JSON.parse(npm(['pack', '--dry-run', '--json'], ROOT, cache)) as { name: string; version: string; files: { path: string; mode: number }[] }[];
    assert.equal(dry!.name, 'packdex');
    assert.equal(dry!.version, OWN.version);
    const files = dry!.files.map((f) => f.path).sort();
    assert.deepEqual(files, ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/lib.cjs', 'dist/lib.d.cts', 'dist/openpgp.cjs', 'dist/packdex.cjs', 'dist/pbg-python.cjs', 'dist/s3-deploy.cjs', 'dist/trust-update.cjs', 'package.json', ...SCHEMAS].sort());
    assert.equal(dry!.files.find((f) => f.path === 'dist/packdex.cjs')!.mode & 0o111, 0o111, 'the bin is executable');
  });

  it('needs nothing at run time: no dependencies, and the bundles require only Node built-ins', () => {
    const installed = JSON.parse(readFileSync(path.join(project, 'node_modules', 'packdex', 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) assert.equal(installed[key], undefined, key);
    assert.equal(installed.private, undefined);
    assert.deepEqual(readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.')), ['packdex'], 'installing it installs nothing else');
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    for (const file of ['packdex.cjs', 'lib.cjs']) {
      const code = readFileSync(path.join(project, 'node_modules', 'packdex', 'dist', file), 'utf8');
      // A require(…) of a literal outside a string: what the bundle loads when it runs.
      const required = [...code.matchAll(/(?<!["'`])\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2]!);
      assert.ok(required.length > 0);
      assert.deepEqual(required.filter((m) => !builtins.has(m)), [], `${file} requires only built-ins`);
    }
  });

  it('npx packdex --version prints the version in package.json, and a real verb works from the installed package', () => {
    const env = { PATH: process.env.PATH, HOME: work, npm_config_cache: cache, npm_config_offline: 'true', npm_config_update_notifier: 'false' };
    const version = spawnSync('npx', ['--no-install', 'packdex', '--version'], { cwd: project, encoding: 'utf8', env });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout, `${OWN.version}\n`);
    const registry = path.join(work, 'registry');
    const quickstart = spawnSync('npx', ['--no-install', 'packdex', 'quickstart', '--examples', path.join(ROOT, 'examples', 'packs'), '--registry-dir', registry, '--packs', path.join(work, 'packs'), '--no-serve'], { cwd: project, encoding: 'utf8', env });
    assert.equal(quickstart.status, 0, quickstart.stderr + quickstart.stdout);
    assert.match(quickstart.stdout, /deploy_kit 1\.0\.0 \(installed, sha256:[0-9a-f]{64}\)/);
    const show = spawnSync('npx', ['--no-install', 'packdex', 'show', 'slack', '--registry', registry, '--json'], { cwd: project, encoding: 'utf8', env });
    assert.equal(show.status, 0, show.stderr);
    assert.deepEqual((JSON.parse(show.stdout) as { package: { versions: { version: string }[] } }).package.versions.map((v) => v.version), ['2.1.0']);
    // A Python package's audit loads the lazily split dist/pbg-python.cjs: the package must ship it.
    const pbg = spawnSync('npx', ['--no-install', 'packdex', 'audit', path.join(ROOT, 'test', 'fixtures', 'profiles', 'pbg', 'outlined'), '--json'], { cwd: project, encoding: 'utf8', env });
    assert.equal(pbg.status, 0, pbg.stderr + pbg.stdout);
    assert.ok(((JSON.parse(pbg.stdout) as { compute?: unknown[] }).compute ?? []).length > 0, pbg.stdout);
  });

  it('npm i -g: the global bin runs', () => {
    const prefix = path.join(work, 'global');
    npm(['install', '--global', '--prefix', prefix, tarball], work, cache);
    const result = spawnSync(path.join(prefix, 'bin', 'packdex'), ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, `${OWN.version}\n`);
  });

  it('the library (and its schemas and package.json, through exports) loads with require and with import, and a consumer .ts type-checks against its declarations (and a wrong use does not)', () => {
    const cjs = spawnSync(process.execPath, ['-e', `const p = require('packdex'); if (typeof p.runAudit !== 'function' || p.LOCKFILE_NAME !== 'packdex.lock.json' || new p.PackdexError('IO', 'x').code !== 'IO') process.exit(1); if (require('packdex/schemas/index.schema.json').$schema === undefined || require('packdex/package.json').version !== ${JSON.stringify(OWN.version)}) process.exit(2)`], { cwd: project, encoding: 'utf8' });
    assert.equal(cjs.status, 0, cjs.stderr);
    const esm = spawnSync(process.execPath, ['--input-type=module', '-e', "import { runAudit, parsePackageSpec } from 'packdex'; if (typeof runAudit !== 'function' || parsePackageSpec('slack@^2').name !== 'slack') process.exit(1)"], { cwd: project, encoding: 'utf8' });
    assert.equal(esm.status, 0, esm.stderr);

    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')] },
      files: ['consumer.ts'],
    }));
    const consumer = [
      "import { LOCKFILE_NAME, PackdexError, openClient, parsePackageSpec, resolvePackage, runAudit, type AuditReport, type ErrorCode, type PackageSpec, type Resolution } from 'packdex';",
      'export async function main(dir: string): Promise<string> {',
      '  const report: AuditReport = await runAudit(dir);',
      "  const client = await openClient({ cwd: dir, env: process.env, now: () => new Date(), registries: ['file:///tmp/r'] });",
      "  const spec: PackageSpec = parsePackageSpec('slack@^2'), found: Resolution = (await resolvePackage(client.readers, spec)).resolution;",
      '  const code: ErrorCode = new PackdexError(\'USAGE\', \'x\').code;',
      '  return `${LOCKFILE_NAME} ${code} ${found.version} ${report.checks.length}`;',
      '}',
      '',
    ].join('\n');
    writeFileSync(path.join(project, 'consumer.ts'), consumer);
    const ok = spawnSync(process.execPath, [TSC, '-p', project], { cwd: project, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);

    writeFileSync(path.join(project, 'consumer.ts'), `${consumer}export const wrong: number = LOCKFILE_NAME;\nexport const bad: ErrorCode = 'NOT_A_CODE';\n`);
    const wrong = spawnSync(process.execPath, [TSC, '-p', project], { cwd: project, encoding: 'utf8' });
    assert.notEqual(wrong.status, 0, 'the declarations are real types, not any');
    assert.match(wrong.stdout, /consumer\.ts\(9,\d+\): error TS2322/);
    assert.match(wrong.stdout, /consumer\.ts\(10,\d+\): error TS2322/);
  });
});
