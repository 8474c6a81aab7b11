import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import path from 'node:path';
import { runHttpBackend } from './git-http-server';
import { OpenApiCheck } from './openapi-check';
import { makeTestCa } from './registry-server';
import { tempDir } from './tmp';

/**
 * A loopback GitHub for the Action's tests, laid out like GitHub Enterprise Server on one origin:
 *   /owner/repo.git/…                         real git (`git http-backend`) over bare repositories
 *   /api/v3/…                                 the REST API stand-in (GITHUB_API_URL)
 *   /api/uploads/…                            release asset uploads (the releases' upload_url)
 *   /owner/repo/releases/download/TAG/NAME    release assets, as browsers download them
 * The REST stand-in is the one fake in the suite: each request it receives and each response it
 * sends is checked against GitHub's OpenAPI description, and every mismatch lands in `violations`.
 */

export interface TokenGrant {
  /** Repositories the token can see: full names, or '*'. */
  repos: '*' | string[];
  /** contents/pull-requests write; false for a read-only token. */
  write: boolean;
  /** The workflow's GITHUB_TOKEN is an Actions token; repositories may forbid it to open pull requests. */
  actions?: boolean;
  /** `attestations: write` (and `id-token: write`): the job may store attestations. */
  attestations?: boolean;
}

export interface ReleaseAssetState {
  id: number;
  name: string;
  bytes: Buffer;
  contentType: string;
  createdAt: string;
}

export interface ReleaseState {
  id: number;
  tag: string;
  name: string | null;
  body: string | null;
  targetCommitish: string;
  createdAt: string;
  assets: ReleaseAssetState[];
}

export interface PullState {
  id: number;
  number: number;
  title: string;
  body: string | null;
  head: string;
  base: string;
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
}

export interface RepoState {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  bare: string;
  /** Settings → Actions → "Allow GitHub Actions to create and approve pull requests". */
  actionsMayCreatePullRequests: boolean;
  releases: ReleaseState[];
  pulls: PullState[];
  /** What POST /repos/{owner}/{repo}/attestations stored. */
  attestations: { id: number; bundle: unknown }[];
}

export interface ApiCall {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  /** The token the request presented (Authorization: token|bearer …), '' when none. */
  token: string;
}

export interface LoopbackGitHub {
  /** GITHUB_SERVER_URL */
  serverUrl: string;
  /** GITHUB_API_URL */
  apiUrl: string;
  /** The CA that signed the server's certificate (NODE_EXTRA_CA_CERTS, GIT_SSL_CAINFO). */
  caFile?: string;
  /** The server's key and certificate (localhost and the `hostNames`), for other loopback servers of the test. */
  tls?: { key: Buffer; cert: Buffer };
  /** The loopback port it listens on. */
  port: number;
  tokens: Map<string, TokenGrant>;
  calls: ApiCall[];
  violations: string[];
  /** Authorization headers git sent ('' when none). */
  gitAuthorizations: string[];
  createRepo(fullName: string, options?: { defaultBranch?: string; files?: Record<string, string> }): RepoState;
  repo(fullName: string): RepoState;
  /** Run git in a repository's bare directory (inspection from tests). */
  git(fullName: string, ...args: string[]): string;
  stop(): Promise<void>;
}

const TIME = '2026-06-01T00:00:00Z';
const DOCS = 'https://docs.github.com/rest';

export async function startLoopbackGitHub(options: { tls?: boolean; hostNames?: readonly string[] } = {}): Promise<LoopbackGitHub> {
  const root = tempDir('packdex-github-');
  const check = new OpenApiCheck();
  const repos = new Map<string, RepoState>();
  const tokens = new Map<string, TokenGrant>();
  const calls: ApiCall[] = [];
  const violations: string[] = [];
  const gitAuthorizations: string[] = [];
  let nextId = 1000;
  const ca = options.tls === false ? undefined : makeTestCa(options.hostNames);
  let origin = '';

  const git = (fullName: string, ...args: string[]) => execFileSync('git', args, { cwd: repos.get(fullName)!.bare, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
  const refSha = (repo: RepoState, ref: string) => {
    try {
      return execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: repo.bare, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').trim();
    } catch {
      return undefined;
    }
  };

  const grantOf = (authorization: string | undefined): TokenGrant | undefined => {
    const m = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '');
    return m === null ? undefined : tokens.get(m[1]!);
  };
  const sees = (grant: TokenGrant, repo: RepoState) => grant.repos === '*' || grant.repos.includes(`${repo.owner}/${repo.name}`);

  // ---- GitHub's object shapes ----
  const api = () => `${origin}/api/v3`;
  const user = (login: string) => userShape(login, encodeURIComponent(login));
  const userShape = (login: string, at: string) => ({
    login,
    id: login === 'github-actions[bot]' ? 41898282 : 1,
    node_id: `U_${login}`,
    avatar_url: `${origin}/avatars/${at}`,
    gravatar_id: '',
    url: `${api()}/users/${at}`,
    html_url: `${origin}/${at}`,
    followers_url: `${api()}/users/${at}/followers`,
    following_url: `${api()}/users/${at}/following{/other_user}`,
    gists_url: `${api()}/users/${at}/gists{/gist_id}`,
    starred_url: `${api()}/users/${at}/starred{/owner}{/repo}`,
    subscriptions_url: `${api()}/users/${at}/subscriptions`,
    organizations_url: `${api()}/users/${at}/orgs`,
    repos_url: `${api()}/users/${at}/repos`,
    events_url: `${api()}/users/${at}/events{/privacy}`,
    received_events_url: `${api()}/users/${at}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'Organization',
    site_admin: false,
  });
  const repository = (r: RepoState) => {
    const url = `${api()}/repos/${r.owner}/${r.name}`;
    const templated = Object.fromEntries(
      (
        [
          ['archive_url', '/{archive_format}{/ref}'], ['assignees_url', '/assignees{/user}'], ['blobs_url', '/git/blobs{/sha}'], ['branches_url', '/branches{/branch}'],
          ['collaborators_url', '/collaborators{/collaborator}'], ['comments_url', '/comments{/number}'], ['commits_url', '/commits{/sha}'], ['compare_url', '/compare/{base}...{head}'],
          ['contents_url', '/contents/{+path}'], ['contributors_url', '/contributors'], ['deployments_url', '/deployments'], ['downloads_url', '/downloads'], ['events_url', '/events'],
          ['forks_url', '/forks'], ['git_commits_url', '/git/commits{/sha}'], ['git_refs_url', '/git/refs{/sha}'], ['git_tags_url', '/git/tags{/sha}'], ['hooks_url', '/hooks'],
          ['issue_comment_url', '/issues/comments{/number}'], ['issue_events_url', '/issues/events{/number}'], ['issues_url', '/issues{/number}'], ['keys_url', '/keys{/key_id}'],
          ['labels_url', '/labels{/name}'], ['languages_url', '/languages'], ['merges_url', '/merges'], ['milestones_url', '/milestones{/number}'],
          ['notifications_url', '/notifications{?since,all,participating}'], ['pulls_url', '/pulls{/number}'], ['releases_url', '/releases{/id}'], ['stargazers_url', '/stargazers'],
          ['statuses_url', '/statuses/{sha}'], ['subscribers_url', '/subscribers'], ['subscription_url', '/subscription'], ['tags_url', '/tags'], ['teams_url', '/teams'], ['trees_url', '/git/trees{/sha}'],
        ] as const
      ).map(([k, suffix]) => [k, `${url}${suffix}`]),
    );
    return {
      id: r.id,
      node_id: `R_${r.id}`,
      name: r.name,
      full_name: `${r.owner}/${r.name}`,
      owner: user(r.owner),
      private: false,
      html_url: `${origin}/${r.owner}/${r.name}`,
      description: null,
      fork: false,
      url,
      ...templated,
      git_url: `git://${new URL(origin).host}/${r.owner}/${r.name}.git`,
      ssh_url: `git@${new URL(origin).hostname}:${r.owner}/${r.name}.git`,
      clone_url: `${origin}/${r.owner}/${r.name}.git`,
      svn_url: `${origin}/${r.owner}/${r.name}`,
      mirror_url: null,
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1,
      default_branch: r.defaultBranch,
      open_issues_count: r.pulls.filter((p) => p.state === 'open').length,
      open_issues: r.pulls.filter((p) => p.state === 'open').length,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: true,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: TIME,
      created_at: TIME,
      updated_at: TIME,
    };
  };
  const fullRepository = (r: RepoState, grant: TokenGrant) => ({
    ...repository(r),
    permissions: { admin: false, maintain: false, push: grant.write, triage: grant.write, pull: true },
    network_count: 0,
    subscribers_count: 0,
  });
  const asset = (r: RepoState, rel: ReleaseState, a: ReleaseAssetState) => ({
    url: `${api()}/repos/${r.owner}/${r.name}/releases/assets/${a.id}`,
    browser_download_url: `${origin}/${r.owner}/${r.name}/releases/download/${encodeURIComponent(rel.tag)}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: `RA_${a.id}`,
    name: a.name,
    label: null,
    state: 'uploaded',
    content_type: a.contentType,
    size: a.bytes.length,
    digest: `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`,
    download_count: 0,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    uploader: user('github-actions[bot]'),
  });
  const release = (r: RepoState, rel: ReleaseState) => ({
    url: `${api()}/repos/${r.owner}/${r.name}/releases/${rel.id}`,
    html_url: `${origin}/${r.owner}/${r.name}/releases/tag/${encodeURIComponent(rel.tag)}`,
    assets_url: `${api()}/repos/${r.owner}/${r.name}/releases/${rel.id}/assets`,
    upload_url: `${origin}/api/uploads/repos/${r.owner}/${r.name}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: `${api()}/repos/${r.owner}/${r.name}/tarball/${rel.tag}`,
    zipball_url: `${api()}/repos/${r.owner}/${r.name}/zipball/${rel.tag}`,
    id: rel.id,
    node_id: `RE_${rel.id}`,
    tag_name: rel.tag,
    target_commitish: rel.targetCommitish,
    name: rel.name,
    body: rel.body,
    draft: false,
    prerelease: false,
    immutable: false,
    created_at: rel.createdAt,
    published_at: rel.createdAt,
    author: user('github-actions[bot]'),
    assets: rel.assets.map((a) => asset(r, rel, a)),
  });
  const branchEnd = (r: RepoState, branch: string) => ({
    label: `${r.owner}:${branch}`,
    ref: branch,
    repo: repository(r),
    sha: refSha(r, `refs/heads/${branch}`) ?? '0'.repeat(40),
    user: user(r.owner),
  });
  const pull = (r: RepoState, p: PullState, full: boolean) => {
    const url = `${api()}/repos/${r.owner}/${r.name}/pulls/${p.number}`;
    const html = `${origin}/${r.owner}/${r.name}/pull/${p.number}`;
    const issue = `${api()}/repos/${r.owner}/${r.name}/issues/${p.number}`;
    const simple = {
      url,
      id: p.id,
      node_id: `PR_${p.id}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${api()}/repos/${r.owner}/${r.name}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${api()}/repos/${r.owner}/${r.name}/statuses/${branchEnd(r, p.head).sha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: user('github-actions[bot]'),
      body: p.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branchEnd(r, p.head),
      base: branchEnd(r, p.base),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${api()}/repos/${r.owner}/${r.name}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${api()}/repos/${r.owner}/${r.name}/statuses/${branchEnd(r, p.head).sha}` },
      },
      author_association: 'NONE',
      auto_merge: null,
      draft: false,
    };
    if (!full) return simple;
    return { ...simple, merged: false, mergeable: true, rebaseable: true, mergeable_state: 'clean', merged_by: null, comments: 0, review_comments: 0, maintainer_can_modify: true, commits: 1, additions: 1, deletions: 0, changed_files: 2 };
  };

  // ---- the operations ----
  type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
  const notFound: Reply = { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
  const forbidden = (message = 'Resource not accessible by integration'): Reply => ({ status: 403, body: { message, documentation_url: DOCS, status: '403' } });
  const invalid = (message: string, resource: string, code: string, field?: string): Reply => ({
    status: 422,
    body: { message: 'Validation Failed', documentation_url: DOCS, errors: [{ resource, code, ...(field === undefined ? {} : { field }), message }] },
  });

  function operate(operationId: string, params: Record<string, string>, query: URLSearchParams, body: unknown, raw: Buffer, headers: IncomingMessage['headers'], grant: TokenGrant): Reply {
    const r = repos.get(`${params.owner}/${params.repo}`);
    if (r === undefined || !sees(grant, r)) return notFound;
    const b = (body ?? {}) as Record<string, unknown>;
    switch (operationId) {
      case 'repos/get':
        return { status: 200, body: fullRepository(r, grant) };
      case 'git/get-ref': {
        const sha = refSha(r, `refs/${params.ref}`);
        if (sha === undefined) return notFound;
        return { status: 200, body: { ref: `refs/${params.ref}`, node_id: `REF_${sha}`, url: `${api()}/repos/${r.owner}/${r.name}/git/refs/${params.ref}`, object: { type: 'commit', sha, url: `${api()}/repos/${r.owner}/${r.name}/git/commits/${sha}` } } };
      }
      case 'repos/get-release-by-tag': {
        const rel = r.releases.find((x) => x.tag === params.tag);
        return rel === undefined ? notFound : { status: 200, body: release(r, rel) };
      }
      case 'repos/create-release': {
        if (!grant.write) return notFound;
        const tag = String(b.tag_name);
        if (r.releases.some((x) => x.tag === tag)) return invalid('already_exists', 'Release', 'already_exists', 'tag_name');
        if (refSha(r, `refs/tags/${tag}`) === undefined) {
          const target = String(b.target_commitish ?? r.defaultBranch);
          const sha = refSha(r, target) ?? refSha(r, `refs/heads/${target}`);
          if (sha === undefined) return invalid('target_commitish is invalid', 'Release', 'invalid', 'target_commitish');
          git(`${r.owner}/${r.name}`, 'update-ref', `refs/tags/${tag}`, sha);
        }
        const rel: ReleaseState = { id: nextId++, tag, name: (b.name as string | undefined) ?? tag, body: (b.body as string | undefined) ?? null, targetCommitish: String(b.target_commitish ?? r.defaultBranch), createdAt: TIME, assets: [] };
        r.releases.push(rel);
        return { status: 201, body: release(r, rel) };
      }
      case 'repos/upload-release-asset': {
        const rel = r.releases.find((x) => x.id === Number(params.release_id));
        if (rel === undefined) return invalid('release not found', 'ReleaseAsset', 'invalid');
        if (!grant.write) return invalid('Resource not accessible by integration', 'ReleaseAsset', 'custom');
        const name = query.get('name')!;
        if (rel.assets.some((a) => a.name === name)) return invalid('already_exists', 'ReleaseAsset', 'already_exists', 'name');
        if (Number(headers['content-length']) !== raw.length) return invalid('content-length does not match the body', 'ReleaseAsset', 'invalid');
        const a: ReleaseAssetState = { id: nextId++, name, bytes: raw, contentType: String(headers['content-type']), createdAt: TIME };
        rel.assets.push(a);
        return { status: 201, body: asset(r, rel, a) };
      }
      case 'repos/get-release-asset': {
        for (const rel of r.releases) {
          const a = rel.assets.find((x) => x.id === Number(params.asset_id));
          if (a === undefined) continue;
          // As GitHub does: the JSON description, or with Accept: application/octet-stream a
          // redirect to where the bytes are (here, the browser download path on this origin).
          if (/application\/octet-stream/.test(String(headers.accept ?? ''))) return { status: 302, headers: { location: asset(r, rel, a).browser_download_url } };
          return { status: 200, body: asset(r, rel, a) };
        }
        return notFound;
      }
      case 'repos/create-attestation': {
        if (!grant.write || grant.attestations !== true) return forbidden();
        const bundle = b.bundle as { mediaType?: unknown } | undefined;
        if (typeof bundle?.mediaType !== 'string' || !bundle.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) return invalid('bundle is not a Sigstore bundle', 'Attestation', 'invalid', 'bundle');
        const id = nextId++;
        r.attestations.push({ id, bundle: b.bundle });
        return { status: 201, body: { id } };
      }
      case 'pulls/list': {
        const state = query.get('state') ?? 'open';
        const head = query.get('head');
        const found = r.pulls.filter((p) => (state === 'all' || p.state === state) && (head === null || `${r.owner}:${p.head}` === head));
        return { status: 200, body: found.map((p) => pull(r, p, false)) };
      }
      case 'pulls/create': {
        if (!grant.write) return forbidden();
        if (grant.actions === true && !r.actionsMayCreatePullRequests) return forbidden('GitHub Actions is not permitted to create or approve pull requests.');
        const head = String(b.head).replace(/^[^:]+:/, '');
        const base = String(b.base);
        if (refSha(r, `refs/heads/${head}`) === undefined) return invalid('head is invalid', 'PullRequest', 'invalid', 'head');
        if (refSha(r, `refs/heads/${base}`) === undefined) return invalid('base is invalid', 'PullRequest', 'invalid', 'base');
        if (r.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) return invalid(`A pull request already exists for ${r.owner}:${head}.`, 'PullRequest', 'custom');
        const id = nextId++;
        const p: PullState = { id, number: r.pulls.length + 1, title: String(b.title), body: (b.body as string | undefined) ?? null, head, base, state: 'open', createdAt: TIME, updatedAt: TIME };
        r.pulls.push(p);
        return { status: 201, body: pull(r, p, true) };
      }
      case 'pulls/update': {
        if (!grant.write) return forbidden();
        const p = r.pulls.find((x) => x.number === Number(params.pull_number));
        if (p === undefined) return notFound;
        if (typeof b.title === 'string') p.title = b.title;
        if (typeof b.body === 'string') p.body = b.body;
        if (b.state === 'open' || b.state === 'closed') p.state = b.state;
        p.updatedAt = TIME;
        return { status: 200, body: pull(r, p, true) };
      }
      default:
        return notFound;
    }
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, pathname: string, query: URLSearchParams): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    const matched = check.match(method, pathname);
    const send = (status: number, body: unknown) => {
      calls.push({ method, path: pathname, operationId: matched?.operationId, status, token: /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '' });
      if (matched !== undefined) for (const v of check.checkResponse(matched.operationId, status, body)) violations.push(`${matched.operationId} ${v}`);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra }).end(body === undefined ? '' : JSON.stringify(body));
    };
    let extra: Record<string, string> = {};
    if (matched === undefined) {
      violations.push(`${method} ${pathname}: no such operation in the OpenAPI subset`);
      send(404, { message: 'Not Found', documentation_url: DOCS });
      return;
    }
    const grant = grantOf(req.headers.authorization);
    if (grant === undefined) {
      send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return;
    }
    const contentType = req.headers['content-type'];
    let body: unknown;
    if (raw.length > 0 && /json/.test(contentType ?? '')) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        violations.push(`${matched.operationId}: the body is not JSON`);
      }
    } else if (raw.length > 0 && matched.operationId !== 'repos/upload-release-asset') {
      violations.push(`${matched.operationId}: a body of ${contentType ?? 'no content-type'}`);
    }
    const problems = check.checkRequest(matched.operationId, {
      params: matched.params,
      query,
      contentType,
      body: matched.operationId === 'repos/upload-release-asset' ? (raw.length > 0 ? raw.toString('base64') : undefined) : body,
    });
    if (problems.length > 0) {
      for (const p of problems) violations.push(`${matched.operationId} request: ${p}`);
      send(422, { message: 'Invalid request.', documentation_url: DOCS });
      return;
    }
    const reply = operate(matched.operationId, matched.params, query, body, raw, req.headers, grant);
    extra = reply.headers ?? {};
    send(reply.status, reply.body);
  }

  function serveGit(req: IncomingMessage, res: ServerResponse, pathname: string, search: string): void {
    const auth = req.headers.authorization ?? '';
    gitAuthorizations.push(auth);
    const m = /^\/([^/]+)\/([^/]+)\.git\//.exec(pathname);
    const r = m === null ? undefined : repos.get(`${m[1]}/${m[2]}`);
    const basic = /^basic\s+(.+)$/i.exec(auth);
    const password = basic === null ? undefined : Buffer.from(basic[1]!, 'base64').toString('utf8').split(':').slice(1).join(':');
    const grant = password === undefined ? undefined : tokens.get(password);
    const pushing = pathname.endsWith('/git-receive-pack') || new URLSearchParams(search).get('service') === 'git-receive-pack';
    // Every repository here is public (the API says private: false): anyone may clone it, as on
    // GitHub; pushing, or presenting a token, needs a token that sees the repository.
    const anonymousRead = r !== undefined && auth === '' && !pushing;
    if (!anonymousRead && (r === undefined || grant === undefined || !sees(grant, r))) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end('Invalid username or token.\n');
      return;
    }
    if (pushing && !grant!.write) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end(`Permission to ${r.owner}/${r.name}.git denied to github-actions[bot].\n`);
      return;
    }
    runHttpBackend(req, res, root, pathname, search);
  }

  function serveDownload(res: ServerResponse, pathname: string): boolean {
    const m = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(pathname);
    if (m === null) return false;
    const r = repos.get(`${m[1]}/${m[2]}`);
    const rel = r?.releases.find((x) => x.tag === decodeURIComponent(m[3]!));
    const a = rel?.assets.find((x) => x.name === decodeURIComponent(m[4]!));
    if (a === undefined) res.writeHead(404).end('Not Found');
    else res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': a.bytes.length }).end(a.bytes);
    return true;
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const pathname = url.pathname;
    if (pathname.startsWith('/api/v3/')) void serveApi(req, res, pathname.slice('/api/v3'.length), url.searchParams);
    else if (pathname.startsWith('/api/uploads/')) void serveApi(req, res, pathname.slice('/api/uploads'.length), url.searchParams);
    else if (/^\/[^/]+\/[^/]+\.git\//.test(pathname)) serveGit(req, res, pathname, url.search.slice(1));
    else if (!serveDownload(res, pathname)) res.writeHead(404).end('Not Found');
  };
  const server = ca === undefined ? createHttp(handler) : createHttps({ key: ca.key, cert: ca.cert }, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  origin = ca === undefined ? `http://127.0.0.1:${port}` : `https://localhost:${port}`;

  return {
    serverUrl: origin,
    apiUrl: `${origin}/api/v3`,
    ...(ca === undefined ? {} : { caFile: ca.caFile, tls: { key: ca.key, cert: ca.cert } }),
    port,
    tokens,
    calls,
    violations,
    gitAuthorizations,
    createRepo(fullName, opts = {}) {
      const [owner, name] = fullName.split('/') as [string, string];
      const bare = path.join(root, owner, `${name}.git`);
      mkdirSync(path.dirname(bare), { recursive: true });
      const defaultBranch = opts.defaultBranch ?? 'main';
      execFileSync('git', ['init', '-q', '--bare', '-b', defaultBranch, bare]);
      const state: RepoState = { id: nextId++, owner, name, defaultBranch, bare, actionsMayCreatePullRequests: true, releases: [], pulls: [], attestations: [] };
      repos.set(fullName, state);
      if (opts.files !== undefined) seed(bare, defaultBranch, opts.files);
      return state;
    },
    repo(fullName) {
      const r = repos.get(fullName);
      if (r === undefined) throw new Error(`no repository ${fullName}`);
      return r;
    },
    git,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** One commit holding `files` on `branch` of a bare repository. */
function seed(bare: string, branch: string, files: Record<string, string>): void {
  const work = tempDir('packdex-seed-');
  const g = (...args: string[]) => execFileSync('git', ['-c', 'user.name=seed', '-c', 'user.email=seed@example.com', ...args], { cwd: work, stdio: 'pipe' });
  g('init', '-q', '-b', branch);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    execFileSync('sh', ['-c', 'cat > "$1"', 'sh', path.join(work, file)], { input: text });
  }
  g('add', '-A');
  g('commit', '-q', '--allow-empty', '-m', 'seed');
  g('push', '-q', bare, `HEAD:refs/heads/${branch}`);
}
