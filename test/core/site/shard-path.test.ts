import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { packageDocumentPath } from '../../../src/core/site/shard-path';

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
});
