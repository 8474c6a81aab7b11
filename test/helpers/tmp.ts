import { lstatSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'packdex-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Write a tree of files: keys are relative paths, values their contents. */
export function writeTree(root: string, files: Record<string, string | Buffer>): string {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

/** Every file under root with its bytes and mode: to assert that a failed command changed nothing. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Names as raw bytes and links not followed: hostile trees hold both.
  const walk = (dir: Buffer, rel: string): void => {
    for (const name of readdirSync(dir, { encoding: 'buffer' }).sort(Buffer.compare)) {
      const p = Buffer.concat([dir, Buffer.from('/'), name]);
      const key = `${rel}${name.toString('latin1')}`;
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out[key] = `link:${readlinkSync(p, { encoding: 'buffer' }).toString('latin1')}`;
      else if (st.isDirectory()) walk(p, `${key}/`);
      else if (st.isFile()) out[key] = `${(st.mode & 0o777).toString(8)}:${readFileSync(p).toString('base64')}`;
      else out[key] = `special:${st.mode.toString(8)}`;
    }
  };
  walk(Buffer.from(root), '');
  return out;
}

export const MINIMAL_PACK = {
  'pack.yaml': 'ref: demo\nlabel: Demo\ndescription: A demo pack\nversion: "1.0.0"\nauthor: Tester\nlicense: MIT\n',
  'README.md': '# demo\n',
  'actions/hello.yaml': 'name: hello\ndescription: Say hello\n',
  'actions/hello.sh': '#!/bin/sh\necho hello\n',
};

/** A small valid pack in a new temporary folder, with overrides. */
export function makePack(files: Record<string, string | Buffer> = {}): string {
  return writeTree(tempDir('packdex-pack-'), { ...MINIMAL_PACK, ...files });
}
