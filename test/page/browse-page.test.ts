/// <reference lib="dom" />
// The callbacks given to page.waitForFunction and page.evaluate run in the browser.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { applyFileChanges } from '../../src/core/fs/file-change';
import { planSiteBuild } from '../../src/core/site/build-site';
import { addVersion, yankVersion } from '../../src/core/site/change-package';
import { serializeDocument } from '../../src/core/site/package-document';
import { publishToFolder } from '../../src/core/site/publish-to-folder';
import { packageDocumentPath } from '../../src/core/site/shard-path';
import { entry } from '../helpers/index-data';
import { startServer, type TestServer } from '../helpers/registry-server';
import { initRegistry, publish, REGISTRY_URL } from '../helpers/site';
import { tempDir } from '../helpers/tmp';

// Debian's chromium, driven by playwright-core (which never downloads a browser of its own).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'test-results');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Without a browser these tests skip, with a notice that says how to run them, so `npm test`
 * passes on a machine that has no chromium. In CI (CI set, as .ci/run and GitHub set it) they
 * must run: a missing browser fails them there, and .ci/run checks the marker file they write
 * (PACKDEX_BROWSER_MARKER) to know that they ran. PACKDEX_SKIP_BROWSER=1 skips them on purpose.
 */
const inCi = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI.toLowerCase());
const HOW_TO_RUN = `apt-get install chromium (Debian's package), or set CHROMIUM_PATH to a Chromium or Chrome binary`;
function skipReason(): string | false {
  if (process.env.PACKDEX_SKIP_BROWSER === '1') return 'PACKDEX_SKIP_BROWSER=1';
  if (existsSync(CHROMIUM) || inCi) return false;
  const notice = `no browser at ${CHROMIUM}, so the browse page tests are skipped. To run them: ${HOW_TO_RUN}.`;
  process.stderr.write(`NOTICE: ${notice}\n`);
  return notice;
}

const SKIP = skipReason();

/** Markdown that tries every way we know to run script or smuggle a handler through a README. */
const HOSTILE_README = [
  '# Hostile',
  '',
  'Some **bold** text and [a fine link](https://example.com/docs).',
  '',
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '<a href="javascript:window.__pwned=\'link\'">click me</a>',
  '[md link](javascript:window.__pwned=\'mdlink\')',
  '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  '<svg><script>window.__pwned="svg"</script></svg>',
  '<div onmouseover="window.__pwned=\'hover\'" style="position:fixed;inset:0">cover</div>',
  '<form action="https://evil.example"><input name="q"></form>',
  '<a id="q" name="status" href="#/x">clobber</a>',
  '',
  '```js',
  'const x = "<script>";',
  '```',
].join('\n');

// Missing chromium fails the suite (.ci/run installs it); PACKDEX_SKIP_BROWSER=1 skips on purpose.
// Each test carries the skip (not only the suite), so the runner counts them as skipped.
describe('the browse page in chromium', () => {
  let finished = 0;
  let browser: Browser;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let registry: string;
  const errors: string[] = [];

  async function fresh(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const c = await browser.newContext(options);
    const p = await c.newPage();
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => {
      if (m.type() === 'error' && !/404|Content Security Policy/.test(m.text())) errors.push(m.text());
    });
    return p;
  }

  before(async () => {
    if (SKIP !== false) return;
    assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}, and CI is set, where the browse page tests must run: ${HOW_TO_RUN}.`);
    registry = await initRegistry();
    const at = (m: number) => ({ now: new Date(Date.UTC(2026, 1, 3, 10, m)) });
    await publish(registry, 'core_lib', '1.0.0', { ...at(0), extra: 'keywords: [library]\n' });
    await publish(registry, 'slack', '2.0.0', { ...at(1), extra: 'keywords: [chat, messaging]\nrepository: https://github.com/acme/pack-slack\n' });
    await publish(registry, 'slack', '2.1.0', { ...at(2), extra: 'keywords: [chat, messaging]\nrepository: https://github.com/acme/pack-slack\ndependencies:\n  - core_lib@^1.0.0\n', files: { 'README.md': '# Slack\n\nPost **messages** to channels.\n' } });
    // A README past the 64 KiB a registry keeps: recorded cut, and the page says so.
    await publish(registry, 'jira', '0.9.3', { ...at(3), extra: 'keywords: [issues, chat]\n', files: { 'README.md': `# Jira\n\n${'Track issues. '.repeat(6000)}\n` } });
    // Package text is data: a label holding markup must be shown, never run.
    await publish(registry, 'evil', '1.0.0', { ...at(4), extra: 'label: "<img src=x onerror=window.__pwned=1>"\nkeywords: ["<b>bold</b>"]\n', files: { 'README.md': HOSTILE_README, 'actions/x.yaml': 'name: x\ndescription: "<script>window.__pwned=2</script>"\n' } });
    // A hand-edited document (publish's audit would refuse it) with a javascript: homepage.
    const evilDoc = path.join(registry, packageDocumentPath('evil'));
    writeFileSync(evilDoc, readFileSync(evilDoc, 'utf8').replace('"author": "Tester",', '"author": "Tester",\n        "homepage": "javascript:window.__pwned=3",'));
    // A yanked version, with its reason.
    const slackDoc = path.join(registry, packageDocumentPath('slack'));
    const doc = JSON.parse(readFileSync(slackDoc, 'utf8'));
    writeFileSync(slackDoc, serializeDocument(yankVersion(doc, '2.0.0', { reason: 'leaks tokens' }, new Date(Date.UTC(2026, 1, 3, 11))).doc));
    await applyFileChanges((await planSiteBuild(registry)).changes);
    server = await startServer(registry);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    // A 404 is how the page learns a file is absent; a CSP report is the page's second wall refusing
    // what the sanitizer's own parse of a hostile README met (nothing of it ran: see __pwned).
    page.on('console', (m) => {
      if (m.type() === 'error' && !/404|Content Security Policy/.test(m.text())) errors.push(m.text());
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterEach(() => {
    finished += 1;
  });
  after(async () => {
    const version = browser?.version();
    await browser?.close();
    await server?.stop();
    // For .ci/run: proof that the tests ran in a real browser, not that they were skipped.
    if (process.env.PACKDEX_BROWSER_MARKER && version !== undefined) writeFileSync(process.env.PACKDEX_BROWSER_MARKER, `${JSON.stringify({ browser: CHROMIUM, version, tests: finished })}\n`);
  });

  it('opens on the registry: its name, counts, how to use it and the newest versions, without index.json', { skip: SKIP }, async () => {
    server.requests.length = 0;
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('#recent li');
    assert.equal(await page.textContent('#view h1'), 'Test');
    assert.match((await page.textContent('#view'))!, /4 packages · 5 versions/);
    assert.match((await page.textContent('#view'))!, new RegExp(`packdex registry add test ${REGISTRY_URL}`));
    assert.deepEqual(await page.locator('#recent li .name').allTextContents(), ['evil', 'jira', 'slack', 'slack', 'core_lib']);
    assert.ok(!server.requests.includes('/index.json'), server.requests.join(' '));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browse-home.png'), fullPage: true });
  });

  it('searches by name, keyword, description and fuzzily, from the search files', { skip: SKIP }, async () => {
    server.requests.length = 0;
    await page.fill('#q', 'messaging');
    await page.waitForFunction(() => document.querySelectorAll('#results > li').length === 1);
    assert.equal(await page.textContent('#results li .name'), 'slack');
    assert.ok(server.requests.includes('/search/manifest.json') && !server.requests.includes('/index.json'));
    await page.fill('#q', 'chat');
    await page.waitForFunction(() => document.querySelectorAll('#results > li').length === 2);
    assert.deepEqual(await page.locator('#results li .name').allTextContents(), ['jira', 'slack'], 'keyword matches, by name');
    await page.fill('#q', 'jra');
    await page.waitForFunction(() => document.querySelector('#results li .name')?.textContent === 'jira');
    await page.fill('#q', 'nothing-like-this');
    await page.waitForFunction(() => /0 matches/.test(document.getElementById('status')?.textContent ?? ''));
    assert.equal(await page.locator('#results > li').count(), 0);
  });

  it('opens a package from a deep link: README, install box that copies, versions with times, downloads, yanks', { skip: SKIP }, async () => {
    await page.goto(`${server.url}index.html#/package/slack`);
    await page.waitForSelector('.readme h1');
    assert.equal(await page.textContent('.readme h1'), 'Slack');
    assert.equal(await page.textContent('.readme strong'), 'messages');
    const text = (await page.textContent('#view'))!;
    assert.equal(await page.locator('#view h1 > span').first().textContent(), 'slack');
    assert.equal(await page.locator('#view h2', { hasText: /^slack$/ }).count(), 0, 'no heading repeats the name');
    assert.match(text, /2026-02-03 10:02 UTC/, 'publish times, not only dates');
    assert.match(text, /yanked: leaks tokens/);
    assert.match(text, /sha256:[0-9a-f]{64}/);
    assert.equal(await page.locator('table.versions tbody tr').count(), 2);
    assert.equal(await page.getAttribute('table.versions tbody tr:first-child a[href$=".tar.gz"]', 'href'), 'archives/slack-2.1.0.tar.gz');
    const download = await page.evaluate(async () => (await fetch(document.querySelector<HTMLAnchorElement>('table.versions a[href$=".tar.gz"]')!.href)).status);
    assert.equal(download, 200, 'the archive link works');
    const copies = page.locator('.install button');
    await copies.nth(0).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `packdex registry add test ${REGISTRY_URL}`);
    await copies.nth(1).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'packdex install slack@2.1.0');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browse-package-slack.png'), fullPage: true });
  });

  it('follows a dependency to its package and a keyword to its search', { skip: SKIP }, async () => {
    await page.goto(`${server.url}index.html#/package/slack`);
    await page.click('aside a:text("core_lib")');
    await page.waitForFunction(() => location.hash === '#/package/core_lib' && document.querySelector('#view h1 > span')?.textContent === 'core_lib');
    await page.click('.package-head .keywords a:text("library")');
    await page.waitForFunction(() => document.querySelector('#results li .name')?.textContent === 'core_lib');
    assert.equal(await page.inputValue('#q'), 'library');
  });

  it('opens an older version from its link, and says a missing package is not found', { skip: SKIP }, async () => {
    await page.goto(`${server.url}index.html#/package/slack/2.0.0`);
    await page.waitForSelector('.package-head .yanked');
    assert.match((await page.textContent('.package-head'))!, /This version is yanked: leaks tokens/);
    assert.match((await page.textContent('.install'))!, /packdex install slack@2\.0\.0/);
    await page.goto(`${server.url}index.html#/package/nosuch`);
    await page.waitForFunction(() => document.querySelector('#view h1')?.textContent === 'Package not found');
    assert.doesNotMatch((await page.textContent('#view'))!, /HTTP 404/);
  });

  it('says when a README was cut at 64 KiB, and not when it was whole', { skip: SKIP }, async () => {
    await page.goto(`${server.url}index.html#/package/jira`);
    await page.waitForSelector('.readme h1');
    assert.match((await page.textContent('.readme .readme-cut'))!, /cut at 64 KiB when it was published/);
    await page.goto(`${server.url}index.html#/package/slack`);
    await page.waitForSelector('.readme h1');
    assert.equal(await page.locator('.readme .readme-cut').count(), 0);
  });

  it('renders a hostile README and hostile package text without running or linking any of it', { skip: SKIP }, async () => {
    await page.goto(`${server.url}index.html#/package/evil`);
    await page.waitForSelector('.readme h1');
    assert.equal(await page.textContent('.package-head .label'), '<img src=x onerror=window.__pwned=1>');
    assert.match((await page.textContent('#view'))!, /<script>window.__pwned=2<\/script>/, 'an action description shown as text');
    assert.equal(await page.textContent('.readme strong'), 'bold', 'Markdown still renders');
    assert.equal(await page.locator('.readme a[href="https://example.com/docs"]').count(), 1);
    assert.equal(await page.locator('#view script, #view iframe, #view svg, #view form, #view input, #view img[onerror], .package-head img').count(), 0);
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('#view [onerror], #view [onmouseover], #view [style]')].map((e) => e.outerHTML)), [], 'no handler or style attribute survives');
    assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, 'no javascript: link');
    assert.equal(await page.locator('.readme [id], .readme [name]').count(), 0, 'no id or name to clobber the page with');
    await page.hover('.readme');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.equal(await page.locator('#q').evaluate((e) => e.tagName), 'INPUT', 'the search box is still the search box');
  });

  it('fits a phone (390 px): no sideways scroll, checksums cut short with a copy button', { skip: SKIP }, async () => {
    const phone = await fresh({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    for (const hash of ['', '#/search/chat', '#/package/slack']) {
      await phone.goto(`${server.url}index.html${hash}`);
      await phone.waitForSelector(hash === '' ? '#recent li' : hash.startsWith('#/search') ? '#results li' : '.readme h1');
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `${hash || 'home'}: ${width} px wide`);
    }
    const code = phone.locator('.checksum code').first();
    assert.ok(await code.evaluate((e) => e.scrollWidth > e.clientWidth), 'the checksum is cut, not wrapped over lines');
    assert.ok((await phone.locator('.checksum button').count()) >= 2);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'browse-phone-slack.png'), fullPage: true });
    await phone.context().close();
  });

  it('follows prefers-color-scheme: dark', { skip: SKIP }, async () => {
    const dark = await fresh({ colorScheme: 'dark' });
    await dark.goto(`${server.url}index.html#/package/slack`);
    await dark.waitForSelector('.readme h1');
    assert.equal(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)');
    await dark.screenshot({ path: path.join(SCREENSHOTS, 'browse-dark-slack.png'), fullPage: true });
    await dark.context().close();
  });

  it('has no serious or critical axe-core violations, landmarks and labels included', { skip: SKIP }, async () => {
    // axe is injected as a script, which the page's own CSP would (rightly) refuse.
    const p = await fresh({ bypassCSP: true });
    for (const [hash, ready] of [['', '#recent li'], ['#/search/chat', '#results li'], ['#/package/slack', '.readme h1'], ['#/package/evil', '.readme h1']] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await p.emulateMedia({ colorScheme: scheme });
        await p.goto(`${server.url}index.html${hash}`);
        await p.waitForSelector(ready);
        await p.addScriptTag({ path: AXE });
        const violations = await p.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
          return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], `${hash || 'home'} (${scheme})`);
      }
    }
    await p.goto(`${server.url}index.html`);
    await p.waitForSelector('#recent li');
    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'skip', 'the first Tab reaches the skip link');
    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'home');
    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'q', 'then the search box, labelled');
    await p.context().close();
  });

  it('works under a sub-path, as a GitHub Pages project site (/repo/)', { skip: SKIP }, async () => {
    const root = tempDir('packdex-pages-');
    cpSync(registry, path.join(root, 'repo'), { recursive: true });
    const pages = await startServer(root);
    try {
      const p = await fresh();
      await p.goto(`${pages.url}repo/#/package/slack`);
      await p.waitForSelector('.readme h1');
      await p.fill('#q', 'issues');
      await p.waitForFunction(() => document.querySelector('#results li .name')?.textContent === 'jira');
      assert.ok(pages.requests.every((r) => r.startsWith('/repo/')), pages.requests.filter((r) => !r.startsWith('/repo/')).join(' '));
      await p.context().close();
    } finally {
      await pages.stop();
    }
  });

  it('explains, when opened from file://, that it needs a server, and gives the command', { skip: SKIP }, async () => {
    const p = await fresh();
    await p.goto(`file://${path.join(registry, 'index.html')}`);
    await p.waitForFunction(() => /web server/.test(document.querySelector('#view h1')?.textContent ?? ''));
    assert.match((await p.textContent('#view'))!, /packdex serve/);
    await p.context().close();
  });

  it('stays quick with 10,000 packages: home and a search read small files only', { skip: SKIP }, async () => {
    const big = await initRegistry(tempDir('packdex-big-'));
    for (let i = 0; i < 10_000; i++) {
      const name = `pack${String(i).padStart(5, '0')}`;
      const doc = addVersion(undefined, { entry: entry(name, '1.0.0', { keywords: [`kw${i % 97}`] }), owner: 'o' }, new Date(Date.UTC(2026, 0, 1, 0, 0, i))).doc;
      const file = path.join(big, packageDocumentPath(name));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, serializeDocument(doc));
    }
    await applyFileChanges((await planSiteBuild(big)).changes);
    const site = await startServer(big);
    try {
      const p = await fresh();
      await p.goto(`${site.url}index.html`);
      await p.waitForSelector('#recent li');
      assert.match((await p.textContent('#view'))!, /10,000 packages/);
      assert.equal(await p.textContent('#recent li .name'), 'pack09999', 'the newest first');
      await p.fill('#q', 'pack09999');
      await p.waitForFunction(() => document.querySelector('#results li .name')?.textContent === 'pack09999');
      await p.fill('#q', 'kw42');
      await p.waitForFunction(() => /matches for “kw42”/.test(document.getElementById('status')?.textContent ?? ''));
      assert.match((await p.textContent('#status'))!, /^103 matches/);
      await p.click('#results li .name');
      await p.waitForSelector('#view .install');
      assert.ok(!site.requests.includes('/index.json'), 'never the whole index');
      await p.context().close();
    } finally {
      await site.stop();
    }
  });

  it('without index.json (registry.json: index null) hides its link, says why, and searches fuzzily from the rows', { skip: SKIP }, async () => {
    const reg = await initRegistry(tempDir('packdex-no-index-page-'));
    await publish(reg, 'slack', '1.0.0', { extra: 'keywords: [chat]\n' });
    await publish(reg, 'jira', '1.0.0');
    const file = path.join(reg, 'registry.json');
    writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), index_policy: { produce: 'never' } }, null, 2)}\n`);
    const plan = await planSiteBuild(reg);
    await applyFileChanges(plan.changes);
    for (const r of plan.removed) rmSync(r);
    assert.equal(existsSync(path.join(reg, 'index.json')), false);
    const site = await startServer(reg);
    try {
      const p = await fresh();
      await p.goto(`${site.url}index.html`);
      await p.waitForSelector('#index-absent');
      assert.match((await p.textContent('#index-absent'))!, /no index\.json \(its registry\.json says never to produce it\)/);
      assert.equal(await p.locator('#index-link').count(), 0, 'no link to a file that is not there');
      assert.equal(await p.locator('#footer-index').count(), 0, 'nor in the footer');
      await p.fill('#q', 'slk');
      await p.waitForFunction(() => document.querySelector('#results li .name')?.textContent === 'slack');
      assert.ok(!site.requests.includes('/index.json'), site.requests.join(' '));
      await p.context().close();
    } finally {
      await site.stop();
    }
  });

  it('opens packages of the other profiles: a scoped AAM name and a pbg package with its processes', { skip: SKIP }, async () => {
    const reg = await initRegistry(tempDir('packdex-profiles-page-'));
    const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'profiles');
    for (const dir of [path.join(fixtures, 'aam', 'auditor'), path.join(fixtures, 'pbg', 'compliant')]) {
      const result = await publishToFolder({ packDir: dir, registryDir: reg, now: new Date('2026-01-01T00:00:00Z') });
      assert.ok(result.entry !== undefined, dir);
    }
    const site = await startServer(reg);
    try {
      const p = await fresh();
      await p.goto(`${site.url}index.html`);
      await p.fill('#q', 'auditor');
      await p.waitForFunction(() => document.querySelector('#results li .name')?.textContent === '@myorg/asvc-auditor');
      assert.equal(await p.textContent('#results li .badge'), 'AAM');
      await p.click('#results li .name');
      await p.waitForSelector('#view .install');
      const aam = (await p.textContent('#view'))!;
      assert.match(aam, /packdex install @myorg\/asvc-auditor@1\.1\.0/);
      assert.match(aam, /agents \(1\)asvc-auditor — Audits a codebase against ASVC/);
      assert.match(aam, /@myorg\/generic-auditor >=1\.0\.0/, 'its dependencies');
      await p.goto(`${site.url}index.html#/package/pbg-cobra`);
      await p.waitForFunction(() => /Inputs/.test(document.getElementById('view')?.textContent ?? ''));
      const pbg = (await p.textContent('#view'))!;
      assert.match(pbg, /pbg_cobra\.processes\./);
      assert.match(pbg, /Requires Python/);
      assert.equal(await p.textContent('.package-head .badge'), 'pbg');
      await p.context().close();
    } finally {
      await site.stop();
    }
    assert.deepEqual(errors, []);
  });
});
