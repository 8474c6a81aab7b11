import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers/tmp';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'release-notes.mjs');
const OWN = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

function notes(args: string[], text?: string) {
  const file = text === undefined ? [] : [path.join(tempDir(), 'CHANGELOG.md')];
  if (text !== undefined) writeFileSync(file[0]!, text);
  const result = spawnSync(process.execPath, [SCRIPT, ...args, ...file], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = `# Changelog

## [Unreleased]

### Added

- Next thing.

## [1.1.0] - 2026-02-01

### Fixed

- A fix, with an example:

  \`\`\`md
  ## [9.9.9] - not a section
  \`\`\`

## [1.0.0] - 2026-01-01

### Added

- First.

[Unreleased]: https://example.test/compare/v1.1.0...HEAD
[1.1.0]: https://example.test/v1.1.0
`;

describe('scripts/release-notes.mjs: release notes from CHANGELOG.md', () => {
  it("this repository's CHANGELOG.md is in Keep a Changelog form with an Unreleased section and one for package.json's version", () => {
    const check = notes(['--check']);
    assert.equal(check.code, 0, check.stderr);
    assert.match(check.stdout, new RegExp(`^CHANGELOG\\.md: Unreleased, .*${OWN.version.replaceAll('.', '\\.')}`));
    const own = notes([`v${OWN.version}`]);
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stdout, /^### Added\n/);
  });

  it("prints one release's section, without the next section, the link definitions or a heading inside a code block", () => {
    const result = notes(['v1.1.0'], GOOD);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '### Fixed\n\n- A fix, with an example:\n\n  ```md\n  ## [9.9.9] - not a section\n  ```\n');
    assert.equal(notes(['1.0.0'], GOOD).stdout, '### Added\n\n- First.\n');
  });

  it('refuses a version without a section, saying to move the Unreleased entries', () => {
    const result = notes(['v1.2.0'], GOOD);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /no section '## \[1\.2\.0\] - YYYY-MM-DD'\. Move the Unreleased entries under it before tagging v1\.2\.0/);
  });

  for (const [name, text, message] of [
    ['no Unreleased section first', GOOD.replace('## [Unreleased]\n\n### Added\n\n- Next thing.\n\n', ''), /first section is not '## \[Unreleased\]'/],
    ['a release without a date', GOOD.replace('[1.0.0] - 2026-01-01', '[1.0.0]'), /'## \[1\.0\.0\]' is neither/],
    ['a version that is not semver', GOOD.replace('[1.0.0] - 2026', '[1.0] - 2026'), /'## \[1\.0\] - 2026-01-01' is neither/],
    ['releases out of order', GOOD.replace('[1.1.0] - 2026-02-01', '[0.9.0] - 2026-02-01'), /0\.9\.0 is listed above 1\.0\.0: newest first/],
    ['an unknown group', GOOD.replace('### Fixed', '### Misc'), /'### Misc' under 1\.1\.0 is not one of Added, Changed/],
    ['an empty release', GOOD.replace('### Fixed\n\n- A fix, with an example:\n\n  ```md\n  ## [9.9.9] - not a section\n  ```\n', ''), /section for 1\.1\.0 is empty/],
  ] as const) {
    it(`refuses a changelog with ${name}`, () => {
      const result = notes(['1.1.0'], text);
      assert.equal(result.code, 1, result.stdout);
      assert.match(result.stderr, message);
    });
  }
});
