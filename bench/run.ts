// packdex's benchmarks: `npm run bench` (the issue's sizes), `npm run bench -- --quick` (under two
// minutes on 2 cores), `--tiny` (the test suite's end-to-end check). Each case compares against a
// baseline measured in the same run. Prints a table of medians and writes the same as JSON;
// `--docs` also rewrites the table in docs/benchmarks.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { archive } from './cases/archive';
import { directoryChecksum } from './cases/directory-checksum';
import { fileChecksum } from './cases/file-checksum';
import { indexUpdate } from './cases/index-update';
import { searchAtScale } from './cases/search';
import { registryAtScale } from './cases/scale';
import { actionStartup, publishIntoSite, resolveFromSite, siteBuild } from './cases/site';
import { ROOT } from './lib/measure';
import { table, type BenchContext, type Row, type Sizes } from './lib/report';

const MiB = 1 << 20;
const SIZES: Record<BenchContext['mode'], Sizes> = {
  full: { fileBytes: 1024 * MiB, packFiles: 4000, packBytes: 200 * MiB, indexPacks: [1000, 10_000, 100_000], sitePacks: [10_000, 100_000], bigSite: 100_000, runs: 5, startupRuns: 15, scalePacks: [100_000, 1_000_000], scaleCommitted: 100_000 },
  quick: { fileBytes: 256 * MiB, packFiles: 1000, packBytes: 50 * MiB, indexPacks: [1000, 10_000], sitePacks: [1000, 10_000], bigSite: 10_000, runs: 3, startupRuns: 7, scalePacks: [2_000, 10_000], scaleCommitted: 10_000 },
  tiny: { fileBytes: 4 * MiB, packFiles: 40, packBytes: MiB, indexPacks: [50], sitePacks: [50, 100], bigSite: 100, runs: 1, startupRuns: 1, scalePacks: [50, 100], scaleCommitted: 100 },
};

// Numbered as in the issue. Site build runs before publish and resolve, which reuse its largest
// site (publishing adds to it, so the build is timed on the documents alone).
const CASES: [number, (ctx: BenchContext) => Promise<Row[]>][] = [
  [1, fileChecksum],
  [2, directoryChecksum],
  [3, archive],
  [4, indexUpdate],
  [7, siteBuild],
  [5, publishIntoSite],
  [6, resolveFromSite],
  [8, actionStartup],
  [9, searchAtScale],
  [10, registryAtScale],
];

const { values } = parseArgs({
  options: { render: { type: 'string' }, only: { type: 'string' }, quick: { type: 'boolean' }, tiny: { type: 'boolean' }, json: { type: 'string' }, scale: { type: 'string' }, 'build-heap': { type: 'string' }, docs: { type: 'boolean' }, work: { type: 'string' }, keep: { type: 'boolean' } },
});
const mode: BenchContext['mode'] = values.tiny ? 'tiny' : values.quick ? 'quick' : 'full';
const work = values.work ?? path.join(os.tmpdir(), `packdex-bench-${mode}-${process.pid}`);
const cache = path.join(os.tmpdir(), 'packdex-bench-cache');
mkdirSync(work, { recursive: true });
mkdirSync(cache, { recursive: true });
// --scale 100000 runs case 10 at other sizes (e.g. without the million while profiling); not with --docs.
const sizes: Sizes = values.scale === undefined ? SIZES[mode] : { ...SIZES[mode], scalePacks: values.scale.split(',').map(Number), scaleCommitted: Math.min(SIZES[mode].scaleCommitted, ...values.scale.split(',').map(Number)) };
if (values.scale !== undefined && values.docs) throw new Error('--docs needs the full sizes: drop --scale');
// --build-heap 256 caps case 10's site build children's V8 heap: a run held to a memory budget, or
// (in the tests) a build that runs out of memory, which the case reports as a NO row.
const buildHeapMiB = values['build-heap'] === undefined ? undefined : Number(values['build-heap']);
const ctx: BenchContext = { mode, sizes, work, cache, buildHeapMiB, log: (line) => process.stderr.write(`${line}\n`) };

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
};

const started = Date.now();
let rows: Row[] = [];
let runMachine = machine;
let runDate = new Date().toISOString();
let runSeconds: number | undefined;
let runMode = mode;
if (values.render !== undefined) {
  // Re-render a finished run's JSON (e.g. after changing the table's layout): measures nothing.
  const saved = JSON.parse(readFileSync(values.render, 'utf8')) as { rows: Row[]; machine: typeof machine; date: string; seconds: number; mode: BenchContext['mode'] };
  rows = saved.rows;
  runMachine = saved.machine;
  runDate = saved.date;
  runSeconds = saved.seconds;
  runMode = saved.mode;
} else {
  try {
    // --only 4,8 runs those cases (by number) while profiling; docs are only written from full runs.
    const only = values.only?.split(',').map(Number);
    if (only !== undefined && values.docs) throw new Error('--docs needs every case: drop --only');
    for (const [number, bench] of CASES) {
      if (only !== undefined && !only.includes(number)) continue;
      const t = Date.now();
      ctx.log(`${bench.name} …`);
      rows.push(...(await bench(ctx)));
      ctx.log(`${bench.name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

rows.sort((a, b) => parseInt(a.case, 10) - parseInt(b.case, 10));
const markdown = table(rows);
const seconds = runSeconds ?? (Date.now() - started) / 1000;
const result = { mode: runMode, date: runDate, seconds, machine: runMachine, sizes: values.render === undefined ? sizes : SIZES[runMode], rows };
const jsonFile = values.json ?? path.join(ROOT, runMode === 'full' && values.docs ? 'docs' : 'test-results', runMode === 'full' && values.docs ? 'benchmarks.json' : `bench-${runMode}.json`);
mkdirSync(path.dirname(jsonFile), { recursive: true });
writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);

console.log(markdown);
console.log(`\n${rows.filter((r) => r.met).length} of ${rows.length} within budget; ${runMode} run in ${seconds.toFixed(0)} s on ${runMachine.cpu} (${runMachine.cores} cores), Node ${runMachine.node}. JSON: ${path.relative(process.cwd(), jsonFile)}`);

if (values.docs) {
  const docs = path.join(ROOT, 'docs', 'benchmarks.md');
  const text = readFileSync(docs, 'utf8');
  const block = [
    '<!-- bench:start -->',
    `Run: \`npm run bench${runMode === 'full' ? '' : ` -- --${runMode}`}\`, ${result.date.slice(0, 10)}, ${seconds.toFixed(0)} s. JSON: [benchmarks.json](benchmarks.json).`,
    `Machine: ${runMachine.cpu}, ${runMachine.cores} cores, ${runMachine.memory}, ${runMachine.os}, Node ${runMachine.node}.`,
    '',
    markdown,
    '<!-- bench:end -->',
  ].join('\n');
  writeFileSync(docs, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
}
