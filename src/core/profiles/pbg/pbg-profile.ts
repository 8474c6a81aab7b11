import { existsSync } from 'node:fs';
import path from 'node:path';
import { PackdexError } from '../../errors';
import { emptyAttuneContents, sortComponents } from '../../entry/content-kinds';
import { indexName, repositoryUrl, webUrl } from '../describe-helpers';
import type { PackageDescription, Profile } from '../profile';
import { auditPbg } from './audit-pbg';
import { discoverComputeClasses, type ComputeOutline } from './discover-classes';
import { pbgVersion } from './pep440-version';
import { lineOf, normalizeDistributionName, readPyProject } from './read-pyproject';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** `[project.urls]` by any of the usual labels, compared as PyPI does (case and separators ignored). */
function projectUrl(urls: unknown, labels: string[], accept: (value: unknown) => string | undefined = webUrl): string | undefined {
  if (urls === null || typeof urls !== 'object') return undefined;
  const norm = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, '');
  for (const label of labels) {
    const hit = Object.entries(urls as Record<string, unknown>).find(([k]) => norm(k) === norm(label));
    if (hit !== undefined && accept(hit[1]) !== undefined) return accept(hit[1]);
  }
  return undefined;
}

/** PEP 621's license: an SPDX string (PEP 639), or `{text = "…"}`; a `{file = …}` license says nothing indexable. */
function licenseOf(license: unknown): string {
  if (typeof license === 'string' && license.trim() !== '') return license.trim();
  if (license !== null && typeof license === 'object' && str((license as { text?: unknown }).text) !== undefined) return str((license as { text: string }).text)!;
  return 'NOASSERTION';
}

/** What a pbg entry is made of, from pyproject.toml or from an inline outline. */
export interface PbgFacts {
  /** The distribution name as written. */
  name: string;
  /** The entry's version: the semver form of the package's PEP 440 version. */
  version: string;
  /** The PEP 440 version as the package writes it, when it is not the semver form itself (0.3 → 0.3.0). */
  pep440Version?: string;
  description?: string;
  author?: string;
  email?: string;
  homepage?: string;
  repository?: string;
  license: string;
  keywords: string[];
  requiresPython?: string;
  pythonDependencies: string[];
  compute: (Pick<ComputeOutline, 'module' | 'name' | 'compute_type' | 'description' | 'inputs' | 'outputs'> & Partial<Pick<ComputeOutline, 'config_schema'>>)[];
}

/**
 * The entry of a pbg package: the name normalised as PEP 503 does (what pip matches on), the
 * classes as `processes` and `steps` named `<module>.<Class>` with their docstring's first line,
 * the whole compute outline in `meta.compute`, so a registry can serve the `/processes` and
 * `/steps` views, and the PEP 440 version as written in `meta.pep440_version` when the entry's
 * semver version is its translation.
 */
export function pbgDescription(file: string, facts: PbgFacts): PackageDescription {
  const named = (type: 'process' | 'step') => sortComponents(facts.compute.filter((c) => c.compute_type === type).map((c) => ({ name: `${c.module}.${c.name}`, description: c.description ?? '' })));
  const keywords = facts.keywords.map((k) => k.trim()).filter((k) => k !== '');
  return {
    profile: 'pbg',
    manifest: {
      ref: indexName(file, normalizeDistributionName(facts.name), ' once normalised (PEP 503)'),
      label: facts.name,
      description: facts.description ?? '',
      version: facts.version,
      author: facts.author ?? 'Unknown',
      email: facts.email,
      homepage: facts.homepage,
      repository: facts.repository,
      license: facts.license,
      keywords: [...new Set(keywords)].sort(),
      runtime_deps: ['python3'],
      ...(facts.requiresPython === undefined ? {} : { dependencies: { python_version: facts.requiresPython } }),
      meta: {
        profile: 'pbg',
        compute: [...facts.compute]
          .sort((a, b) => (`${a.module}.${a.name}` < `${b.module}.${b.name}` ? -1 : 1))
          .map(({ module, name, compute_type, description, inputs, outputs, config_schema }) => ({
            module,
            name,
            compute_type,
            ...(description === undefined ? {} : { description }),
            inputs,
            outputs,
            ...(config_schema === undefined ? {} : { config_schema }),
          })),
        python_dependencies: facts.pythonDependencies,
        ...(facts.pep440Version === undefined ? {} : { pep440_version: facts.pep440Version }),
      },
    },
    contents: { ...emptyAttuneContents(), processes: named('process'), steps: named('step') },
  };
}

/**
 * Python packages with process-bigraph Process and Step classes (the sms-api registry), read from
 * pyproject.toml's `[project]` and the classes discovered in the sources.
 */
export const pbgProfile: Profile = {
  name: 'pbg',
  marker: 'pyproject.toml',
  detect: (dir) => existsSync(path.join(dir, 'pyproject.toml')),
  audit: (dir, options) => auditPbg(dir, options),
  async describe(dir, options) {
    const read = readPyProject(dir);
    if (!read.ok) {
      throw new PackdexError(read.reason === 'missing' ? 'MANIFEST_NOT_FOUND' : read.reason === 'unparsable' ? 'MANIFEST_TOML_INVALID' : 'MANIFEST_SCHEMA', `${read.message}.`, {
        value: dir,
        path: 'pyproject.toml',
        line: read.line,
        column: read.column,
        expected: 'a pyproject.toml with a [project] table (PEP 621)',
        fix: read.reason === 'unparsable' ? 'Correct the TOML syntax at the line shown.' : 'Add a [project] table with name, version and dependencies (PEP 621).',
      });
    }
    const { project, text } = read.pyproject;
    const name = str(project.name);
    if (name === undefined) {
      throw new PackdexError('MANIFEST_SCHEMA', 'pyproject.toml: [project] has no name.', { path: 'pyproject.toml', line: lineOf(text, '[project]'), fix: 'Add name = "pbg-…" to [project].' });
    }
    const dynamic = Array.isArray(project.dynamic) && project.dynamic.includes('version');
    const declared = str(project.version) ?? (dynamic && options.version === undefined ? options.versionIfUnset : undefined);
    const { version, pep440 } = await pbgVersion('pyproject.toml', declared, options.version, { line: lineOf(text, /^\s*version\s*=/) ?? lineOf(text, '[project]'), dynamic });
    const authors = Array.isArray(project.authors) ? (project.authors as { name?: unknown; email?: unknown }[]) : [];
    const keywords = Array.isArray(project.keywords) ? project.keywords.filter((k): k is string => typeof k === 'string') : [];
    return pbgDescription('pyproject.toml', {
      name,
      version,
      pep440Version: pep440,
      description: str(project.description),
      author: str(authors[0]?.name) ?? str(authors[0]?.email),
      email: str(authors[0]?.email),
      homepage: projectUrl(project.urls, ['Homepage', 'Home', 'Documentation']),
      repository: projectUrl(project.urls, ['Repository', 'Source', 'Source Code', 'Code'], repositoryUrl),
      license: licenseOf(project.license),
      keywords,
      requiresPython: str(project['requires-python']),
      pythonDependencies: Array.isArray(project.dependencies) ? project.dependencies.filter((d): d is string => typeof d === 'string') : [],
      compute: await discoverComputeClasses(dir),
    });
  },
};
