import type * as OpenPgp from 'openpgp';

/**
 * openpgp is loaded on first use: evaluating it costs ~65 ms, measured on the CLI's start-up
 * (78 → 145 ms for `packdex --help`), which every command and the Action would pay otherwise,
 * though only signing, verifying and the keyring need it.
 */
let loaded: Promise<typeof OpenPgp> | undefined;

export function loadOpenpgp(): Promise<typeof OpenPgp> {
  loaded ??= import('openpgp');
  return loaded;
}
