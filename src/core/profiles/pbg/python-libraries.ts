/**
 * What only Python packages need, as one lazily loaded file: the Python reader (@lezer/python and
 * the discovery that walks its trees) and PEP 440 (@renovatebot/pep440). Together they weigh
 * ~200 KB bundled, more than the Action's 2 MB budget has room for, and an Attune pack's audit
 * never needs them: callers `await import()` this module, and the build (scripts/build.mjs)
 * emits it as its own file, dist/pbg-python.cjs, required on first use. What it bundles must not
 * import packdex's errors or other classes: a class in two bundles would be two classes, and
 * `instanceof` would fail across them. It returns plain data; the callers throw.
 */
export { readPythonModule } from './read-python-module';
export { resolveComputeClasses } from './resolve-compute-classes';
export { parse as parsePep440 } from '@renovatebot/pep440';
