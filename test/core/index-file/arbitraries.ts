import fc from 'fast-check';
import type { AttunePackIndexEntry } from '../../../src/core/schema-types';
import { entry } from '../../helpers/index-data';

export const arbitraryRef = fc.stringMatching(/^[a-z][a-z0-9_-]{0,12}$/);
export const arbitraryVersion = fc
  .tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.option(fc.constantFrom('-rc.1', '-beta', '+build.7'), { nil: undefined }))
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ?? ''}`);

const component = fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), description: fc.string({ maxLength: 20 }) });
const components = fc.uniqueArray(component, { selector: (c) => c.name, maxLength: 4 }).map((l) => l.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));

/** A valid entry with a random ref, version, keywords and contents. */
export function arbitraryEntry(ref = arbitraryRef): fc.Arbitrary<AttunePackIndexEntry> {
  return fc
    .record({
      ref,
      version: arbitraryVersion,
      keywords: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 4 }).map((k) => k.sort()),
      description: fc.string({ maxLength: 30 }),
      actions: components,
    })
    .map(({ ref: r, version, keywords, description, actions }) =>
      entry(r, version, { keywords, description, contents: { actions, sensors: [], triggers: [], rules: [], workflows: [] } }),
    );
}

/** Entries with distinct refs. */
export function arbitraryEntries(maxLength = 12): fc.Arbitrary<AttunePackIndexEntry[]> {
  return fc.uniqueArray(arbitraryEntry(), { selector: (e) => e.ref, maxLength });
}
