import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import survey from '../../src/data/survey-2008.json';
import { isSingleValue, MISSING, type Chart } from '../../src/lib/chart';
import { dutchQuotes } from '../../src/lib/typography';
import { launch, url, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const charts = survey.charts as Chart[];

describe('survey page', () => {
  test('every chart is an image with a title, a one-number chart is a sentence, and all numbers are in a table', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/enquete/'));
    expect(await w.page.locator('.chart [role="img"]').count()).toBe(charts.filter((c) => !isSingleValue(c)).length);
    for (const chart of charts) {
      const section = w.page.locator(`section[data-chart="${chart.id}"]`);
      if (isSingleValue(chart)) {
        expect(await section.locator('[role="img"]').count()).toBe(0);
        expect(await section.textContent()).toContain(dutchQuotes(chart.sentence!));
      } else {
        expect(await section.locator('[role="img"]').getAttribute('aria-labelledby')).toBe(`${chart.id}-titel`);
      }
      const printedTotalRow = chart.printedTotal !== undefined ? 1 : 0;
      expect(await section.locator('tbody tr th[scope="row"]').count()).toBe(chart.rows.length + printedTotalRow);
      expect(await section.locator('table caption').textContent()).toBe(dutchQuotes(chart.title));
      if (chart.note) expect(await section.textContent()).toContain(dutchQuotes(chart.note));
    }
    expect(await w.page.locator('main').textContent()).toContain(survey.surveyDate);
    // Charts are drawn at build time: the page sends no script (but the offline worker's registration, on every page).
    expect(await w.page.locator('script[src]:not([src*="/OfflineWorker."])').count()).toBe(0);
  });

  test('a value the source does not give reads "geen cijfer" in the chart and in the table', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/enquete/'));
    const chart = charts.find((c) => c.rows.some((r) => c.series.some((s) => r.values[s.key] === undefined)))!;
    const section = w.page.locator(`section[data-chart="${chart.id}"]`);
    const missing = chart.rows.flatMap((r) => chart.series.filter((s) => r.values[s.key] === undefined)).length;
    expect(await section.locator('.chart-value', { hasText: MISSING }).count()).toBe(missing);
    expect(await section.locator('td', { hasText: MISSING }).count()).toBe(missing);
  });

  test('at 390 px no chart text is smaller than 16 px (SVG text scaled as drawn) and no chart is wider than the screen', async () => {
    const w = await watchedPage(browser);
    await w.page.setViewportSize({ width: 390, height: 844 });
    await w.page.goto(url('/enquete/'));
    const sizes = await w.page.locator('.chart').evaluateAll((figures) => {
      const out: { text: string; px: number }[] = [];
      for (const figure of figures) {
        // SVG text shrinks with its drawing: its rendered size is font-size times the scale.
        for (const t of figure.querySelectorAll<SVGTextElement>('svg text')) {
          const scale = t.getScreenCTM()?.a ?? 1;
          out.push({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale });
        }
        const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (!n.textContent!.trim() || el.closest('svg') || el.closest('figcaption')) continue;
          out.push({ text: n.textContent!.trim(), px: parseFloat(getComputedStyle(el).fontSize) });
        }
      }
      return out;
    });
    expect(sizes.length).toBeGreaterThan(100);
    expect(sizes.filter((s) => s.px < 12)).toEqual([]);
    expect(sizes.filter((s) => s.px < 16)).toEqual([]);
    const widths = await w.page.locator('.chart').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(Math.max(...widths)).toBeLessThanOrEqual(390);
  });
});
