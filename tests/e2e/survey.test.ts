import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import survey from '../../src/data/survey-2008.json';
import { launch, url, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('survey page', () => {
  test('every chart is an SVG image with a title, and its numbers are in a table', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/enquete/'));
    const charts = w.page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(survey.charts.length);
    for (const chart of survey.charts) {
      const section = w.page.locator(`section[aria-labelledby="${chart.id}-titel"]`);
      expect(await section.locator('svg[role="img"]').getAttribute('aria-labelledby')).toBe(`${chart.id}-titel`);
      const printedTotalRow = 'printedTotal' in chart ? 1 : 0;
      expect(await section.locator('tbody tr th[scope="row"]').count()).toBe(chart.rows.length + printedTotalRow);
      if (chart.note) expect(await section.textContent()).toContain(chart.note);
    }
    expect(await w.page.locator('main').textContent()).toContain(survey.surveyDate);
    // Charts are drawn at build time: the page sends no script.
    expect(await w.page.locator('script[src]').count()).toBe(0);
  });
});
