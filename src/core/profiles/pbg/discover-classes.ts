import { readFileSync } from 'node:fs';
import { walkPackFiles } from '../../pack-files/walk-pack-files';

export type ComputeType = 'process' | 'step';

/** One Process or Step class, as seed 000's compute outline describes it. */
export interface ComputeOutline {
  /** The module's full dotted path, nested packages kept (`pbg_cobra.processes.fba`). */
  module: string;
  name: string;
  compute_type: ComputeType;
  /** The ports' schemas, as JSON text (seed 000's outline shape); `{}` when not declared literally. */
  inputs: string;
  outputs: string;
  /** Where the class is declared, for annotations. */
  file: string;
  line: number;
}

/**
 * `class X(Process)`, `class X(pb.Process)`, `class X(process_bigraph.Step, Mixin)`: the base list
 * is scanned for a Process or Step name, bare or dotted, among other bases. A class statement
 * always starts a logical line, so a line-anchored match cannot be fooled by code in strings
 * on other lines; a match inside a multi-line string is the one case it accepts, as the seed's
 * own scanner does.
 */
const CLASS = /^[ \t]*class[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*\(([^)]*)\)[ \t]*:/gm;
const BASE = /^(?:[A-Za-z_][A-Za-z0-9_]*\.)*(Process|Step)$/;

/** Folders whose Python files are not part of the installed package. */
const SKIPPED = new Set(['tests', 'test', 'docs', 'examples', 'build', 'dist', '.venv', 'venv', '.tox', 'node_modules', '__pycache__']);

/**
 * The dotted module of a source file: relative to `src/` in a src layout, else to the package
 * root; `__init__.py` names its package.
 */
export function moduleOf(relPath: string): string {
  const parts = relPath.replace(/\.py$/, '').split('/');
  if (parts[0] === 'src' && parts.length > 1) parts.shift();
  if (parts[parts.length - 1] === '__init__') parts.pop();
  return parts.join('.');
}

/** Every Process and Step subclass declared in the package's Python sources, in path order. */
export async function discoverComputeClasses(root: string): Promise<ComputeOutline[]> {
  const files = (await walkPackFiles(root)).filter((f) => f.relPath.endsWith('.py') && !f.relPath.split('/').slice(0, -1).some((d) => SKIPPED.has(d) || d.startsWith('.')));
  const found: ComputeOutline[] = [];
  for (const file of files) {
    const text = readFileSync(file.absPath, 'utf8');
    for (const m of text.matchAll(CLASS)) {
      const bases = m[2]!.split(',').map((b) => b.trim()).filter((b) => b !== '' && !b.includes('='));
      const kind = bases.map((b) => BASE.exec(b)?.[1]).find((k) => k !== undefined);
      if (kind === undefined) continue;
      found.push({
        module: moduleOf(file.relPath),
        name: m[1]!,
        compute_type: kind === 'Process' ? 'process' : 'step',
        inputs: '{}',
        outputs: '{}',
        file: file.relPath,
        line: text.slice(0, m.index).split('\n').length,
      });
    }
  }
  return found;
}
