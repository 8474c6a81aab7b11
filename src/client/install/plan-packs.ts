import semver from 'semver';
import { PackdexError, quote } from '../../core/errors';
import type { RegistryReader } from '../fetch/registry-reader';
import type { PackageSpec } from '../resolve/parse-spec';
import { resolvePackage, type Resolution, type ResolveOptions } from '../resolve/resolve-package';

/** One pack the plan will fetch from a registry. */
export interface PlannedPack {
  resolution: Resolution;
  /** Who asked for it: `command line`, or the chain of packs that depend on it. */
  requiredBy: string[];
}

export interface PlanSettings extends ResolveOptions {
  readers: readonly RegistryReader[];
  skipDeps: boolean;
  /** Versions already installed in the target: a dependency they satisfy is not fetched again. */
  installed: ReadonlyMap<string, string>;
  onWarning?: (message: string) => void;
}

export interface PackRequest {
  spec: PackageSpec;
  /** Resolve from this registry only (a dependency comes from its parent's registry). */
  reader?: RegistryReader;
  chain: string[];
}

/**
 * Resolve what to install: the roots, then each one's `dependencies.packs` from the same registry
 * that served it (dbpm's rule), depth first. A pack that depends on itself through others is
 * a cycle; two constraints one version cannot meet are a conflict; both name everyone involved.
 */
export class InstallPlanner {
  readonly packs = new Map<string, PlannedPack>();
  /** Names fixed without a registry (folders, archives, git) or kept installed, and their versions. */
  readonly fixed = new Map<string, { version: string; requiredBy: string[] }>();

  constructor(private readonly settings: PlanSettings) {}

  private conflict(name: string, held: { version: string; requiredBy: string[] }, constraint: string, chain: string[]): PackdexError {
    return new PackdexError('DEPENDENCY_CONFLICT', `${name} ${held.version} (wanted by ${describe(held.requiredBy)}) does not satisfy ${quote(constraint)} (wanted by ${describe(chain)}).`, {
      value: `${name}@${constraint}`,
      expected: `a version of ${name} that satisfies both`,
      fix: 'Align the constraints (publish a version of the dependent pack that accepts the other), or install the packs separately.',
    });
  }

  async add(request: PackRequest): Promise<void> {
    const { spec, chain } = request;
    if (chain.includes(spec.name)) {
      throw new PackdexError('DEPENDENCY_CYCLE', `Dependency cycle: ${[...chain.slice(chain.indexOf(spec.name)), spec.name].join(' → ')}.`, {
        value: spec.name,
        expected: 'dependencies that form a tree',
        fix: 'Remove one of the dependencies in the cycle from its pack.yaml and publish a new version.',
      });
    }
    const range = spec.constraint ?? '*';
    const held = this.packs.get(spec.name);
    const heldVersion = held === undefined ? this.fixed.get(spec.name) : { version: held.resolution.version, requiredBy: held.requiredBy };
    if (heldVersion !== undefined) {
      const ok = spec.constraint === undefined || spec.constraint === 'latest' || (semver.validRange(range) !== null && semver.satisfies(heldVersion.version, range, { includePrerelease: true }));
      if (!ok) throw this.conflict(spec.name, heldVersion, range, chain.length === 0 ? ['command line'] : chain);
      return;
    }
    const installed = this.settings.installed.get(spec.name);
    if (chain.length > 0 && installed !== undefined && semver.validRange(range) !== null && semver.satisfies(installed, range, { includePrerelease: true })) {
      this.fixed.set(spec.name, { version: installed, requiredBy: ['already installed'] });
      return;
    }
    const readers = request.reader === undefined ? this.settings.readers : [request.reader];
    const { resolution, reader } = await resolvePackage(readers, spec, this.settings).catch((error: unknown) => {
      if (error instanceof PackdexError && (error.code === 'PACK_NOT_FOUND' || error.code === 'REGISTRY_NOT_FOUND') && chain.length > 0) {
        const none = readers.length === 0;
        throw new PackdexError(error.code, `${chain[chain.length - 1]} depends on ${spec.name}@${range}, which ${none ? 'is not installed, and no registry is configured to fetch it from' : request.reader === undefined ? 'no registry holds' : `its registry ${quote(request.reader.name)} does not hold`}.`, {
          value: spec.name,
          fix: none ? `Install ${spec.name} first, pass --registry URL, or --skip-deps.` : `Publish ${spec.name} to the same registry, or install it first from where it lives.`,
        });
      }
      throw error;
    });
    for (const w of resolution.warnings) this.settings.onWarning?.(w);
    this.packs.set(spec.name, { resolution, requiredBy: chain.length === 0 ? ['command line'] : chain });
    if (!this.settings.skipDeps) await this.addDependencies(spec.name, resolution.dependencies, chain, reader);
  }

  /** Dependencies of a pack; from `reader` when the pack came from a registry, else from all. */
  async addDependencies(name: string, dependencies: Record<string, string>, chain: string[], reader?: RegistryReader): Promise<void> {
    for (const [dep, constraint] of Object.entries(dependencies)) {
      await this.add({ spec: constraint === '*' ? { name: dep } : { name: dep, constraint }, reader, chain: [...chain, name] });
    }
  }
}

function describe(chain: string[]): string {
  return chain.length === 0 ? 'command line' : chain.join(' → ');
}
