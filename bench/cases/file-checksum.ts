import path from 'node:path';
import { bigFile } from '../lib/generate';
import { medianInChild, medianShell } from '../lib/measure';
import { bytes, mbps, ms, type BenchContext, type Row } from '../lib/report';

/** 1. SHA-256 of one large file, against `openssl dgst -sha256` of the same file, both from the page cache. */
export async function fileChecksum(ctx: BenchContext): Promise<Row[]> {
  const size = ctx.sizes.fileBytes;
  const file = path.join(ctx.cache, `big-${size}.bin`);
  await bigFile(file, size);
  await medianShell(1, `cat '${file}' > /dev/null`, ctx.work); // into the page cache
  const ours = await medianInChild(ctx.sizes.runs, 'hash-file', { file });
  const openssl = await medianShell(ctx.sizes.runs, `openssl dgst -sha256 '${file}' > /dev/null`, ctx.work);
  const speed = openssl / ours.ms;
  return [
    {
      case: '1 file checksum',
      measure: `SHA-256 of ${bytes(size)}`,
      packdex: `${ms(ours.ms)} (${mbps(size, ours.ms)}), peak +${bytes(ours.peakExtraBytes)}`,
      baseline: `openssl dgst: ${ms(openssl)} (${mbps(size, openssl)})`,
      value: speed,
      budget: 'speed ≥ 0.9 of openssl',
      met: speed >= 0.9,
      raw: { bytes: size, ms: ours.ms, baselineMs: openssl, peakExtraBytes: ours.peakExtraBytes },
    },
  ];
}
