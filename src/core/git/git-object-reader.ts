import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { PackdexError } from '../errors';
import { gitEnvironment } from './run-git';

/**
 * One long-running `git cat-file --batch` for a repository: each blob asked for is written to its
 * stdin and streamed back from its stdout, so reading a hundred files costs one process, not a
 * hundred. Requests are served one at a time, in order; a blob's bytes reach the caller a chunk at
 * a time, so a 100 MiB archive is hashed or copied without being held. Only full object ids are
 * written to it (from `git diff --raw --no-abbrev` or `git ls-tree`), never a name a user gave.
 */
export class GitObjectReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly chunks: AsyncIterator<Buffer>;
  private pending: Buffer = Buffer.alloc(0);
  private queue: Promise<unknown> = Promise.resolve();
  private stderr = '';
  private closed = false;

  constructor(private readonly repo: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: repo, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    this.child.stdin.on('error', () => undefined);
    this.child.on('error', () => undefined);
    this.chunks = (this.child.stdout as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  private fail(what: string): PackdexError {
    return new PackdexError('GIT_FAILED', `git cat-file --batch in ${this.repo} ${what}${this.stderr.trim() === '' ? '' : `: ${this.stderr.trim()}`}.`, { value: this.repo, fix: 'Check that the folder is a git repository holding both commits (git fsck).' });
  }

  /** At least `n` bytes pending (or the end of the stream). */
  private async fill(n: number): Promise<boolean> {
    while (this.pending.length < n) {
      const next = await this.chunks.next();
      if (next.done === true) return false;
      this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
    }
    return true;
  }

  private async line(): Promise<string> {
    for (;;) {
      const nl = this.pending.indexOf(10);
      if (nl !== -1) {
        const text = this.pending.subarray(0, nl).toString('latin1');
        this.pending = this.pending.subarray(nl + 1);
        return text;
      }
      if (!(await this.fill(this.pending.length + 1))) throw this.fail('ended before it answered');
    }
  }

  /** Stream blob `oid` to `sink` (which must copy what it keeps); its size. */
  stream(oid: string, sink: (chunk: Buffer) => void | Promise<void>): Promise<number> {
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(oid)) return Promise.reject(new PackdexError('GIT_FAILED', `'${oid}' is not a full object id.`, { value: oid, fix: 'Report this: verify passes only object ids from git to cat-file.' }));
    const run = async (): Promise<number> => {
      if (this.closed) throw this.fail('was closed');
      this.child.stdin.write(`${oid}\n`);
      const header = await this.line();
      const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
      if (m === null || m[1] !== oid || m[2] !== 'blob') throw this.fail(`answered '${header}' for ${oid}`);
      let remaining = Number(m[3]);
      const size = remaining;
      while (remaining > 0) {
        if (this.pending.length === 0 && !(await this.fill(1))) throw this.fail(`ended inside ${oid}`);
        const take = Math.min(remaining, this.pending.length);
        const chunk = this.pending.subarray(0, take);
        this.pending = this.pending.subarray(take);
        remaining -= take;
        await sink(chunk);
      }
      if (!(await this.fill(1)) || this.pending[0] !== 10) throw this.fail(`did not end ${oid} with a newline`);
      this.pending = this.pending.subarray(1);
      return size;
    };
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Blob `oid` whole (callers bound its size first). */
  async read(oid: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    await this.stream(oid, (chunk) => void parts.push(Buffer.from(chunk)));
    return Buffer.concat(parts);
  }

  /** End the process (after the requests in flight). */
  async close(): Promise<void> {
    await this.queue;
    if (this.closed) return;
    this.closed = true;
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('close', () => resolve());
    });
    this.child.stdin.end();
    // Drain whatever is left so the process can exit.
    void (async () => {
      for (;;) if ((await this.chunks.next()).done === true) break;
    })().catch(() => undefined);
    await exited;
  }
}
