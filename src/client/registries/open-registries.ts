import os from 'node:os';
import path from 'node:path';
import { timeoutsFrom, type FetchTimeouts } from '../fetch/fetch-url';
import { HttpCache, type RequestRecord } from '../fetch/http-cache';
import { RegistryReader } from '../fetch/registry-reader';
import { effectiveRegistries } from './effective-registries';
import { loadEffectiveConfig, type LoadedConfig } from './registry-config';

export interface ClientOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** --registry values (names or URLs). */
  registries?: string[];
  allowHttp?: boolean;
  /** Revalidate cached registry files even when fresh. */
  refresh?: boolean;
  /** No disk cache at all. */
  noCache?: boolean;
  /** How long requests may stall; default from PACKDEX_HTTP_TIMEOUT, else fetch-url's defaults. */
  timeouts?: FetchTimeouts;
}

export interface Client {
  readers: RegistryReader[];
  cache: HttpCache;
  /** Archives cache folder, keyed by checksum; undefined when caching is off. */
  cacheDir: string | undefined;
  config: LoadedConfig;
  /** Every HTTP request made, for --json output, tests and benchmarks. */
  requests: RequestRecord[];
  allowHttp: boolean;
  /** For registry files and archive downloads alike. */
  timeouts: FetchTimeouts;
}

export const DEFAULT_CACHE_TTL = 300;

/** PACKDEX_CACHE_DIR, else $XDG_CACHE_HOME/packdex, else ~/.cache/packdex. */
export function cacheDirFrom(env: NodeJS.ProcessEnv): string {
  if (env.PACKDEX_CACHE_DIR) return path.resolve(env.PACKDEX_CACHE_DIR);
  return path.join(env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache'), 'packdex');
}

/** Read the config, work out the registries and open a reader on each, sharing one cache. */
export async function openClient(options: ClientOptions): Promise<Client> {
  const config = await loadEffectiveConfig(options.cwd, options.env);
  const allowHttp = options.allowHttp === true;
  const endpoints = effectiveRegistries({ config: config.config, env: options.env, flags: options.registries ?? [], cwd: options.cwd, allowHttp });
  const cacheDir = options.noCache === true ? undefined : cacheDirFrom(options.env);
  const requests: RequestRecord[] = [];
  const timeouts = options.timeouts ?? timeoutsFrom(options.env);
  const cache = new HttpCache({
    dir: cacheDir,
    ttlSeconds: config.config.cache_ttl ?? DEFAULT_CACHE_TTL,
    refresh: options.refresh === true,
    now: options.now,
    log: requests,
    allowHttp,
    timeouts,
  });
  return { readers: endpoints.map((e) => new RegistryReader(e, cache)), cache, cacheDir, config, requests, allowHttp, timeouts };
}
