import path from 'node:path';
import { PackdexError, quote } from '../core/errors';
import type { NewVersion, PackageOutcome } from '../core/site/change-package';
import { planVersionPublish, type VersionPublishPlan } from '../core/site/plan-version-publish';
import { RegistryClone, type CommitAuthor } from './registry-clone';

/** Where a registry lives in git, and what to put there. */
export interface RegistryTarget {
  /** The registry repository's clone URL (no credentials in it). */
  remote: string;
  branch: string;
  /** The registry's folder inside the branch ('.' for the root). */
  registryPath: string;
  version: NewVersion;
  /** Name and URL for a branch that has no registry.json yet; without it such a branch is an error. */
  init?: { name: string; url: string };
  now: Date;
  /** Extra environment for git: how credentials reach it (GIT_CONFIG_* headers), never argv. */
  gitEnv?: NodeJS.ProcessEnv;
  author?: CommitAuthor;
}

export interface PublishToBranchSettings extends RegistryTarget {
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

export function commitMessage(version: NewVersion): string {
  return `Publish ${version.entry.ref} ${version.entry.version}`;
}

/** Fetch the branch into a clone and check it out; a missing branch is an error that says so. */
export async function checkoutBranch(clone: RegistryClone, target: RegistryTarget): Promise<string> {
  const head = await clone.fetchBranch(target.branch);
  if (head === undefined) {
    throw new PackdexError('REGISTRY_NOT_FOUND', `The registry repository has no branch ${quote(target.branch)}.`, {
      value: target.branch,
      expected: 'an existing branch of the registry repository',
      fix: "Create the branch (an empty commit is enough: the first publish writes registry.json), or set 'registry-branch' to the branch that holds the registry.",
    });
  }
  await clone.checkout(head);
  return head;
}

export function planInClone(clone: RegistryClone, target: RegistryTarget): Promise<VersionPublishPlan> {
  return planVersionPublish(path.join(clone.dir, target.registryPath), target.version, target.init, target.now);
}

/**
 * Plan against the branch as it is now and return the diff, writing nothing anywhere: the Action's
 * dry run, and its preflight (immutability, ownership) before any release asset is uploaded.
 */
export async function previewOnBranch(target: RegistryTarget): Promise<{ plan: VersionPublishPlan; head: string; diff: string }> {
  const clone = await RegistryClone.open(target.remote, target.gitEnv, target.author);
  try {
    const head = await checkoutBranch(clone, target);
    const plan = await planInClone(clone, target);
    return { plan, head, diff: plan.outcome === 'unchanged' ? '' : await clone.diff(plan.changes, plan.removed) };
  } finally {
    await clone.dispose();
  }
}

/**
 * Publish one version straight to a registry branch, never losing anyone else's: read the base
 * from the branch itself, upsert this package's document and index.json, commit, and push without
 * force. When another publisher pushed first, fetch their commit, re-apply on top of it and push
 * again, with jittered backoff, a bounded number of times.
 */
export async function publishToBranch(settings: PublishToBranchSettings): Promise<PublishToBranchResult> {
  const clone = await RegistryClone.open(settings.remote, settings.gitEnv, settings.author);
  const maxAttempts = settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  try {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await new Promise((r) => setTimeout(r, (settings.backoff ?? jitteredBackoff)(attempt)));
      const head = await checkoutBranch(clone, settings);
      const plan = await planInClone(clone, settings);
      if (plan.outcome === 'unchanged') return { outcome: 'unchanged', commit: head, attempts: attempt };
      const commit = await clone.commit(plan.changes, commitMessage(settings.version), plan.removed);
      await settings.beforePush?.(attempt, clone.dir);
      const pushed = await clone.push(settings.branch);
      if (pushed.pushed) return { outcome: plan.outcome, commit, attempts: attempt };
    }
    const { ref, version } = settings.version.entry;
    throw new PackdexError('PUBLISH_RACE_LOST', `The registry branch ${quote(settings.branch)} moved under every one of ${maxAttempts} attempts to publish ${ref} ${version}.`, {
      value: settings.branch,
      expected: 'a push that lands within the retry budget',
      fix: 'Run the job again (nothing was lost: each attempt rebuilt on the latest branch), or serialise publishes with a concurrency group.',
    });
  } finally {
    await clone.dispose();
  }
}
