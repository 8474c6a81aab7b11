import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameFromDocumentPath, packageDocumentPath } from '../../../src/core/site/shard-path';

describe('packageDocumentPath', () => {
  for (const [name, expected] of [
    ['a', 'packages/1/a.json'],
    ['ab', 'packages/2/ab.json'],
    ['abc', 'packages/3/a/abc.json'],
    ['slack', 'packages/sl/ac/slack.json'],
    ['core', 'packages/co/re/core.json'],
    ['deploy_kit', 'packages/de/pl/deploy_kit.json'],
  ] as const) {
    it(`${name} → ${expected} (Cargo's sparse-index shards)`, () => assert.equal(packageDocumentPath(name), expected));
  }
  for (const [name, expected] of [
    ['@myorg/my-agent', 'packages/@myorg/my/-a/my-agent.json'],
    ['@a/b', 'packages/@a/1/b.json'],
    ['@slack/abc', 'packages/@slack/3/a/abc.json'],
  ] as const) {
    it(`scoped ${name} → ${expected}: under its scope, sharded by the name after it`, () => assert.equal(packageDocumentPath(name), expected));
  }
  it('reads the name back from a document path, scoped or not', () => {
    for (const name of ['a', 'slack', '@myorg/my-agent', '@a/b']) assert.equal(nameFromDocumentPath(packageDocumentPath(name)), name);
  });
  it('a scoped name and an unscoped one of the same letters never share a path', () => {
    assert.notEqual(packageDocumentPath('@myorg/my-agent'), packageDocumentPath('my-agent'));
    assert.ok(!packageDocumentPath('myorg').startsWith('packages/@'));
  });
});
