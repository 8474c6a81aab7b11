// One benchmark operation in a fresh process: `node --import tsx bench/lib/child.ts OP ARGS_JSON`.
// Prints one JSON line: the operation's own wall time, its peak memory above the process's
// resident memory just before it started, and what it reports.
import { readFile, writeFile } from 'node:fs/promises';
import { buildArchive } from '../../src/core/archive/build-archive';
import { hashDirectory } from '../../src/core/checksum/directory-checksum';
import { hashFile } from '../../src/core/checksum/hash-file';
import { applyFileChanges } from '../../src/core/fs/file-change';
import { planIndexUpdate } from '../../src/core/index-file/plan-index-update';
import { planSiteBuild } from '../../src/core/site/build-site';
import { publishToFolder } from '../../src/core/site/publish-to-folder';
import { openClient } from '../../src/client/registries/open-registries';
import { parsePackageSpec } from '../../src/client/resolve/parse-spec';
import { resolvePackage } from '../../src/client/resolve/resolve-package';
import { searchPackages } from '../../src/client/resolve/search-packages';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { planVersionPublish } from '../../src/core/site/plan-version-publish';
import { writeSiteOutput } from '../../src/core/site/write-site-output';
import { ROOT } from './measure';
import { Random } from './random';
import { SEED, syntheticEntry, syntheticVersion } from './generate';

type Args = Record<string, string>;

const OPS: Record<string, (args: Args) => Promise<Record<string, unknown>>> = {
  'hash-file': async ({ file }) => ({ checksum: await hashFile(file!) }),
  'hash-dir': async ({ dir }) => ({ checksum: await hashDirectory(dir!) }),
  archive: async ({ dir, output, source }) => {
    const result = await buildArchive({ packDir: dir!, topFolder: 'bench-1.0.0', output: output!, source: source as 'git' | 'directory' });
    return { size: result.size, files: result.files };
  },
  // What `packdex index-update` does: read, validate, upsert, serialise, validate, write.
  'index-update': async ({ index, ref }) => {
    const entry = syntheticEntry(new Random(SEED), ref!, '9.9.9');
    const plan = await planIndexUpdate({ indexPath: index!, entry, replace: true, now: new Date('2026-06-01T00:00:00Z') });
    await applyFileChanges([plan.change]);
    return { outcome: plan.outcome, bytes: plan.change.after.length };
  },
  // The floor for any rewrite of the file: read, JSON.parse, JSON.stringify, write.
  'json-floor': async ({ index, output }) => {
    const text = await readFile(index!, 'utf8');
    const out = `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
    await writeFile(output!, out);
    return { bytes: out.length };
  },
  'site-build': async ({ dir }) => {
    const plan = await planSiteBuild(dir!);
    await applyFileChanges(plan.changes);
    return { files: plan.changes.filter((c) => c.before !== c.after).length };
  },
  // What `packdex site build --out` does: the served site, sources copied and derived files built.
  'site-output': async ({ dir, out }) => {
    const result = await writeSiteOutput(dir!, out!);
    return { packages: result.packages };
  },
  // What the Action's publish commits to the registry branch (publish-to-branch: planVersionPublish,
  // then the plan's changes written and committed), for one new version of an existing package.
  'publish-version': async ({ site, name, version }) => {
    const plan = await planVersionPublish(site!, syntheticVersion(name!, version!), undefined, new Date('2026-06-01T00:00:00Z'));
    await applyFileChanges(plan.changes);
    return { outcome: plan.outcome, planned: plan.changes.filter((c) => c.before !== c.after).length };
  },
  // A pull request's change read from git objects (verify-git-change, when this branch has it).
  'verify-git': async ({ repo, base, head }) => {
    const module = path.join(ROOT, 'src', 'core', 'site', 'verify-git-change.ts');
    if (!existsSync(module)) return { unavailable: 'src/core/site/verify-git-change.ts (verifyGitChange) is not on this branch' };
    const { verifyGitChange } = (await import(module)) as { verifyGitChange: (o: Record<string, unknown>) => Promise<{ findings: { code: string; file?: string }[]; read: { paths: string[]; bytes: number }; mode?: string }> };
    const result = await verifyGitChange({ repo, baseRef: base, headRef: head, registryPath: REGISTRY_PATH });
    return {
      mode: result.mode ?? 'git',
      findings: result.findings.length,
      codes: result.findings.map((f) => `${f.code}${f.file === undefined ? '' : ` ${f.file}`}`).slice(0, 10).join('; '),
      readPaths: result.read.paths.length,
      readBytes: result.read.bytes,
      paths: result.read.paths.slice(0, 20).join(' '),
    };
  },
  publish: async ({ site, pack }) => {
    const result = await publishToFolder({ packDir: pack!, registryDir: site!, now: new Date('2026-06-01T00:00:00Z') });
    return { outcome: result.outcome };
  },
  resolve: async ({ url, spec, cache, home }) => {
    const client = await openClient({ cwd: home!, env: { HOME: home!, PACKDEX_CACHE_DIR: cache! }, registries: [url!], now: () => new Date() });
    const { resolution } = await resolvePackage(client.readers, parsePackageSpec(spec!));
    return { version: resolution.version };
  },
  // What `packdex search QUERY` does with a cold cache: open the registry, read what search needs.
  search: async ({ url, query, cache, home }) => {
    const client = await openClient({ cwd: home!, env: { HOME: home!, PACKDEX_CACHE_DIR: cache! }, registries: [url!], now: () => new Date() });
    const hits = await searchPackages(client.readers, query!, { limit: 50 });
    return { hits: hits.length, first: hits[0]?.name ?? '' };
  },
};

/** The registry's folder inside the verify case's repository: its root. */
const REGISTRY_PATH = '.';

const [op, json] = process.argv.slice(2);
const run = OPS[op!];
if (run === undefined) throw new Error(`unknown bench operation ${op}`);
const args = JSON.parse(json ?? '{}') as Args;
// Peak memory so far, once a second, for the parent to report if this process dies before the end.
setInterval(() => process.stderr.write(`bench-peak-rss ${process.resourceUsage().maxRSS * 1024}\n`), 1000).unref();
const rssBefore = process.memoryUsage().rss;
const start = process.hrtime.bigint();
const detail = await run(args);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ms, peakExtraBytes: Math.max(0, peak - rssBefore), detail }));
