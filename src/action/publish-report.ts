import * as core from '@actions/core';
import path from 'node:path';
import type { AuditReport } from '../core/audit/run-audit';
import { formatBytes } from '../core/format-bytes';
import type { AttunePackIndexEntry } from '../core/schema-types';
import type { VersionPublishPlan } from '../core/site/plan-version-publish';
import type { PullRequest } from '../publish/propose-pull-request';
import { auditCounts, auditRows } from './audit-report';

export type PublishOperation = 'created' | 'updated' | 'unchanged' | 'pr-opened' | 'pr-updated';

/** What a publish run established, for outputs, the pull request's text and the job summary. */
export interface PublishFacts {
  /** Absent when the package was published without its audit (`audit: false`, or an outline). */
  audit?: AuditReport;
  entry: AttunePackIndexEntry;
  /** https://server/owner/repo of the package. */
  packageUrl: string;
  commit: string;
  tag?: string;
  archive?: { path: string; url: string; checksum: string; size: number };
  directoryChecksum: string;
  /** owner/repo of the registry. */
  registry: string;
  registryHtmlUrl: string;
  branch: string;
  registryPath: string;
  pullRequest?: PullRequest;
}

function facts(f: PublishFacts): string[][] {
  const { ref, version } = f.entry;
  const rows = [
    ['Package', `\`${ref}\` ${version}`],
    ['Source', `[${f.packageUrl.replace(/^https?:\/\//, '')}@${f.commit.slice(0, 12)}](${f.packageUrl}/tree/${f.commit})${f.tag === undefined ? '' : ` (tag \`${f.tag}\`)`}`],
    ['Commit', `\`${f.commit}\``],
  ];
  if (f.archive !== undefined) {
    rows.push(['Archive', `[${path.basename(new URL(f.archive.url).pathname)}](${f.archive.url}) (${formatBytes(f.archive.size)})`]);
    rows.push(['Archive SHA-256', `\`${f.archive.checksum}\``]);
  }
  rows.push(['Directory checksum', `\`${f.directoryChecksum}\``]);
  return rows;
}

function table(rows: string[][], header: string[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** The pull request's title and body: what changes, the checksums, and the audit. */
export function pullRequestText(f: PublishFacts, plan: VersionPublishPlan): { title: string; body: string } {
  const { ref, version } = f.entry;
  const versions = plan.doc.versions.length;
  const what = plan.initialized
    ? `Creates the registry and publishes its first package, **${ref} ${version}**.`
    : versions === 1
      ? `Publishes a new package, **${ref}**, at version **${version}**.`
      : `Publishes **${ref} ${version}** (the package's version ${versions}; latest is ${plan.doc.dist_tags.latest ?? version}).`;
  const files = plan.changes.filter((c) => c.before !== c.after).length;
  const body = [
    what,
    '',
    table(facts(f), ['', '']),
    '',
    `Files changed: ${files} (the package document${plan.initialized ? ', index.json and the new registry’s files' : ' and index.json'}).`,
    '',
    ...(f.audit === undefined
      ? ['**Audit:** skipped (published with `audit: false` or from an outline).']
      : [`**Audit:** ${auditCounts(f.audit)}`, '', '<details><summary>Audit checks</summary>', '', table(auditRows(f.audit), ['Check', 'Result', 'Detail', 'Fix']), '', '</details>']),
    '',
    '---',
    '_Opened by packdex. Rerunning the release job updates this pull request; the registry’s `verify` check confirms nothing published is altered._',
  ].join('\n');
  return { title: `Publish ${ref} ${version}`, body };
}

const SAID: Record<PublishOperation, string> = {
  created: 'Published (new package)',
  updated: 'Published',
  unchanged: 'Already published: nothing changed',
  'pr-opened': 'Pull request opened',
  'pr-updated': 'Pull request updated',
};

/** The job summary: what was published where, with links. */
export async function writePublishSummary(f: PublishFacts & { operation: PublishOperation; registryCommit?: string; dryRun: boolean; diff?: string }): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = facts(f);
  const where = `[${f.registry}](${f.registryHtmlUrl}) branch \`${f.branch}\`${f.registryPath === '.' ? '' : ` folder \`${f.registryPath}\``}`;
  rows.push(['Registry', where]);
  rows.push(['Result', f.dryRun ? `Dry run: would be \`${f.operation}\`; nothing was written` : SAID[f.operation]]);
  if (f.registryCommit !== undefined) rows.push(['Registry commit', `[\`${f.registryCommit.slice(0, 12)}\`](${f.registryHtmlUrl}/commit/${f.registryCommit})`]);
  if (f.pullRequest !== undefined) rows.push(['Pull request', `[#${f.pullRequest.number}](${f.pullRequest.url})`]);
  let text = `## packdex publish: ${f.entry.ref} ${f.entry.version}\n\n${table(rows, ['', ''])}\n`;
  if (f.dryRun && f.diff) text += `\n<details><summary>The registry change</summary>\n\n\`\`\`diff\n${f.diff}\n\`\`\`\n\n</details>\n`;
  await core.summary.addRaw(text, true).write();
}
