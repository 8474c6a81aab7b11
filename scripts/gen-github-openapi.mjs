// Regenerates test/fixtures/github-openapi.json: the operations of GitHub's REST API that packdex
// calls, cut from GitHub's published OpenAPI description (npm @octokit/openapi) with every schema
// they reference. The loopback GitHub of the tests checks each request and response against it.
//
//   node scripts/gen-github-openapi.mjs            # the pinned version
//   node scripts/gen-github-openapi.mjs 23.1.0     # another one
//
// The package is ~400 MB unpacked (every GHES version, dereferenced copies), which is why it is
// fetched into a temporary folder here instead of being a devDependency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const version = process.argv[2] ?? '23.0.2';
const description = 'api.github.com.json';

/** Every operation packdex's Action calls. Add one here before calling it. */
export const OPERATIONS = [
  'repos/get',
  'git/get-ref',
  'repos/get-release-by-tag',
  'repos/create-release',
  'repos/upload-release-asset',
  'repos/get-release-asset',
  'repos/create-attestation',
  'pulls/list',
  'pulls/create',
  'pulls/update',
];

const work = mkdtempSync(path.join(os.tmpdir(), 'packdex-openapi-'));
try {
  const tgz = execFileSync('npm', ['pack', '--silent', `@octokit/openapi@${version}`], { cwd: work, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['-xzf', tgz, `package/generated/${description}`], { cwd: work });
  const spec = JSON.parse(readFileSync(path.join(work, 'package/generated', description), 'utf8'));

  const paths = {};
  const found = new Set();
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!OPERATIONS.includes(op.operationId)) continue;
      found.add(op.operationId);
      paths[route] ??= {};
      paths[route][method] = stripExamples(op);
    }
  }
  const missing = OPERATIONS.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`@octokit/openapi@${version} lacks ${missing.join(', ')}`);

  // Copy the components the operations reach, following $refs transitively.
  const components = {};
  const pending = [paths];
  const seen = new Set();
  while (pending.length > 0) {
    for (const ref of refsIn(pending.pop())) {
      if (seen.has(ref)) continue;
      seen.add(ref);
      const [, , kind, name] = ref.split('/');
      const target = spec.components[kind]?.[name];
      if (target === undefined) throw new Error(`unresolved ${ref}`);
      components[kind] ??= {};
      components[kind][name] = stripExamples(target);
      pending.push(components[kind][name]);
    }
  }
  const subset = {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version, 'x-source': `@octokit/openapi@${version} generated/${description}`, 'x-operations': OPERATIONS },
    servers: spec.servers,
    paths: sortKeys(paths),
    components: sortKeys(Object.fromEntries(Object.entries(components).map(([k, v]) => [k, sortKeys(v)]))),
  };
  const out = path.join(root, 'test/fixtures/github-openapi.json');
  writeFileSync(out, `${JSON.stringify(subset, null, 1)}\n`);
  console.log(`wrote ${path.relative(root, out)}: ${OPERATIONS.length} operations, ${seen.size} components`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function refsIn(node, out = []) {
  if (Array.isArray(node)) for (const v of node) refsIn(v, out);
  else if (node !== null && typeof node === 'object') {
    if (typeof node.$ref === 'string') out.push(node.$ref);
    for (const v of Object.values(node)) refsIn(v, out);
  }
  return out;
}

/** Examples are documentation, not contract, and most of the file's weight. */
function stripExamples(node) {
  if (Array.isArray(node)) return node.map(stripExamples);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'examples' || k === 'example' || k === 'x-github') continue;
    out[k] = stripExamples(v);
  }
  return out;
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
