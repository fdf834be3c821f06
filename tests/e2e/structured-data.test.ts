import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, url, watchedPage } from './browser';
import { sitemapPaths } from './sitemap';
import { isRecordPage, recordSections } from '../../src/lib/record-sections.mjs';

const entityType: Record<string, string> = {
  [recordSections.practices]: 'CreativeWork',
  [recordSections.recommendations]: 'CreativeWork',
  [recordSections.organisations]: 'Organization',
  [recordSections.subsidies]: 'MonetaryGrant',
};
const collectionOf = Object.fromEntries(Object.entries(recordSections).map(([c, s]) => [s, c]));
const recordDates = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/data/record-dates.json'), 'utf8'));
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = (html: string) => decode(html.replace(/<[^>]+>/g, '')).trim();

describe('structured data on record pages', () => {
  test('every record page has JSON-LD that parses and matches the page: title, canonical URL, type', () => {
    const pages = sitemapPaths().filter(isRecordPage);
    expect(pages.length).toBeGreaterThan(300);
    for (const p of pages) {
      const html = fs.readFileSync(path.join(inject('siteDir'), p, 'index.html'), 'utf8');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(blocks.length, p).toBe(1);
      const ld = JSON.parse(blocks[0]);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1];
      expect(new URL(canonical).pathname).toBe(p);
      const [page, entity] = ld['@graph'];
      expect(ld['@context']).toBe('https://schema.org');
      expect(page['@type']).toBe('WebPage');
      expect(page.url, p).toBe(canonical);
      expect(page.mainEntity['@id']).toBe(entity['@id']);
      expect(entity['@type'], p).toBe(entityType[p.split('/')[1]]);
      // The h1 is the record's title (recommendation pages prefix the number only in <title>).
      const h1 = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]);
      expect(entity.name, p).toBe(h1);
      expect(page.name).toBe(h1);
      expect(decode(/<meta property="og:url" content="([^"]+)"/.exec(html)![1])).toBe(canonical);
      expect(decode(/<meta property="og:title" content="([^"]+)"/.exec(html)![1])).toBe(h1);
      expect(page.isBasedOn.length).toBeGreaterThan(0);
      // The record's dates, as recorded in src/data/record-dates.json, in the JSON-LD and the source note.
      const dates = recordDates[`${collectionOf[p.split('/')[1]]}/${p.split('/')[2]}`];
      expect(page.datePublished, p).toBe(dates.added);
      expect(page.dateModified, p).toBe(dates.updated);
      expect(html).toContain(`In Kapstok sinds <time datetime="${dates.added}">`);
      expect(html).toContain(`laatst gewijzigd op <time datetime="${dates.updated}">`);
      expect(html).toMatch(/Bijgewerkt op <time datetime="\d{4}-\d{2}-\d{2}">/);
      if (entity['@type'] === 'CreativeWork') {
        expect(entity.about.length, p).toBeGreaterThan(0);
        expect(entity.spatialCoverage.length, p).toBeGreaterThan(0);
      }
      // Old contact data say so, also in the data.
      if (entity.contactPoint) expect(entity.contactPoint.description).toMatch(/volgens de bron \(\d{4}\)/);
    }
  });

  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('Chromium blocks and reports nothing under the CSP, and reads the same JSON-LD', async () => {
    const pages = Object.values(recordSections).map((section) => sitemapPaths().find((p) => p.startsWith(`/${section}/`) && isRecordPage(p))!);
    for (const p of pages) {
      const { page, problems } = await watchedPage(browser);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      const response = await page.goto(url(p));
      expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
      expect(ld['@graph'][0].url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
      expect(ld['@graph'][1].name).toBe((await page.locator('h1').textContent())?.trim());
      await page.waitForLoadState('networkidle');
      expect(problems, p).toEqual([]);
      await page.context().close();
    }
  });
});
