import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, url, watchedPage, type Watched } from './browser';
import { expectedPages } from './site-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const status = (page: Page) => page.locator('#zoekstatus');

/** Open the search page at a query string and wait until the result count is announced. */
async function openSearch(w: Watched, query: string) {
  await w.page.goto(url(`/zoeken/${query}`));
  await expect.poll(() => status(w.page).textContent(), { timeout: 15_000 }).toMatch(/resulta/);
}

/** All result links, after pressing "more" until everything is shown. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('#meer-resultaten');
  while (await more.isVisible()) {
    const before = await page.locator('#zoekresultaten > li').count();
    await more.click();
    await expect.poll(() => page.locator('#zoekresultaten > li').count()).toBeGreaterThan(before);
  }
  const hrefs = await page.locator('#zoekresultaten > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.sort();
}

async function topResults(page: Page, n = 5): Promise<string[]> {
  return (await page.locator('#zoekresultaten > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).slice(0, n);
}

describe('search in Chromium against the real Pagefind index, under the site’s CSP', () => {
  test('the page is served with the Content-Security-Policy from _headers', async () => {
    const w = await watchedPage(browser);
    const response = await w.page.goto(url('/zoeken/'));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('finds a named organisation', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?q=Prisma');
    expect(await topResults(w.page, 3)).toContain('/organisaties/prisma/');
    expect(w.problems).toEqual([]);
    // Searching sets no cookie and asks nothing of other hosts.
    expect(await w.page.context().cookies()).toEqual([]);
  });

  test('finds a subsidy line', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?q=Europees+Sociaal+Fonds');
    expect(await topResults(w.page, 3)).toContain('/subsidies/europees-sociaal-fonds/');
    expect(w.problems).toEqual([]);
  });

  test('values within one filter combine with OR', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?domein=wonen&domein=levensbeschouwing');
    const expected = expectedPages({ domein: ['wonen', 'levensbeschouwing'] });
    expect(expected.length).toBeGreaterThan(expectedPages({ domein: ['wonen'] }).length);
    expect(await allResults(w.page)).toEqual(expected);
  });

  test('filters combine with AND', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?domein=taal&provincie=limburg');
    const expected = expectedPages({ domein: ['taal'], provincie: ['limburg'] });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(expectedPages({ domein: ['taal'] }).length);
    expect(await allResults(w.page)).toEqual(expected);
  });

  test('OR within and AND across several filters at once', async () => {
    const w = await watchedPage(browser);
    const wanted = { type: ['practices', 'organisations'], provincie: ['limburg', 'antwerpen'], domein: ['taal', 'sociale-cohesie'] };
    const query = '?' + Object.entries(wanted).flatMap(([k, vs]) => vs.map((v) => `${k}=${v}`)).join('&');
    await openSearch(w, query);
    expect(await allResults(w.page)).toEqual(expectedPages(wanted));
    expect(await status(w.page).textContent()).toMatch(/^\d+ resultaten met 6 filters\.$/);
  });

  test('each value shows how many results it would give with the other filters as they are', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?domein=taal&provincie=limburg');
    const label = w.page.locator('label[for="f-provincie-antwerpen"] [data-count]');
    const expected = expectedPages({ domein: ['taal'], provincie: ['antwerpen'] }).length;
    await expect.poll(() => label.textContent()).toBe(`(${expected})`);
  });

  test('a shared URL shows correct counts on filters that have no selection', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?domein=taal&provincie=limburg');
    const label = w.page.locator('label[for="f-type-practices"] [data-count]');
    const expected = expectedPages({ domein: ['taal'], provincie: ['limburg'], type: ['practices'] }).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => label.textContent()).toBe(`(${expected})`);
  });

  test('a query with filters, chosen on the page, lands in the URL and a shared URL restores it', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/zoeken/'));
    await expect.poll(() => status(w.page).textContent()).toMatch(/Typ een zoekterm/);
    await w.page.fill('#zoekterm', 'fiets');
    await w.page.locator('details:has(fieldset[data-filter="domein"])').evaluate((d) => d.setAttribute('open', ''));
    await w.page.check('#f-domein-sociale-cohesie');
    await expect.poll(() => w.page.url()).toContain('q=fiets');
    await expect.poll(() => w.page.url()).toContain('domein=sociale-cohesie');
    await expect.poll(() => status(w.page).textContent()).toMatch(/voor “fiets” met 1 filter/);
    const results = await allResults(w.page);
    expect(results).toContain('/praktijken/fietsvriendin/');

    const shared = await watchedPage(browser);
    await shared.page.goto(w.page.url());
    await expect.poll(() => status(shared.page).textContent(), { timeout: 15_000 }).toMatch(/voor “fiets” met 1 filter/);
    expect(await shared.page.inputValue('#zoekterm')).toBe('fiets');
    expect(await shared.page.isChecked('#f-domein-sociale-cohesie')).toBe(true);
    expect(await allResults(shared.page)).toEqual(results);
  });

  test('the result count is announced in a polite live region', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?q=woonwagenterrein');
    const region = status(w.page);
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await region.textContent()).toMatch(/^\d+ resultat(en)? voor “woonwagenterrein”\.$/);
  });

  test('when the index cannot load, the page says so and points to the hubs', async () => {
    const w = await watchedPage(browser);
    await w.page.route('**/pagefind/**', (route) => route.abort());
    await w.page.goto(url('/zoeken/?q=taal'));
    await expect.poll(() => w.page.locator('#zoekfout').isVisible()).toBe(true);
    expect(await status(w.page).textContent()).toBe('Zoeken kan nu niet laden.');
    expect(await w.page.locator('#zoekfout a[href="/thema/"]').count()).toBe(1);
  });

  test('when WebAssembly is blocked, the page says so', async () => {
    const w = await watchedPage(browser);
    // Serve every response, the search worker's script included, with a policy that
    // forbids WebAssembly: Pagefind compiles its WebAssembly inside a Web Worker.
    await w.page.route(/.*/, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': "script-src 'self'" };
      await route.fulfill({ response, headers });
    });
    await w.page.goto(url('/zoeken/?q=taal'));
    await expect.poll(() => w.page.locator('#zoekfout').isVisible(), { timeout: 15_000 }).toBe(true);
  });

  test('without JavaScript the page explains where to browse instead', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(url('/zoeken/'));
    expect(await w.page.locator('#zoek-zonder-js').isVisible()).toBe(true);
    expect(await w.page.locator('#zoek-zonder-js a[href="/thema/"]').count()).toBe(1);
  });
});
