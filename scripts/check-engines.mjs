// Fails when a package in package-lock.json (what `npm ci` installs) declares an engines.node that
// leaves out a Node version packdex supports. npm only warns (EBADENGINE) and installs anyway, and a
// dependency that needs a newer Node breaks on the oldest supported one at run time, so this check
// runs in the test suite and in .ci/run. The supported versions are package.json's engines.node:
// for each major line it admits (20, 22, 24), the lowest version it allows and a late one of that
// line, so a dependency's floor (>=22) and its ceiling (<24) are both caught.
//
// Usage: node scripts/check-engines.mjs [project folder]   (default: this repository)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

/** The majors packdex supports: the CLI, the library and the Action run on each of them. */
export const SUPPORTED_MAJORS = [20, 22, 24];

/** For each supported major, the versions a dependency must allow: the line's lowest that ours allows, and a late one. */
export function versionsToCheck(ourRange) {
  const range = new semver.Range(ourRange);
  return SUPPORTED_MAJORS.flatMap((major) => {
    const line = `>=${major}.0.0 <${major + 1}.0.0`;
    // Each `||` alternative of our range, cut to this major; the lowest version any of them allows.
    const lowest = range.set
      .map((set) => semver.minVersion(new semver.Range(`${set.map((c) => c.value).join(' ')} ${line}`)))
      .filter((v) => v !== null && semver.satisfies(v, range) && v.major === major)
      .sort(semver.compare)[0];
    if (lowest === undefined) throw new Error(`package.json's engines.node (${ourRange}) leaves out Node ${major}, which packdex supports.`);
    const late = `${major}.99.0`;
    return semver.satisfies(late, range) ? [lowest.version, late] : [lowest.version];
  });
}

/** Every locked package whose engines.node excludes one of `versions`. */
export function engineProblems(lock, versions) {
  const problems = [];
  for (const [where, pkg] of Object.entries(lock.packages ?? {})) {
    if (where === '') continue;
    const wanted = pkg.engines && !Array.isArray(pkg.engines) ? pkg.engines.node : undefined;
    if (typeof wanted !== 'string') continue;
    const range = semver.validRange(wanted);
    const excluded = range === null ? versions : versions.filter((v) => !semver.satisfies(v, range));
    if (excluded.length > 0) {
      const name = where.replace(/^.*node_modules\//, '');
      const via = Object.entries(lock.packages).filter(([, p]) => Object.keys({ ...p.dependencies, ...p.optionalDependencies, ...p.peerDependencies }).includes(name)).map(([w]) => w.replace(/^.*node_modules\//, '') || 'packdex');
      problems.push({ name, version: pkg.version, wanted, excluded, via });
    }
  }
  return problems;
}

export function checkEngines(root) {
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const versions = versionsToCheck(own.engines?.node ?? '*');
  return { versions, problems: engineProblems(lock, versions) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.dirname(path.dirname(fileURLToPath(import.meta.url))));
  const { versions, problems } = checkEngines(root);
  if (problems.length === 0) {
    console.log(`engines: every locked package runs on Node ${versions.join(', ')}.`);
  } else {
    for (const p of problems) {
      console.error(`engines: ${p.name}@${p.version} requires node ${p.wanted}, which excludes ${p.excluded.join(', ')} (pulled in by ${p.via.join(', ') || 'nothing in the lock'}).`);
    }
    console.error('Fix: pin a version of the package (or of what pulls it in) that supports every Node version in package.json\'s engines.node, with "overrides" in package.json if it is not a direct dependency; then npm install.');
    process.exit(1);
  }
}
