/** A package as search sees it: lowercased once, scored many times. */
export interface SearchRow {
  name: string;
  description: string;
  keywords: string[];
}

export function searchRow(entry: { ref: string; description: string; keywords: string[] }): SearchRow {
  return { name: entry.ref.toLowerCase(), description: entry.description.toLowerCase(), keywords: entry.keywords.map((k) => k.toLowerCase()) };
}

export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Score a package against the query's terms (shared by the browse page and `packdex search`).
 * Every term must match somewhere: a name match beats a keyword match beats a description
 * match, and a term that is only a subsequence of the name (fuzzy: "slk" → "slack") scores
 * lowest. 0 means no match.
 */
export function searchScore(row: SearchRow, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    if (row.name === term) best = 100;
    else if (row.name.startsWith(term)) best = 60;
    else if (row.name.includes(term)) best = 40;
    else if (row.keywords.includes(term)) best = 30;
    else if (row.keywords.some((k) => k.includes(term))) best = 20;
    else if (row.description.includes(term)) best = 10;
    else if (isSubsequence(term, row.name)) best = 5;
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}
