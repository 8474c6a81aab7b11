import { formatBytes } from '../../src/core/format-bytes';

/** The sizes a run uses: `full` is the issue's, `quick` fits in two minutes, `tiny` is the test's. */
export interface Sizes {
  fileBytes: number;
  packFiles: number;
  packBytes: number;
  indexPacks: number[];
  sitePacks: number[];
  /** The site publish and resolve run against (the largest of sitePacks). */
  bigSite: number;
  runs: number;
  startupRuns: number;
  /** Case 10's registries (sources only): site build, publish, largest file; verify at the largest. */
  scalePacks: number[];
  /** Case 10's committed-layout registry, for comparison. */
  scaleCommitted: number;
}

export interface BenchContext {
  mode: 'full' | 'quick' | 'tiny';
  sizes: Sizes;
  /** A scratch folder for this run's data. */
  work: string;
  /** Data that is expensive to generate and never changed by a case (the big file, the pack). */
  cache: string;
  log: (line: string) => void;
  /** --build-heap: the V8 heap cap (MiB) of case 10's site build children; default Node's own. */
  buildHeapMiB?: number;
}

export interface Row {
  case: string;
  measure: string;
  /** packdex's figure, formatted. */
  packdex: string;
  /** What it is compared against, measured in the same run, formatted. */
  baseline: string;
  /** The compared number (a speed ratio, a multiple, a count). */
  value: number;
  budget: string;
  met: boolean;
  /** Raw numbers for the JSON. */
  raw: Record<string, number | string>;
}

export const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`);
export const mbps = (bytes: number, millis: number) => `${(bytes / (1 << 20) / (millis / 1000)).toFixed(0)} MiB/s`;
export const bytes = formatBytes;
export const ratio = (n: number) => `${n.toFixed(2)}×`;

export function table(rows: readonly Row[]): string {
  const header = ['Case', 'Measure', 'packdex', 'Compared with', 'Result', 'Budget', 'Met'];
  // Shell pipelines in the baselines hold '|', which would end a Markdown cell.
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const body = rows.map((r) => [r.case, r.measure, r.packdex, r.baseline, Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2), r.budget, r.met ? 'yes' : '**NO**'].map(cell));
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}
