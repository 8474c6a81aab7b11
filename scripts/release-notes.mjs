// The notes of one release, from CHANGELOG.md: the body of its `## [X.Y.Z] - YYYY-MM-DD` section.
// The release workflow passes them to `gh release create --notes-file`; the tests run the check on
// every section. CHANGELOG.md follows Keep a Changelog: `## [Unreleased]` first, then releases
// newest first, each with a date, and `###` groups named Added, Changed, Deprecated, Removed,
// Fixed or Security. The Markdown is read with marked's lexer, so a heading-like line inside a
// code block is not taken for a section.
//
// Usage: node scripts/release-notes.mjs VERSION [CHANGELOG.md]   prints the notes; exit 1 when the
//        node scripts/release-notes.mjs --check [CHANGELOG.md]    version has no section or the
//                                                                  file breaks the form
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexer } from 'marked';
import semver from 'semver';

const GROUPS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
const RELEASE = /^\[(?<version>[^\]]+)\] - (?<date>\d{4}-\d{2}-\d{2})$/;

/** The changelog's sections in order: `Unreleased` or a version, its date, and its body's Markdown. */
export function readChangelog(text) {
  const problems = [];
  const sections = [];
  for (const token of new Lexer().lex(text)) {
    if (token.type === 'heading' && token.depth === 2) {
      const release = RELEASE.exec(token.text);
      if (token.text === '[Unreleased]') sections.push({ version: 'Unreleased', body: '' });
      else if (release && semver.valid(release.groups.version) === release.groups.version && !Number.isNaN(Date.parse(release.groups.date))) {
        sections.push({ version: release.groups.version, date: release.groups.date, body: '' });
      } else problems.push(`'## ${token.text}' is neither '## [Unreleased]' nor '## [X.Y.Z] - YYYY-MM-DD'`);
      continue;
    }
    const section = sections.at(-1);
    if (section === undefined) continue;
    if (token.type === 'heading' && token.depth === 3 && !GROUPS.includes(token.text)) {
      problems.push(`'### ${token.text}' under ${section.version} is not one of ${GROUPS.join(', ')}`);
    }
    // Link reference definitions ([0.1.0]: https://…) belong to the whole file, not a section.
    if (token.type !== 'def') section.body += token.raw;
  }
  if (sections[0]?.version !== 'Unreleased') problems.push("the first section is not '## [Unreleased]'");
  const versions = sections.filter((s) => s.version !== 'Unreleased');
  for (let i = 1; i < versions.length; i++) {
    if (!semver.gt(versions[i - 1].version, versions[i].version)) problems.push(`${versions[i - 1].version} is listed above ${versions[i].version}: newest first`);
  }
  const seen = new Set();
  for (const s of sections) {
    if (seen.has(s.version)) problems.push(`${s.version} has two sections`);
    seen.add(s.version);
  }
  return { sections: sections.map((s) => ({ ...s, body: s.body.trim() })), problems };
}

export function releaseNotes(text, version) {
  const { sections, problems } = readChangelog(text);
  if (problems.length > 0) throw new Error(`CHANGELOG.md is not in Keep a Changelog form: ${problems.join('; ')}.`);
  const section = sections.find((s) => s.version === version);
  if (section === undefined) throw new Error(`CHANGELOG.md has no section '## [${version}] - YYYY-MM-DD'. Move the Unreleased entries under it before tagging v${version}.`);
  if (section.body === '') throw new Error(`CHANGELOG.md's section for ${version} is empty.`);
  return section.body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [what, file = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'CHANGELOG.md')] = process.argv.slice(2);
  try {
    const text = readFileSync(file, 'utf8');
    if (what === '--check') {
      const { sections, problems } = readChangelog(text);
      if (problems.length > 0) throw new Error(`CHANGELOG.md is not in Keep a Changelog form: ${problems.join('; ')}.`);
      console.log(`CHANGELOG.md: ${sections.map((s) => s.version).join(', ')}.`);
    } else if (what !== undefined) {
      process.stdout.write(`${releaseNotes(text, what.replace(/^v/, ''))}\n`);
    } else throw new Error('usage: release-notes.mjs VERSION|--check [CHANGELOG.md]');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
