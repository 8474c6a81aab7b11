import path from 'node:path';
import githubTufRoot from '../../../trust/tuf/tuf-repo.github.com.root.json' with { type: 'json' };
import { userConfigFolder } from '../registries/registry-config';

/** Where packdex trust update keeps the trusted roots it fetched (and its TUF metadata): the config folder's trust/. */
export function trustFolder(env: NodeJS.ProcessEnv): string {
  return path.join(userConfigFolder(env), 'trust');
}

export interface TufRepository {
  /** The trusted root's name, as shipped in trust/ and written as `<name>.json`. */
  name: string;
  /** The TUF repository serving `trusted_root.json`. */
  mirrorURL: string;
  /**
   * The TUF root metadata to start from when no newer one is cached; undefined for public good,
   * whose anchor @sigstore/tuf ships itself.
   */
  initialRoot?: unknown;
}

/** The TUF repositories of the instances packdex ships roots for, as gh attestation trusted-root reads them. */
export const TUF_REPOSITORIES: readonly TufRepository[] = [
  { name: 'sigstore-public-good', mirrorURL: 'https://tuf-repo-cdn.sigstore.dev' },
  { name: 'github', mirrorURL: 'https://tuf-repo.github.com', initialRoot: githubTufRoot },
];
