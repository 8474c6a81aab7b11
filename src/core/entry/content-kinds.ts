/** The five kinds of an Attune pack's contents, always present in an entry. */
export const ATTUNE_KINDS = ['actions', 'sensors', 'triggers', 'rules', 'workflows'] as const;
/** Kinds other profiles add after them: pbg's Process and Step classes, AAM's artifacts. */
export const PROFILE_KINDS = ['processes', 'steps', 'agents', 'skills', 'prompts', 'instructions'] as const;
/** Every contents kind, in the order an entry writes them. */
export const CONTENT_KINDS = [...ATTUNE_KINDS, ...PROFILE_KINDS] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export type AttuneKind = (typeof ATTUNE_KINDS)[number];
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export interface Component {
  name: string;
  description: string;
}

/** An entry's contents: the five Attune kinds, always, and a profile's own kinds when it has them. */
export type PackageContents = Record<AttuneKind, Component[]> & Partial<Record<ProfileKind, Component[]>>;

/** Empty lists for the five Attune kinds, which every entry carries. */
export function emptyAttuneContents(): Record<AttuneKind, Component[]> {
  return { actions: [], sensors: [], triggers: [], rules: [], workflows: [] };
}

/** A component list in index order: sorted by name, each name once. */
export function sortComponents(list: readonly Component[]): Component[] {
  const byName = new Map<string, Component>();
  for (const c of list) if (!byName.has(c.name)) byName.set(c.name, c);
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
