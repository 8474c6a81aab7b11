import type { AttunePackIndex, AttunePackIndexEntry } from '../../src/core/schema-types';

const HEX = 'a'.repeat(64);

/** A valid entry with overrides. */
export function entry(ref: string, version = '1.0.0', overrides: Partial<AttunePackIndexEntry> = {}): AttunePackIndexEntry {
  return {
    ref,
    label: ref.toUpperCase(),
    description: `The ${ref} pack`,
    version,
    author: 'Tester',
    license: 'MIT',
    keywords: [],
    runtime_deps: [],
    install_sources: [
      { type: 'git', url: `https://git.example.com/${ref}.git`, ref: `v${version}`, checksum: `sha256:${HEX}` },
      { type: 'archive', url: `https://dl.example.com/${ref}-${version}.tar.gz`, checksum: `sha256:${'b'.repeat(64)}` },
    ],
    contents: { actions: [], sensors: [], triggers: [], rules: [], workflows: [] },
    ...overrides,
  };
}

export function index(packs: AttunePackIndexEntry[], overrides: Partial<AttunePackIndex> = {}): AttunePackIndex {
  return {
    registry_name: 'Test Registry',
    registry_url: 'https://registry.example.com',
    version: '1.0',
    last_updated: '2025-01-01T00:00:00Z',
    packs,
    ...overrides,
  };
}
