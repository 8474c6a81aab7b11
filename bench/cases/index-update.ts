import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { packName, syntheticIndex } from '../lib/generate';
import { medianInChild } from '../lib/measure';
import { bytes, ms, type BenchContext, type Row } from '../lib/report';

/**
 * 4. `index-update` of one entry into indexes of growing size, against the floor for rewriting
 * the file at all (read, JSON.parse, JSON.stringify, write), and its peak memory against the size.
 */
export async function indexUpdate(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  // The fixed part of any update (code compiled on first use, the runtime's own allocations),
  // measured on a 10-pack index, so small sizes can be read against it.
  const tinyFile = path.join(ctx.work, 'index-fixed.json');
  syntheticIndex(tinyFile, 10);
  const fixed = await medianInChild(ctx.sizes.runs, 'index-update', { index: tinyFile, ref: `${packName(5)}_fixed` });
  for (const n of ctx.sizes.indexPacks) {
    const pristine = path.join(ctx.cache, `index-${n}.json`);
    const size = syntheticIndex(pristine, n);
    const file = path.join(ctx.work, `index-${n}.json`);
    const times: number[] = [];
    const peaks: number[] = [];
    // A fresh copy each run, and a new name each run that lands in the middle of the index.
    for (let i = 0; i < ctx.sizes.runs; i++) {
      copyFileSync(pristine, file);
      const m = await medianInChild(1, 'index-update', { index: file, ref: `${packName(Math.floor(n / 2))}_new${i}` });
      times.push(m.ms);
      peaks.push(m.peakExtraBytes);
    }
    copyFileSync(pristine, file);
    const floor = await medianInChild(ctx.sizes.runs, 'json-floor', { index: file, output: path.join(ctx.work, `floor-${n}.json`) });
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const time = sorted(times);
    const peak = sorted(peaks);
    rows.push({
      case: '4 index-update',
      measure: `time, ${n.toLocaleString('en')} packs (${bytes(size)})`,
      packdex: ms(time),
      baseline: `parse+stringify floor: ${ms(floor.ms)}; fixed cost (10 packs): ${ms(fixed.ms)}`,
      value: time / floor.ms,
      budget: '≤ 2× the floor',
      met: time / floor.ms <= 2,
      raw: { packs: n, bytes: size, ms: time, floorMs: floor.ms, fixedMs: fixed.ms },
    });
    rows.push({
      case: '4 index-update',
      measure: `peak memory, ${n.toLocaleString('en')} packs`,
      packdex: `+${bytes(peak)}`,
      baseline: `file ${bytes(size)}; floor +${bytes(floor.peakExtraBytes)} (${(floor.peakExtraBytes / size).toFixed(1)}×); fixed (10 packs) +${bytes(fixed.peakExtraBytes)}`,
      value: peak / size,
      budget: '≤ 6× the file',
      met: peak / size <= 6,
      raw: { packs: n, bytes: size, peakExtraBytes: peak, floorPeakExtraBytes: floor.peakExtraBytes, fixedPeakExtraBytes: fixed.peakExtraBytes },
    });
  }
  return rows;
}
