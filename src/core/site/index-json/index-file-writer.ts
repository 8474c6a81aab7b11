import { createReadStream } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { canonicalEntry, serializeIndex } from '../../entry/canonical-entry';
import type { AttunePackIndexEntry } from '../../schema-types';
import { indexTooLarge, serialisingLimit, type IndexPolicy, type IndexState } from './index-policy';

/** Where a streamed file's chunks go, in order; `end` once after the last. */
export interface FileChunkWriter {
  write(chunk: string | Uint8Array): Promise<void>;
  end(): Promise<void>;
}

/** Entries are buffered and written to the body file this many bytes at a time. */
const FLUSH_BYTES = 1 << 20;

/**
 * index.json written as a stream of chunks, byte for byte what serializeIndex gives for the same
 * packs: the entries, fed in ref order, go to a body file beside the output (the header holds
 * last_updated, which is known only when every document has been read), and `finish` emits the
 * header, the body and the closing lines. Once the body passes the policy's limit it stops writing
 * and drops what it wrote, so a registry far over the limit never makes a temporary file far over it.
 */
export class IndexFileWriter {
  private handle: FileHandle | undefined;
  private pending: string[] = [];
  private pendingBytes = 0;
  private bodyBytes = 0;
  private count = 0;
  private over = false;
  private readonly limit: number;
  private readonly file: string;

  constructor(
    private readonly policy: IndexPolicy,
    tempDir: string,
  ) {
    this.limit = serialisingLimit(policy);
    this.file = path.join(tempDir, `index-body-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  }

  /** One entry, in ascending ref order. */
  async add(entry: AttunePackIndexEntry): Promise<void> {
    if (this.policy.produce === 'never' || this.over) return;
    const text = `${this.count === 0 ? '' : ',\n'}    ${JSON.stringify(canonicalEntry(entry), null, 2).replace(/\n/g, '\n    ')}`;
    this.count += 1;
    const bytes = Buffer.byteLength(text);
    this.bodyBytes += bytes;
    if (this.bodyBytes > this.limit) {
      await this.discard();
      this.over = true;
      if (this.policy.produce === 'always') throw indexTooLarge(this.bodyBytes);
      return;
    }
    this.pending.push(text);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  /**
   * Decide, and when index.json is produced, emit it through `open` (called only then). The
   * writer's temporary file is gone afterwards, whatever happens.
   */
  async finish(registry: { name: string; url: string }, lastUpdated: string, open: () => Promise<FileChunkWriter>): Promise<IndexState> {
    try {
      if (this.policy.produce === 'never') return { produced: false, reason: 'never', maxBytes: this.policy.maxBytes };
      const empty = serializeIndex({ registry_name: registry.name, registry_url: registry.url, version: '1.0', last_updated: lastUpdated, packs: [] });
      const head = this.count === 0 ? empty : `${empty.slice(0, empty.length - '[]\n}\n'.length)}[\n`;
      const tail = this.count === 0 ? '' : '\n  ]\n}\n';
      const total = Buffer.byteLength(head) + this.bodyBytes + tail.length;
      if (this.over || total > this.limit) {
        if (this.policy.produce === 'always') throw indexTooLarge(total);
        return { produced: false, reason: 'over-limit', maxBytes: this.policy.maxBytes };
      }
      const out = await open();
      await out.write(head);
      if (this.handle !== undefined) {
        await this.flush();
        await this.handle.close();
        this.handle = undefined;
        for await (const chunk of createReadStream(this.file, { highWaterMark: FLUSH_BYTES })) await out.write(chunk as Buffer);
      } else {
        for (const text of this.pending) await out.write(text);
      }
      await out.write(tail);
      await out.end();
      return { produced: true };
    } finally {
      await this.discard();
    }
  }

  /** Drop the body (over the limit, or done); safe to call more than once. */
  async discard(): Promise<void> {
    this.pending = [];
    this.pendingBytes = 0;
    if (this.handle !== undefined) await this.handle.close().catch(() => undefined);
    this.handle = undefined;
    await rm(this.file, { force: true });
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    this.handle ??= await open(this.file, 'w', 0o600);
    await this.handle.writeFile(this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
