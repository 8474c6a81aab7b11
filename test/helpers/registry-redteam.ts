import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEMO, editJson, rebuild, SLACK, type Attack, type RegistryCase } from './registry-attacks';
import { publish } from './site';

/**
 * The hostile reviewer's registry pull requests, beyond the guard's own table (registry-attacks):
 * look-alike paths, files that steer git or the CI, semver-equal versions, sources that only look
 * like the owner's, former registry addresses. Shared by the core's and the CLI's tests.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const put = (h: string, rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(h, rel)), { recursive: true });
  writeFileSync(path.join(h, rel), text);
};

/** A hand-written new version of slack (a copy of 1.0.0 with `change`), made latest, index rebuilt. */
async function newSlack(h: string, version: string, change: (v: Json) => void = () => undefined): Promise<void> {
  editJson(h, SLACK, (d) => {
    const v = structuredClone(d.versions[0]);
    v.version = version;
    v.entry.version = version;
    change(v);
    d.versions.push(v);
    d.dist_tags.latest = version;
  });
  // A document the schema refuses cannot be built from; the pull request then carries the old index.
  await rebuild(h).catch(() => undefined);
}
const gitSource = (url: string) => (v: Json) => (v.entry.install_sources.find((s: Json) => s.type === 'git').url = url);
const archiveSource = (url: string) => (v: Json) => (v.entry.install_sources.find((s: Json) => s.type === 'archive').url = url);

/** slack's document copied to a path whose name it does not hold (index untouched: a document must not move). */
function moved(to: string, rename?: string) {
  return (h: string) => {
    const doc = JSON.parse(readFileSync(path.join(h, SLACK), 'utf8'));
    if (rename !== undefined) doc.name = rename;
    put(h, to, `${JSON.stringify(doc, null, 2)}\n`);
  };
}

/** The registry moved from https://old.example/reg: demo 1.0.0 records its archive under that address, as an older packdex wrote it. */
async function formerAddress(b: string): Promise<void> {
  editJson(b, 'registry.json', (d) => (d.former_urls = ['https://old.example/reg']));
  editJson(b, DEMO, (d) => {
    const source = d.versions[0].entry.install_sources.find((s: Json) => s.type === 'archive');
    source.url = `https://old.example/reg/${source.url}`;
  });
  await rebuild(b);
}

export const REDTEAM: Attack[] = [
  // Files packdex itself writes only while it runs, or that steer git or the CI
  { what: 'a .packdex-lock naming a holder', code: 'UNEXPECTED_FILE', file: '.packdex-lock', line: false, change: (h) => put(h, '.packdex-lock', '{"command":"publish","pid":1}\n') },
  { what: 'a .packdex-tx/journal.json a next writer would replay', code: 'UNEXPECTED_FILE', file: '.packdex-tx/journal.json', line: false, change: (h) => put(h, '.packdex-tx/journal.json', '{"files":[]}\n') },
  { what: 'a staged file in .packdex-tx/', code: 'UNEXPECTED_FILE', file: '.packdex-tx/index.json', line: false, change: (h) => put(h, '.packdex-tx/index.json', '{}\n') },
  { what: 'a .gitattributes (eol and filters change what a checkout holds)', code: 'UNEXPECTED_FILE', file: '.gitattributes', line: false, change: (h) => put(h, '.gitattributes', '* text eol=crlf\n') },
  { what: 'a .gitattributes inside archives/', code: 'UNEXPECTED_FILE', file: 'archives/.gitattributes', line: false, change: (h) => put(h, 'archives/.gitattributes', '*.tar.gz filter=lfs\n') },
  { what: 'a .gitmodules', code: 'UNEXPECTED_FILE', file: '.gitmodules', line: false, change: (h) => put(h, '.gitmodules', '[submodule "x"]\n\tpath = archives/x\n\turl = https://evil.example/x\n') },
  { what: 'a workflow when extra_files does not list .github/**', code: 'UNEXPECTED_FILE', file: '.github/workflows/steal.yml', line: false, change: (h) => put(h, '.github/workflows/steal.yml', 'on: push\njobs: {}\n') },
  { what: 'a _config.yml (Jekyll would run on the site)', code: 'UNEXPECTED_FILE', file: '_config.yml', line: false, change: (h) => put(h, '_config.yml', 'include: [".git"]\n') },
  // Look-alike document paths
  { what: 'a case-variant document packages/sl/ac/Slack.json', code: 'UNEXPECTED_FILE', file: 'packages/sl/ac/Slack.json', line: false, change: moved('packages/sl/ac/Slack.json', 'Slack') },
  { what: 'a document in a case-variant shard packages/SL/AC/slack.json', code: 'UNEXPECTED_FILE', file: 'packages/SL/AC/slack.json', line: false, change: moved('packages/SL/AC/slack.json') },
  { what: 'an NFD look-alike name (slа\u0301ck)', code: 'UNEXPECTED_FILE', file: 'packages/sl/a\u0301/sla\u0301ck.json', line: false, change: moved('packages/sl/a\u0301/sla\u0301ck.json', 'sla\u0301ck') },
  { what: 'a Cyrillic look-alike name (slаck)', code: 'UNEXPECTED_FILE', file: 'packages/sl/\u0430c/sl\u0430ck.json', line: false, change: moved('packages/sl/\u0430c/sl\u0430ck.json', 'sl\u0430ck') },
  { what: 'a document in the wrong shard', code: 'UNEXPECTED_FILE', file: 'packages/xx/yy/slack.json', line: false, change: moved('packages/xx/yy/slack.json') },
  { what: 'a document one folder too deep', code: 'UNEXPECTED_FILE', file: 'packages/sl/ac/x/slack.json', line: false, change: moved('packages/sl/ac/x/slack.json') },
  { what: "slack's document placed where demo's belongs", code: 'PACKAGE_INVALID', file: DEMO, line: false, change: moved(DEMO) },
  { what: 'a new document that holds another name than its path says', code: 'PACKAGE_INVALID', file: 'packages/ev/il/evil.json', line: false, change: moved('packages/ev/il/evil.json') },
  { what: 'a scoped name shadowing a plain one (@sl/ack.json under packages/sl/ac/)', code: 'UNEXPECTED_FILE', file: 'packages/sl/ac/@sl/ack.json', line: false, change: moved('packages/sl/ac/@sl/ack.json', '@sl/ack') },
  // Tags and versions
  { what: 'dist-tags only, latest pointed at a yanked version', code: 'PACKAGE_INVALID', file: DEMO, line: true, change: (h) => editJson(h, DEMO, (d) => { d.versions[1].yanked = true; d.versions[1].yanked_at = '2026-03-01T00:00:00Z'; d.dist_tags.latest = '1.1.0'; }) },
  { what: 'dist-tags only, latest pointed at a nonexistent version', code: 'PACKAGE_INVALID', file: DEMO, line: true, change: (h) => editJson(h, DEMO, (d) => (d.dist_tags.latest = '9.9.9')) },
  { what: 'dist-tags only, latest pointed at an older version', code: 'PACKAGE_INVALID', file: DEMO, line: true, change: (h) => editJson(h, DEMO, (d) => (d.dist_tags.latest = '1.0.0')) },
  { what: 'a version 1.0.0+evil beside 1.0.0 (semver-equal)', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.0.0+evil') },
  { what: 'a version v1.0.1 (not semver as written)', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, 'v1.0.1') },
  { what: 'a version 1.0.0 replaced in place by 1.0.0+evil', code: 'VERSION_IMMUTABLE', file: SLACK, line: false, change: (h) => editJson(h, SLACK, (d) => { d.versions[0].version = '1.0.0+evil'; d.versions[0].entry.version = '1.0.0+evil'; d.dist_tags.latest = '1.0.0+evil'; }) },
  // Sources that look like the owner's repository
  { what: 'a git source https://github.com/acme/pack-slack.git/../evil', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', gitSource('https://github.com/acme/pack-slack.git/../evil')) },
  { what: 'a git source with an encoded dot segment (%2e%2e)', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', gitSource('https://github.com/acme/pack-slack/%2e%2e/evil')) },
  { what: 'a git source one folder below the owner (acme/pack-slack/evil)', code: 'SOURCE_NOT_OWNED', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', gitSource('https://github.com/acme/pack-slack/evil')) },
  { what: 'a git source on another port of the same host', code: 'SOURCE_NOT_OWNED', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', gitSource('https://github.com:8443/acme/pack-slack.git')) },
  { what: 'a git source with userinfo', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', gitSource('https://evil.example@github.com/acme/pack-slack.git')) },
  { what: 'a git source over ssh://', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', gitSource('ssh://git@github.com/acme/pack-slack.git')) },
  { what: 'a git source acme/pack-slack-evil', code: 'SOURCE_NOT_OWNED', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', gitSource('https://github.com/acme/pack-slack-evil.git')) },
  { what: 'a release download of acme/pack-slack-evil', code: 'SOURCE_NOT_OWNED', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', archiveSource('https://github.com/acme/pack-slack-evil/releases/download/v1.1.0/slack-1.1.0.tar.gz')) },
  { what: 'a release download under /acme/pack-slack/../evil/', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', archiveSource('https://github.com/acme/pack-slack/../evil/x/releases/download/v1/a.tar.gz')) },
  { what: 'a release download that climbs out with %2F-encoded dot segments', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', archiveSource('https://github.com/acme/pack-slack/releases/download/..%2F..%2F..%2F..%2Fevil%2Fx%2Freleases%2Fdownload%2Fv1/a.tar.gz')) },
  { what: 'a release download with an encoded backslash', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', archiveSource('https://github.com/acme/pack-slack/releases/download/v1/..%5C..%5C..%5C..%5Cevil/a.tar.gz')) },
  { what: 'a release download with a query that names another file', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', archiveSource('https://github.com/acme/pack-slack/releases/download/v1.1.0/slack.tar.gz?redirect=https://evil.example/x')) },
  { what: 'a release download over http', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', archiveSource('http://github.com/acme/pack-slack/releases/download/v1.1.0/slack-1.1.0.tar.gz')) },
  { what: 'a release download on a host ending in the owner\'s host', code: 'SOURCE_NOT_OWNED', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', archiveSource('https://evilgithub.com/acme/pack-slack/releases/download/v1.1.0/slack-1.1.0.tar.gz')) },
  { what: 'a stored archive climbing out of archives/ with %2e%2e', code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', archiveSource('archives/%2e%2e/index.html')) },
  { what: 'a repository field on another forge', code: 'SOURCE_NOT_OWNED', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', (v) => (v.entry.repository = 'https://gitlab.com/acme/pack-slack')) },
  { what: "a git source whose ref is option-shaped (--upload-pack=…)", code: 'PACKAGE_INVALID', file: SLACK, line: true, change: (h) => newSlack(h, '1.1.0', (v) => (v.entry.install_sources.find((s: Json) => s.type === 'git').ref = '--upload-pack=touch /tmp/pwned')) },
  // A registry that moved: archives recorded under a former address are still its own
  { what: 'a deleted archive that a published version records under a former registry address', code: 'ARCHIVE_IMMUTABLE', file: 'archives/demo-1.0.0.tar.gz', line: false, base: formerAddress, change: (h) => rmSync(path.join(h, 'archives/demo-1.0.0.tar.gz')) },
  { what: 'a replaced archive that a published version records under a former registry address', code: 'ARCHIVE_IMMUTABLE', file: 'archives/demo-1.0.0.tar.gz', line: false, base: formerAddress, change: (h) => writeFileSync(path.join(h, 'archives/demo-1.0.0.tar.gz'), 'other bytes') },
  {
    what: "a new version that installs from a published version's archive by a former registry address",
    code: 'SOURCE_NOT_OWNED',
    file: SLACK,
    line: true,
    base: formerAddress,
    change: (h) =>
      newSlack(h, '1.1.0', (v) => {
        const demo = JSON.parse(readFileSync(path.join(h, DEMO), 'utf8')).versions[0];
        v.entry.install_sources = [demo.entry.install_sources.find((s: Json) => s.type === 'archive')];
        v.archive_size = demo.archive_size;
      }),
  },
  {
    what: "a new version whose stored archive is, byte for byte as recorded, an earlier version's archive",
    code: 'ARCHIVE_MISMATCH',
    file: 'archives/demo-1.2.0.tar.gz',
    line: false,
    change: async (h) => {
      const r = await publish(h, 'demo', '1.2.0', { extra: 'repository: https://github.com/acme/pack-demo\n' });
      const old = readFileSync(path.join(h, 'archives/demo-1.1.0.tar.gz'));
      writeFileSync(r.archive!.path, old);
      editJson(h, DEMO, (d) => {
        const v = d.versions.find((x: Json) => x.version === '1.2.0');
        v.entry.install_sources.find((s: Json) => s.type === 'archive').checksum = `sha256:${createHash('sha256').update(old).digest('hex')}`;
        v.archive_size = old.length;
      });
      await rebuild(h);
    },
  },
  // Ownership spelled differently is still a change of owner
  { what: "an owner respelled with a trailing .git", code: 'NAME_OWNED', file: SLACK, line: true, change: (h) => editJson(h, SLACK, (d) => (d.owner = `${d.owner}.git`)) },
  { what: 'a document whose base copy cannot be read (the change must not escape the ownership rules)', code: 'PACKAGE_INVALID', file: SLACK, line: false, base: (b) => editJson(b, SLACK, (d) => (d.versions[0].entry.version = '0.0.1')), change: (h) => editJson(h, SLACK, (d) => { d.versions[0].entry.version = '1.0.0'; d.owner = 'github.com/evil/x'; }) },
  // Links and masses
  { what: 'a symbolic link to a folder under packages/', code: 'PATH_SYMLINK', file: 'packages/ev', line: false, change: (h) => symlinkSync(path.join(h, 'packages/sl'), path.join(h, 'packages/ev')) },
  { what: 'a stored archive replaced by a link to itself elsewhere', code: 'PATH_SYMLINK', file: 'archives/demo-1.0.0.tar.gz', line: false, change: (h) => { const f = path.join(h, 'archives/demo-1.0.0.tar.gz'); writeFileSync(`${f}.copy`, readFileSync(f)); rmSync(f); symlinkSync(`${f}.copy`, f); } },
  {
    what: '5000 tiny files in a new folder',
    code: 'UNEXPECTED_FILE',
    file: 'spam/4999.txt',
    line: false,
    change: (h) => {
      mkdirSync(path.join(h, 'spam'));
      for (let i = 0; i < 5000; i++) writeFileSync(path.join(h, `spam/${i}.txt`), 'x');
    },
  },
];

/** Changes a well-meaning publisher makes that must still pass. */
export const REDTEAM_ACCEPTED: RegistryCase[] = [
  { what: "a new version whose git source spells the owner's repository in other case, with .git", change: (h) => newSlack(h, '1.1.0', gitSource('https://GitHub.com/ACME/Pack-Slack.git')) },
  { what: 'a new version with build metadata (1.1.0+build.5)', change: (h) => newSlack(h, '1.1.0+build.5') },
];

