import { PackdexError, quote } from '../errors';

/** The publisher a lockfile pins for a package: the repository and workflow whose builds it accepts. */
export interface PinnedPublisher {
  repository: string;
  workflow: string;
  issuer: string;
}

function shown(p: PinnedPublisher | undefined): string {
  return p === undefined ? 'no build provenance' : `${p.repository} ${p.workflow} (${p.issuer})`;
}

/** Whether two pins name the same publisher (repository names without case, as GitHub compares them). */
export function samePublisher(a: PinnedPublisher, b: PinnedPublisher): boolean {
  return a.repository.toLowerCase() === b.repository.toLowerCase() && a.workflow === b.workflow && a.issuer === b.issuer;
}

/**
 * A package the project already depends on keeps its publisher: a version built by another
 * repository or workflow, or one without provenance where the pinned ones had it, is refused
 * unless the user accepts the change. This is what stops someone who controls the registry (but not
 * the owner's repository) from swapping the artifact for one they built and signed themselves.
 * A package pinned without provenance may gain it: that only adds a check.
 */
export function checkPublisherChange(name: string, version: string, pinned: PinnedPublisher | undefined, now: PinnedPublisher | undefined, accept: boolean): void {
  if (pinned === undefined || accept) return;
  if (now !== undefined && samePublisher(pinned, now)) return;
  throw new PackdexError('PUBLISHER_CHANGED', `${name} ${version} is ${now === undefined ? 'published without build provenance' : `built by ${shown(now)}`}, but the lockfile pins ${shown(pinned)} as its publisher. Nothing was installed.`, {
    value: now === undefined ? null : `${now.repository} ${now.workflow}`,
    expected: `${pinned.repository} ${pinned.workflow}`,
    fix: `If the package really moved (check with its owner), run the command again with --accept-publisher-change; otherwise keep ${quote(name)} at the locked version.`,
  });
}
