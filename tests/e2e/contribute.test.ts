import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url, watchedPage } from './browser';

/** The contribution form in Chromium: the build's own rules in the browser, and a file that passes `npm run check`. */
const exec = promisify(execFile);
const root = path.resolve(__dirname, '../..');

describe('/bijdragen/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('errors beside the fields, then an MDX file that passes the check; nothing is sent', async () => {
    const { page, problems } = await watchedPage(browser);
    const requests: string[] = [];
    await page.goto(url('/bijdragen/'));
    await page.waitForLoadState('networkidle');
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await expect.poll(() => page.locator('#bijdrage').isVisible()).toBe(true);
    expect(await page.locator('#bijdrage-zonder-js').isVisible()).toBe(false);

    await page.fill('#b-title', 'Taalcafé in Winterslag');
    await page.fill('#b-summary', 'x'.repeat(250));
    await page.fill('#b-places', 'Nergenshuizen');
    await page.fill('#b-links', 'geen adres');
    await page.click('#bijdrage button[type=submit]');
    await expect.poll(() => page.locator('#bijdrage-fouten').isVisible()).toBe(true);
    expect(await page.locator('#b-summary-fout').textContent()).toContain('De samenvatting is te lang: 250 tekens');
    expect(await page.locator('#b-places-fout').textContent()).toContain('De plaats „Nergenshuizen” kennen we niet');
    expect(await page.locator('#b-domains-fout').textContent()).toBe('Kies minstens één thema.');
    expect(await page.locator('#b-links-fout').textContent()).toContain('Dit webadres klopt niet');
    expect(await page.locator('#b-text-fout').isVisible()).toBe(true);
    expect(await page.locator('#b-title-fout').isVisible()).toBe(false);
    expect(await page.locator('#b-places').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#bijdrage-resultaat').isVisible()).toBe(false);

    await page.fill('#b-summary', 'Buren oefenden er elke week Nederlands bij een kop koffie.');
    await page.fill('#b-places', 'Winterslag');
    await page.fill('#b-links', 'www.voorbeeld.be Website van het taalcafé');
    await page.check('input[name=domains][value=taal]');
    await page.check('input[name=targetGroups][value=anderstaligen]');
    await page.fill('#b-partners', 'Huis van het Nederlands');
    await page.fill('#b-section', 'Inspirerende praktijken – Taalpromotie');
    await page.fill('#b-text', 'Elke week kwamen buren samen om Nederlands te spreken.');
    await page.click('#bijdrage button[type=submit]');
    await expect.poll(() => page.locator('#bijdrage-resultaat').isVisible()).toBe(true);
    expect(await page.locator('#bijdrage-fouten').isVisible()).toBe(false);
    expect(await page.locator('#bijdrage-bestandsnaam').textContent()).toBe('taalcafe-in-winterslag.mdx');
    expect(await page.locator('#bijdrage-download').getAttribute('download')).toBe('taalcafe-in-winterslag.mdx');
    const mdx = await page.locator('#bijdrage-mdx').inputValue();
    expect(mdx).toContain('places: ["Winterslag"]');

    // The form sent nothing: no request at all after the page loaded, apart from the browser's own icon fetch.
    expect(requests.filter((r) => !r.endsWith('/favicon.svg'))).toEqual([]);
    expect(problems).toEqual([]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-form-'));
    fs.cpSync(path.join(root, 'tests/fixtures/valid'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'practices/taalcafe-in-winterslag.mdx'), mdx);
    const datesFile = path.join(dir, 'src/data/record-dates.json');
    fs.writeFileSync(datesFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(datesFile, 'utf8')), 'practices/taalcafe-in-winterslag': { added: '2026-01-01', updated: '2026-01-01' } }));
    const { stdout } = await exec('node', ['scripts/check.mjs'], { cwd: root, env: { ...process.env, NO_COLOR: '1', KAPSTOK_CONTENT_ROOT: dir } });
    expect(stdout).toContain('All records are valid.');
    fs.rmSync(dir, { recursive: true, force: true });
    await page.context().close();
  });

  test('without JavaScript the page offers a template and the address instead of a form that cannot work', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/bijdragen/'));
    expect(await page.locator('#bijdrage').isVisible()).toBe(false);
    expect(await page.locator('#bijdrage-zonder-js').isVisible()).toBe(true);
    expect(await page.locator('#bijdrage-zonder-js a[href^="mailto:"]').count()).toBe(1);
    await page.context().close();
  });
});
