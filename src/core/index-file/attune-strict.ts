import { ATTUNE_KINDS } from '../entry/content-kinds';
import { ATTUNE_REF_PATTERN } from '../names/package-name';
import { quote } from '../errors';
import { isObject, type Violation } from './index-rules';

/**
 * What Attune's schema and validator refuse and packdex's own format allows for its other
 * profiles: a ref outside `^[a-z][a-z0-9_-]*$` (scoped or digit-led AAM names) and contents kinds
 * beyond Attune's five. (Pack dependencies are not among them: Attune takes any string there, a
 * bare ref and a range with spaces included.) Run on top of the index rules; an index of Attune
 * packs only passes both.
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
  });
  return out;
}
