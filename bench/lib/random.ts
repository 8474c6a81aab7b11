/**
 * A seeded generator (mulberry32), so every run builds the same registries, packs and files:
 * numbers differ between machines, never because the data did.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * Bytes that compress like real pack files: runs of words from a small vocabulary (text) mixed
   * with stretches of noise (binaries), in proportions fixed by the seed.
   */
  bytes(size: number): Buffer {
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const run = Math.min(size - at, this.int(256, 8192));
      if (this.next() < 0.7) {
        while (at < size && run > 0) {
          const word = WORDS[this.int(0, WORDS.length - 1)]!;
          at += out.write(`${word} `, at, 'latin1');
          if (at % 64 < 8) at += out.write('\n', at, 'latin1');
          if (at >= size || this.next() < 1 / 400) break;
        }
      } else {
        for (let i = 0; i < run && at < size; i++) out[at++] = (this.next() * 256) | 0;
      }
    }
    return out;
  }
}

const WORDS = 'action sensor trigger rule workflow pack slack jira deploy notify message channel token webhook payload parameters entry_point runner_type python script enabled description required string integer boolean default'.split(' ');
