import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url } from './browser';
import { sitemapPaths } from './sitemap';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px no page may scroll sideways. axe cannot see this,
 * so every page of the sitemap is loaded at that width and measured; a failure names
 * the page and the elements that stick out.
 */
describe('reflow at 320 px', () => {
  test('no page of the sitemap scrolls sideways', { timeout: 600_000 }, async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(100);
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'nl-BE' });
    const failures: string[] = [];
    const queue = [...paths];
    // A few tabs at once: most of the time per page is waiting, not layout.
    await Promise.all(Array.from({ length: 3 }, async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path; path = queue.shift()) {
        await page.goto(url(path), { waitUntil: 'load' });
        const result = await page.evaluate(() => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const culprits = [...document.body.querySelectorAll('*')]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !el.closest('.table-scroll'))
            .slice(-3)
            .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
          return `${root.scrollWidth} > ${root.clientWidth}: ${culprits.join('; ')}`;
        });
        if (result) failures.push(`${path} ${result}`);
      }
    }));
    await context.close();
    expect(failures.sort()).toEqual([]);
  });
});
