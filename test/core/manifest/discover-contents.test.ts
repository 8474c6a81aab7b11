import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverContents } from '../../../src/core/manifest/discover-contents';
import { loadManifest } from '../../../src/core/manifest/pack-manifest';
import { makePack } from '../../helpers/tmp';

async function discover(files: Record<string, string>) {
  const dir = makePack(files);
  return discoverContents(dir, (await loadManifest(dir)).manifest);
}

describe('discoverContents', () => {
  it('names components by ref, name or file stem, without the pack ref prefix, sorted', async () => {
    const { contents, findings } = await discover({
      'actions/z_last.yaml': 'description: by stem\n',
      'actions/with_ref.yml': 'ref: demo.by_ref\nname: ignored\ndescription: by ref\n',
      'actions/named.yaml': 'name: demo.by_name\nlabel: Label as description\n',
      'actions/nested/ignored.yaml': 'name: not_top_level\n',
      'actions/readme.txt': 'not yaml',
      'sensors/s.yaml': 'class_name: S\n',
    });
    assert.deepEqual(findings, []);
    assert.deepEqual(contents.actions, [
      { name: 'by_name', description: 'Label as description' },
      { name: 'by_ref', description: 'by ref' },
      { name: 'hello', description: 'Say hello' },
      { name: 'z_last', description: 'by stem' },
    ]);
    assert.deepEqual(contents.sensors, [{ name: 's', description: '' }]);
  });

  it('lists an action with workflow_file under workflows', async () => {
    const { contents } = await discover({ 'actions/flow.yaml': 'name: flow\nworkflow_file: workflows/flow.yaml\n' });
    assert.deepEqual(contents.workflows, [{ name: 'flow', description: '' }]);
    assert.ok(!contents.actions.some((a) => a.name === 'flow'));
  });

  it('uses the inline list of pack.yaml only where the folder has no YAML', async () => {
    const { contents } = await discover({
      'pack.yaml': 'ref: demo\nversion: "1.0.0"\ntriggers: [{name: demo.inline_trigger, description: Inline}]\nactions: [{name: inline_action}]\n',
    });
    assert.deepEqual(contents.triggers, [{ name: 'inline_trigger', description: 'Inline' }]);
    assert.deepEqual(contents.actions.map((a) => a.name), ['hello'], 'actions/ has YAML, so the inline list is not used');
  });

  it('fails on duplicate names within a kind, naming both files', async () => {
    const { findings } = await discover({ 'actions/other.yaml': 'name: hello\n' });
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.code, 'COMPONENT_DUPLICATE');
    assert.match(findings[0]!.message, /actions\/hello\.yaml.*actions\/other\.yaml|actions\/other\.yaml.*actions\/hello\.yaml/);
  });

  it('allows the same name in different kinds', async () => {
    const { findings } = await discover({ 'sensors/hello.yaml': 'name: hello\n' });
    assert.deepEqual(findings, []);
  });

  it('fails on a component file that does not parse, with its line', async () => {
    const { findings } = await discover({ 'rules/broken.yaml': 'name: x\ntrigger: [unclosed\n' });
    assert.equal(findings[0]!.code, 'COMPONENT_INVALID');
    assert.equal(findings[0]!.file, 'rules/broken.yaml');
    assert.ok(findings[0]!.line! >= 2);
  });
});
