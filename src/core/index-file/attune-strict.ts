import { ATTUNE_KINDS } from '../entry/content-kinds';
import { ATTUNE_REF_PATTERN } from '../names/package-name';
import { quote } from '../errors';
import { isObject, type Violation } from './index-rules';

const ATTUNE_PACK_DEPENDENCY = /^[a-z][a-z0-9_-]*@\S+$/;

/**
 * What the real Attune index refuses and packdex's own format allows for its other profiles:
 * a ref outside `^[a-z][a-z0-9_-]*$` (scoped or digit-led AAM names), contents kinds beyond
 * Attune's five, and pack dependencies that are not `ref@constraint` without spaces. Run on top
 * of the index rules; an index of Attune packs only passes both.
 */
export function attuneStrictViolations(index: unknown): Violation[] {
  const out: Violation[] = [];
  if (!isObject(index) || !Array.isArray(index.packs)) return out;
  index.packs.forEach((pack, i) => {
    if (!isObject(pack)) return;
    const at = `/packs/${i}`;
    if (typeof pack.ref === 'string' && !ATTUNE_REF_PATTERN.test(pack.ref)) {
      out.push({ path: `${at}/ref`, message: `${quote(pack.ref)} is not an Attune ref (${ATTUNE_REF_PATTERN.source})` });
    }
    if (isObject(pack.contents)) {
      for (const kind of Object.keys(pack.contents)) {
        if (!(ATTUNE_KINDS as readonly string[]).includes(kind)) out.push({ path: `${at}/contents/${kind}`, message: `${quote(kind)} is not an Attune contents kind (${ATTUNE_KINDS.join(', ')})` });
      }
    }
    const packs = isObject(pack.dependencies) ? pack.dependencies.packs : undefined;
    if (Array.isArray(packs)) {
      packs.forEach((dep, j) => {
        if (typeof dep === 'string' && !ATTUNE_PACK_DEPENDENCY.test(dep)) out.push({ path: `${at}/dependencies/packs/${j}`, message: `${quote(dep)} is not an Attune "ref@constraint"` });
      });
    }
  });
  return out;
}
