import { readFileSync } from 'node:fs';
import { walkPackFiles } from '../../pack-files/walk-pack-files';
import type { ComputeOutline } from './compute-outline';

export { DYNAMIC, type ComputeOutline, type ComputeType } from './compute-outline';

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

/**
 * Every Process and Step subclass the package declares at module level, in path order, with its
 * outline read from the sources by a Python parser (resolve-compute-classes.ts says how).
 */
export async function discoverComputeClasses(root: string): Promise<ComputeOutline[]> {
  const files = (await walkPackFiles(root)).filter((f) => f.relPath.endsWith('.py') && !f.relPath.split('/').slice(0, -1).some((d) => SKIPPED.has(d) || d.startsWith('.')));
  if (files.length === 0) return [];
  const { readPythonModule, resolveComputeClasses } = await import('./python-libraries');
  return resolveComputeClasses(files.map((f) => ({ file: f.relPath, module: readPythonModule(moduleOf(f.relPath), f.relPath.endsWith('__init__.py'), readFileSync(f.absPath, 'utf8')) })));
}
