import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, quote } from '../errors';
import { parseYamlMapping } from './parse-yaml';
import { COMPONENT_KINDS, type Component, type ComponentKind, type Finding, type PackManifest } from './pack-manifest';

export type Contents = Record<ComponentKind, Component[]>;

interface Discovered extends Component {
  /** Pack-relative file the component came from. */
  file: string;
}

/**
 * Build the index's `contents` from the top-level YAML files of actions/ sensors/ triggers/ rules/
 * workflows/. Names come from ref, name or the file stem, without a leading `<pack ref>.`;
 * an action with `workflow_file` is a workflow. Kinds whose folder holds no YAML fall back to the
 * list given inline in pack.yaml. Unparsable files and duplicate names become failing findings.
 */
export async function discoverContents(
  packDir: string,
  manifest: PackManifest,
): Promise<{ contents: Contents; findings: Finding[] }> {
  const findings: Finding[] = [];
  const found: Record<ComponentKind, Discovered[]> = { actions: [], sensors: [], triggers: [], rules: [], workflows: [] };

  for (const folder of COMPONENT_KINDS) {
    for (const file of await yamlFilesOf(path.join(packDir, folder))) {
      const rel = `${folder}/${file}`;
      let data: Record<string, unknown>;
      try {
        data = parseYamlMapping(await readFile(path.join(packDir, folder, file), 'utf8'), rel, `a ${folder.slice(0, -1)} definition`).data;
      } catch (cause) {
        if (!(cause instanceof PackdexError)) throw cause;
        findings.push({
          code: 'COMPONENT_INVALID',
          severity: 'fail',
          message: cause.message,
          file: rel,
          line: cause.line,
          column: cause.column,
          value: rel,
          fix: cause.fix,
        });
        continue;
      }
      const kind: ComponentKind = folder === 'actions' && data.workflow_file !== undefined ? 'workflows' : folder;
      found[kind].push({ name: componentName(data, file, manifest.ref), description: componentDescription(data), file: rel });
    }
  }

  const contents = {} as Contents;
  for (const kind of COMPONENT_KINDS) {
    const fromFiles = found[kind];
    const list: Discovered[] =
      fromFiles.length > 0
        ? fromFiles
        : (manifest.inline[kind] ?? []).map((c) => ({ ...c, name: stripRef(c.name, manifest.ref), file: 'pack.yaml' }));
    const byName = new Map<string, Discovered>();
    for (const c of list) {
      const earlier = byName.get(c.name);
      if (earlier !== undefined) {
        findings.push({
          code: 'COMPONENT_DUPLICATE',
          severity: 'fail',
          message: `${kind} name ${quote(c.name)} is used by both ${earlier.file} and ${c.file}`,
          file: c.file,
          value: c.name,
          expected: `names unique within ${kind}`,
          fix: `Rename one of them (set "name:" or "ref:" in ${c.file}).`,
        });
        continue;
      }
      byName.set(c.name, c);
    }
    contents[kind] = [...byName.values()]
      .map(({ name, description }) => ({ name, description }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return { contents, findings };
}

async function yamlFilesOf(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw cause;
  }
}

function componentName(data: Record<string, unknown>, file: string, packRef: string): string {
  const given = [data.ref, data.name].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return stripRef(given ?? file.replace(/\.ya?ml$/i, ''), packRef);
}

function stripRef(name: string, packRef: string): string {
  return packRef !== '' && name.startsWith(`${packRef}.`) ? name.slice(packRef.length + 1) : name;
}

function componentDescription(data: Record<string, unknown>): string {
  const d = [data.description, data.label].find((v): v is string => typeof v === 'string');
  return d ?? '';
}
