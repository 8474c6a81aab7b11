import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { FileChunkWriter, SiteSink } from '../stream-site-build';

/** How one built file compares with the file on disk. */
export type BuiltFileComparison =
  | { rel: string; equal: true }
  | { rel: string; equal: false; missing: true }
  | {
      rel: string;
      equal: false;
      missing: false;
      /** The first differing byte (firstDifference's rule: the shorter length when one is a prefix of the other). */
      at: number;
      /** The line of the built file that byte is on (1-based). */
      line: number;
      /** Bytes the build gives. */
      expectedSize: number;
      /** Bytes on disk. */
      size: number;
    };

/**
 * A sink that compares each built file, chunk by chunk as the build emits it, with the file of
 * the same path under `root`, and reports each comparison: the build is never held whole, and the
 * file on disk is read only as far as the built bytes reach (plus what tells its size).
 * `isFile(rel)` says whether a regular file stands there (verify knows from its tree walk).
 */
export function compareSink(root: string, isFile: (rel: string) => boolean | Promise<boolean>, report: (c: BuiltFileComparison) => void | Promise<void>): SiteSink {
  return {
    async open(rel): Promise<FileChunkWriter> {
      let handle: FileHandle | undefined = (await isFile(rel)) ? await open(path.join(root, rel), 'r') : undefined;
      let offset = 0;
      let newlines = 0;
      let at = -1;
      let lineAt = 0;
      let fileEnded = false;
      const buf = Buffer.allocUnsafe(1 << 16);
      return {
        async write(chunk) {
          const expected = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
          if (handle !== undefined && at === -1) {
            for (let done = 0; done < expected.length && at === -1; ) {
              const want = Math.min(buf.length, expected.length - done);
              const { bytesRead } = fileEnded ? { bytesRead: 0 } : await handle.read(buf, 0, want, offset + done);
              if (bytesRead < want) fileEnded = true;
              for (let i = 0; i < want; i++) {
                if (i >= bytesRead || buf[i] !== expected[done + i]) {
                  at = offset + done + i;
                  lineAt = newlines + countNewlines(expected, 0, done + i) + 1;
                  break;
                }
              }
              done += want;
            }
          }
          if (at === -1) newlines += countNewlines(expected, 0, expected.length);
          offset += expected.length;
        },
        async end() {
          if (handle === undefined) {
            await report({ rel, equal: false, missing: true });
            return;
          }
          try {
            const size = (await handle.stat()).size;
            if (at === -1 && size !== offset) {
              at = offset;
              lineAt = newlines + 1;
            }
            await report(at === -1 ? { rel, equal: true } : { rel, equal: false, missing: false, at, line: lineAt, expectedSize: offset, size });
          } finally {
            await handle.close();
            handle = undefined;
          }
        },
      };
    },
  };
}

function countNewlines(b: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = b.indexOf(10, from); i !== -1 && i < to; i = b.indexOf(10, i + 1)) n++;
  return n;
}
