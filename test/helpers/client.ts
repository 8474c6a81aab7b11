import { openClient, type Client, type ClientOptions } from '../../src/client/registries/open-registries';
import { initRegistry, publish } from './site';
import { tempDir } from './tmp';

export interface PackSpec {
  ref: string;
  version: string;
  /** Extra pack.yaml lines, e.g. `dependencies:\n  - core@^1.0.0\n`. */
  extra?: string;
}

/** A registry folder holding these packs, published in order. */
export async function buildRegistry(packs: PackSpec[]): Promise<string> {
  const dir = await initRegistry();
  for (const p of packs) await publish(dir, p.ref, p.version, { extra: p.extra });
  return dir;
}

/** A client with its own empty home and cache, reading the given registries. */
export function testClient(registries: string[], options: Partial<ClientOptions> & { cacheDir?: string } = {}): Promise<Client> {
  const home = tempDir('packdex-home-');
  return openClient({
    cwd: home,
    env: { HOME: home, PACKDEX_CACHE_DIR: options.cacheDir ?? `${home}/cache`, ...options.env },
    now: options.now ?? (() => new Date()),
    registries,
    ...options,
  });
}
