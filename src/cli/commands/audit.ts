import type { AuditReport } from '../../core/audit/run-audit';
import type { AamAuditReport } from '../../core/profiles/aam/audit-aam';
import type { DbpmAuditReport } from '../../core/profiles/dbpm/audit-dbpm';
import type { PbgAuditReport } from '../../core/profiles/pbg/audit-pbg';
import { createColors } from 'picocolors';
import { coloursFor, type Colours } from '../colour';
import { selectProfile } from '../../core/profiles/detect-profile';
import { docsUrl } from '../../core/docs-url';
import { PACK_DIR_OPTIONS, PACK_DIR_USAGE, packDirFrom } from '../flags/grammar';
import { EXIT_FAILURE, EXIT_OK, printJson, stringOpt, usageError, type CliIO, type Command } from '../command';

/** Where a WARN or FAIL was found, as file:line:column, as many as --json lists (the first 20 in text). */
export const AUDIT_LOCATIONS_SHOWN = 20;

export function renderAudit(report: AuditReport, colours: Colours = createColors(false)): string {
  const width = Math.max(...report.checks.map((c) => c.name.length));
  const paint = { PASS: colours.green, WARN: colours.yellow, FAIL: colours.red };
  const lines = report.checks.map((c) => {
    const indent = ' '.repeat(width + 9);
    const shown = c.status === 'PASS' ? [] : c.locations.slice(0, AUDIT_LOCATIONS_SHOWN);
    const at = shown.map((l) => `\n${indent}${l.file}${l.line === undefined ? '' : `:${l.line}${l.column === undefined ? '' : `:${l.column}`}`}: ${l.message}`).join('');
    const more = c.status !== 'PASS' && c.locations.length > shown.length ? `\n${indent}(and ${c.locations.length - shown.length} more; see --json)` : '';
    const fix = c.status !== 'PASS' && c.fix !== undefined ? `\n${indent}fix: ${c.fix}` : '';
    return `${paint[c.status](c.status.padEnd(4))}  ${c.name.padEnd(width)}  ${c.detail}${at}${more}${fix}`;
  });
  if (report.stopped) lines.push('(stopped: the manifest could not be read)');
  lines.push(`PASS: ${report.counts.pass}, WARN: ${report.counts.warn}, FAIL: ${report.counts.fail}`);
  return `${lines.join('\n')}\n`;
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Check a pack before publishing: named PASS/WARN/FAIL checks.',
  usage: [
    'Usage: packdex audit [DIR] [--profile P] [--expect-version V | --tag vV] [--max-file-size BYTES] [--json]',
    '',
    PACK_DIR_USAGE,
    '  --profile P         auto (default: pack.yaml → attune, aam.yaml → aam, dbpm.yaml → dbpm,',
    '                      pyproject.toml → pbg), attune, aam, dbpm or pbg',
    '  --expect-version V  fail unless the manifest declares version V (every profile; pbg compares semver forms)',
    '  --tag TAG           the same, from a release tag such as v1.2.0',
    '  --max-file-size N   fail on files larger than N bytes (default 52428800)',
    '',
    'Exit status 1 only when a check FAILs.',
    'Example: packdex audit examples/packs/slack --tag v2.1.0',
    `Each profile's manifest and checks: ${docsUrl('profiles.md')}`,
  ].join('\n'),
  positionals: true,
  options: {
    ...PACK_DIR_OPTIONS,
    'expect-version': { type: 'string' },
    tag: { type: 'string' },
    'max-file-size': { type: 'string' },
    profile: { type: 'string' },
  },
  async run({ values, positionals, json }, io: CliIO) {
    const maxText = stringOpt(values, 'max-file-size');
    if (maxText !== undefined && !/^\d+$/.test(maxText)) {
      throw usageError(`--max-file-size '${maxText}' is not a number of bytes.`, 'Pass a whole number, e.g. --max-file-size 10485760.');
    }
    const dir = packDirFrom(values, positionals, io.cwd, 'audit');
    const profile = selectProfile(dir, stringOpt(values, 'profile'));
    const report: AuditReport & Partial<Pick<PbgAuditReport, 'project' | 'compute'> & Pick<DbpmAuditReport, 'dbpm'> & Pick<AamAuditReport, 'aam'>> = await profile.audit(dir, {
      expectVersion: stringOpt(values, 'expect-version') ?? stringOpt(values, 'tag'),
      maxFileSize: maxText === undefined ? undefined : Number(maxText),
    });
    if (json) {
      // Each profile adds what it read: pbg its project and compute outline, dbpm and AAM the manifest.
      const extra = profile.name === 'pbg' ? { project: report.project, compute: report.compute } : profile.name === 'attune' ? {} : { manifest: report.dbpm ?? report.aam };
      printJson(io, { ok: report.counts.fail === 0, profile: profile.name, checks: report.checks, counts: report.counts, stopped: report.stopped, ...extra });
    } else {
      io.stdout(renderAudit(report, coloursFor(io, 'stdout')));
      for (const c of report.compute ?? []) io.stdout(`  ${c.compute_type.padEnd(7)}  ${c.module}.${c.name}  (${c.file}:${c.line})\n`);
    }
    return report.counts.fail > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};
