import { splitPackageName } from '../names/package-name';

/**
 * Where a package's document lives, relative to the registry root. Cargo's sparse-index shards:
 * `1/a`, `2/ab`, `3/a/abc`, else `ab/cd/abcd…`, so no folder ever holds more than a few thousand
 * files and a client finds any package with one request, whatever the registry's size. A scoped
 * name (`@scope/name`) lives under `packages/@scope/`, sharded the same way below it: an unscoped
 * name never starts with `@`, so the two can never collide (AAM registries keep scopes apart the same way).
 */
export function packageDocumentPath(name: string): string {
  const { scope, base } = splitPackageName(name);
  return `packages/${scope === undefined ? '' : `@${scope}/`}${shardOf(base)}/${base}.json`;
}

export function shardOf(name: string): string {
  const lower = name.toLowerCase();
  switch (lower.length) {
    case 1:
      return '1';
    case 2:
      return '2';
    case 3:
      return `3/${lower[0]}`;
    default:
      return `${lower.slice(0, 2)}/${lower.slice(2, 4)}`;
  }
}

/** The package a document path is for: `packages/@scope/…/name.json` → `@scope/name`. */
export function nameFromDocumentPath(rel: string): string {
  const parts = rel.split('/');
  const base = parts[parts.length - 1]!.replace(/\.json$/, '');
  return parts[1]?.startsWith('@') ? `${parts[1]}/${base}` : base;
}
