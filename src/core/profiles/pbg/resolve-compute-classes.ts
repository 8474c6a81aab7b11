import { DYNAMIC, type ComputeOutline, type ComputeType } from './compute-outline';
import { OUTLINE_MEMBERS, type BaseRef, type OutlineMember, type PythonClass, type PythonModule } from './read-python-module';

/**
 * A class in a method resolution order: one of the package's, process-bigraph's Process or Step
 * (whose `config_schema = {}` and whose `inputs()`/`outputs()` return `{}`, from bigraph-schema's
 * Edge), a base known to declare none of the three (`object`, `abc.ABC`), or a class outside the
 * package that may declare anything.
 */
type MroItem = { kind: 'class'; id: string; cls: PythonClass; module: PythonModule } | { kind: 'pbg'; type: ComputeType } | { kind: 'empty'; id: string } | { kind: 'unknown'; id: string };

const itemId = (item: MroItem) => (item.kind === 'pbg' ? `pbg:${item.type}` : item.id);
/** The longest MRO followed. */
const MAX_MRO = 1000;
const EMPTY_BASES = new Set(['object', 'abc.ABC']);

/** The package's modules, and how a base named in one of them resolves. */
class PackageScope {
  private readonly mros = new Map<string, MroItem[] | 'invalid'>();
  constructor(readonly modules: Map<string, PythonModule>) {}

  /** What a name means in a module: one of the package's classes or modules, or a path outside the package. */
  private resolveName(module: PythonModule, name: string, seen: Set<string>): { cls: PythonClass; module: PythonModule } | { module: PythonModule; cls?: undefined } | { external: string } | undefined {
    const key = `${module.name}:${name}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const binding = module.bindings.get(name);
    if (binding === undefined) {
      for (const star of module.starImports) {
        const target = this.modules.get(star);
        const hit = target === undefined ? undefined : this.resolveName(target, name, seen);
        if (hit !== undefined) return hit;
      }
      return undefined;
    }
    switch (binding.kind) {
      case 'class':
        return { cls: binding.cls, module };
      case 'module':
        return this.modules.has(binding.module) ? { module: this.modules.get(binding.module)! } : { external: binding.module };
      case 'from': {
        const submodule = this.modules.get(`${binding.module}.${binding.name}`);
        if (submodule !== undefined) return { module: submodule };
        const from = this.modules.get(binding.module);
        if (from === undefined) return { external: `${binding.module}.${binding.name}` };
        return this.resolveName(from, binding.name, seen) ?? { external: `${binding.module}.${binding.name}` };
      }
      case 'other':
        // Assigned or defined by a function: what it holds is not the source's to say.
        return { external: `?${module.name}.${name}` };
    }
  }

  private resolveBase(module: PythonModule, base: BaseRef): MroItem {
    if ('opaque' in base) return { kind: 'unknown', id: `?${base.opaque}` };
    let target = this.resolveName(module, base.dotted[0]!, new Set());
    for (const part of base.dotted.slice(1)) {
      if (target === undefined || 'external' in target) target = { external: `${target?.external ?? base.dotted[0]}.${part}` };
      else if (target.cls !== undefined) target = { external: `${target.module.name}.${target.cls.name}.${part}` };
      else target = this.modules.has(`${target.module.name}.${part}`) ? { module: this.modules.get(`${target.module.name}.${part}`)! } : this.resolveName(target.module, part, new Set());
    }
    if (target !== undefined && !('external' in target) && target.cls !== undefined) return { kind: 'class', id: `${target.module.name}.${target.cls.name}`, cls: target.cls, module: target.module };
    // Outside the package: process-bigraph's Process and Step by any path into process_bigraph,
    // or by the bare name when nothing binds it (the registry's own scanner reads names alone,
    // and `from process_bigraph import *` binds nothing this reader follows).
    const path = target === undefined ? base.dotted.join('.') : 'external' in target ? target.external : target.module.name;
    const last = path.split('.').pop()!;
    const fromPbg = target === undefined ? base.dotted.length === 1 : path.split('.')[0] === 'process_bigraph';
    if (fromPbg && (last === 'Process' || last === 'Step')) return { kind: 'pbg', type: last === 'Process' ? 'process' : 'step' };
    if (EMPTY_BASES.has(path)) return { kind: 'empty', id: path };
    return { kind: 'unknown', id: path };
  }

  /**
   * The class's MRO, C3 as Python computes it, or `invalid` when Python would refuse the class:
   * bases that lead back to it, or no consistent order. A chain longer than MAX_MRO is not
   * followed (no package comes near; the bound keeps a hostile one from costing time and memory).
   */
  mro(item: MroItem): MroItem[] | 'invalid' {
    if (item.kind !== 'class') return [item];
    const cached = this.mros.get(item.id);
    if (cached !== undefined) return cached;
    this.mros.set(item.id, 'invalid');
    const bases = item.cls.bases.map((b) => this.resolveBase(item.module, b));
    const lists: MroItem[][] = [];
    for (const base of bases) {
      const l = this.mro(base);
      if (l === 'invalid') return 'invalid';
      lists.push(l);
    }
    lists.push(bases);
    // The merge, with each list read from a head index and a count of each class in the lists'
    // tails, so a candidate is checked in constant time.
    const heads = lists.map(() => 0);
    const inTails = new Map<string, number>();
    for (const l of lists) for (const x of l.slice(1)) inTails.set(itemId(x), (inTails.get(itemId(x)) ?? 0) + 1);
    const result: MroItem[] = [item];
    for (;;) {
      let next: MroItem | undefined;
      let open = false;
      for (let i = 0; i < lists.length && next === undefined; i++) {
        const h = lists[i]![heads[i]!];
        if (h === undefined) continue;
        open = true;
        if ((inTails.get(itemId(h)) ?? 0) === 0) next = h;
      }
      if (!open) break;
      if (next === undefined || result.length > MAX_MRO) return 'invalid';
      result.push(next);
      const id = itemId(next);
      lists.forEach((l, i) => {
        if (l[heads[i]!] === undefined || itemId(l[heads[i]!]!) !== id) return;
        heads[i]!++;
        const h = l[heads[i]!];
        if (h !== undefined) inTails.set(itemId(h), inTails.get(itemId(h))! - 1);
      });
    }
    this.mros.set(item.id, result);
    return result;
  }

  /** A member as the class has it: its own or inherited, first along the MRO. */
  static member(mro: MroItem[], member: OutlineMember): string {
    for (const item of mro) {
      if (item.kind === 'pbg') return '{}';
      if (item.kind === 'unknown') return DYNAMIC;
      if (item.kind === 'class') {
        const value = item.cls.members[member];
        if (value !== undefined) return value === 'dynamic' ? DYNAMIC : value.json;
      }
    }
    return DYNAMIC;
  }
}

/**
 * The package's Process and Step subclasses among its modules' module-level classes, in the
 * modules' order: a class is one when its MRO reaches process-bigraph's Process or Step, directly
 * (`Process`, `pb.Step`, `process_bigraph.Process`) or through the package's own classes in any
 * of its modules. Its `inputs`, `outputs` and `config_schema` are the JSON text of the literals
 * the class or its package bases state (`{}` when they come from Process or Step), else
 * `dynamic`; its description is its docstring's first line.
 */
export function resolveComputeClasses(read: { file: string; module: PythonModule }[]): ComputeOutline[] {
  const scope = new PackageScope(new Map(read.map((r) => [r.module.name, r.module])));
  const found: ComputeOutline[] = [];
  for (const { file, module } of read) {
    for (const cls of module.classes) {
      // A name bound twice is the later binding's: an earlier class of that name is gone.
      const binding = module.bindings.get(cls.name);
      if (binding?.kind !== 'class' || binding.cls !== cls) continue;
      const mro = scope.mro({ kind: 'class', id: `${module.name}.${cls.name}`, cls, module });
      const root = mro === 'invalid' ? undefined : mro.find((m) => m.kind === 'pbg');
      if (mro === 'invalid' || root?.kind !== 'pbg') continue;
      const [inputs, outputs, config_schema] = OUTLINE_MEMBERS.map((m) => PackageScope.member(mro, m)) as [string, string, string];
      found.push({
        module: module.name,
        name: cls.name,
        compute_type: root.type,
        ...(cls.summary === undefined ? {} : { description: cls.summary }),
        inputs,
        outputs,
        config_schema,
        file,
        line: cls.line,
      });
    }
  }
  return found;
}
