import { linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { bigFile, bigPack } from '../lib/generate';
import { medianInChild, medianShell } from '../lib/measure';
import { bytes, mbps, ms, type BenchContext, type Row } from '../lib/report';

export function packDir(ctx: BenchContext): string {
  const dir = path.join(ctx.cache, `pack-${ctx.sizes.packFiles}-${ctx.sizes.packBytes}`);
  bigPack(dir, ctx.sizes.packFiles, ctx.sizes.packBytes);
  return dir;
}

/**
 * 2. The directory checksum of a big pack, against hashing the same bytes in one stream with
 * `find | sort | xargs cat | openssl` (which has no per-file framing and reads nothing twice).
 */
export async function directoryChecksum(ctx: BenchContext): Promise<Row[]> {
  const dir = packDir(ctx);
  const baselineCmd = `find . -path ./.git -prune -o -type f -print0 | sort -z | xargs -0 cat | openssl dgst -sha256 > /dev/null`;
  await medianShell(1, baselineCmd, dir); // into the page cache
  const ours = await medianInChild(ctx.sizes.runs, 'hash-dir', { dir });
  const base = await medianShell(ctx.sizes.runs, baselineCmd, dir);
  const speed = base / ours.ms;
  const memory = await medianInChild(1, 'hash-dir', { dir: path.join(dir, 'lib', 'm0') });
  // Flat as files grow: a pack holding case 1's big file alone (a hard link, no copy).
  const big = path.join(ctx.work, 'one-big-file');
  mkdirSync(big, { recursive: true });
  const source = path.join(ctx.cache, `big-${ctx.sizes.fileBytes}.bin`);
  await bigFile(source, ctx.sizes.fileBytes);
  linkSync(source, path.join(big, 'big.bin'));
  const oneBig = await medianInChild(1, 'hash-dir', { dir: big });
  return [
    {
      case: '2 directory checksum',
      measure: `${ctx.sizes.packFiles} files, ${bytes(ctx.sizes.packBytes)}`,
      packdex: `${ms(ours.ms)} (${mbps(ctx.sizes.packBytes, ours.ms)}), peak +${bytes(ours.peakExtraBytes)} (a 1/40 subfolder: +${bytes(memory.peakExtraBytes)})`,
      baseline: `find|sort|xargs cat|openssl: ${ms(base)}`,
      value: speed,
      budget: 'speed ≥ 0.8 of the pipeline',
      met: speed >= 0.8,
      raw: { files: ctx.sizes.packFiles, bytes: ctx.sizes.packBytes, ms: ours.ms, baselineMs: base, peakExtraBytes: ours.peakExtraBytes, subfolderPeakExtraBytes: memory.peakExtraBytes },
    },
    {
      case: '2 directory checksum',
      measure: `memory with one ${bytes(ctx.sizes.fileBytes)} file`,
      packdex: `peak +${bytes(oneBig.peakExtraBytes)}, ${ms(oneBig.ms)}`,
      baseline: `the file: ${bytes(ctx.sizes.fileBytes)}`,
      value: oneBig.peakExtraBytes / ctx.sizes.fileBytes,
      budget: 'flat as file sizes grow',
      met: oneBig.peakExtraBytes < 64 * 1024 * 1024,
      raw: { bytes: ctx.sizes.fileBytes, peakExtraBytes: oneBig.peakExtraBytes, ms: oneBig.ms },
    },
  ];
}
