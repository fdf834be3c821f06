import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, url, watchedPage } from './browser';
import { sitemapPaths } from './sitemap';
import { isRecordPage } from '../../src/lib/record-sections.mjs';

describe('without JavaScript', () => {
  test('following links from the home page reaches every record', () => {
    // The built HTML is exactly what a reader without JavaScript gets; crawl it.
    const dir = inject('siteDir');
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const page = queue.shift()!;
      const file = path.join(dir, page, 'index.html');
      if (!fs.existsSync(file)) continue;
      for (const [, href] of fs.readFileSync(file, 'utf8').matchAll(/<a [^>]*href="(\/[^"#?]*)/g)) {
        if (!seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    const records = sitemapPaths().filter(isRecordPage);
    expect(records.filter((p) => !seen.has(p))).toEqual([]);
    // Every page in the sitemap is reachable too, hubs included.
    expect(sitemapPaths().filter((p) => !seen.has(p))).toEqual([]);
  });

  describe('in the browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('a hub page lists its records as plain links', async () => {
      const w = await watchedPage(browser, { javaScriptEnabled: false });
      await w.page.goto(url('/provincies/limburg/'));
      expect(await w.page.locator('main a[href^="/praktijken/"]').count()).toBeGreaterThan(5);
      expect(await w.page.locator('main a[href="/gemeenten/genk/"]').count()).toBeGreaterThan(0);
    });
  });
});
