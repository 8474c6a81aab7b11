import { open } from 'node:fs/promises';

const CHUNK = 1 << 20;

/**
 * The offset of the first byte where a file differs from `expected` (its length when the file is
 * a strict prefix, or `expected.length` when the file is longer), -1 when they are equal. Reads
 * the file a chunk at a time, and never more of it than `expected` holds plus one chunk.
 */
export async function firstDifference(file: string, expected: Buffer): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let offset = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, offset);
      if (bytesRead === 0) return offset === expected.length ? -1 : offset;
      const got = chunk.subarray(0, bytesRead);
      if (!got.equals(expected.subarray(offset, offset + bytesRead))) {
        for (let i = 0; i < bytesRead; i++) if (offset + i >= expected.length || got[i] !== expected[offset + i]) return offset + i;
      }
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Whether two files hold the same bytes, streamed a chunk of each at a time (callers compare sizes first). */
export async function sameBytes(a: string, b: string): Promise<boolean> {
  const [ha, hb] = await Promise.all([open(a, 'r'), open(b, 'r')]);
  try {
    const ca = Buffer.allocUnsafe(CHUNK);
    const cb = Buffer.allocUnsafe(CHUNK);
    for (let offset = 0; ; ) {
      const [ra, rb] = await Promise.all([ha.read(ca, 0, CHUNK, offset), hb.read(cb, 0, CHUNK, offset)]);
      if (ra.bytesRead !== rb.bytesRead) return false;
      if (ra.bytesRead === 0) return true;
      if (!ca.subarray(0, ra.bytesRead).equals(cb.subarray(0, rb.bytesRead))) return false;
      offset += ra.bytesRead;
    }
  } finally {
    await Promise.all([ha.close(), hb.close()]);
  }
}
