import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PackdexError, ioError, quote } from '../errors';
import { compareStrings } from '../index-file/index-rules';
import { parseJsonText } from '../index-file/read-index';
import type { PackdexRegistryIdentity } from '../schema-types';
import { readTextIfExists } from '../fs/read-text-if-exists';
import { validateSchema } from '../schemas';
import { assertValidDocument, type PackageDocument } from './package-document';
import { packageDocumentPath } from './shard-path';
import { indexFieldsViolation } from './index-json/index-policy';

export type RegistryIdentity = PackdexRegistryIdentity;

/**
 * The most a client reads of registry.json or one package document (16 MiB). Registry files are
 * small; the bound stops a wrong URL from eating memory, and verify refuses a document beyond it,
 * since no client could read it.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** Check registry.json's shape; shared by the folder reader and the HTTP client. */
export function parseRegistryIdentity(text: string, where: string): RegistryIdentity {
  const data = parseJsonText(text, where);
  const issues = validateSchema('registry', data);
  if (issues.length > 0) {
    const known = (data as { format_version?: unknown } | null)?.format_version;
    throw new PackdexError('REGISTRY_INVALID', `${quote(where)} is not a registry.json this packdex understands: ${issues.map((i) => `${i.path || '/'} ${i.message}`).join('; ')}.`, {
      value: where,
      path: issues[0]!.path,
      expected: 'format "packdex-registry", format_version 1 (schemas/registry.schema.json)',
      fix: typeof known === 'number' && known > 1 ? 'Upgrade packdex: this registry uses a newer layout.' : 'Recreate it with packdex registry init --force, or restore it from the registry branch.',
    });
  }
  const identity = data as RegistryIdentity;
  const inconsistent = indexFieldsViolation(identity);
  if (inconsistent !== undefined) {
    throw new PackdexError('REGISTRY_INVALID', `${quote(where)} is not a registry.json this packdex understands: ${inconsistent}.`, {
      value: where,
      path: inconsistent.split(' ')[0],
      expected: 'index "index.json" with no index_omitted, or index null with index_omitted saying why',
      fix: 'Run packdex site build in the registry (it writes both fields), or restore registry.json from the registry branch.',
    });
  }
  return identity;
}

/** registry.json's one written form: 2-space JSON with a trailing newline. */
export function serializeIdentity(identity: RegistryIdentity): string {
  return `${JSON.stringify(identity, null, 2)}\n`;
}

/** registry.json of a registry folder; REGISTRY_NOT_FOUND when the folder is not a registry. */
export async function readRegistryIdentity(registryDir: string): Promise<{ identity: RegistryIdentity; text: string }> {
  const file = path.join(registryDir, 'registry.json');
  const text = await readTextIfExists(file);
  if (text === undefined) {
    throw new PackdexError('REGISTRY_NOT_FOUND', `${quote(registryDir)} is not a packdex registry: it has no registry.json.`, {
      value: registryDir,
      expected: 'a folder made by packdex registry init',
      fix: `Create it with: packdex registry init ${registryDir} --name NAME --url https://…`,
    });
  }
  return { identity: parseRegistryIdentity(text, file), text };
}

/** Parse and check one package document, including that it sits where its name says. */
export function parsePackageDocument(text: string, where: string, name?: string): PackageDocument {
  const data = parseJsonText(text, where);
  assertValidDocument(data, where);
  if (name !== undefined && data.name !== name) {
    throw new PackdexError('PACKAGE_INVALID', `${quote(where)} holds package ${quote(data.name)}, not ${quote(name)}.`, {
      value: data.name,
      expected: name,
      fix: `Move it to ${packageDocumentPath(data.name)}, or restore the file from the registry branch.`,
    });
  }
  return data;
}

/** A package's document in a registry folder, with its exact text; undefined when unpublished. */
export async function readPackageDocument(registryDir: string, name: string): Promise<{ doc: PackageDocument; text: string } | undefined> {
  const file = path.join(registryDir, packageDocumentPath(name));
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  return { doc: parsePackageDocument(text, file, name), text };
}

/** Every package document of a registry folder, as sorted `packages/…/<name>.json` paths. */
export async function listPackageDocuments(registryDir: string, rel = 'packages'): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(registryDir, rel), { withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError('list', path.join(registryDir, rel), cause);
  }
  const out: string[] = [];
  for (const e of entries) {
    const child = `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listPackageDocuments(registryDir, child)));
    else if (e.isFile() && e.name.endsWith('.json')) out.push(child);
  }
  return out.sort(compareStrings);
}
