import { existsSync } from 'node:fs';
import path from 'node:path';
import { PackdexError, quote } from '../../core/errors';
import { DEFAULT_PRIORITY, type ClientConfig } from './registry-config';
import { parseRegistryLocation, type RegistryLocation } from './registry-location';

/** One registry as the client will read it: location checked, headers expanded. */
export interface RegistryEndpoint {
  name: string;
  url: string;
  priority: number;
  headers: Record<string, string>;
  location: RegistryLocation;
}

export interface RegistrySources {
  config: ClientConfig;
  env: NodeJS.ProcessEnv;
  /** --registry values: configured names or URLs; they replace every other source. */
  flags: string[];
  cwd: string;
  allowHttp: boolean;
}

/** Replace ${NAME} from the environment; an unset variable is an error, never an empty token. */
export function expandHeaders(headers: Record<string, string> | undefined, env: NodeJS.ProcessEnv, registry: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    out[key] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const v = env[name];
      if (v === undefined) {
        throw new PackdexError('CONFIG_INVALID', `Header ${quote(key)} of registry ${quote(registry)} uses \${${name}}, which is not set.`, {
          value: name,
          fix: `Set ${name} in the environment (e.g. export ${name}=…), or remove the header.`,
        });
      }
      return v;
    });
  }
  return out;
}

/** A bare word (`acme`, `my.reg`) is meant as a configured name; `./acme`, `/srv/acme`, URLs are locations. */
function looksLikeName(value: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) && !/\.json$/i.test(value);
}

function unknownRegistryName(name: string, known: string[]): PackdexError {
  return new PackdexError('REGISTRY_NOT_FOUND', `No registry named ${quote(name)} is configured, and there is no folder ${quote(name)}.`, {
    value: name,
    expected: known.length === 0 ? 'a configured registry name (none are configured), a URL or a folder' : `one of ${known.join(', ')}, a URL or a folder`,
    fix: 'See packdex registry list; give a URL (https://…) or a folder path (./name) for an unconfigured registry.',
  });
}

/**
 * The registries to read, lowest priority number first: --registry when given, else
 * PACKDEX_REGISTRIES (comma-separated URLs, in priority order), else the config file's enabled
 * registries.
 */
export function effectiveRegistries(sources: RegistrySources): RegistryEndpoint[] {
  const configured = sources.config.registries ?? [];
  const fromUrls = (urls: string[], prefix: string): RegistryEndpoint[] =>
    urls.map((url, i) => {
      const named = configured.find((r) => r.name === url);
      if (named !== undefined) return endpoint(named.name, named.url, i, named.headers);
      if (looksLikeName(url) && !existsSync(path.resolve(sources.cwd, url))) throw unknownRegistryName(url, configured.map((r) => r.name));
      return endpoint(`${prefix}${i + 1}`, url, i, undefined);
    });
  const endpoint = (name: string, url: string, priority: number, headers: Record<string, string> | undefined): RegistryEndpoint => ({
    name,
    url,
    priority,
    headers: expandHeaders(headers, sources.env, name),
    location: parseRegistryLocation(url, { cwd: sources.cwd, allowHttp: sources.allowHttp }),
  });
  if (sources.flags.length > 0) return fromUrls(sources.flags, 'cli-');
  const env = sources.env.PACKDEX_REGISTRIES?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  if (env.length > 0) return fromUrls(env, 'env-');
  return configured
    .map((r, order) => ({ r, order }))
    .filter(({ r }) => r.enabled !== false)
    .sort((a, b) => (a.r.priority ?? DEFAULT_PRIORITY) - (b.r.priority ?? DEFAULT_PRIORITY) || a.order - b.order)
    .map(({ r }) => endpoint(r.name, r.url, r.priority ?? DEFAULT_PRIORITY, r.headers));
}
