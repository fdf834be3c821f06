import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url, watchedPage } from './browser';
import { onePagePerTemplate } from './sitemap';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
// axe's best-practice rules for landmarks: one main, one banner, named and unique
// landmarks (two search forms need different names), all content inside a landmark.
const LANDMARK_RULES = [
  'landmark-banner-is-top-level', 'landmark-complementary-is-top-level', 'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main', 'landmark-one-main', 'landmark-unique', 'region',
];

// Every template from the sitemap, plus states the sitemap cannot show: a record of
// each kind with many fields, search with results and filters, and the 404 page.
const pages = [
  ...onePagePerTemplate(),
  '/praktijken/buurthuis-ruisbroek/',
  '/organisaties/prisma/',
  '/subsidies/europees-sociaal-fonds/',
  '/aanbevelingen/',
  '/zoeken/?q=taal&domein=taal&provincie=limburg',
  '/bestaat-niet/',
  // Municipality pages, maps, the picker and its results, the blank spots.
  '/gemeenten/genk/',
  '/gemeenten/herstappe/',
  '/gemeenten/kaart/',
  '/gemeenten/zoek/?q=Heusden',
  '/provincies/limburg/',
  '/waar-ontbreken/',
];

describe('axe finds no WCAG 2.2 AA violations and no landmark problems', () => {
  test('covers every template', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(pages)('%s', async (path) => {
    const w = await watchedPage(browser);
    await w.page.goto(url(path));
    if (path.startsWith('/zoeken/?')) {
      await expect.poll(() => w.page.locator('#zoekstatus').textContent(), { timeout: 15_000 }).toMatch(/resulta/);
    }
    const results = await new AxeBuilder({ page: w.page }).withTags(TAGS).analyze();
    const landmarks = await new AxeBuilder({ page: w.page }).withRules(LANDMARK_RULES).analyze();
    const violations = [...results.violations, ...landmarks.violations].map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(violations).toEqual([]);
    expect(w.problems.filter((p) => !/404/.test(p))).toEqual([]);
    await w.page.context().close();
  });
});
