import { readFile } from 'node:fs/promises';
import { PackdexError } from '../errors';
import { readTextIfExists } from '../fs/read-text-if-exists';
import type { AttunePackIndex, AttunePackIndexEntry } from '../schema-types';
import { serializeIndex } from '../entry/canonical-entry';
import type { FileChange } from '../fs/file-change';
import { parseIndexText } from './read-index';
import { upsertIntoIndexText } from './splice-index';
import { emptyIndex, upsertEntry, type UpdateOutcome } from './update-index';

export interface IndexUpdatePlan {
  change: FileChange;
  outcome: UpdateOutcome;
  /** The entry as written (canonical key order). */
  entry: AttunePackIndexEntry;
}

export interface PlanIndexUpdateSettings {
  /** The index to read (it may not exist yet). */
  indexPath: string;
  /** Where to write; the index itself by default. */
  outputPath?: string;
  /** The entry to put, or a function of the current index (for bumps). */
  entry: AttunePackIndexEntry | ((index: AttunePackIndex) => AttunePackIndexEntry);
  replace: boolean;
  /** Identity for a new index, required when indexPath does not exist. */
  registryName?: string;
  registryUrl?: string;
  now: Date;
}

/**
 * Plan `index-update`: read (or create) the index, upsert the entry, and return the bytes to
 * write. Nothing is written here; an `unchanged` plan has identical before and after.
 */
export async function planIndexUpdate(settings: PlanIndexUpdateSettings): Promise<IndexUpdatePlan> {
  const outputPath = settings.outputPath ?? settings.indexPath;
  // An existing, valid index, in whatever layout: splice the entry into its text, so that every
  // other entry keeps its bytes (see splice-index.ts). A new index, or one that breaks a rule (to
  // be reported in full), takes the whole-document path below.
  const raw = await readTextIfExists(settings.indexPath);
  const spliced = raw === undefined ? undefined : upsertIntoIndexText(raw, settings.entry, { replace: settings.replace, now: settings.now });
  if (spliced !== undefined) {
    const before = outputPath === settings.indexPath ? raw : await readFile(outputPath, 'utf8').catch(() => undefined);
    return { change: { path: outputPath, before, after: spliced.text }, outcome: spliced.outcome, entry: spliced.entry };
  }
  // The whole-document path parses the text already read rather than reading the file again.
  const existing = raw === undefined ? undefined : { index: parseIndexText(raw, settings.indexPath), text: raw };
  const text = existing?.text;
  let index: AttunePackIndex;
  if (existing === undefined) {
    if (settings.registryName === undefined || settings.registryUrl === undefined) {
      throw new PackdexError('INDEX_IDENTITY_MISSING', `Index '${settings.indexPath}' does not exist, and a new index needs a registry name and URL.`, {
        value: settings.indexPath,
        expected: '--registry-name NAME and --registry-url https://…',
        fix: 'Pass --registry-name and --registry-url to create the index, or check the --index path.',
      });
    }
    index = emptyIndex(settings.registryName, settings.registryUrl, settings.now);
  } else {
    index = existing.index;
  }
  const entry = typeof settings.entry === 'function' ? settings.entry(index) : settings.entry;
  const result = upsertEntry(index, entry, { replace: settings.replace, now: settings.now });
  let before = text;
  if (outputPath !== settings.indexPath) {
    before = await readFile(outputPath, 'utf8').catch(() => undefined);
  }
  const after = result.outcome === 'unchanged' && text !== undefined && outputPath === settings.indexPath ? text : serializeIndex(result.index);
  const outcome: UpdateOutcome = text === undefined ? 'created' : result.outcome;
  return { change: { path: outputPath, before, after }, outcome, entry: result.index.packs.find((p) => p.ref === entry.ref) ?? entry };
}
