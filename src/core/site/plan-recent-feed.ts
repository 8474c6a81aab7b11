import { compareVersions, type PackageDocument } from './package-document';
import type { RecentFeed, RecentItem } from './recent-feed';

export { RECENT_FEED, RECENT_SIZE, type RecentFeed, type RecentItem } from './recent-feed';
import { RECENT_SIZE } from './recent-feed';

function itemsOf(doc: PackageDocument): RecentItem[] {
  return doc.versions.map((v) => ({ name: doc.name, version: v.version, published_at: v.published_at, description: v.entry.description, ...(v.yanked ? { yanked: true as const } : {}) }));
}

/** Newest first; ties by name, then the higher version. A total order, so the feed is one set of bytes. */
function compareItems(a: RecentItem, b: RecentItem): number {
  if (a.published_at !== b.published_at) return a.published_at < b.published_at ? 1 : -1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return compareVersions(b.version, a.version);
}

function top(items: RecentItem[]): RecentItem[] {
  return items.sort(compareItems).slice(0, RECENT_SIZE);
}

export function serializeFeed(feed: RecentFeed): string {
  return `${JSON.stringify(feed, null, 1)}\n`;
}

export function emptyFeed(): RecentFeed {
  return { format: 'packdex-recent', format_version: 1, packages: 0, versions: 0, recent: [] };
}

/**
 * The feed with one more package document, for `site build`'s pass over every document: the list
 * stays RECENT_SIZE long as it goes, since the top of a union is the top of the tops.
 */
export function addToFeed(feed: RecentFeed, doc: PackageDocument): RecentFeed {
  return { ...feed, packages: feed.packages + 1, versions: feed.versions + doc.versions.length, recent: top([...feed.recent, ...itemsOf(doc)]) };
}

/**
 * The feed after one package's change, from the feed before it: the package's items are replaced
 * by every one of its versions and the list cut again. Exact, because published versions are never
 * removed and keep their times: anything the old feed left out is still beaten by what it kept.
 */
export function updateRecentFeed(feed: RecentFeed, before: PackageDocument | undefined, after: PackageDocument): RecentFeed {
  const others = feed.recent.filter((item) => item.name !== after.name);
  return {
    ...feed,
    packages: feed.packages + (before === undefined ? 1 : 0),
    versions: feed.versions - (before?.versions.length ?? 0) + after.versions.length,
    recent: top([...others, ...itemsOf(after)]),
  };
}

/** A feed as written, or undefined for anything else (a registry from before feeds: rebuilt by site build). */
export function parseRecentFeed(text: string | undefined): RecentFeed | undefined {
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<RecentFeed>;
    return data.format === 'packdex-recent' && data.format_version === 1 && Array.isArray(data.recent) ? (data as RecentFeed) : undefined;
  } catch {
    return undefined;
  }
}
