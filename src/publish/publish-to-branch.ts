import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PackdexError, quote } from '../core/errors';
import { applyFileChanges } from '../core/fs/file-change';
import { execGit, git } from '../core/git/run-git';
import type { AttunePackIndexEntry } from '../core/schema-types';
import { addVersion, type PackageOutcome } from '../core/site/change-package';
import { planPackageChange } from '../core/site/plan-package-change';

export interface PublishToBranchSettings {
  /** The registry repository's clone URL (no credentials in it). */
  remote: string;
  branch: string;
  /** The registry's folder inside the branch. */
  registryPath: string;
  entry: AttunePackIndexEntry;
  owner: string;
  archiveSize?: number;
  signatureUrl?: string;
  publisherKeyFingerprint?: string;
  now: Date;
  /** Extra environment for git: how credentials reach it (GIT_CONFIG_* headers), never argv. */
  gitEnv?: NodeJS.ProcessEnv;
  author?: { name: string; email: string };
  /** Pushes tried before giving up on a busy branch. */
  maxAttempts?: number;
  /** Milliseconds to wait before attempt `n` (n ≥ 2); jittered so racing publishers spread out. */
  backoff?: (attempt: number) => number;
  /** Test hook: runs after the commit and before each push. */
  beforePush?: (attempt: number, workdir: string) => Promise<void>;
}

export interface PublishToBranchResult {
  outcome: PackageOutcome;
  /** The registry commit holding the version (the new one, or the branch head when unchanged). */
  commit: string;
  attempts: number;
}

export const DEFAULT_MAX_ATTEMPTS = 10;

export function jitteredBackoff(attempt: number): number {
  const base = Math.min(4000, 100 * 2 ** (attempt - 2));
  return base / 2 + Math.random() * base;
}

const NON_FAST_FORWARD = /non-fast-forward|fetch first|\[rejected\]|failed to update ref|cannot lock ref|stale info/i;

/**
 * Publish one version straight to a registry branch, never losing anyone else's: read the base
 * from the branch itself, upsert this package's document and index.json, commit, and push without
 * force. When another publisher pushed first, fetch their commit, re-apply on top of it and push
 * again, with jittered backoff, a bounded number of times.
 */
export async function publishToBranch(settings: PublishToBranchSettings): Promise<PublishToBranchResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'packdex-registry-'));
  const author = settings.author ?? { name: 'packdex', email: 'packdex@users.noreply.github.com' };
  const gitEnv = { ...settings.gitEnv, GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
  const must = async (args: string[], what: string): Promise<string> =>
    (
      await git(args, {
        cwd: work,
        env: gitEnv,
        what,
        value: settings.remote,
        fix: 'Check the registry repository, the branch, and that the token may push to it.',
      })
    )
      .toString('utf8')
      .trim();
  const maxAttempts = settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  try {
    await must(['init', '-q'], 'git init');
    await must(['remote', 'add', 'origin', settings.remote], 'git remote add');
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await new Promise((r) => setTimeout(r, (settings.backoff ?? jitteredBackoff)(attempt)));
      await must(['fetch', '--quiet', '--no-tags', '--depth', '1', 'origin', `+refs/heads/${settings.branch}:refs/remotes/origin/${settings.branch}`], `git fetch ${settings.branch}`);
      await must(['checkout', '--quiet', '--force', '-B', settings.branch, `origin/${settings.branch}`], 'git checkout');
      const registryDir = path.join(work, settings.registryPath);
      const plan = await planPackageChange(registryDir, settings.entry.ref, (doc) =>
        addVersion(doc, { entry: settings.entry, owner: settings.owner, archiveSize: settings.archiveSize, signatureUrl: settings.signatureUrl, publisherKeyFingerprint: settings.publisherKeyFingerprint }, settings.now),
      );
      if (plan.outcome === 'unchanged') return { outcome: 'unchanged', commit: await must(['rev-parse', 'HEAD'], 'git rev-parse'), attempts: attempt };
      await applyFileChanges(plan.changes);
      await must(['add', '--', ...plan.changes.map((c) => path.relative(work, c.path))], 'git add');
      await must(['commit', '--quiet', '-m', `Publish ${settings.entry.ref} ${settings.entry.version}`], 'git commit');
      await settings.beforePush?.(attempt, work);
      const pushed = await execGit(['push', '--quiet', '--porcelain', 'origin', `HEAD:refs/heads/${settings.branch}`], { cwd: work, env: gitEnv });
      if (pushed.exitCode === 0) return { outcome: plan.outcome, commit: await must(['rev-parse', 'HEAD'], 'git rev-parse'), attempts: attempt };
      const said = `${pushed.stderr}\n${pushed.stdout.toString('utf8')}`;
      if (!NON_FAST_FORWARD.test(said)) {
        throw new PackdexError('GIT_FAILED', `git push to ${quote(settings.branch)} failed: ${said.trim().split('\n').filter(Boolean).pop() ?? `exit ${pushed.exitCode}`}`, {
          value: settings.remote,
          fix: 'Check that the token may push to the registry branch (contents: write) and that the branch is not protected against it; or publish via pull request.',
        });
      }
    }
    throw new PackdexError('GIT_FAILED', `The registry branch ${quote(settings.branch)} moved under every one of ${maxAttempts} attempts to publish ${settings.entry.ref} ${settings.entry.version}.`, {
      value: settings.branch,
      expected: 'a push that lands within the retry budget',
      fix: 'Run the job again (nothing was lost: each attempt rebuilt on the latest branch), or serialise publishes with a concurrency group.',
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
