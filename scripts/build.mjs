// Bundles the Action and the CLI into dist/. Deterministic: no source maps, no timestamps, paths
// relative to the repository, so a rebuild of the same sources gives the same bytes (the
// dist-is-fresh test rebuilds into a temporary folder and compares).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');

await build({
  absWorkingDir: root,
  entryPoints: { action: 'src/action/main.ts', packdex: 'src/cli/main.ts', lib: 'src/lib.ts' },
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
});

// The CLI is a bin: npm links it, and people run it directly.
const { chmod } = await import('node:fs/promises');
await chmod(path.join(outdir, 'packdex.cjs'), 0o755);
