import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { progressPrinter, renderTable } from '../../src/cli/client-flags';
import type { CliIO } from '../../src/cli/command';

const io = (isTTY: boolean, out: string[]): CliIO => ({ stdout: () => undefined, stderr: (t) => out.push(t), cwd: '/', env: {}, now: () => new Date(), isTTY });

describe('progressPrinter', () => {
  it('draws one line in place on a terminal and ends it when the download completes', () => {
    const out: string[] = [];
    const progress = progressPrinter(io(true, out))!;
    progress('slack', 512, 1024);
    progress('slack', 1024, 1024);
    assert.equal(out[0], '\r\u001b[2Kdownloading slack 50% (512 B of 1.0 KiB)');
    assert.match(out[1]!, /downloading slack 100% .*\n$/);
  });

  it('prints nothing when stderr is not a terminal (logs, CI)', () => {
    assert.equal(progressPrinter(io(false, [])), undefined);
  });
});

describe('renderTable', () => {
  it('pads every column but the last', () => {
    assert.equal(renderTable(['A', 'BB'], [['long', 'x'], ['s', 'yy']]), 'A     BB\nlong  x\ns     yy\n');
  });
});
