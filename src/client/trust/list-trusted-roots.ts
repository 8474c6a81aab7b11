import { loadTrustedRoots, type NamedTrustedRoot } from '../install/verify-provenance';

/** What packdex trust list shows of a root in use: where it came from and when each of its parts is valid. */
export interface TrustedRootInfo {
  name: string;
  source: NamedTrustedRoot['source'];
  /** The file it was read from (updated roots); undefined for the shipped ones, built into packdex. */
  file?: string;
  /** One line per certificate authority, timestamp authority, transparency log and CT log. */
  parts: { kind: 'ca' | 'tsa' | 'tlog' | 'ctlog'; uri: string; start?: string; end?: string }[];
}

function window(validFor: { start?: Date; end?: Date } | undefined): { start?: string; end?: string } {
  return { start: validFor?.start?.toISOString(), end: validFor?.end?.toISOString() };
}

/** The roots verification would use now (updated ones from `updatedFolder` over the shipped ones), described. */
export async function listTrustedRoots(updatedFolder: string): Promise<TrustedRootInfo[]> {
  return (await loadTrustedRoots([], { updatedFolder })).map((r) => ({
    name: r.name,
    source: r.source,
    file: r.file,
    parts: [
      ...r.root.certificateAuthorities.map((c) => ({ kind: 'ca' as const, uri: c.uri, ...window(c.validFor) })),
      ...r.root.timestampAuthorities.map((c) => ({ kind: 'tsa' as const, uri: c.uri, ...window(c.validFor) })),
      ...r.root.tlogs.map((t) => ({ kind: 'tlog' as const, uri: t.baseUrl, ...window(t.publicKey?.validFor) })),
      ...r.root.ctlogs.map((t) => ({ kind: 'ctlog' as const, uri: t.baseUrl, ...window(t.publicKey?.validFor) })),
    ],
  }));
}
