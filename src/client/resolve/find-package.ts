import { PackdexError, quote } from '../../core/errors';
import type { PackageDocument } from '../../core/site/package-document';
import type { RegistryReader } from '../fetch/registry-reader';

export interface FindOptions {
  /** Go on to the next registry when one fails, instead of failing closed. */
  skipUnavailable?: boolean;
  onSkip?: (registry: string, error: PackdexError) => void;
}

/** There is nowhere to look: said as such, not as "no package matches". */
export function noRegistryConfigured(): PackdexError {
  return new PackdexError('REGISTRY_NOT_FOUND', 'No registry is configured.', {
    fix: 'Add one with packdex registry add NAME URL, pass --registry URL, or set PACKDEX_REGISTRIES.',
  });
}

/**
 * The package document of `name` from the first registry, in priority order, that holds it. That
 * registry answers for the name even if a later one also has it: a private registry overriding a
 * public name must never fall through to the public one. A registry that fails stops the search
 * (fail closed) unless skipUnavailable.
 */
export async function findPackage(readers: readonly RegistryReader[], name: string, options: FindOptions = {}): Promise<{ doc: PackageDocument; reader: RegistryReader }> {
  if (readers.length === 0) throw noRegistryConfigured();
  const skipped: string[] = [];
  for (const reader of readers) {
    let doc: PackageDocument | undefined;
    try {
      doc = await reader.packageDocument(name);
    } catch (error) {
      if (!(error instanceof PackdexError) || options.skipUnavailable !== true) throw annotate(error, reader);
      options.onSkip?.(reader.name, error);
      skipped.push(reader.name);
      continue;
    }
    if (doc !== undefined) return { doc, reader };
  }
  throw new PackdexError('PACK_NOT_FOUND', `No registry holds ${quote(name)} (asked ${readers.map((r) => r.name).join(', ')}${skipped.length > 0 ? `; skipped unavailable ${skipped.join(', ')}` : ''}).`, {
    value: name,
    fix: 'Check the name with packdex search, or add the registry that publishes it.',
  });
}

function annotate(error: unknown, reader: RegistryReader): unknown {
  if (error instanceof PackdexError && error.fix !== undefined && !error.message.includes(reader.name)) {
    return new PackdexError(error.code, `Registry ${quote(reader.name)}: ${error.message}`, {
      value: error.value,
      expected: error.expected,
      fix: `${error.fix} (Registries are asked in priority order and a failing one stops the search; --skip-unavailable goes on to the next.)`,
      path: error.path,
      cause: error,
    });
  }
  return error;
}
