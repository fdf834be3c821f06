import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, url, watchedPage } from './browser';

/**
 * "Export what you see": the CSV of a search and of hub and list pages, made in the
 * browser from the published data files, compared with what the page shows and with the
 * /data/ CSV files; and "Bewaar" on search results.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Row = Record<string, string>;
const parseCsv = (bytes: Buffer): Row[] => parse(bytes, { bom: true, delimiter: ';', columns: true, relax_quotes: false });
const dataFile = (file: string) => fs.readFileSync(path.join(inject('siteDir'), 'data', file));
const headerOf = (file: string) => (parse(dataFile(file), { bom: true, delimiter: ';', to_line: 1 }) as string[][])[0];
const headerOfBytes = (bytes: Buffer) => (parse(bytes, { bom: true, delimiter: ';', to_line: 1 }) as string[][])[0];
const pathOf = (r: Row) => new URL(r.url).pathname;

/** Click a download button and return the file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

/** Every record URL a search shows, after pressing "more" until all are shown. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('#meer-resultaten');
  const shown = () => page.locator('#zoekresultaten [data-result-url]').evaluateAll((as) => as.map((a) => a.getAttribute('data-result-url')!));
  while (await more.isVisible()) {
    const before = (await shown()).length;
    await more.click();
    await expect.poll(async () => (await shown()).length).toBeGreaterThan(before);
  }
  return shown();
}

describe('CSV of a search', () => {
  test('holds every result of the query and its filters, with the columns and cells of the /data/ files', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(url('/zoeken/?q=taal&type=practices'));
    await page.locator('#zoekformulier[data-status="done"]').waitFor({ timeout: 15_000 });
    const n = Number((await page.locator('#zoekstatus').textContent())!.match(/^(\d+) resultaten/)![1]);
    expect(n).toBeGreaterThan(10); // more than the first batch shows
    const button = page.locator('#zoekexport button');
    expect(await button.textContent()).toBe(`Download deze ${n} fiches als CSV`);
    expect(await button.getAttribute('type')).toBe('button');

    const { name, bytes } = await download(page, '#zoekexport button');
    expect(name).toBe('kapstok-zoeken-taal-type-practices.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await expect.poll(() => page.locator('#zoekexport [role=status]').textContent()).toBe(`Klaar: ${n} fiches in ${name}.`);

    const rows = parseCsv(bytes);
    expect(rows).toHaveLength(n);
    // One record type: exactly the header of its /data/ file, and each row as that file has it.
    expect(headerOfBytes(bytes)).toEqual(headerOf('praktijken.csv'));
    const published = new Map(parseCsv(dataFile('praktijken.csv')).map((r) => [r.id, r]));
    for (const row of rows) expect(row).toEqual(published.get(row.id));
    // The same records the page lists once every result is shown.
    const urls = await allResults(page);
    expect(urls).toHaveLength(n);
    expect(new Set(rows.map(pathOf))).toEqual(new Set(urls));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('results of several types get the columns of each type, shared ones once', async () => {
    const { page, problems } = await watchedPage(browser);
    // No results, nothing to download.
    await page.goto(url('/zoeken/?q=tolk&provincie=antwerpen'));
    await page.locator('#zoekformulier[data-status="done"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('#zoekexport').isVisible()).toBe(false);
    await page.goto(url('/zoeken/?q=taal&provincie=limburg'));
    await page.locator('#zoekformulier[data-status="done"]').waitFor({ timeout: 15_000 });
    const urls = await allResults(page);
    const { name, bytes } = await download(page, '#zoekexport button');
    expect(name).toBe('kapstok-zoeken-taal-provincie-limburg.csv');
    const rows = parseCsv(bytes);
    expect(new Set(rows.map(pathOf))).toEqual(new Set(urls));
    const types = [...new Set(rows.map((r) => r.recordType))];
    expect(types.length).toBeGreaterThan(1);
    const files = { practice: 'praktijken.csv', recommendation: 'aanbevelingen.csv', organisation: 'organisaties.csv', subsidy: 'subsidies.csv' };
    const expected = [...new Set(Object.entries(files).filter(([t]) => types.includes(t)).flatMap(([, f]) => headerOf(f)))];
    expect(headerOfBytes(bytes)).toEqual(expected);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a data file that cannot be loaded gives a clear message, not a file', async () => {
    const { page } = await watchedPage(browser);
    await page.context().route('**/data/praktijken.json', (r) => r.abort());
    await page.goto(url('/zoeken/?q=taal&type=practices'));
    await page.locator('#zoekformulier[data-status="done"]').waitFor({ timeout: 15_000 });
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.click('#zoekexport button');
    await expect.poll(() => page.locator('#zoekexport [role=status]').textContent()).toBe(
      'Het gegevensbestand /data/praktijken.json kon niet geladen worden, dus er is geen CSV gemaakt. Controleer uw verbinding en probeer het opnieuw.',
    );
    expect(downloaded).toBe(false);
    // The network is back: the same button works.
    await page.context().unroute('**/data/praktijken.json');
    const { bytes } = await download(page, '#zoekexport button');
    expect(parseCsv(bytes).length).toBeGreaterThan(10);
    await page.context().close();
  });
});

describe('CSV of hub and list pages', () => {
  test('a whole list is its /data/ file, byte for byte, from any of its pages', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(url('/subsidies/'));
    const n = JSON.parse(dataFile('subsidies.json').toString()).length;
    expect(await page.locator('[data-export-types] button').textContent()).toBe(`Download deze ${n} fiches als CSV`);
    const { name, bytes } = await download(page, '[data-export-types] button');
    expect(name).toBe('kapstok-subsidies.csv');
    expect(bytes.equals(dataFile('subsidies.csv'))).toBe(true);
    await page.goto(url('/praktijken/pagina/2/'));
    const later = await download(page, '[data-export-types] button');
    expect(later.name).toBe('kapstok-praktijken.csv');
    expect(later.bytes.equals(dataFile('praktijken.csv'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a theme hub downloads all its records, not only the preview, with the columns of the types it holds', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(url('/thema/taal/'));
    // The hub's own counts per section ("Praktijken (54)") and the cards it shows.
    const sections = await page.locator('nav[aria-label="Op deze pagina"] a').allTextContents();
    const counts = Object.fromEntries(sections.map((s) => [s.replace(/ \(\d+\)$/, ''), Number(s.match(/\((\d+)\)$/)![1])]));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const cards = await page.locator('main section a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => /^\/(praktijken|aanbevelingen|organisaties|subsidies)\/[^/]+\/$/.test(h)));
    expect(cards.length).toBeLessThan(total); // the page shows a preview
    expect(await page.locator('[data-export-types] button').textContent()).toBe(`Download deze ${total} fiches als CSV`);

    const { name, bytes } = await download(page, '[data-export-types] button');
    expect(name).toBe('kapstok-thema-taal.csv');
    const rows = parseCsv(bytes);
    expect(rows).toHaveLength(total);
    const paths = new Set(rows.map(pathOf));
    for (const c of cards) expect(paths.has(c), c).toBe(true);
    const byType = (t: string) => rows.filter((r) => r.recordType === t).length;
    expect(byType('practice')).toBe((counts.Praktijken ?? 0) + (counts['Publicaties en hulpmiddelen'] ?? 0));
    expect(byType('recommendation')).toBe(counts.Aanbevelingen ?? 0);
    expect(byType('organisation')).toBe(counts.Organisaties ?? 0);
    expect(byType('subsidy')).toBe(counts.Subsidies ?? 0);
    for (const r of rows) expect(r.domains.split(' | ')).toContain('taal');
    const files = { practice: 'praktijken.csv', recommendation: 'aanbevelingen.csv', organisation: 'organisaties.csv', subsidy: 'subsidies.csv' };
    const expected = [...new Set(Object.entries(files).filter(([t]) => byType(t) > 0).flatMap(([, f]) => headerOf(f)))];
    expect(headerOfBytes(bytes)).toEqual(expected);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a municipality page downloads its practices; an organisation its full practice list', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(url('/gemeenten/genk/'));
    const label = (await page.locator('[data-export-types] button').textContent())!;
    const n = Number(label.match(/deze (\d+) praktijken/)![1]);
    const { name, bytes } = await download(page, '[data-export-types] button');
    expect(name).toBe('kapstok-gemeenten-genk-praktijken.csv');
    const rows = parseCsv(bytes);
    expect(rows).toHaveLength(n);
    for (const r of rows) expect(r.resolvedPlaces).toContain('(71016)');
    expect(headerOfBytes(bytes)).toEqual(headerOf('praktijken.csv'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript there is no button, only a link to the open data', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/thema/taal/'));
    expect(await page.locator('[data-export-types] button').isVisible()).toBe(false);
    expect(await page.locator('[data-export-types] a[href="/data/"]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('Bewaar on search results', () => {
  test('saves a result to the saved list, shows it pressed after a reload and on /bewaarlijst/', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(url('/zoeken/?q=taal&type=practices'));
    await page.locator('#zoekformulier[data-status="done"]').waitFor({ timeout: 15_000 });
    const first = page.locator('#zoekresultaten > li').first();
    const href = (await first.locator('[data-result-url]').first().getAttribute('data-result-url'))!;
    const button = first.locator('button[data-bewaar]');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await button.textContent()).toBe('Bewaar');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toBe('Bewaard (klik om te verwijderen)');

    await page.reload();
    await page.locator('#zoekformulier[data-status="done"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator(`#zoekresultaten button[data-bewaar="${href.slice(1, -1)}"]`).getAttribute('aria-pressed')).toBe('true');

    await page.goto(url('/bewaarlijst/'));
    await expect.poll(() => page.locator(`#bewaarlijst-inhoud a[href="${href}"]`).count()).toBe(1);
    // The record page agrees.
    await page.goto(url(href));
    await expect.poll(() => page.locator('button[data-bewaar]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.context().cookies()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
