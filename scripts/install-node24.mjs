// Installs Node 24 (npm's `node@24` package, a prebuilt binary) into node_modules/.cache, outside
// the project's dependencies: as a devDependency its `node` bin would shadow the Node that runs
// npm scripts. The Action's tests run the bundle under it as well as under the current Node, since
// action.yml says node24 while the bundle must also run on Node 20. Prints the binary's path.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const prefix = path.join(root, 'node_modules', '.cache', 'packdex-node24');
const binary = path.join(prefix, 'node_modules', 'node', 'bin', 'node');

export function node24() {
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', 'node@24'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`${binary} is ${version}, not Node 24`);
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(node24());
