import * as core from '@actions/core';
import path from 'node:path';
import type { AuditReport } from '../core/audit/run-audit';

export type AuditStatus = 'pass' | 'warn' | 'fail';

export function auditStatus(report: AuditReport): AuditStatus {
  return report.counts.fail > 0 ? 'fail' : report.counts.warn > 0 ? 'warn' : 'pass';
}

/** Each FAIL and WARN as an annotation on the file and line it concerns (paths from the workspace). */
export function annotateAudit(report: AuditReport, workspace: string): void {
  for (const check of report.checks) {
    if (check.status === 'PASS') continue;
    for (const loc of check.locations) {
      const file = path.relative(workspace, path.join(report.packDir, loc.file));
      const props = { title: `packdex audit: ${check.name}`, file, startLine: loc.line, startColumn: loc.column };
      const message = check.fix ? `${loc.message}\nFix: ${check.fix}` : loc.message;
      if (check.status === 'FAIL') core.error(message, props);
      else core.warning(message, props);
    }
  }
}

const ICON = { PASS: '✅ PASS', WARN: '⚠️ WARN', FAIL: '❌ FAIL' } as const;

/** The checks as rows: shared by the job summary and the pull request's body. */
export function auditRows(report: AuditReport): string[][] {
  return report.checks.map((c) => [c.name, ICON[c.status], c.detail, c.status === 'PASS' ? '' : (c.fix ?? '')]);
}

export function auditCounts(report: AuditReport): string {
  return `PASS: ${report.counts.pass}, WARN: ${report.counts.warn}, FAIL: ${report.counts.fail}`;
}

/** Log, annotate and summarise an audit; sets `audit-status`. Returns whether it failed. */
export async function reportAudit(report: AuditReport, workspace: string): Promise<boolean> {
  annotateAudit(report, workspace);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addHeading('packdex audit', 2)
      .addTable([[{ data: 'Check', header: true }, { data: 'Result', header: true }, { data: 'Detail', header: true }, { data: 'Fix', header: true }], ...auditRows(report)])
      .addRaw(auditCounts(report), true)
      .write();
  }
  core.setOutput('audit-status', auditStatus(report));
  for (const c of report.checks) core.info(`${c.status.padEnd(4)}  ${c.name}: ${c.detail}`);
  core.info(auditCounts(report));
  if (report.counts.fail > 0) core.setFailed(`packdex audit: ${report.counts.fail} check${report.counts.fail === 1 ? '' : 's'} failed.`);
  return report.counts.fail > 0;
}
