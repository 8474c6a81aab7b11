import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from '../format-bytes';
import { DEFAULT_INDEX_MAX_BYTES, GITHUB_FILE_REFUSE } from './index-json/index-policy';

/** GitHub warns about a pushed file over 50 MB and refuses one over 100 MB. */
export const GITHUB_FILE_WARN = 50 * 1024 * 1024;
/** A GitHub Pages site may be at most 1 GB. */
export const PAGES_SITE_LIMIT = 1024 * 1024 * 1024;
/** Warn at this share of a limit: early enough to switch before a push is refused. */
const SHARE = 0.8;

export interface SizeWarning {
  file: string;
  size: number;
  limit: number;
  message: string;
}

const HOW_TO_SWITCH =
  'To keep only the sources in git, set "derived": "deployed" in registry.json and build the site in the deploying workflow (examples/workflows/deploy-pages.yml: site build --out _site, upload-pages-artifact, deploy-pages; or site deploy to object storage). Consumers that read index.json from the branch (raw.githubusercontent.com) must read it from the served site instead.';

/** What happens past registry.json's index limit, and what a consumer of index.json loses. */
const PAST_THE_LIMIT =
  'Past it, site build and publish leave index.json out and registry.json says so (index: null, index_omitted): packdex clients and the browse page resolve, install, search and list from the package documents and search files, but consumers that read index.json itself (Attune, or scripts reading it from the branch) find none.';

/**
 * Warnings for a registry that commits its derived files, when one of them or the whole site
 * approaches what GitHub accepts. `files` are the committed files (path → bytes); nothing is said
 * for a registry whose derived files are deployed, since none of them is in git.
 */
export function committedSizeWarnings(
  files: readonly { path: string; size: number }[],
  derivedFiles: readonly string[],
  derived: 'committed' | 'deployed' | undefined,
  /** registry.json's index policy, when the caller has it: index.json nearing its limit is said too. */
  policy?: { produce: 'auto' | 'always' | 'never'; maxBytes: number },
): SizeWarning[] {
  const warnings: SizeWarning[] = [];
  const index = files.find((f) => f.path === 'index.json');
  if (policy?.produce === 'auto' && index !== undefined && index.size >= policy.maxBytes * SHARE) {
    warnings.push({
      file: 'index.json',
      size: index.size,
      limit: policy.maxBytes,
      message: `index.json is ${formatBytes(index.size)}, near registry.json's limit of ${formatBytes(policy.maxBytes)} for it (index_policy.max_bytes; ${formatBytes(DEFAULT_INDEX_MAX_BYTES)} by default). ${PAST_THE_LIMIT} To keep producing it, raise the limit or set index_policy.produce to always${derived === 'deployed' ? '' : ` (a committed index.json is still refused at ${formatBytes(GITHUB_FILE_REFUSE)}, which GitHub refuses), or keep the derived files out of git. ${HOW_TO_SWITCH}`}`,
    });
  }
  if (derived === 'deployed') return warnings;
  const isDerived = new Set(derivedFiles);
  for (const f of files) {
    if (isDerived.has(f.path) && f.size >= GITHUB_FILE_WARN * SHARE && !warnings.some((w) => w.file === f.path)) {
      warnings.push({ file: f.path, size: f.size, limit: GITHUB_FILE_WARN, message: `${f.path} is ${formatBytes(f.size)}, near GitHub's ${formatBytes(GITHUB_FILE_WARN)} warning for one file (pushes over 100 MiB are refused). ${HOW_TO_SWITCH}` });
    }
  }
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total >= PAGES_SITE_LIMIT * SHARE) {
    warnings.push({ file: '.', size: total, limit: PAGES_SITE_LIMIT, message: `The registry is ${formatBytes(total)}, near GitHub Pages' ${formatBytes(PAGES_SITE_LIMIT)} limit for a site. Serve it from object storage with a CDN in front (packdex site deploy --to s3://BUCKET/PREFIX; examples/workflows/deploy-s3.yml), and set registry.json's url to the new address.` });
  }
  return warnings;
}

/** Sizes of the files a registry folder serves (dot-entries skipped), without reading them. */
export async function readFileSizes(root: string, rel = ''): Promise<{ path: string; size: number }[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
  const out: { path: string; size: number }[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await readFileSizes(root, child)));
    else if (e.isFile()) out.push({ path: child, size: (await stat(path.join(root, child))).size });
  }
  return out;
}
