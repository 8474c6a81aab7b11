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
import { Random } from './random';
import { SEED, syntheticEntry } from './generate';

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

const [op, json] = process.argv.slice(2);
const run = OPS[op!];
if (run === undefined) throw new Error(`unknown bench operation ${op}`);
const args = JSON.parse(json ?? '{}') as Args;
const rssBefore = process.memoryUsage().rss;
const start = process.hrtime.bigint();
const detail = await run(args);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ms, peakExtraBytes: Math.max(0, peak - rssBefore), detail }));
