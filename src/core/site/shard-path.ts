/**
 * Where a package's document lives, relative to the registry root. Cargo's sparse-index shards:
 * `1/a`, `2/ab`, `3/a/abc`, else `ab/cd/abcd…`, so no folder ever holds more than a few thousand
 * files and a client finds any package with one request, whatever the registry's size.
 */
export function packageDocumentPath(name: string): string {
  return `packages/${shardOf(name)}/${name}.json`;
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
