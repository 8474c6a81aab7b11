import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TomlError } from 'smol-toml';
import { parse } from 'smol-toml';

export interface PyProject {
  /** The `[project]` table (PEP 621). */
  project: Record<string, unknown>;
  text: string;
}

export type PyProjectResult = { ok: true; pyproject: PyProject } | { ok: false; reason: 'missing' | 'unparsable' | 'no-project'; message: string; line?: number; column?: number };

/** Read and parse pyproject.toml with a real TOML parser; say precisely why it cannot be used. */
export function readPyProject(root: string): PyProjectResult {
  let text: string;
  try {
    text = readFileSync(path.join(root, 'pyproject.toml'), 'utf8');
  } catch {
    return { ok: false, reason: 'missing', message: 'pyproject.toml is missing' };
  }
  let data: Record<string, unknown>;
  try {
    data = parse(text) as Record<string, unknown>;
  } catch (cause) {
    const e = cause as TomlError;
    return { ok: false, reason: 'unparsable', message: `pyproject.toml is not valid TOML: ${e.message.split('\n')[0]}`, line: e.line, column: e.column };
  }
  const project = data.project;
  if (project === null || typeof project !== 'object' || Array.isArray(project)) {
    return { ok: false, reason: 'no-project', message: 'pyproject.toml has no [project] table' };
  }
  return { ok: true, pyproject: { project: project as Record<string, unknown>, text } };
}

/** A distribution name as PEP 503 compares it: lowercase, each run of `-`, `_` and `.` one `-`. */
export function normalizeDistributionName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The distribution name of a PEP 508 requirement (`bigraph-schema>=0.0.1; python_version>"3"`), normalised per PEP 503. */
export function requirementName(requirement: string): string {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(requirement);
  return m === null ? '' : normalizeDistributionName(m[1]!);
}

/** The 1-based line of the first occurrence of `needle` in the text, for annotations. */
export function lineOf(text: string, needle: string | RegExp): number | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)));
  return i === -1 ? undefined : i + 1;
}
