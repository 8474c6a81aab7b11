import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, ioError, quote } from '../../core/errors';
import { listTrustedRoots } from '../../client/trust/list-trusted-roots';
import { TUF_REPOSITORIES, trustFolder, type TufRepository } from '../../client/trust/trust-folder';
import { updateTrustedRoots } from '../../client/trust/update-trusted-roots';
import { renderTable } from '../client-flags';
import { EXIT_OK, printJson, usageError, type Command } from '../command';

const NAMES = TUF_REPOSITORIES.map((r) => r.name);

/** The repositories to update: all, one by name, or one at another mirror (--tuf-url, anchored by --tuf-root). */
async function repositoriesFrom(name: string | undefined, tufUrl: string | undefined, tufRoot: string | undefined, cwd: string): Promise<TufRepository[]> {
  if (name !== undefined && !NAMES.includes(name)) throw usageError(`packdex trust update does not know the root ${quote(name)}.`, `Name one of ${NAMES.join(', ')}, or none for all.`);
  if (tufUrl === undefined && tufRoot === undefined) return TUF_REPOSITORIES.filter((r) => name === undefined || r.name === name);
  if (name === undefined || tufUrl === undefined || tufRoot === undefined) throw usageError('--tuf-url and --tuf-root go together, with the NAME of the root they serve.', 'e.g. packdex trust update github --tuf-url https://mirror.example/tuf --tuf-root root.json');
  if (!/^https?:\/\//i.test(tufUrl)) throw usageError(`--tuf-url ${quote(tufUrl)} is not an http(s) URL.`);
  const file = path.resolve(cwd, tufRoot);
  let initialRoot: unknown;
  try {
    initialRoot = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    if (cause instanceof SyntaxError) throw new PackdexError('TRUST_UPDATE_REFUSED', `${quote(file)} is not a TUF root.json (not JSON).`, { value: file, expected: 'TUF root metadata (root.json)', fix: 'Give the root.json of the TUF repository at --tuf-url.', cause });
    throw ioError('read', file, cause);
  }
  return [{ name, mirrorURL: tufUrl.replace(/\/+$/, ''), initialRoot }];
}

export const trustCommand: Command = {
  name: 'trust',
  summary: 'Show the Sigstore trusted roots provenance is verified against, or update them through TUF.',
  usage: [
    'Usage: packdex trust list',
    '       packdex trust update [NAME] [--tuf-url URL --tuf-root FILE]',
    '',
    '  list     the trusted roots verification uses now: each one shipped with packdex or updated',
    '           (and from which file), with the validity window of every CA, timestamp authority,',
    '           transparency log and CT log in it',
    `  update   fetch the current trusted_root.json of ${NAMES.join(' and ')} (or of NAME) through TUF`,
    '           and keep it in the trust/ folder of the config folder ($XDG_CONFIG_HOME/packdex,',
    '           else ~/.config/packdex), where verification then reads it instead of the shipped one',
    '  --tuf-url URL    with NAME: fetch from this TUF repository (a mirror) instead',
    '  --tuf-root FILE  with --tuf-url: the TUF root.json it is anchored on',
    '',
    'Verification never fetches a root: only this command does, and it writes nothing unless every',
    'root it fetched verified through TUF (signatures, versions, expiry, length and hashes). Delete',
    'a file in the trust/ folder to go back to the root packdex ships.',
  ].join('\n'),
  options: { 'tuf-url': { type: 'string' }, 'tuf-root': { type: 'string' } },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const [verb, name, ...rest] = positionals;
    const folder = trustFolder(io.env);
    if (verb === 'list' && name === undefined && values['tuf-url'] === undefined && values['tuf-root'] === undefined) {
      const roots = await listTrustedRoots(folder);
      if (json) {
        printJson(io, { ok: true, folder, roots });
        return EXIT_OK;
      }
      const rows = roots.flatMap((r) => r.parts.map((p) => [r.name, r.source === 'updated' ? `updated (${r.file})` : r.source, p.kind, p.uri, p.start ?? '', p.end ?? 'open']));
      io.stdout(renderTable(['ROOT', 'SOURCE', 'KIND', 'URI', 'VALID FROM', 'VALID TO'], rows));
      return EXIT_OK;
    }
    if (verb === 'update' && rest.length === 0) {
      const repositories = await repositoriesFrom(name, values['tuf-url'] as string | undefined, values['tuf-root'] as string | undefined, io.cwd);
      const updated = await updateTrustedRoots(folder, repositories);
      if (json) printJson(io, { ok: true, folder, updated });
      else for (const u of updated) io.stdout(`${u.changed ? 'updated' : 'unchanged'}: ${u.name} from ${u.mirrorURL} (${u.file})\n`);
      return EXIT_OK;
    }
    throw usageError('packdex trust takes list, or update [NAME].', 'e.g. packdex trust update');
  },
};
