// Bundles the Action, the CLI and the library into dist/, with the library's declarations in
// dist/lib.d.cts. Deterministic: no source maps, no timestamps, paths relative to the
// repository, so a rebuild of the same sources gives the same bytes (the dist-is-fresh test
// rebuilds into a temporary folder and compares).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * @actions/core imports @actions/http-client (and through it undici, ~0.8 MB) for OIDC tokens
 * only; resolve those two imports, from @actions/core alone, to a stand-in that loads the real
 * module on first use. Measured: the Action's start-up drops by ~25 ms (bench case 8).
 */
const lazyHttpClientInCore = {
  name: 'lazy-http-client-in-core',
  setup(b) {
    const shim = path.join(root, 'scripts', 'build', 'lazy-http-client.cjs');
    // The top-level @actions/core only, and its own folder fixed: a nested copy (the one
    // @actions/attest brings) keeps its own http-client. Taking the folder from whichever importer
    // resolved first made the bundle's bytes depend on esbuild's resolution order.
    const coreDir = path.join(root, 'node_modules', '@actions', 'core', 'lib');
    b.onResolve({ filter: /^@actions\/http-client(\/lib\/auth)?$/ }, async (args) => {
      // The package exports only an `import` condition; esbuild still turns the stand-in's require()
      // of the resolved file into a lazy initialiser.
      if (args.importer === shim) return b.resolve(args.path, { kind: 'import-statement', resolveDir: coreDir });
      if (path.dirname(args.importer) !== coreDir) return undefined;
      return { path: shim };
    });
  },
};
/**
 * Files of their own, required on first use, so that a bundle which never needs them does not
 * parse them at start-up (the Action's 2 MB budget, bench case 8): the pbg profile's Python parser
 * and PEP 440 library (src/core/profiles/pbg/python-libraries.ts), and the AWS SDK behind
 * `site deploy` (src/deploy/s3-deploy.ts), several times the size of the rest of the Action.
 */
const PBG_PYTHON = 'pbg-python';
const S3_DEPLOY = 's3-deploy';
// `packdex trust update`'s TUF client (src/client/trust/fetch-tuf-target.ts): @sigstore/tuf and
// the make-fetch-happen stack it fetches with, about 1.4 MB that no other command needs.
const TRUST_UPDATE = 'trust-update';
const LAZY = [
  [/[\\/]python-libraries$/, PBG_PYTHON],
  [/[\\/]deploy[\\/]s3-deploy$/, S3_DEPLOY],
  [/[\\/]fetch-tuf-target$/, TRUST_UPDATE],
];
const lazyFiles = {
  name: 'lazy-files',
  setup(b) {
    for (const [filter, name] of LAZY) {
      b.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: `./${name}.cjs`, external: true } : undefined));
    }
  },
};
/**
 * undici (~0.8 MB, imported by @actions/github and @actions/http-client for proxy support) is a
 * bundle of its own, dist/undici.cjs, required by a stand-in on first use: the Action's bundle
 * stays under its 2 MB budget and its start-up does not parse code that only API requests need.
 */
const UNDICI = 'undici';
const lazyUndici = {
  name: 'lazy-undici',
  setup(b) {
    const shim = path.join(root, 'scripts', 'build', 'lazy-undici.cjs');
    b.onResolve({ filter: /^\.\/undici\.cjs$/ }, (args) => (args.importer === shim ? { path: `./${UNDICI}.cjs`, external: true } : undefined));
    b.onResolve({ filter: /^undici$/ }, (args) => (/node_modules[\\/]@actions[\\/]/.test(args.importer) ? { path: shim } : undefined));
  },
};
/**
 * openpgp's `import` build calls createRequire(import.meta.url), which a CJS bundle leaves
 * undefined; its own `require` build (the package's CJS export) is what a CJS bundle should take.
 */
const OPENPGP = 'openpgp';
const OPENPGP_CJS = path.join(root, 'node_modules', 'openpgp', 'dist', 'node', 'openpgp.min.cjs');
const openpgpCjs = {
  name: 'openpgp-cjs',
  setup(b) {
    // Imported only where a signature is made or checked (load-openpgp.ts): a file of its own,
    // dist/openpgp.cjs, so no bundle parses it at start-up (the Action's 2 MB budget, bench case 8).
    b.onResolve({ filter: /^openpgp$/ }, (args) => (args.kind === 'dynamic-import' ? { path: `./${OPENPGP}.cjs`, external: true } : { path: OPENPGP_CJS }));
  },
};
/**
 * @actions/attest (src/action/attest-library.ts, with the @actions/core 1, @actions/github 6 and
 * @sigstore/sign it brings) is dist/attest.cjs, imported only by a publish that attests.
 */
const ATTEST = 'attest';
const lazyAttest = {
  name: 'lazy-attest',
  setup(b) {
    b.onResolve({ filter: /[\\/]attest-library$/ }, (args) => (args.kind === 'dynamic-import' ? { path: `./${ATTEST}.cjs`, external: true } : undefined));
  },
};
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');

await build({
  absWorkingDir: root,
  entryPoints: { action: 'src/action/main.ts', packdex: 'src/cli/main.ts', lib: 'src/lib.ts', [PBG_PYTHON]: 'src/core/profiles/pbg/python-libraries.ts', [S3_DEPLOY]: 'src/deploy/s3-deploy.ts', [UNDICI]: 'undici', [ATTEST]: 'src/action/attest-library.ts', [OPENPGP]: OPENPGP_CJS, [TRUST_UPDATE]: 'src/client/trust/fetch-tuf-target.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
  plugins: [lazyHttpClientInCore, lazyFiles, lazyUndici, openpgpCjs, lazyAttest],
});

// The CLI is a bin: npm links it, and people run it directly.
await chmod(path.join(outdir, 'packdex.cjs'), 0o755);

// The library's types, one self-contained file: tsc writes declarations from src/ (the checked
// program, with @internal members left out), then dts-bundle-generator joins the ones lib.ts
// reaches into dist/lib.d.cts (.cts because the bundle it describes is CommonJS). So the package
// ships no tree of internal modules and needs no dependency's types: it has no dependencies,
// everything is in the bundles.
const declarations = await mkdtemp(path.join(os.tmpdir(), 'packdex-dts-'));
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.lib.json'), '--outDir', declarations], { cwd: root, stdio: 'inherit' });
  const { generateDtsBundle } = require('dts-bundle-generator');
  const [bundled] = generateDtsBundle(
    [{ filePath: path.join(declarations, 'lib.d.ts'), output: { noBanner: true, exportReferencedTypes: false } }],
    { preferredConfigPath: path.join(root, 'tsconfig.lib.json') },
  );
  await writeFile(path.join(outdir, 'lib.d.cts'), bundled);
} finally {
  await rm(declarations, { recursive: true, force: true });
}
