import * as core from '@actions/core';
import path from 'node:path';
import { versionFromTag } from '../core/audit/run-audit';
import { selectProfile } from '../core/profiles/detect-profile';
import { PackdexError } from '../core/errors';
import { reportAudit } from './audit-report';
import type { VerifyOptions } from '../core/site/verify-change';
import { authorFrom, baseRefFrom, mergeParentBase, reportFindings, verifyPullRequest } from './verify-pull-request';

export type Command = 'audit' | 'publish' | 'verify' | 'deploy' | 'build';
const COMMANDS: readonly Command[] = ['audit', 'publish', 'verify', 'deploy', 'build'];

/** The `command` input; the only place that decides which flow runs. */
export function readCommand(): Command {
  const command = core.getInput('command') || 'audit';
  if ((COMMANDS as readonly string[]).includes(command)) return command as Command;
  throw new PackdexError('USAGE', `Input 'command' is '${command}'.`, {
    value: command,
    expected: COMMANDS.join(', '),
    fix: "Set 'command: audit' on a pack's pull requests, 'command: publish' on its tag pushes, 'command: verify' on a registry's pull requests, 'command: deploy' to upload a registry to object storage, or 'command: build' to build its site for GitHub Pages.",
  });
}

/** The version an audit expects: the `version` input, else the tag that triggered the run. */
function expectedVersion(env: NodeJS.ProcessEnv): string | undefined {
  const tag = env.GITHUB_REF_TYPE === 'tag' || env.GITHUB_REF?.startsWith('refs/tags/') ? (env.GITHUB_REF_NAME ?? env.GITHUB_REF) : undefined;
  const version = core.getInput('version') || tag;
  return version ? versionFromTag(version) : undefined;
}

async function runAuditCommand(workspace: string): Promise<void> {
  const packDir = path.resolve(workspace, core.getInput('pack-dir') || '.');
  const report = await selectProfile(packDir, core.getInput('profile') || 'auto').audit(packDir, { expectVersion: expectedVersion(process.env) });
  await reportAudit(report, workspace);
}

function booleanInput(name: string): boolean {
  const value = core.getInput(name) || 'false';
  if (value === 'true' || value === 'false') return value === 'true';
  throw new PackdexError('USAGE', `Input '${name}' is '${value}'.`, { value, expected: 'true or false', fix: `Set '${name}: true' or leave it out.` });
}

function byteInput(name: string): number | undefined {
  const value = core.getInput(name);
  if (value === '') return undefined;
  if (/^[0-9]+$/.test(value)) return Number(value);
  throw new PackdexError('USAGE', `Input '${name}' is '${value}'.`, { value, expected: 'a whole number of bytes', fix: `Set '${name}: 104857600' (100 MiB), or leave it out for the default.` });
}

async function runVerify(workspace: string): Promise<void> {
  const registryPath = core.getInput('registry-path') || '.';
  const options: VerifyOptions = {
    author: authorFrom(process.env),
    allowIdentityChange: booleanInput('allow-identity-change'),
    allowOwnerTransfer: booleanInput('allow-owner-transfer'),
    maxChangeBytes: byteInput('max-change-bytes'),
  };
  const input = core.getInput('base-ref');
  const baseRef = (input === '' ? await mergeParentBase(workspace, process.env) : undefined) ?? baseRefFrom(input, process.env);
  core.info(`Comparing the registry in ${registryPath} with the base ${baseRef}.`);
  const findings = await verifyPullRequest({ workspace, registryPath, baseRef, options });
  await reportFindings(findings, registryPath);
  core.setOutput('verify-status', findings.length === 0 ? 'pass' : 'fail');
  for (const f of findings) core.info(`FAIL ${f.code} ${f.file}${f.line === undefined ? '' : `:${f.line}`}: ${f.message}`);
  if (findings.length > 0) core.setFailed(`packdex verify: ${findings.length} rule${findings.length === 1 ? '' : 's'} broken.`);
  else core.info('The change keeps every rule of the registry.');
}

export async function run(): Promise<void> {
  try {
    const command = readCommand();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    if (command === 'verify') await runVerify(workspace);
    else if (command === 'publish') {
      // Loaded only to publish: Octokit and its HTTP stack would otherwise weigh on every audit.
      const { readPublishSettings, runPublish } = await import('./publish-release');
      await runPublish(readPublishSettings());
    }
    else if (command === 'deploy') {
      const { runDeploy } = await import('./deploy-site');
      await runDeploy(workspace);
    } else if (command === 'build') {
      const { runBuildSite } = await import('./deploy-site');
      await runBuildSite(workspace);
    } else await runAuditCommand(workspace);
  } catch (cause) {
    const error = cause instanceof PackdexError ? cause : new PackdexError('IO', cause instanceof Error ? cause.message : String(cause), { cause });
    core.setFailed(`${error.code}: ${error.describe()}`);
  }
}

if (typeof require !== 'undefined' && require.main === module) void run();
