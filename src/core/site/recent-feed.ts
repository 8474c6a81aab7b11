// recent.json's shape, shared by its writer (plan-recent-feed.ts) and the browse page.

export const RECENT_FEED = 'recent.json';
/** How many versions the feed lists: what a home page shows first. */
export const RECENT_SIZE = 20;

export interface RecentItem {
  name: string;
  version: string;
  published_at: string;
  description: string;
  yanked?: true;
}

/** The home page's small feed: counts and the newest versions, so it never needs index.json. */
export interface RecentFeed {
  format: 'packdex-recent';
  format_version: 1;
  /** Package documents in the registry. */
  packages: number;
  /** Versions published, yanked ones included. */
  versions: number;
  recent: RecentItem[];
}

