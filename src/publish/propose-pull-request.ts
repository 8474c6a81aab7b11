import { PackdexError, quote } from '../core/errors';
import { checkRefName } from '../core/git/check-ref';
import type { NewVersion } from '../core/site/change-package';
import type { VersionPublishPlan } from '../core/site/plan-version-publish';
import { checkoutBranch, commitMessage, planInClone, type RegistryTarget } from './publish-to-branch';
import { RegistryClone } from './registry-clone';

export interface PullRequest {
  number: number;
  url: string;
}

/** The three pull-request calls the flow needs; the Action implements them with Octokit. */
export interface PullRequestApi {
  /** The open pull request whose head is `branch` of the registry repository, if any. */
  findOpen(branch: string): Promise<PullRequest | undefined>;
  create(request: { head: string; base: string; title: string; body: string }): Promise<PullRequest>;
  update(number: number, request: { title: string; body: string }): Promise<PullRequest>;
}

export interface ProposeSettings extends RegistryTarget {
  api: PullRequestApi;
  /** The pull request's text, from the plan (what changed, checksums, audit). */
  describe: (plan: VersionPublishPlan) => { title: string; body: string };
}

export type ProposeResult =
  | { operation: 'unchanged'; commit: string }
  | { operation: 'pr-opened' | 'pr-updated'; commit: string; pullRequest: PullRequest; branch: string };

/**
 * The branch a version's pull request comes from: one per package and version, so a rerun finds
 * and updates its own pull request instead of opening another.
 */
export function proposalBranch(version: NewVersion): string {
  return checkRefName(`packdex/publish/${version.entry.ref}/${version.entry.version}`, {
    what: 'The proposal branch',
    fix: 'The package name and version must make a git branch name; check the manifest.',
  });
}

/**
 * Propose a version as a pull request against the registry branch. The proposal is always rebuilt
 * on the branch's current tip, so a rerun after others merged gives a clean pull request. The
 * proposal branch belongs to this flow (one per version) and is replaced with a lease: only if it
 * still points where we saw it. The registry branch itself is never pushed to.
 */
export async function proposePullRequest(settings: ProposeSettings): Promise<ProposeResult> {
  const clone = await RegistryClone.open(settings.remote, settings.gitEnv, settings.author);
  try {
    const base = await checkoutBranch(clone, settings);
    const plan = await planInClone(clone, settings);
    if (plan.outcome === 'unchanged') return { operation: 'unchanged', commit: base };
    const branch = proposalBranch(settings.version);
    const commit = await clone.commit(plan.changes, commitMessage(settings.version), plan.removed);
    const previous = await clone.fetchBranch(branch);
    const pushed = await clone.push(branch, previous ?? '');
    if (!pushed.pushed) {
      throw new PackdexError('PUBLISH_RACE_LOST', `The proposal branch ${quote(branch)} changed while this run was updating it.`, {
        value: branch,
        expected: `the branch at ${previous ?? '(absent)'}`,
        fix: 'Another run of the same version is publishing; let it finish, or rerun this job. Use a concurrency group per tag to avoid it.',
      });
    }
    const text = settings.describe(plan);
    const open = await settings.api.findOpen(branch);
    if (open !== undefined) return { operation: 'pr-updated', commit, branch, pullRequest: await settings.api.update(open.number, text) };
    return { operation: 'pr-opened', commit, branch, pullRequest: await settings.api.create({ head: branch, base: settings.branch, ...text }) };
  } finally {
    await clone.dispose();
  }
}
