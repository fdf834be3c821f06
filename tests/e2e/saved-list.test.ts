import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url, watchedPage } from './browser';

/** The saved list in Chromium: add, reload, share, print, export, clear, and links with unknown ids. */
describe('bewaarlijst', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const practice = '/praktijken/buurthuis-ruisbroek/';
  const organisation = '/organisaties/prisma/';

  test('add on record pages, keep across reloads, list grouped by type, print, export, share and clear', async () => {
    const { page, problems } = await watchedPage(browser);
    const context = page.context();
    await page.goto(url(practice));
    const button = page.locator('button[data-bewaar]');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    // Opt-in: nothing is stored before the reader asks.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.goto(url(organisation));
    await page.locator('button[data-bewaar]').click();
    await page.goto(url(practice));
    await expect.poll(() => page.locator('button[data-bewaar]').getAttribute('aria-pressed')).toBe('true');

    await page.goto(url('/bewaarlijst/'));
    await expect.poll(() => page.locator('#bewaarlijst-inhoud h2').allTextContents()).toEqual(['Praktijken (1)', 'Organisaties (1)']);
    expect(await page.locator(`#bewaarlijst-inhoud a[href="${practice}"]`).count()).toBe(1);
    expect(await page.locator('#bewaarlijst-inhoud li').first().textContent()).toMatch(/informatie uit \d{4}/);
    const share = (await page.locator('#bewaarlijst-deellink').textContent())!;
    expect(share).toContain('/bewaarlijst/?fiches=praktijken/buurthuis-ruisbroek,organisaties/prisma');

    // Print: the handout carries the date of printing and no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-only').textContent()).toContain(String(new Date().getFullYear()));
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    expect(await page.locator('#bewaarlijst-acties').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#bewaarlijst-csv')]);
    expect(download.suggestedFilename()).toBe('kapstok-bewaarlijst.csv');
    const csv = fs.readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(csv, { bom: true, delimiter: ';', columns: true });
    expect(rows.map((r: Record<string, string>) => new URL(r.url).pathname)).toEqual([practice, organisation]);

    // The shared link opens the same list in a browser that saved nothing.
    const other = await watchedPage(browser);
    await other.page.goto(share.replace(/^.*?(http\S+)$/, '$1'));
    await expect.poll(() => other.page.locator('#bewaarlijst-inhoud li').count()).toBe(2);
    expect(await other.page.locator('#bewaarlijst-melding').textContent()).toContain('gedeelde lijst');
    expect(await other.page.locator('#bewaarlijst-overnemen').isVisible()).toBe(true);
    expect(other.problems).toEqual([]);
    await other.page.context().close();

    await page.click('#bewaarlijst-wissen');
    expect(await page.locator('#bewaarlijst-leeg').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.goto(url(practice));
    await expect.poll(() => page.locator('button[data-bewaar]').getAttribute('aria-pressed')).toBe('false');
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a shared link with unknown or malformed ids says so and keeps the valid ones', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(url('/bewaarlijst/?fiches=praktijken/buurthuis-ruisbroek,praktijken/bestaat-niet,<script>,organisaties/prisma'));
    await expect.poll(() => page.locator('#bewaarlijst-inhoud li').count()).toBe(2);
    const note = await page.locator('#bewaarlijst-melding').textContent();
    expect(note).toContain('2 fiches bestaan niet (meer)');
    expect(note).toContain('praktijken/bestaat-niet');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
