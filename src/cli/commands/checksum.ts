import { stat } from 'node:fs/promises';
import path from 'node:path';
import { hashDirectory } from '../../core/checksum/directory-checksum';
import { hashFile } from '../../core/checksum/hash-file';
import type { ChecksumAlgorithm } from '../../core/checksum/parse-checksum';
import { docsUrl } from '../../core/docs-url';
import { PackdexError } from '../../core/errors';
import { workProgress } from '../client-flags';
import { EXIT_OK, printJson, stringOpt, usageError, type Command } from '../command';

export const checksumCommand: Command = {
  name: 'checksum',
  summary: 'Checksum a file (its bytes) or a pack directory (the framed directory checksum).',
  usage: [
    'Usage: packdex checksum PATH [--algorithm sha256|sha512] [--json]',
    '',
    '  PATH         a file: the hash of its bytes, streamed; a directory: the directory checksum',
    '               (what a git install source records), always SHA-256',
    '  --algorithm  sha256 (default) or sha512, for files',
    '',
    'Example: packdex checksum slack-2.1.0.tar.gz',
    '',
    `The directory checksum, step by step, with test vectors: ${docsUrl('checksum.md', 'the-directory-checksum')}`,
  ].join('\n'),
  positionals: true,
  options: { algorithm: { type: 'string' } },
  async run({ values, positionals, json }, io) {
    if (positionals.length !== 1) throw usageError('checksum takes exactly one PATH.');
    const algorithm = stringOpt(values, 'algorithm') ?? 'sha256';
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
      throw usageError(`--algorithm '${algorithm}' is not supported.`, 'Use sha256 or sha512 (md5 and sha1 are not secure).');
    }
    const target = path.resolve(io.cwd, positionals[0]!);
    const st = await stat(target).catch(() => {
      throw new PackdexError('PATH_NOT_FOUND', `No such file or directory: '${positionals[0]}'.`, { value: positionals[0], fix: 'Check the path.' });
    });
    let checksum: string;
    let kind: 'file' | 'directory';
    if (st.isDirectory()) {
      if (algorithm !== 'sha256') throw usageError('The directory checksum is defined for sha256 only.', 'Drop --algorithm for directories.');
      checksum = `sha256:${await hashDirectory(target, {}, workProgress(io, json, 'hashing'))}`;
      kind = 'directory';
    } else {
      checksum = `${algorithm}:${await hashFile(target, algorithm as ChecksumAlgorithm, workProgress(io, json, 'hashing'))}`;
      kind = 'file';
    }
    if (json) printJson(io, { ok: true, path: positionals[0], kind, checksum });
    else io.stdout(`${checksum}\n`);
    return EXIT_OK;
  },
};
