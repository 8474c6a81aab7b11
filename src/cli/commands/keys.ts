import path from 'node:path';
import { addKeys, keysFolder, listKeys, removeKey } from '../../client/keys/keyring';
import { EXIT_OK, printJson, usageError, type Command } from '../command';
import { renderTable } from '../client-flags';

export const keysCommand: Command = {
  name: 'keys',
  summary: 'Trust, list or forget the OpenPGP keys that signed packages are verified against.',
  usage: [
    'Usage: packdex keys add KEYFILE',
    '       packdex keys list',
    '       packdex keys remove FINGERPRINT',
    '',
    '  add KEYFILE          trust the armoured public key(s) in KEYFILE (gpg --armor --export FP);',
    '                       a key already trusted is merged (a new expiry or a revocation is taken in)',
    '  list                 the trusted keys: fingerprint, user IDs, expiry, revoked',
    '  remove FINGERPRINT   stop trusting a key (its full fingerprint)',
    '',
    'Keys are kept one file per key, <FINGERPRINT>.asc, in the keys/ folder of the config folder',
    '($XDG_CONFIG_HOME/packdex, else ~/.config/packdex). Check a key\'s fingerprint with its',
    'publisher before you add it: install trusts exactly these keys.',
  ].join('\n'),
  options: {},
  positionals: true,
  async run({ positionals, json }, io) {
    const [verb, arg, ...rest] = positionals;
    const folder = keysFolder(io.env);
    if (verb === 'add' && arg !== undefined && rest.length === 0) {
      const added = await addKeys(folder, path.resolve(io.cwd, arg), io.now());
      if (json) printJson(io, { ok: true, folder, keys: added.map((a) => ({ outcome: a.outcome, ...a.key })) });
      else for (const a of added) io.stdout(`${a.outcome}: ${a.key.fingerprint} ${a.key.userIds.join(', ')}\n`);
      return EXIT_OK;
    }
    if (verb === 'list' && arg === undefined) {
      const keys = await listKeys(folder, io.now());
      if (json) printJson(io, { ok: true, folder, keys });
      else if (keys.length === 0) io.stdout(`No trusted keys (${folder}). Add one with packdex keys add KEYFILE.\n`);
      else io.stdout(renderTable(['FINGERPRINT', 'USER IDS', 'EXPIRES', 'REVOKED'], keys.map((k) => [k.fingerprint, k.userIds.join(', '), k.expires ?? 'never', k.revoked ? 'yes' : 'no'])));
      return EXIT_OK;
    }
    if (verb === 'remove' && arg !== undefined && rest.length === 0) {
      const fingerprint = await removeKey(folder, arg);
      if (json) printJson(io, { ok: true, folder, removed: fingerprint });
      else io.stdout(`removed: ${fingerprint}\n`);
      return EXIT_OK;
    }
    throw usageError('packdex keys takes add KEYFILE, list, or remove FINGERPRINT.', 'e.g. packdex keys add publisher.asc');
  },
};
