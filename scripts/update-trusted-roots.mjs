// Refreshes the trusted roots packdex ships (trust/sigstore-public-good.json, trust/github.json)
// before a release, the way users refresh theirs: it runs the built CLI's `packdex trust update`
// (TUF, @sigstore/tuf) with a scratch config folder, then copies the verified roots into trust/,
// and the newest root metadata of GitHub's TUF repository into trust/tuf/ so new installs start
// from a recent anchor. Prints what changed; review the diff, update trust/README.md's dates, commit.
//
//   node scripts/update-trusted-roots.mjs [NAME --tuf-url URL --tuf-root FILE] [--trust-dir DIR]
//
// NAME, --tuf-url and --tuf-root are passed to packdex trust update (a mirror); --trust-dir writes
// somewhere other than trust/ (the tests use both, against a TUF repository on loopback).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'dist', 'packdex.cjs');
const args = process.argv.slice(2);
let trustDir = path.join(root, 'trust');
const at = args.indexOf('--trust-dir');
if (at !== -1) {
  trustDir = path.resolve(args[at + 1] ?? '');
  args.splice(at, 2);
}
if (!existsSync(bin)) {
  console.error(`${bin} is missing: run npm run build first.`);
  process.exit(1);
}

const config = mkdtempSync(path.join(os.tmpdir(), 'packdex-trust-refresh-'));
try {
  const env = { ...process.env, XDG_CONFIG_HOME: config };
  delete env.PACKDEX_CONFIG;
  let report;
  try {
    report = JSON.parse(execFileSync(process.execPath, [bin, 'trust', 'update', ...args, '--json'], { env, encoding: 'utf8' }));
  } catch (error) {
    // packdex printed its coded error as JSON on stdout; nothing in trust/ was touched.
    console.error(error.stdout || error.message);
    process.exit(1);
  }
  mkdirSync(trustDir, { recursive: true });
  for (const u of report.updated) {
    const target = path.join(trustDir, `${u.name}.json`);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    copyFileSync(u.file, target);
    console.log(`${before === readFileSync(target, 'utf8') ? 'unchanged' : 'updated'}: ${path.relative(root, target) || target} from ${u.mirrorURL}`);
  }
  // @sigstore/tuf caches each repository's metadata in a folder named after its mirror's host and path.
  const github = report.updated.find((u) => u.name === 'github');
  const mirror = github === undefined ? undefined : new URL(github.mirrorURL);
  const githubTuf = mirror === undefined ? '' : path.join(config, 'packdex', 'trust', 'tuf', encodeURIComponent(mirror.host + mirror.pathname.replace(/\/$/, '')), 'root.json');
  if (mirror !== undefined && existsSync(githubTuf)) {
    mkdirSync(path.join(trustDir, 'tuf'), { recursive: true });
    const target = path.join(trustDir, 'tuf', 'tuf-repo.github.com.root.json');
    const before = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    copyFileSync(githubTuf, target);
    console.log(`${before === readFileSync(target, 'utf8') ? 'unchanged' : 'updated'}: ${path.relative(root, target) || target} (version ${JSON.parse(readFileSync(target, 'utf8')).signed.version})`);
  }
} finally {
  rmSync(config, { recursive: true, force: true });
}
