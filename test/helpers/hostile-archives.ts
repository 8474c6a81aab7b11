import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';

export interface Member {
  header: Partial<Header> & { name: string };
  body?: string;
}

/** A tar.gz with exactly these members, however unsafe: for proving the extractor refuses them. */
export async function craftArchive(members: Member[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => p.on('end', () => resolve()));
  for (const m of members) {
    await new Promise<void>((resolve, reject) => {
      const type = m.header.type ?? 'file';
      const body = type === 'file' ? (m.body ?? '') : undefined;
      const header = { mode: 0o644, mtime: new Date(0), ...m.header, type, ...(body === undefined ? {} : { size: Buffer.byteLength(body) }) };
      if (body === undefined) p.entry(header, (err) => (err ? reject(err) : resolve()));
      else p.entry(header, body, (err) => (err ? reject(err) : resolve()));
    });
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

export async function craftTarGz(members: Member[]): Promise<Buffer> {
  return gzipSync(await craftArchive(members));
}

/** A tar.gz whose one file header declares `size` bytes (the data is not there): a tar bomb's promise. */
export async function hugeDeclaredSize(name: string, size: number): Promise<Buffer> {
  const tar = await craftArchive([{ header: { name }, body: 'x' }]);
  // Rewrite the size field (12 bytes of octal at offset 124) and the header checksum.
  tar.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  tar.fill(' ', 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += tar[i]!;
  tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return gzipSync(tar);
}

export const PACK_YAML = (ref: string, version: string) => `ref: ${ref}\nlabel: ${ref}\nversion: "${version}"\nauthor: T\nlicense: MIT\n`;
