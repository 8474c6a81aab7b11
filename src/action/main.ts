import * as core from '@actions/core';
import path from 'node:path';
import { runAudit, versionFromTag, type AuditReport } from '../core/audit/run-audit';
import { PackdexError } from '../core/errors';
import { baseRefFrom, reportFindings, verifyPullRequest } from './verify-pull-request';

/** Inputs as typed settings; the only place that reads the runner's INPUT_* variables. */
export interface ActionSettings {
  command: 'audit' | 'verify';
  packDir: string;
  expectVersion?: string;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const command = core.getInput('command') || 'audit';
  if (command !== 'audit' && command !== 'verify') {
    throw new PackdexError('USAGE', `Input 'command' is '${command}'; this release supports 'audit' and 'verify'.`, {
      value: command,
      expected: 'audit or verify',
      fix: "Set 'command: audit' in a pack's repository, or 'command: verify' on a registry's pull requests.",
    });
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const packDir = path.resolve(workspace, core.getInput('pack-dir') || '.');
  // The version defaults to the tag that triggered the run, without its leading v.
  const version = core.getInput('version') || (env.GITHUB_REF_TYPE === 'tag' || env.GITHUB_REF?.startsWith('refs/tags/') ? env.GITHUB_REF_NAME ?? env.GITHUB_REF : undefined);
  return { command, packDir, ...(version ? { expectVersion: versionFromTag(version) } : {}) };
}

function annotate(report: AuditReport, settings: ActionSettings, workspace: string): void {
  for (const check of report.checks) {
    if (check.status === 'PASS') continue;
    for (const loc of check.locations) {
      const file = path.relative(workspace, path.join(settings.packDir, loc.file));
      const props = { title: `packdex audit: ${check.name}`, file, startLine: loc.line, startColumn: loc.column };
      const message = check.fix ? `${loc.message}\nFix: ${check.fix}` : loc.message;
      if (check.status === 'FAIL') core.error(message, props);
      else core.warning(message, props);
    }
  }
}

async function summarize(report: AuditReport): Promise<void> {
  const icon = { PASS: '✅ PASS', WARN: '⚠️ WARN', FAIL: '❌ FAIL' } as const;
  await core.summary
    .addHeading('packdex audit', 2)
    .addTable([
      [{ data: 'Check', header: true }, { data: 'Result', header: true }, { data: 'Detail', header: true }, { data: 'Fix', header: true }],
      ...report.checks.map((c) => [c.name, icon[c.status], c.detail, c.status === 'PASS' ? '' : (c.fix ?? '')]),
    ])
    .addRaw(`PASS: ${report.counts.pass}, WARN: ${report.counts.warn}, FAIL: ${report.counts.fail}`, true)
    .write();
}

async function runVerify(workspace: string): Promise<void> {
  const registryPath = core.getInput('registry-path') || '.';
  const findings = await verifyPullRequest({ workspace, registryPath, baseRef: baseRefFrom(core.getInput('base-ref'), process.env) });
  await reportFindings(findings, registryPath);
  core.setOutput('verify-status', findings.length === 0 ? 'pass' : 'fail');
  for (const f of findings) core.info(`FAIL ${f.code} ${f.file}${f.line === undefined ? '' : `:${f.line}`}: ${f.message}`);
  if (findings.length > 0) core.setFailed(`packdex verify: ${findings.length} rule${findings.length === 1 ? '' : 's'} broken.`);
  else core.info('The change keeps every rule of the registry.');
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    if (settings.command === 'verify') {
      await runVerify(workspace);
      return;
    }
    const report = await runAudit(settings.packDir, { expectVersion: settings.expectVersion });
    annotate(report, settings, workspace);
    if (process.env.GITHUB_STEP_SUMMARY) await summarize(report);
    const status = report.counts.fail > 0 ? 'fail' : report.counts.warn > 0 ? 'warn' : 'pass';
    core.setOutput('audit-status', status);
    for (const c of report.checks) core.info(`${c.status.padEnd(4)}  ${c.name}: ${c.detail}`);
    core.info(`PASS: ${report.counts.pass}, WARN: ${report.counts.warn}, FAIL: ${report.counts.fail}`);
    if (report.counts.fail > 0) core.setFailed(`packdex audit: ${report.counts.fail} check${report.counts.fail === 1 ? '' : 's'} failed.`);
  } catch (cause) {
    const error = cause instanceof PackdexError ? cause : new PackdexError('IO', String(cause), { cause });
    core.setFailed(`${error.code}: ${error.describe()}`);
  }
}

if (typeof require !== 'undefined' && require.main === module) void run();
