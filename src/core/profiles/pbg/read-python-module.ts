import { itemsOf, literalToJson, stringValue, type PySyntaxNode } from './literal-to-json';
import { parser } from '@lezer/python';

/** The members of a class the compute outline reads. */
export const OUTLINE_MEMBERS = ['inputs', 'outputs', 'config_schema'] as const;
export type OutlineMember = (typeof OUTLINE_MEMBERS)[number];

/**
 * What a class body binds a member to, by its last binding (Python's): the JSON text of the
 * literal, or `dynamic` when the value is not a literal the source states. `inputs`/`outputs` are
 * literal when the method is a plain (not async, not decorated) `def` whose body is
 * `return <literal>` (after an optional docstring); `config_schema` when it is assigned a literal.
 * Any other binding of the three (`inputs = {…}`, `def config_schema(self)`) is `dynamic`.
 */
export type MemberValue = { json: string } | 'dynamic';

/** A base in a class statement: a dotted name (`Process`, `pb.Step`), or an expression that is not one. */
export type BaseRef = { dotted: string[] } | { opaque: string };

export interface PythonClass {
  name: string;
  /** 1-based line of the `class` keyword. */
  line: number;
  bases: BaseRef[];
  /** The first line of the class's own docstring (PEP 257's summary line), when it has one. */
  summary?: string;
  members: Partial<Record<OutlineMember, MemberValue>>;
}

/** How a module-level name was bound, last binding winning. */
export type Binding =
  | { kind: 'class'; cls: PythonClass }
  /** `import a.b` binds `a` to module `a`; `import a.b as c` binds `c` to module `a.b`. */
  | { kind: 'module'; module: string }
  /** `from m import n [as x]`, with relative `m` already made absolute. */
  | { kind: 'from'; module: string; name: string }
  /** Any other statement that binds the name (an assignment, a def). */
  | { kind: 'other' };

export interface PythonModule {
  /** The module's dotted name. */
  name: string;
  classes: PythonClass[];
  bindings: Map<string, Binding>;
  /** Modules named in `from m import *`, in order. */
  starImports: string[];
}

const lineAt = (text: string, pos: number) => text.slice(0, pos).split('\n').length;

function dottedOf(node: PySyntaxNode, text: string): string[] | undefined {
  if (node.name === 'VariableName') return [text.slice(node.from, node.to)];
  if (node.name !== 'MemberExpression') return undefined;
  const [object, dot, property] = [node.firstChild, node.firstChild?.nextSibling, node.lastChild];
  if (object === null || object === undefined || dot?.name !== '.' || property?.name !== 'PropertyName' || dot.nextSibling?.from !== property.from) return undefined;
  const head = dottedOf(object, text);
  return head === undefined ? undefined : [...head, text.slice(property.from, property.to)];
}

/** The positional bases of `class X(…)`: keyword arguments (`metaclass=…`) are not bases; `*bases` is opaque. */
function basesOf(argList: PySyntaxNode | null, text: string): BaseRef[] {
  if (argList === null) return [];
  const bases: BaseRef[] = [];
  let group: PySyntaxNode[] = [];
  const flush = () => {
    if (group.length === 0) return;
    if (!group.some((n) => n.name === 'AssignOp')) {
      const dotted = group.length === 1 ? dottedOf(group[0]!, text) : undefined;
      bases.push(dotted !== undefined ? { dotted } : { opaque: text.slice(group[0]!.from, group[group.length - 1]!.to) });
    }
    group = [];
  };
  for (let c = argList.firstChild; c !== null; c = c.nextSibling) {
    if (c.name === ',' || c.name === ')') flush();
    else if (c.name !== '(' && c.name !== 'Comment') group.push(c);
  }
  flush();
  return bases;
}

/** PEP 257's summary: the first non-blank line of the docstring, trimmed. */
function summaryOf(doc: string): string | undefined {
  return doc
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
}

/** The statements of a Body node (after its `:`). */
const statementsOf = (body: PySyntaxNode | null): PySyntaxNode[] => (body === null ? [] : itemsOf(body));

/** A docstring is the first statement when it is a plain string expression. */
function docstringOf(statements: PySyntaxNode[], text: string): string | undefined {
  const first = statements[0];
  if (first?.name !== 'ExpressionStatement' || first.firstChild === null) return undefined;
  return first.firstChild.nextSibling === null ? stringValue(first.firstChild, text) : undefined;
}

/** `def inputs(self): return {…}`: the literal returned, when that is all the method does. */
function methodValue(def: PySyntaxNode, text: string): MemberValue {
  let statements = statementsOf(def.getChild('Body'));
  if (docstringOf(statements, text) !== undefined) statements = statements.slice(1);
  if (statements.length !== 1 || statements[0]!.name !== 'ReturnStatement') return 'dynamic';
  const value = itemsOf(statements[0]!).filter((n) => n.name !== 'return');
  const json = value.length === 1 ? literalToJson(value[0]!, text) : undefined;
  return json === undefined ? 'dynamic' : { json };
}

/**
 * `name = …`, `name: T = …` and chained `a = b = …`: the names bound and the value. Unpacking
 * (`a, b = …`) binds its names to what no single literal says, so it gives no value.
 */
function assignment(stmt: PySyntaxNode, text: string): { targets: string[]; value?: PySyntaxNode } {
  const segments: PySyntaxNode[][] = [[]];
  for (const c of itemsOf(stmt)) {
    if (c.name === 'AssignOp') segments.push([]);
    else if (c.name !== 'TypeDef') segments[segments.length - 1]!.push(c);
  }
  if (segments.length < 2) return { targets: [] }; // `x: int` declares, binds nothing
  const valueNodes = segments.pop()!;
  const targetNodes = segments.flat();
  const targets = targetNodes.filter((c) => c.name === 'VariableName').map((c) => text.slice(c.from, c.to));
  const single = valueNodes.length === 1 && segments.every((s) => s.length === 1);
  return { targets, value: single ? valueNodes[0] : undefined };
}

function readClass(node: PySyntaxNode, text: string): PythonClass {
  const name = node.getChild('VariableName');
  const statements = statementsOf(node.getChild('Body'));
  const doc = docstringOf(statements, text);
  const members: PythonClass['members'] = {};
  const bind = (member: string, value: MemberValue) => {
    if ((OUTLINE_MEMBERS as readonly string[]).includes(member)) members[member as OutlineMember] = value;
  };
  for (const stmt of statements) {
    if (stmt.name === 'FunctionDefinition') {
      const fn = stmt.getChild('VariableName');
      // inputs() and outputs() are called, config_schema is read: each has one literal form.
      const name = fn === null ? '' : text.slice(fn.from, fn.to);
      if (fn !== null) bind(name, name === 'config_schema' || stmt.getChild('async') !== null ? 'dynamic' : methodValue(stmt, text));
    } else if (stmt.name === 'DecoratedStatement') {
      // A decorator may turn the method into anything: the value is not the source's to state.
      const inner = stmt.getChild('FunctionDefinition') ?? stmt.getChild('ClassDefinition');
      const fn = inner?.getChild('VariableName');
      if (fn) bind(text.slice(fn.from, fn.to), 'dynamic');
    } else if (stmt.name === 'AssignStatement') {
      const { targets, value } = assignment(stmt, text);
      const json = value === undefined ? undefined : literalToJson(value, text);
      for (const t of targets) bind(t, json === undefined || t !== 'config_schema' ? 'dynamic' : { json });
    } else if (stmt.name === 'UpdateStatement' || stmt.name === 'ClassDefinition') {
      const target = stmt.getChild('VariableName');
      if (target !== null) bind(text.slice(target.from, target.to), 'dynamic');
    }
  }
  return {
    name: name === null ? '' : text.slice(name.from, name.to),
    line: lineAt(text, node.from),
    bases: basesOf(node.getChild('ArgList'), text),
    summary: doc === undefined ? undefined : summaryOf(doc),
    members,
  };
}

/** `from ..x import y` in module `pkg.a.b` (a package when `isPackage`): `pkg.x`. */
export function absoluteModule(current: string, isPackage: boolean, dots: number, rest: string): string | undefined {
  if (dots === 0) return rest;
  const parts = current.split('.');
  if (!isPackage) parts.pop();
  for (let i = 1; i < dots; i++) parts.pop();
  if (parts.length === 0 && rest === '') return undefined;
  return [...parts, ...(rest === '' ? [] : [rest])].join('.');
}

function readImport(stmt: PySyntaxNode, text: string, module: PythonModule, isPackage: boolean): void {
  const tokens: { name: string; text: string }[] = [];
  for (let c = stmt.firstChild; c !== null; c = c.nextSibling) if (c.name !== 'Comment') tokens.push({ name: c.name, text: text.slice(c.from, c.to) });
  if (tokens[0]?.name === 'from') {
    const at = tokens.findIndex((t) => t.name === 'import');
    const source = tokens.slice(1, at).map((t) => t.text).join('');
    const dots = /^\.*/.exec(source)![0].length;
    const from = absoluteModule(module.name, isPackage, dots, source.slice(dots));
    const names = tokens.slice(at + 1).filter((t) => t.name !== '(' && t.name !== ')');
    for (let i = 0; i < names.length; i++) {
      const t = names[i]!;
      if (t.name === '*' && from !== undefined) module.starImports.push(from);
      if (t.name !== 'VariableName') continue;
      const alias = names[i + 1]?.name === 'as' ? names[i + 2]?.text : undefined;
      if (alias !== undefined) i += 2;
      module.bindings.set(alias ?? t.text, from === undefined ? { kind: 'other' } : { kind: 'from', module: from, name: t.text });
    }
    return;
  }
  // import a.b.c [as x], d
  let path: string[] = [];
  for (let i = 1; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.name === ',') {
      if (path.length > 0) module.bindings.set(path[0]!, { kind: 'module', module: path[0]! });
      path = [];
    } else if (t.name === 'as') {
      const alias = tokens[i + 1]?.text;
      if (alias !== undefined && path.length > 0) module.bindings.set(alias, { kind: 'module', module: path.join('.') });
      path = [];
      i++;
    } else if (t.name === 'VariableName') path.push(t.text);
  }
}

/**
 * One Python module read with a real parser (@lezer/python): its module-level classes (also
 * those under a module-level `if`/`try`/`with`), what each binds of the outline's members, and
 * the module's names, so bases can be followed across the package's modules.
 */
export function readPythonModule(name: string, isPackage: boolean, source: string): PythonModule {
  const text = source.replace(/^\uFEFF/, '');
  const module: PythonModule = { name, classes: [], bindings: new Map(), starImports: [] };
  const visit = (statements: PySyntaxNode[]) => {
    for (const stmt of statements) {
      const node = stmt.name === 'DecoratedStatement' ? (stmt.getChild('ClassDefinition') ?? stmt.getChild('FunctionDefinition') ?? stmt) : stmt;
      if (node.name === 'ClassDefinition') {
        const cls = readClass(node, text);
        module.classes.push(cls);
        module.bindings.set(cls.name, { kind: 'class', cls });
      } else if (node.name === 'ImportStatement') readImport(node, text, module, isPackage);
      else if (node.name === 'FunctionDefinition') {
        const fn = node.getChild('VariableName');
        if (fn !== null) module.bindings.set(text.slice(fn.from, fn.to), { kind: 'other' });
      } else if (node.name === 'AssignStatement') {
        for (const t of assignment(node, text).targets) module.bindings.set(t, { kind: 'other' });
      } else {
        // if / try / with / for at module level: their blocks run at import too.
        for (const body of node.getChildren('Body')) visit(statementsOf(body));
      }
    }
  };
  visit(itemsOf(parser.parse(text).topNode));
  return module;
}
