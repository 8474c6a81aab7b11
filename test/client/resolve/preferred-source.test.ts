import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preferredSource } from '../../../src/client/resolve/resolve-package';

const SUM = `sha256:${'a'.repeat(64)}`;
const git = { type: 'git' as const, url: 'https://git.example.com/slack.git', ref: 'v2.1.0', checksum: SUM };
const archive = (url: string) => ({ type: 'archive' as const, url, checksum: SUM });

describe('preferredSource', () => {
  for (const [sources, expected] of [
    [[git, archive('https://dl.example.com/slack-2.1.0.tar.gz')], 'archive'],
    [[archive('https://dl.example.com/slack.tgz?x=1'), git], 'archive'],
    [[git, archive('https://dl.example.com/slack.TAR')], 'archive'],
    // A forge's .zip, as Attune indexes list: packdex unpacks tarballs only, so the git source.
    [[git, archive('https://github.com/attune-io/pack-slack/archive/refs/tags/v2.1.0.zip')], 'git'],
    [[git], 'git'],
    // With nothing else to try, the archive, whose format extraction then checks.
    [[archive('https://dl.example.com/slack.zip')], 'archive'],
    [[archive('/srv/registry/archives/slack-2.1.0.tar.gz'), git], 'archive'],
  ] as const) {
    it(`${sources.map((s) => `${s.type} ${s.url}`).join(' + ')} → ${expected}`, () => {
      assert.equal(preferredSource(sources).type, expected);
    });
  }
});
