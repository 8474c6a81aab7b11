import path from 'node:path';
import { medianInChild, medianShell } from '../lib/measure';
import { bytes, ms, type BenchContext, type Row } from '../lib/report';
import { packDir } from './directory-checksum';

/** 3. The reproducible tar.gz of the big pack, against `git archive --format=tar HEAD | gzip -n`. */
export async function archive(ctx: BenchContext): Promise<Row[]> {
  const dir = packDir(ctx);
  const base = await medianShell(ctx.sizes.runs, `git archive --format=tar HEAD | gzip -n > '${path.join(ctx.work, 'baseline.tar.gz')}'`, dir);
  const rows: Row[] = [];
  for (const source of ['git', 'directory'] as const) {
    const ours = await medianInChild(ctx.sizes.runs, 'archive', { dir, output: path.join(ctx.work, `ours-${source}.tar.gz`), source });
    const speed = base / ours.ms;
    rows.push({
      case: '3 archive',
      measure: `tar.gz of the pack, from ${source === 'git' ? 'the commit (the Action)' : 'the folder (the CLI)'}`,
      packdex: `${ms(ours.ms)}, ${bytes(Number(ours.detail.size))}, peak +${bytes(ours.peakExtraBytes)}`,
      baseline: `git archive | gzip -n: ${ms(base)}`,
      value: speed,
      budget: 'speed ≥ 0.7 of the pipeline',
      met: speed >= 0.7,
      raw: { source, ms: ours.ms, baselineMs: base, size: Number(ours.detail.size), peakExtraBytes: ours.peakExtraBytes },
    });
  }
  return rows;
}
