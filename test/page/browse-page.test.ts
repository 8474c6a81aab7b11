/// <reference lib="dom" />
// The callbacks given to page.waitForFunction and page.evaluate run in the browser.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { applyFileChanges } from '../../src/core/fs/file-change';
import { planSiteBuild } from '../../src/core/site/build-site';
import { addVersion } from '../../src/core/site/change-package';
import { serializeDocument } from '../../src/core/site/package-document';
import { publishToFolder } from '../../src/core/site/publish-to-folder';
import { packageDocumentPath } from '../../src/core/site/shard-path';
import { entry } from '../helpers/index-data';
import { startServer, type TestServer } from '../helpers/registry-server';
import { initRegistry, publish } from '../helpers/site';
import { tempDir } from '../helpers/tmp';

// Debian's chromium, driven by playwright-core (which never downloads a browser of its own).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'test-results');

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

// Each test carries the skip (not only the suite), so the runner counts them as skipped.
describe('the browse page in chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;
  const errors: string[] = [];
  let finished = 0;

  before(async () => {
    if (SKIP !== false) return;
    assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}, and CI is set, where the browse page tests must run: ${HOW_TO_RUN}.`);
    const registry = await initRegistry();
    await publish(registry, 'slack', '2.0.0', { extra: 'keywords: [chat, messaging]\nrepository: https://github.com/acme/pack-slack\n' });
    await publish(registry, 'slack', '2.1.0', { extra: 'keywords: [chat, messaging]\nrepository: https://github.com/acme/pack-slack\n' });
    await publish(registry, 'jira', '0.9.3', { extra: 'keywords: [issues]\n' });
    // Package text is data: a description holding markup must be shown, never run.
    await publish(registry, 'evil', '1.0.0', { extra: 'label: "<img src=x onerror=window.__pwned=1>"\nkeywords: ["<b>bold</b>"]\n', files: { 'actions/x.yaml': 'name: x\ndescription: "<script>window.__pwned=2</script>"\n' } });
    // A hand-edited document (publish's audit would refuse it) with a javascript: homepage.
    const evilDoc = path.join(registry, packageDocumentPath('evil'));
    writeFileSync(evilDoc, readFileSync(evilDoc, 'utf8').replace('"author": "Tester",', '"author": "Tester",\n        "homepage": "javascript:window.__pwned=3",'));
    server = await startServer(registry);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
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

  it('lists every package, then narrows by name, keyword and description', { skip: SKIP }, async () => {
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('#results li');
    assert.equal(await page.locator('#results li').count(), 3);
    assert.match((await page.textContent('#status'))!, /3 packages/);
    await page.fill('#q', 'messaging');
    await page.waitForFunction(() => document.querySelectorAll('#results li').length === 1);
    assert.equal(await page.textContent('#results li .name'), 'slack');
    await page.fill('#q', 'jra');
    await page.waitForFunction(() => document.querySelector('#results li .name')?.textContent === 'jira');
    await page.fill('#q', 'nothing-like-this');
    await page.waitForFunction(() => document.querySelectorAll('#results li').length === 0);
    assert.match((await page.textContent('#status'))!, /0 matches/);
  });

  it('opens a package: versions, checksums, install command, contents', { skip: SKIP }, async () => {
    await page.fill('#q', 'slack');
    await page.click('#results li .name');
    await page.waitForSelector('#package h1');
    const text = (await page.textContent('#package'))!;
    assert.match(text, /packdex install slack@2\.1\.0/);
    assert.match(text, /2\.0\.0/);
    assert.match(text, /sha256:[0-9a-f]{64}/);
    assert.match(text, /hello/, 'the actions it contains');
    assert.equal(await page.locator('#package table.versions tr').count(), 3, 'a header and two versions');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browse-page-slack.png'), fullPage: true });
  });

  it('shows markup in package text as text, runs none of it, and links no javascript: URL', { skip: SKIP }, async () => {
    await page.goto(`${server.url}index.html#/package/evil`);
    await page.waitForSelector('#package h1');
    assert.equal(await page.textContent('#package h1'), '<img src=x onerror=window.__pwned=1>evil');
    assert.match((await page.textContent('#package'))!, /<script>window.__pwned=2<\/script>/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('#package img, #package script, #package b').count(), 0);
    assert.match((await page.textContent('#package'))!, /javascript:window.__pwned=3/, 'shown as text');
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'never as a link');
    assert.deepEqual(errors, []);
  });

  it('stays usable with 10,000 packages (loads, searches, opens one)', { skip: SKIP }, async () => {
    const registry = await initRegistry(tempDir('packdex-big-'));
    let doc;
    for (let i = 0; i < 10_000; i++) {
      const name = `pack${String(i).padStart(5, '0')}`;
      doc = addVersion(undefined, { entry: entry(name, '1.0.0', { keywords: [`kw${i % 97}`] }), owner: 'o' }, new Date('2026-01-01T00:00:00Z')).doc;
      const file = path.join(registry, packageDocumentPath(name));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, serializeDocument(doc));
    }
    await applyFileChanges((await planSiteBuild(registry)).changes);
    const big = await startServer(registry);
    try {
      const p = await browser.newPage();
      await p.goto(`${big.url}index.html`);
      await p.waitForFunction(() => /10000 packages/.test(document.getElementById('status')?.textContent ?? ''));
      assert.equal(await p.locator('#results li').count(), 50, 'only the first 50 are drawn');
      await p.fill('#q', 'pack09999');
      await p.waitForFunction(() => document.querySelector('#results li .name')?.textContent === 'pack09999');
      await p.fill('#q', 'kw42');
      await p.waitForFunction(() => /kw42/.test(document.getElementById('status')?.textContent ?? ''));
      assert.match((await p.textContent('#status'))!, /^103 matches/);
      await p.click('#results li .name');
      await p.waitForSelector('#package h1');
      await p.close();
    } finally {
      await big.stop();
    }
  });

  it('opens packages of the other profiles: a scoped AAM name and a pbg package with its classes', { skip: SKIP }, async () => {
    const registry = await initRegistry(tempDir('packdex-profiles-page-'));
    const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'profiles');
    for (const dir of [path.join(fixtures, 'aam', 'auditor'), path.join(fixtures, 'pbg', 'compliant')]) {
      const result = await publishToFolder({ packDir: dir, registryDir: registry, now: new Date('2026-01-01T00:00:00Z') });
      assert.ok(result.entry !== undefined, dir);
    }
    const site = await startServer(registry);
    try {
      const p = await browser.newPage();
      await p.goto(`${site.url}index.html`);
      await p.fill('#q', 'auditor');
      await p.waitForFunction(() => document.querySelector('#results li .name')?.textContent === '@myorg/asvc-auditor');
      await p.click('#results li .name');
      await p.waitForSelector('#package h1');
      const aam = (await p.textContent('#package'))!;
      assert.match(aam, /packdex install @myorg\/asvc-auditor@1\.1\.0/);
      assert.match(aam, /agents \(1\)asvc-auditor — Audits a codebase against ASVC/);
      assert.match(aam, /@myorg\/generic-auditor >=1\.0\.0/, 'its dependencies');
      await p.goto(`${site.url}index.html#/package/pbg-cobra`);
      await p.waitForFunction(() => /processes/.test(document.getElementById('package')?.textContent ?? ''));
      assert.match((await p.textContent('#package'))!, /pbg_cobra\.processes\./);
      await p.close();
    } finally {
      await site.stop();
    }
  });
});
