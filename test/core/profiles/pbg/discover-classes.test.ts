import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { discoverComputeClasses, type ComputeOutline } from '../../../../src/core/profiles/pbg/discover-classes';
import { tempDir, writeTree } from '../../../helpers/tmp';

const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'profiles', 'pbg');
const outline = (list: ComputeOutline[]) => Object.fromEntries(list.map(({ module, name, file: _f, line: _l, ...rest }) => [`${module}.${name}`, rest]));

async function discover(files: Record<string, string>) {
  return outline(await discoverComputeClasses(writeTree(tempDir('packdex-pbg-discover-'), { 'pyproject.toml': '[project]\nname = "p"\n', ...files })));
}

const READER = { inputs: '{"trigger":"boolean"}', outputs: '{"model":{"_type":"tree[any]"},"count":"integer"}' };
const READER_CONFIG = '{"path":"string","options":{"_type":"map[float]","_default":{}}}';
const GROWTH_INPUTS = '{"mass":"float","env":{"temperature":"float","concentrations":"map[float]"}}';
const GROWTH_CONFIG = '{"rate":{"_type":"float","_default":0.1},"bounds":[0.0,1000.0],"label":"growth","strict":true,"fallback":null}';

describe('pbg: the compute outline read from the code', () => {
  it('reads literal schemas, nested dicts and type strings, inherited methods across modules, docstrings, and says dynamic where the code computes', async () => {
    const found = await discoverComputeClasses(path.join(FIXTURES, 'outlined'));
    assert.deepEqual(outline(found), {
      'pbg_outlined.base.BaseReader': { compute_type: 'step', description: 'Reads a model file into the state.', ...READER, config_schema: READER_CONFIG },
      'pbg_outlined.processes.growth.Growth': { compute_type: 'process', description: 'Exponential growth of a mass.', inputs: GROWTH_INPUTS, outputs: '{"mass":"float"}', config_schema: GROWTH_CONFIG },
      // Nothing declared anywhere in the package: Process's own config_schema = {} and Edge's inputs()/outputs() returning {}.
      'pbg_outlined.processes.growth.Idle': { compute_type: 'process', description: 'Declares nothing: Process\'s own empty schemas apply.', inputs: '{}', outputs: '{}', config_schema: '{}' },
      // A Step through a base in another module, imported under another name: its methods inherited, a **spread config dynamic.
      'pbg_outlined.processes.growth.SbmlReader': { compute_type: 'step', description: 'Reads SBML.', ...READER, config_schema: 'dynamic' },
      'pbg_outlined.processes.growth.Scaled': { compute_type: 'process', inputs: GROWTH_INPUTS, outputs: 'dynamic', config_schema: GROWTH_CONFIG },
      'pbg_outlined.processes.growth.Computed': { compute_type: 'step', inputs: 'dynamic', outputs: READER.outputs, config_schema: 'dynamic' },
      // Through the package's re-export (pbg_outlined/__init__.py: from .base import BaseReader).
      'pbg_outlined.processes.growth.ViaExport': { compute_type: 'step', ...READER, config_schema: READER_CONFIG },
    });
    assert.deepEqual(found.map((c) => `${c.file}:${c.line}`).slice(0, 2), ['src/pbg_outlined/base.py:5', 'src/pbg_outlined/processes/growth.py:7']);
  });

  it('follows the MRO as Python does: the first class along it that binds the member wins', async () => {
    const found = await discover({
      'm/__init__.py': '',
      'm/a.py': [
        'from process_bigraph import Process',
        'class Base(Process):',
        "    def inputs(self): return {'from': 'Base'}",
        'class Left(Base):',
        "    def outputs(self): return {'from': 'Left'}",
        'class Right(Base):',
        "    def inputs(self): return {'from': 'Right'}",
        "    def outputs(self): return {'from': 'Right'}",
        'class Diamond(Left, Right):',
        '    pass',
        'class Flipped(Right, Left):',
        '    pass',
      ].join('\n'),
    });
    assert.deepEqual(found['m.a.Diamond'], { compute_type: 'process', inputs: '{"from":"Right"}', outputs: '{"from":"Left"}', config_schema: '{}' });
    assert.deepEqual(found['m.a.Flipped'], { compute_type: 'process', inputs: '{"from":"Right"}', outputs: '{"from":"Right"}', config_schema: '{}' });
  });

  it('says dynamic for what a base outside the package may define, but not past Process itself', async () => {
    const found = await discover({
      'm/__init__.py': [
        'from process_bigraph import Process, Step',
        'from elsewhere import Mixin',
        'import abc',
        'from process_bigraph.composite import Step as CompositeStep',
        'class Deep(CompositeStep):',
        '    pass',
        'class MixinFirst(Mixin, Process):',
        '    pass',
        'class MixinAfter(Process, Mixin):',
        '    pass',
        'class WithAbc(abc.ABC, Step):',
        '    pass',
        'class Own(Mixin, Process):',
        "    config_schema = {'a': 'float'}",
      ].join('\n'),
    });
    assert.deepEqual(found['m.Deep'], { compute_type: 'step', inputs: '{}', outputs: '{}', config_schema: '{}' });
    assert.deepEqual(found['m.MixinFirst'], { compute_type: 'process', inputs: 'dynamic', outputs: 'dynamic', config_schema: 'dynamic' });
    assert.deepEqual(found['m.MixinAfter'], { compute_type: 'process', inputs: '{}', outputs: '{}', config_schema: '{}' });
    assert.deepEqual(found['m.WithAbc'], { compute_type: 'step', inputs: '{}', outputs: '{}', config_schema: '{}' });
    assert.deepEqual(found['m.Own'], { compute_type: 'process', inputs: 'dynamic', outputs: 'dynamic', config_schema: '{"a":"float"}' });
  });

  it('reads only what the source states: decorated, conditional, assigned and multi-statement members are dynamic', async () => {
    const found = await discover({
      'm.py': [
        'import process_bigraph as pbg',
        'class P(pbg.Process):',
        '    """',
        '',
        '    Summary after a blank first line.',
        '    """',
        '    config_schema: dict = {"typed": "integer"}',
        '    @staticmethod',
        '    def inputs():',
        "        return {'a': 'float'}",
        '    def outputs(self):',
        '        if self.config:',
        "            return {'a': 'float'}",
        "        return {'b': 'float'}",
        'class Q(pbg.Step):',
        "    f'not a docstring'",
        '    inputs = staticmethod(lambda: {})',
        '    config_schema = {"x": "float"}',
        '    config_schema |= {"y": "float"}',
        '    def outputs(self):',
        '        """Docstrings do not count."""',
        "        return {'ok': 'float'}",
        'class R(pbg.Step):',
        "    inputs = {'a': 'float'}",
        '    async def outputs(self):',
        "        return {'a': 'float'}",
        '    def config_schema(self):',
        "        return {'a': 'float'}",
      ].join('\n'),
    });
    assert.deepEqual(found['m.P'], { compute_type: 'process', description: 'Summary after a blank first line.', inputs: 'dynamic', outputs: 'dynamic', config_schema: '{"typed":"integer"}' });
    assert.deepEqual(found['m.Q'], { compute_type: 'step', inputs: 'dynamic', outputs: '{"ok":"float"}', config_schema: 'dynamic' });
    assert.deepEqual(found['m.R'], { compute_type: 'step', inputs: 'dynamic', outputs: 'dynamic', config_schema: 'dynamic' });
  });

  it('resolves relative, star and module imports; lists module-level classes once, by their last binding', async () => {
    const found = await discover({
      'src/pkg/__init__.py': '',
      'src/pkg/core/__init__.py': 'from .bases import *\n',
      'src/pkg/core/bases.py': "from process_bigraph import Step\nclass Shared(Step):\n    def inputs(self): return {'shared': 'float'}\n",
      'src/pkg/use.py': [
        'from .core import Shared',
        'from . import core',
        'import pkg.core.bases as b',
        'from .core.bases import Shared as S2',
        'class One(Shared): pass',
        'class Two(core.Shared): pass',
        'class Three(b.Shared): pass',
        'class Four(S2): pass',
        'class Twice(Shared): pass',
        'class Twice: pass',
        'try:',
        '    class Guarded(Shared): pass',
        'except ImportError:',
        '    pass',
        'def factory():',
        '    class Inner(Shared): pass',
        '    return Inner',
        'class Process: pass',
        'class NotPbg(Process): pass',
        'class Loop(Loop2): pass',
        'class Loop2(Loop): pass',
        'from multiprocessing import Process as MpProcess',
        'import threading',
        'class Worker(MpProcess): pass',
        'class Thread(threading.Step): pass',
        'Step = make_base()',
        'class Made(Step): pass',
      ].join('\n'),
    });
    const shared = { compute_type: 'step', inputs: '{"shared":"float"}', outputs: '{}', config_schema: '{}' };
    assert.deepEqual(found, { 'pkg.core.bases.Shared': shared, 'pkg.use.One': shared, 'pkg.use.Two': shared, 'pkg.use.Three': shared, 'pkg.use.Four': shared, 'pkg.use.Guarded': shared });
  });

  it('lists no class Python would refuse (no consistent MRO), and bounds what a hostile package costs', async () => {
    const found = await discover({
      'm.py': ['from process_bigraph import Process', 'class A(Process): pass', 'class B(A): pass', 'class Bad(A, B): pass', 'class Good(B, A): pass'].join('\n'),
      'deep.py': ['from process_bigraph import Process', 'class C0(Process): pass', ...Array.from({ length: 1100 }, (_, i) => `class C${i + 1}(C${i}): pass`), `x = ${'['.repeat(190)}${']'.repeat(190)}`].join('\n'),
    });
    assert.deepEqual(Object.keys(found).filter((k) => k.startsWith('m.')), ['m.A', 'm.B', 'm.Good']);
    const deep = Object.keys(found).filter((k) => k.startsWith('deep.'));
    assert.deepEqual([deep.length, deep.at(-1)], [1000, 'deep.C999']);
  });

  it('survives files with syntax errors and odd encodings, reading what parses', async () => {
    const found = await discover({
      'm/__init__.py': "\uFEFFfrom process_bigraph import Process\r\nclass Crlf(Process):\r\n    '''Windows\r\n    line endings.'''\r\n    def inputs(self):\r\n        return {'a': 'float'}\r\n",
      'm/broken.py': "from process_bigraph import Process\nclass Fine(Process):\n    def inputs(self): return {'a': 'float'}\ndef broken(:\n    pass\n",
    });
    assert.deepEqual(found['m.Crlf'], { compute_type: 'process', description: 'Windows', inputs: '{"a":"float"}', outputs: '{}', config_schema: '{}' });
    assert.equal(found['m.broken.Fine']?.inputs, '{"a":"float"}');
  });
});
