/**
 * Where the user documentation lives, for links in help texts and error messages: they are read
 * outside the repository (a terminal, a CI log), so the link is absolute, to the default branch.
 */
export const DOCS_BASE_URL = 'https://github.com/packdex/packdex/blob/main/docs/';

export type DocsPage = 'index-format.md' | 'checksum.md' | 'archive-format.md' | 'registry-layout.md' | 'profiles.md';

/** The URL of one page of docs/, with an optional `#anchor`. */
export function docsUrl(page: DocsPage, anchor?: string): string {
  return `${DOCS_BASE_URL}${page}${anchor === undefined ? '' : `#${anchor}`}`;
}
