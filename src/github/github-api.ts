import { getOctokit } from '@actions/github';
import { PackdexError, quote } from '../core/errors';
import type { PullRequest, PullRequestApi } from '../publish/propose-pull-request';

/** `owner/repo`, split. */
export interface RepoName {
  owner: string;
  repo: string;
}

export function parseRepoName(input: string, what: string): RepoName {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(input.trim());
  if (m === null || m[2] === '.' || m[2] === '..') {
    throw new PackdexError('USAGE', `${what} ${quote(input)} is not owner/repo.`, {
      value: input,
      expected: 'owner/repo, e.g. acme/packdex-registry',
      fix: `Set ${what} to the repository's owner and name, separated by a slash.`,
    });
  }
  return { owner: m[1]!, repo: m[2]! };
}

export interface Release {
  id: number;
  tagName: string;
  htmlUrl: string;
  uploadUrl: string;
  assets: ReleaseAsset[];
}

export interface ReleaseAsset {
  /** The API's id, for downloading it (GET …/releases/assets/{id}). */
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>`, as GitHub computes it; null on servers that do not. */
  digest: string | null;
  downloadUrl: string;
}

/**
 * The calls the Action makes to GitHub's REST API, through Octokit (base URL from GITHUB_API_URL,
 * so GitHub Enterprise Server works; the runner's proxy settings honoured by @actions/github).
 * Every failure becomes a PackdexError that says what to change: the common ones are a token that
 * cannot see or write the registry, and Actions not being allowed to open pull requests.
 */
export class GitHubApi {
  private readonly octokit: ReturnType<typeof getOctokit>;

  constructor(token: string, apiUrl?: string) {
    this.octokit = getOctokit(token, apiUrl === undefined ? {} : { baseUrl: apiUrl.replace(/\/+$/, '') });
  }

  async repository(name: RepoName): Promise<{ defaultBranch: string; htmlUrl: string }> {
    const { data } = await this.call('read the repository', name, () => this.octokit.rest.repos.get({ ...name }));
    return { defaultBranch: data.default_branch, htmlUrl: data.html_url };
  }

  /** The commit a branch points at, or undefined when there is no such branch. */
  async branchCommit(name: RepoName, branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...name, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (cause) {
      if (statusOf(cause) === 404) return undefined;
      throw explain(cause, `read the branch ${branch}`, name);
    }
  }

  async releaseByTag(name: RepoName, tag: string): Promise<Release | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getReleaseByTag({ ...name, tag });
      return toRelease(data);
    } catch (cause) {
      if (statusOf(cause) === 404) return undefined;
      throw explain(cause, `read the release of ${tag}`, name);
    }
  }

  async createRelease(name: RepoName, release: { tag: string; title: string; body: string }): Promise<Release> {
    const { data } = await this.call(`create the release for ${release.tag}`, name, () =>
      this.octokit.rest.repos.createRelease({ ...name, tag_name: release.tag, name: release.title, body: release.body }),
    );
    return toRelease(data);
  }

  /** Upload to the release's own upload_url: its origin differs on github.com and on GHES. */
  async uploadAsset(name: RepoName, release: Release, asset: { name: string; bytes: Buffer; contentType: string }): Promise<ReleaseAsset> {
    const { data } = await this.call(`upload ${asset.name} to the release ${release.tagName}`, name, () =>
      this.octokit.request({
        method: 'POST',
        url: release.uploadUrl,
        name: asset.name,
        data: asset.bytes,
        headers: { 'content-type': asset.contentType, 'content-length': asset.bytes.length },
      }),
    );
    return toAsset(data as AssetData);
  }

  /**
   * An asset's bytes through the API (Accept: application/octet-stream), which answers for a
   * private repository too, where the browser download URL needs a session. GitHub redirects to
   * its storage or streams the bytes; either way at most `maxBytes` are accepted.
   */
  async downloadAsset(name: RepoName, asset: ReleaseAsset, maxBytes: number): Promise<Buffer> {
    if (asset.size > maxBytes) {
      throw new PackdexError('GITHUB_API_FAILED', `The release asset ${quote(asset.name)} is ${asset.size} bytes, more than the ${maxBytes} expected.`, { value: asset.size, expected: `at most ${maxBytes} bytes`, fix: `Delete ${asset.name} from the release and rerun.` });
    }
    const { data } = await this.call(`download ${asset.name}`, name, () => this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...name, asset_id: asset.id, headers: { accept: 'application/octet-stream' } }));
    const bytes = Buffer.from(data as unknown as ArrayBuffer);
    if (bytes.length > maxBytes) {
      throw new PackdexError('GITHUB_API_FAILED', `The release asset ${quote(asset.name)} sent ${bytes.length} bytes, more than the ${maxBytes} expected.`, { value: bytes.length, expected: `at most ${maxBytes} bytes`, fix: `Delete ${asset.name} from the release and rerun.` });
    }
    return bytes;
  }

  /** Pull requests on the registry repository, for the pull-request publishing flow. */
  pullRequests(name: RepoName): PullRequestApi {
    return {
      findOpen: async (branch) => {
        const { data } = await this.call('list pull requests', name, () =>
          this.octokit.rest.pulls.list({ ...name, state: 'open', head: `${name.owner}:${branch}`, per_page: 10 }),
        );
        return data.length === 0 ? undefined : toPull(data[0]!);
      },
      create: async (request) => {
        const { data } = await this.call('open a pull request', name, () => this.octokit.rest.pulls.create({ ...name, ...request, maintainer_can_modify: true }));
        return toPull(data);
      },
      update: async (number, request) => {
        const { data } = await this.call(`update pull request #${number}`, name, () => this.octokit.rest.pulls.update({ ...name, pull_number: number, ...request }));
        return toPull(data);
      },
    };
  }

  private async call<T>(what: string, name: RepoName, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (cause) {
      throw explain(cause, what, name);
    }
  }
}

interface AssetData {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
  browser_download_url: string;
}

function toAsset(data: AssetData): ReleaseAsset {
  return { id: data.id, name: data.name, size: data.size, digest: data.digest ?? null, downloadUrl: data.browser_download_url };
}

function toRelease(data: { id: number; tag_name: string; html_url: string; upload_url: string; assets: AssetData[] }): Release {
  return { id: data.id, tagName: data.tag_name, htmlUrl: data.html_url, uploadUrl: data.upload_url, assets: data.assets.map(toAsset) };
}

function toPull(data: { number: number; html_url: string }): PullRequest {
  return { number: data.number, url: data.html_url };
}

function statusOf(cause: unknown): number | undefined {
  const status = (cause as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's own words for a failure: the response's message, else the error's. */
function saidBy(cause: unknown): string {
  const data = (cause as { response?: { data?: { message?: unknown } } } | null)?.response?.data;
  if (typeof data?.message === 'string') return data.message;
  return cause instanceof Error ? cause.message : String(cause);
}

/** Turn an Octokit failure into an error that names the repository, the step and the fix. */
export function explain(cause: unknown, what: string, name: RepoName): PackdexError {
  const status = statusOf(cause);
  const said = saidBy(cause);
  const repo = `${name.owner}/${name.repo}`;
  const message = `Could not ${what} on ${repo}: ${status === undefined ? '' : `HTTP ${status} `}${said}`;
  if (status === 403 && /not permitted to create or approve pull requests/i.test(said)) {
    return new PackdexError('GITHUB_FORBIDDEN', message, {
      value: repo,
      expected: 'GitHub Actions allowed to create pull requests on the registry repository',
      fix: `In ${repo} (or its organization): Settings → Actions → General → Workflow permissions → tick "Allow GitHub Actions to create and approve pull requests". Or pass a GitHub App or fine-grained token as 'registry-token', or set 'publish-via: commit'.`,
      cause,
    });
  }
  if (status === 401) {
    return new PackdexError('GITHUB_FORBIDDEN', message, {
      value: repo,
      expected: 'a valid token',
      fix: "The token was rejected: check the secrets passed as 'token' and 'registry-token' (expired or revoked tokens give 401).",
      cause,
    });
  }
  if (status === 403) {
    return new PackdexError('GITHUB_FORBIDDEN', message, {
      value: repo,
      expected: 'a token with contents: write (and pull-requests: write to open pull requests)',
      fix: `Grant the job 'permissions: { contents: write, pull-requests: write }' when ${repo} is the workflow's own repository; otherwise pass a GitHub App or fine-grained token with those permissions on ${repo} as 'registry-token' (the registry) or 'token' (the package's own release).`,
      cause,
    });
  }
  if (status === 404) {
    return new PackdexError('GITHUB_NOT_FOUND', message, {
      value: repo,
      expected: 'a repository the token can see',
      fix: `Check the name ${quote(repo)}. The default GITHUB_TOKEN sees only the workflow's own repository: to publish into another one, pass a token that can read and write ${repo} as 'registry-token'.`,
      cause,
    });
  }
  return new PackdexError('GITHUB_API_FAILED', message, {
    value: repo,
    fix: status !== undefined && status >= 500 ? 'GitHub answered with a server error: rerun the job.' : 'Check the inputs named in the message; rerun with ACTIONS_STEP_DEBUG=true for the full request.',
    cause,
  });
}
