import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import semver from 'semver';
import { PackdexError, ioError, quote, type ErrorCode } from '../errors';
import type { AttunePackIndexEntry } from '../schema-types';
import { validateSchema } from '../schemas';
import { parseYamlMapping, type ParsedYaml } from './parse-yaml';
import { ATTUNE_KINDS as COMPONENT_KINDS, type AttuneKind as ComponentKind, type Component } from '../entry/content-kinds';

export const REF_PATTERN = /^[a-z][a-z0-9_-]*$/;
export const VERSION_PATTERN = /^[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$/;
export const MANIFEST_NAMES = ['pack.yaml', 'pack.yml'] as const;

// A pack's component kinds are the Attune contents kinds; one definition serves the entry and pack.yaml.
export { ATTUNE_KINDS as COMPONENT_KINDS, type AttuneKind as ComponentKind, type Component } from '../entry/content-kinds';

/** A problem found while reading a pack, located in a file when possible. */
export interface Finding {
  code: ErrorCode;
  severity: 'fail' | 'warn';
  message: string;
  /** JSON pointer into the manifest, when the finding concerns one value. */
  pointer?: string;
  file?: string;
  line?: number;
  column?: number;
  value?: unknown;
  expected?: string;
  fix?: string;
}

/** pack.yaml after StackStorm-era spellings are mapped and defaults applied. */
export interface PackManifest {
  ref: string;
  label: string;
  description: string;
  use_case?: string;
  version: string;
  author: string;
  email?: string;
  homepage?: string;
  repository?: string;
  license: string;
  keywords: string[];
  runtime_deps: string[];
  dependencies?: NonNullable<AttunePackIndexEntry['dependencies']>;
  meta?: Record<string, unknown>;
  /** Components listed in pack.yaml itself, used for kinds whose folder has no YAML. */
  inline: Partial<Record<ComponentKind, Component[]>>;
}

export interface LoadedManifest {
  /** Absolute path of pack.yaml. */
  path: string;
  source: ParsedYaml;
  manifest: PackManifest;
  findings: Finding[];
}

/** The StackStorm-era spelling → the Attune spelling. */
const SPELLINGS: [old: string, current: string][] = [
  ['name', 'label'],
  ['keywords', 'tags'],
  ['metadata', 'meta'],
  ['config_schema', 'conf_schema'],
];

/** Find pack.yaml (or pack.yml) in a pack directory. */
export async function findManifest(dir: string): Promise<string> {
  for (const name of MANIFEST_NAMES) {
    const candidate = path.join(dir, name);
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw ioError('read', candidate, cause);
    }
  }
  throw new PackdexError('MANIFEST_NOT_FOUND', `No pack.yaml in '${dir}'.`, {
    value: dir,
    expected: 'a pack directory with pack.yaml at its root',
    fix: 'Run packdex in the pack folder, or pass the folder that holds pack.yaml.',
  });
}

/** Read, parse and normalise a pack's manifest. Throws only when it cannot be read as a mapping. */
export async function loadManifest(dir: string): Promise<LoadedManifest> {
  const file = await findManifest(dir);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw new PackdexError('MANIFEST_UNREADABLE', `Could not read '${file}'.`, {
      value: file,
      fix: 'Check the file permissions.',
      cause,
    });
  }
  const text = decodeManifestText(bytes, path.basename(file));
  const source = parseYamlMapping(text, path.basename(file));
  const { manifest, findings } = normalizeManifest(source);
  return { path: file, source, manifest, findings };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** YAML is text: a manifest that is not UTF-8 (or holds NUL bytes) is refused, not guessed at. */
export function decodeManifestText(bytes: Buffer, file: string): string {
  let text: string | undefined;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text === undefined || text.includes('\u0000')) {
    throw new PackdexError('MANIFEST_YAML_INVALID', `${file} is not UTF-8 text.`, {
      value: file,
      expected: 'a YAML file encoded as UTF-8',
      fix: `Save ${file} as UTF-8.`,
      path: file,
    });
  }
  return text;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const strList = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : undefined;
const sortedUnique = (list: string[]): string[] => [...new Set(list)].sort();

/**
 * Map a parsed pack.yaml to the fields an index entry needs. Never throws: every problem
 * becomes a finding (fail or warn) so the audit can report all of them at once.
 */
export function normalizeManifest(source: ParsedYaml): { manifest: PackManifest; findings: Finding[] } {
  const raw = source.data;
  const findings: Finding[] = [];
  const add = (f: Omit<Finding, 'file' | 'line' | 'column'>): void => {
    const loc = f.pointer === undefined ? undefined : source.locate(f.pointer);
    findings.push({ ...f, file: source.file, line: loc?.line, column: loc?.column });
  };

  for (const issue of validateSchema('pack', raw)) {
    if (issue.keyword === 'additionalProperties') {
      add({
        code: 'MANIFEST_SCHEMA',
        severity: 'warn',
        message: `${issue.message} at ${issue.path}; the index ignores it`,
        pointer: issue.path,
        fix: 'Remove the key, or check its spelling.',
      });
    } else {
      add({
        code: 'MANIFEST_SCHEMA',
        severity: 'fail',
        message: `${issue.path || '/'} ${issue.message}`,
        pointer: issue.path,
        value: valueAt(raw, issue.path),
        fix: 'Correct the value to match the pack.yaml schema (schemas/pack.schema.json).',
      });
    }
  }

  for (const [old, current] of SPELLINGS) {
    if (raw[old] !== undefined && raw[current] !== undefined && !isDeepStrictEqual(raw[old], raw[current])) {
      add({
        code: 'MANIFEST_SPELLING_CONFLICT',
        severity: 'fail',
        message: `both '${old}' and '${current}' are set, to different values`,
        pointer: `/${old}`,
        value: { [old]: raw[old], [current]: raw[current] },
        expected: `one of '${current}' or its StackStorm-era spelling '${old}'`,
        fix: `Keep '${current}' and remove '${old}' (or make them equal).`,
      });
    }
  }

  const meta = (isObject(raw.meta) ? raw.meta : isObject(raw.metadata) ? raw.metadata : undefined) as
    | Record<string, unknown>
    | undefined;

  // ref: given, or derived from a StackStorm name that is already a valid ref.
  let ref = str(raw.ref);
  if (ref === undefined) {
    const name = str(raw.name);
    if (name !== undefined && REF_PATTERN.test(name)) {
      ref = name;
    } else {
      add({
        code: 'MANIFEST_REF_INVALID',
        severity: 'fail',
        message:
          name === undefined
            ? 'no ref, and no name to derive it from'
            : `no ref, and name ${quote(name)} is not a valid ref`,
        pointer: name === undefined ? '' : '/name',
        value: name,
        expected: REF_PATTERN.source,
        fix: 'Add a line such as "ref: my_pack" (lowercase letters, digits, _ and -, starting with a letter).',
      });
    }
  } else if (!REF_PATTERN.test(ref)) {
    add({
      code: 'MANIFEST_REF_INVALID',
      severity: 'fail',
      message: `ref ${quote(ref)} is not a valid pack ref`,
      pointer: '/ref',
      value: ref,
      expected: REF_PATTERN.source,
      fix: `Use lowercase letters, digits, _ and -, starting with a letter, e.g. ${quote(suggestRef(ref))}.`,
    });
  }

  const version = typeof raw.version === 'string' ? raw.version.trim() : undefined;
  if (version === undefined) {
    if (raw.version === undefined) {
      add({
        code: 'MANIFEST_VERSION_INVALID',
        severity: 'fail',
        message: 'no version',
        pointer: '',
        expected: 'a semantic version such as "1.2.3"',
        fix: 'Add a line such as version: "1.0.0".',
      });
    }
    // A non-string version (YAML reads 1.0 as a number) is already a schema failure.
  } else if (!VERSION_PATTERN.test(version) || semver.valid(version) === null) {
    add({
      code: 'MANIFEST_VERSION_INVALID',
      severity: 'fail',
      message: `version ${quote(version)} is not a semantic version`,
      pointer: '/version',
      value: version,
      expected: 'MAJOR.MINOR.PATCH with an optional -prerelease or +build, e.g. "1.2.3"',
      fix: 'Quote it and write all three numbers, e.g. version: "1.2.0".',
    });
  }

  const homepage = str(raw.homepage) ?? str(meta?.documentation_url);
  const repository = str(raw.repository) ?? str(meta?.repository_url);
  for (const [key, value] of [['homepage', homepage], ['repository', repository]] as const) {
    if (value !== undefined && !/^https?:\/\/\S+$/.test(value)) {
      add({
        code: 'URL_INVALID',
        severity: 'fail',
        message: `${key} ${quote(value)} is not an http(s) URL`,
        pointer: raw[key] !== undefined ? `/${key}` : '/meta',
        value,
        expected: 'https://…',
        fix: `Write the full URL, starting with https://.`,
      });
    }
  }

  const dependencies = normalizeDependencies(raw.dependencies);
  const inline: PackManifest['inline'] = {};
  for (const kind of COMPONENT_KINDS) {
    const list = raw[kind];
    if (Array.isArray(list)) {
      inline[kind] = list
        .filter(isObject)
        .map((c) => ({ name: String(c.name ?? ''), description: typeof c.description === 'string' ? c.description : '' }));
    }
  }

  const manifest: PackManifest = {
    ref: ref ?? '',
    label: str(raw.label) ?? str(raw.name) ?? ref ?? '',
    description: typeof raw.description === 'string' ? raw.description : '',
    version: version ?? '',
    author: str(raw.author) ?? 'Unknown',
    license: str(raw.license) ?? str(meta?.license) ?? 'NOASSERTION',
    keywords: sortedUnique(strList(raw.tags) ?? strList(raw.keywords) ?? strList(meta?.keywords) ?? []),
    runtime_deps: sortedUnique(strList(raw.runtime_deps) ?? []),
    inline,
  };
  if (str(raw.use_case) !== undefined) manifest.use_case = str(raw.use_case);
  if (str(raw.email) !== undefined) manifest.email = str(raw.email);
  if (homepage !== undefined) manifest.homepage = homepage;
  if (repository !== undefined) manifest.repository = repository;
  if (dependencies !== undefined) manifest.dependencies = dependencies;
  if (meta !== undefined && Object.keys(meta).length > 0) manifest.meta = meta;
  return { manifest, findings };
}

function normalizeDependencies(value: unknown): PackManifest['dependencies'] {
  // A bare "ref" means any version; the index spells every pack dependency "ref@constraint".
  const packList = (list: unknown[]): string[] =>
    sortedUnique(list.filter((x): x is string => typeof x === 'string').map((d) => (d.includes('@') ? d : `${d}@*`)));
  if (Array.isArray(value)) return value.length === 0 ? undefined : { packs: packList(value) };
  if (!isObject(value)) return undefined;
  const out: NonNullable<PackManifest['dependencies']> = {};
  for (const key of ['attune_version', 'python_version', 'nodejs_version'] as const) {
    const v = str(value[key]);
    if (v !== undefined) out[key] = v;
  }
  if (Array.isArray(value.packs)) out.packs = packList(value.packs);
  return Object.keys(out).length === 0 ? undefined : out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const part of pointer.split('/').slice(1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function suggestRef(text: string): string {
  const s = text.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^[^a-z]+/, '');
  return s === '' ? 'my_pack' : s;
}
