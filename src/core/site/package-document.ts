import semver from 'semver';
import { isDeepStrictEqual } from 'node:util';
import { canonicalEntry, pickKeys } from '../entry/canonical-entry';
import { PackdexError, quote } from '../errors';
import { canonicalEntryViolations } from '../index-file/canonical-violations';
import { compareStrings, entryRuleViolations, type Violation } from '../index-file/index-rules';
import { registryPathOf, resolveRegistryUrl, type RegistryAddresses } from '../names/url-rules';
import type { AttunePackIndexEntry, PackageVersion, PackdexPackageDocument } from '../schema-types';
import { validateSchema } from '../schemas';
import { assertSignatureFields, checkSignatureUrl } from '../signatures/signature-fields';

export type PackageDocument = PackdexPackageDocument;
export type { PackageVersion };

const DOCUMENT_KEYS = ['name', 'owner', 'maintainers', 'dist_tags', 'updated_at', 'index_updated_at', 'versions'] as const;
const VERSION_KEYS = [
  'version', 'published_at', 'archive_size', 'dependencies', 'yanked', 'yanked_at', 'yanked_reason',
  'signature_url', 'publisher_key_fingerprint', 'readme', 'provenance', 'entry',
] as const;

/** Semver precedence, with build metadata as the tie-break so the order is total. */
export function compareVersions(a: string, b: string): number {
  return semver.compareBuild(a, b);
}

/** `ref@constraint` strings of an entry as a name → range map (`ref` alone means any version). */
export function dependenciesOf(entry: Pick<AttunePackIndexEntry, 'dependencies'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of entry.dependencies?.packs ?? []) {
    const at = spec.lastIndexOf('@');
    if (at > 0) out[spec.slice(0, at)] = spec.slice(at + 1);
    else out[spec] = '*';
  }
  return sortedRecord(out);
}

/**
 * The version `latest` names: the newest non-yanked release, else the newest non-yanked
 * prerelease. It is derived, never set by hand, so index.json always follows from the documents.
 */
export function deriveLatest(versions: readonly PackageVersion[]): string | undefined {
  const live = versions.filter((v) => !v.yanked);
  const releases = live.filter((v) => semver.prerelease(v.version) === null);
  const pool = releases.length > 0 ? releases : live;
  return pool.reduce<PackageVersion | undefined>((best, v) => (best === undefined || compareVersions(v.version, best.version) > 0 ? v : best), undefined)?.version;
}

/**
 * The entry `latest` names, exactly as the document records it (archive paths may be relative to
 * the registry), or undefined when every version is yanked. index.json is built with indexEntryFor.
 */
export function indexEntryOf(doc: PackageDocument): AttunePackIndexEntry | undefined {
  const latest = doc.dist_tags.latest;
  return latest === undefined ? undefined : doc.versions.find((v) => v.version === latest)?.entry;
}

/**
 * An entry with every archive in the registry given under the registry's current url: relative
 * paths made absolute, and URLs under a former url (registry.json's former_urls) moved to the url.
 */
export function absoluteEntry(entry: AttunePackIndexEntry, registry: RegistryAddresses): AttunePackIndexEntry {
  const moved = (url: string): string => {
    const rel = registryPathOf(url, { url: registry.url, former_urls: registry.former_urls });
    return rel === undefined ? url : resolveRegistryUrl(rel, registry.url);
  };
  if (entry.install_sources.every((s) => s.type !== 'archive' || moved(s.url) === s.url)) return entry;
  return { ...entry, install_sources: entry.install_sources.map((s) => (s.type === 'archive' ? { ...s, url: moved(s.url) } : s)) as AttunePackIndexEntry['install_sources'] };
}

/**
 * The entry this package contributes to index.json: indexEntryOf with archive paths made absolute
 * against registry.json's url, since the Attune format needs absolute URLs. A registry that changes
 * its url (or is forked, or mirrored) gets an index.json that follows it on the next build, while
 * the documents, which are never rewritten, stay valid.
 */
export function indexEntryFor(doc: PackageDocument, registry: RegistryAddresses): AttunePackIndexEntry | undefined {
  const entry = indexEntryOf(doc);
  return entry === undefined ? undefined : absoluteEntry(entry, registry);
}

/**
 * A new version's entry as a package document records it: an archive source stored in the registry
 * (an https URL under `registryUrl`) becomes a path relative to the registry (`archives/<file>`),
 * so moving the registry strands no version. When the document already holds this version with the
 * absolute spelling (published before packdex recorded paths, perhaps under an earlier registry
 * url), that spelling is kept, so a rerun stays `unchanged` instead of looking like a changed version.
 */
export function recordedEntry(entry: AttunePackIndexEntry, registry: RegistryAddresses, doc: PackageDocument | undefined): AttunePackIndexEntry {
  const held = doc?.versions.find((v) => v.version === entry.version)?.entry.install_sources;
  const install_sources = entry.install_sources.map((s) => {
    const rel = registryPathOf(s.url, registry);
    if (s.type !== 'archive' || rel === undefined) return s;
    // The same archive, already recorded under this or an earlier registry address: keep its spelling.
    const same = held?.find((h) => h.type === 'archive' && h.checksum === s.checksum && (h.url === rel || h.url.endsWith(`/${rel}`)));
    return { ...s, url: same?.url ?? rel };
  }) as AttunePackIndexEntry['install_sources'];
  return { ...entry, install_sources };
}

/**
 * A new version's signature URL as a package document records it, by the archive's rule: a
 * signature stored in the registry (an https URL under its url or a former url) becomes a path
 * relative to it (`archives/<file>.asc`), so a mirrored or moved registry still finds it; one hosted
 * elsewhere (a release asset, a dbpm receipt's URL) stays absolute. A version already recorded with
 * the absolute spelling of the same file keeps that spelling, so a rerun stays `unchanged`.
 */
export function recordedSignatureUrl(url: string, registry: RegistryAddresses, held: Pick<PackageVersion, 'signature_url'> | undefined): string {
  const rel = registryPathOf(url, registry);
  if (rel === undefined) return url;
  const before = held?.signature_url;
  return before !== undefined && registryPathOf(before, registry) === rel ? before : rel;
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort(compareStrings)) out[key] = record[key]!;
  return out;
}

/**
 * The document in its one written form: keys in schema order, versions ascending, tags sorted,
 * `latest` re-derived and tags on yanked versions dropped. Equal documents give equal bytes.
 */
export function canonicalDocument(doc: PackageDocument): PackageDocument {
  const versions = [...doc.versions]
    .sort((a, b) => compareVersions(a.version, b.version))
    .map((v) => pickKeys({ ...v, dependencies: sortedRecord(v.dependencies), entry: canonicalEntry(v.entry) }, VERSION_KEYS)) as PackageDocument['versions'];
  const live = new Set(versions.filter((v) => !v.yanked).map((v) => v.version));
  const tags: Record<string, string> = {};
  for (const [tag, version] of Object.entries(doc.dist_tags)) if (tag !== 'latest' && live.has(version)) tags[tag] = version;
  const latest = deriveLatest(versions);
  if (latest !== undefined) tags.latest = latest;
  return pickKeys({ ...doc, dist_tags: sortedRecord(tags), versions }, DOCUMENT_KEYS);
}

export function serializeDocument(doc: PackageDocument): string {
  return `${JSON.stringify(canonicalDocument(doc), null, 2)}\n`;
}

/** Every rule a package document must pass: the schema, then what a schema cannot say. */
export function documentViolations(doc: unknown): Violation[] {
  const out: Violation[] = validateSchema('package', doc).map((i) => ({ path: i.path, message: i.message }));
  if (out.length > 0) return out;
  const d = doc as PackageDocument;
  d.versions.forEach((v, i) => {
    const at = `/versions/${i}`;
    // A package document is packdex's own format, written by packdex: its entries are canonical
    // (an index, which Attune may have written, is only held to the reading rules).
    out.push(...entryRuleViolations(v.entry, `${at}/entry`), ...canonicalEntryViolations(v.entry, `${at}/entry`));
    if (semver.valid(v.version) === null) return;
    if (v.entry.ref !== d.name) out.push({ path: `${at}/entry/ref`, message: `entry ref ${quote(v.entry.ref)} differs from the package name ${quote(d.name)}` });
    if (v.entry.version !== v.version) out.push({ path: `${at}/entry/version`, message: `entry version ${quote(v.entry.version)} differs from the version ${quote(v.version)}` });
    if (!isDeepStrictEqual(v.dependencies, dependenciesOf(v.entry))) out.push({ path: `${at}/dependencies`, message: 'must list the entry\'s dependencies.packs as name → range' });
    const prev = d.versions[i - 1];
    // Build metadata does not make another version (semver: 1.0.0+evil has 1.0.0's precedence, and
    // a range picks either), so 1.0.0+x beside 1.0.0 would republish 1.0.0 with other bytes.
    const twin = d.versions.slice(0, i).find((x) => semver.valid(x.version) !== null && semver.eq(x.version, v.version));
    if (twin !== undefined) out.push({ path: `${at}/version`, message: twin.version === v.version ? `duplicate version ${quote(v.version)}` : `version ${quote(v.version)} is ${quote(twin.version)} again (build metadata does not make a new version)` });
    else if (prev !== undefined && semver.valid(prev.version) !== null && compareVersions(prev.version, v.version) > 0) {
      out.push({ path: `${at}/version`, message: `version ${quote(v.version)} is out of order: versions ascend` });
    }
  });
  const live = new Set(d.versions.filter((v) => !v.yanked).map((v) => v.version));
  for (const [tag, version] of Object.entries(d.dist_tags)) {
    if (!live.has(version)) out.push({ path: `/dist_tags/${tag}`, message: `names ${quote(version)}, which is not a published, non-yanked version` });
  }
  const latest = deriveLatest(d.versions);
  if (d.dist_tags.latest !== latest) {
    out.push({ path: '/dist_tags/latest', message: latest === undefined ? 'must be absent: every version is yanked' : `must be ${quote(latest)}, the newest non-yanked version` });
  }
  return out;
}

export function assertValidDocument(doc: unknown, file?: string): asserts doc is PackageDocument {
  const versions = (doc as { versions?: unknown } | null)?.versions;
  if (Array.isArray(versions)) {
    for (const v of versions as { version?: string; signature_url?: string; publisher_key_fingerprint?: string }[]) {
      if (typeof v !== 'object' || v === null) continue;
      const where = `${file === undefined ? 'The package document' : quote(file)}'s version ${v.version ?? '?'}`;
      assertSignatureFields(v.signature_url, v.publisher_key_fingerprint, where, 'Restore the file from the registry branch: a version is signed with both fields or unsigned with neither.');
      if (typeof v.signature_url === 'string') checkSignatureUrl(v.signature_url, `${where}'s signature_url`);
    }
  }
  const violations = documentViolations(doc);
  if (violations.length === 0) return;
  const shown = violations.slice(0, 20).map((v) => `  ${v.path || '/'}: ${v.message}`);
  if (violations.length > 20) shown.push(`  … and ${violations.length - 20} more`);
  throw new PackdexError('PACKAGE_INVALID', `${file === undefined ? 'The package document' : quote(file)} breaks ${violations.length} rule${violations.length === 1 ? '' : 's'} of a package document:\n${shown.join('\n')}`, {
    value: file,
    path: violations[0]?.path,
    expected: 'a package document as described by schemas/package.schema.json',
    fix: 'Restore the file from the registry branch, or correct the values at the paths listed.',
  });
}
