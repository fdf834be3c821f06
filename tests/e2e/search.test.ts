import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page, Route } from 'playwright-core';
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

/** Wait until the page has finished the search it is running. */
async function settled(page: Page) {
  await page.locator('#zoekformulier[data-status="done"], #zoekformulier[data-status="error"]').waitFor({ timeout: 15_000 });
}

/** Open the search page at a query string and wait until the search is done. */
async function openSearch(w: Watched, query: string) {
  await w.page.goto(url(`/zoeken/${query}`));
  await settled(w.page);
}

/** Submit a query as a person does (type, Enter) and wait for its results. */
async function searchFor(page: Page, q: string) {
  await page.fill('#zoekterm', q);
  await page.press('#zoekterm', 'Enter');
  await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain(`“${q}”`);
  await settled(page);
}

const resultUrls = (page: Page) =>
  page.locator('#zoekresultaten [data-result-url]').evaluateAll((as) => as.map((a) => a.getAttribute('data-result-url')!));

/** All result URLs, after pressing "more" until everything is shown. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('#meer-resultaten');
  while (await more.isVisible()) {
    const before = (await resultUrls(page)).length;
    await more.click();
    await expect.poll(async () => (await resultUrls(page)).length).toBeGreaterThan(before);
  }
  return (await resultUrls(page)).sort();
}

async function topResults(page: Page, n = 5): Promise<string[]> {
  return (await resultUrls(page)).slice(0, n);
}

/** Filter counts load only when someone turns to the filters. */
async function showCounts(page: Page) {
  await page.locator('#filters').evaluate((d) => d.setAttribute('open', ''));
  await page.focus('#filters input[type=checkbox]');
}

describe('search in Chromium against the real Pagefind index, under the site’s CSP', () => {
  test('the page is served with the Content-Security-Policy from _headers', async () => {
    const w = await watchedPage(browser);
    const response = await w.page.goto(url('/zoeken/'));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('finds a named organisation, with its type, place and source year', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?q=Prisma');
    expect(await topResults(w.page, 3)).toContain('/organisaties/prisma/');
    const card = w.page.locator('#zoekresultaten > li', { has: w.page.locator('a[data-result-url="/organisaties/prisma/"]') });
    expect(await card.locator('.meta').last().textContent()).toMatch(/· bron uit 20\d\d$/);
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

  test('matched words are highlighted in titles and excerpts, as text, not HTML', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?q=woonwagenterrein');
    const marks = await w.page.locator('#zoekresultaten mark').allTextContents();
    expect(marks.length).toBeGreaterThan(2);
    for (const m of marks) expect(m.toLowerCase()).toContain('woonwagenterrein');
    // Only text and <mark> inside excerpts: nothing else from the index becomes markup.
    const tags = await w.page.locator('#zoekresultaten li > p').evaluateAll((ps) => [...new Set(ps.flatMap((p) => [...p.children].map((c) => c.tagName)))]);
    expect(tags.filter((t) => t !== 'MARK')).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  test('regional branches of one network are grouped under it as one result, and expand', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?q=buurtwerk');
    const group = w.page.locator('#zoekresultaten > li[data-group="samenlevingsopbouw"]');
    expect(await group.count()).toBe(1);
    const members = group.locator('details li a[data-result-url]');
    const n = await members.count();
    expect(n).toBeGreaterThan(3);
    expect(await group.locator('details > summary').textContent()).toBe(`${n} regionale afdelingen`);
    expect(await members.first().isVisible()).toBe(false);
    await group.locator('details > summary').press('Enter');
    expect(await members.first().isVisible()).toBe(true);
    // No branch of the network is listed again outside its group.
    const outside = await w.page.locator('#zoekresultaten > li:not([data-group="samenlevingsopbouw"]) [data-result-url^="/organisaties/samenlevingsopbouw-"]').count();
    expect(outside).toBe(0);
    const axe = await new AxeBuilder({ page: w.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
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

  test('the municipality filter works from a link; its long value list is fetched only then', async () => {
    const w = await watchedPage(browser);
    const lists: string[] = [];
    w.page.on('request', (r) => r.url().includes('/zoeken/gemeenten.json') && lists.push(r.url()));
    await openSearch(w, '?q=taal');
    expect(lists).toEqual([]);
    await openSearch(w, '?gemeente=genk&gemeente=hasselt');
    expect(lists).toHaveLength(1);
    expect(await w.page.locator('#zoekmelding').isVisible()).toBe(false);
    expect(await w.page.isChecked('#f-gemeente-genk')).toBe(true);
    expect(await allResults(w.page)).toEqual(expectedPages({ gemeente: ['genk', 'hasselt'] }));
    expect(w.problems).toEqual([]);
  });

  test('without words, filters list records in browse order: by type, then by title', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?type=practices&type=subsidies&provincie=limburg');
    const titles = await w.page.locator('#zoekresultaten > li > h2 a').evaluateAll((as) =>
      as.map((a) => [a.getAttribute('href')!.split('/')[1], a.textContent!.toLowerCase()]),
    );
    const sections = titles.map(([s]) => s);
    expect(sections).toEqual([...sections].sort((a, b) => (a === b ? 0 : a === 'praktijken' ? -1 : 1)));
    const practices = titles.filter(([s]) => s === 'praktijken').map(([, t]) => t);
    expect(practices).toEqual([...practices].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
  });

  test('counts per value load when the filters are used, and show results with the other filters as they are', async () => {
    const w = await watchedPage(browser);
    const filterChunks: string[] = [];
    w.page.on('request', (r) => r.url().includes('/pagefind/filter/') && filterChunks.push(r.url()));
    await openSearch(w, '?q=taal');
    expect(filterChunks).toEqual([]);
    await w.page.goto(url('/zoeken/?domein=taal&provincie=limburg'));
    await settled(w.page);
    await showCounts(w.page);
    const label = w.page.locator('label[for="f-provincie-antwerpen"] [data-count]');
    const expected = expectedPages({ domein: ['taal'], provincie: ['antwerpen'] }).length;
    await expect.poll(() => label.textContent()).toBe(`(${expected})`);
  });

  test('a shared URL shows correct counts on filters that have no selection', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?domein=taal&provincie=limburg');
    await showCounts(w.page);
    const label = w.page.locator('label[for="f-type-practices"] [data-count]');
    const expected = expectedPages({ domein: ['taal'], provincie: ['limburg'], type: ['practices'] }).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => label.textContent()).toBe(`(${expected})`);
  });

  test('counts follow the query: every count is at most the number of results', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?q=woonwagen');
    const n = Number((await status(w.page).textContent())!.match(/^(\d+)/)![1]);
    await showCounts(w.page);
    const label = w.page.locator('label[for="f-type-practices"] [data-count]');
    await expect.poll(() => label.textContent()).toMatch(/^\(\d+\)$/);
    const counts = await w.page.locator('[data-count]').allTextContents();
    for (const c of counts) expect(Number(c.slice(1, -1))).toBeLessThanOrEqual(n);
  });

  test('a query with filters, chosen on the page, lands in the URL and a shared URL restores it', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/zoeken/'));
    await expect.poll(() => status(w.page).textContent()).toMatch(/Typ een zoekterm/);
    await w.page.fill('#zoekterm', 'fiets');
    await w.page.locator('details:has(> fieldset[data-filter="domein"])').evaluate((d) => d.setAttribute('open', ''));
    await w.page.check('#f-domein-sociale-cohesie');
    await expect.poll(() => w.page.url()).toContain('q=fiets');
    await expect.poll(() => w.page.url()).toContain('domein=sociale-cohesie');
    await expect.poll(() => status(w.page).textContent()).toMatch(/voor “fiets” met 1 filter/);
    expect(await w.page.locator('#filters-actief').textContent()).toBe('(1 actief)');
    const results = await allResults(w.page);
    expect(results).toContain('/praktijken/fietsvriendin/');

    const shared = await watchedPage(browser);
    await shared.page.goto(w.page.url());
    await expect.poll(() => status(shared.page).textContent(), { timeout: 15_000 }).toMatch(/voor “fiets” met 1 filter/);
    expect(await shared.page.inputValue('#zoekterm')).toBe('fiets');
    expect(await shared.page.isChecked('#f-domein-sociale-cohesie')).toBe(true);
    expect(await allResults(shared.page)).toEqual(results);
  });

  test('each new query is a history entry; filter changes are not; Back and Forward restore searches', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await page.goto(url('/zoeken/'));
    await settled(page);
    const start = await page.evaluate(() => history.length);
    await searchFor(page, 'taal');
    const taal = await topResults(page, 10);
    await searchFor(page, 'moskee');
    await page.locator('#filters').evaluate((d) => d.setAttribute('open', ''));
    await page.check('#f-type-practices');
    await page.check('#f-domein-levensbeschouwing');
    await expect.poll(() => status(page).textContent()).toMatch(/voor “moskee” met 2 filters/);
    // Typing a query letter by letter makes one entry, not one per pause.
    await page.fill('#zoekterm', '');
    await page.locator('#zoekterm').pressSequentially('genk', { delay: 350 });
    await expect.poll(() => status(page).textContent()).toMatch(/voor “genk”/);
    expect(await page.evaluate(() => history.length)).toBe(start + 3);

    await page.goBack();
    await expect.poll(() => status(page).textContent()).toMatch(/voor “moskee” met 2 filters/);
    expect(await page.inputValue('#zoekterm')).toBe('moskee');
    expect(await page.isChecked('#f-domein-levensbeschouwing')).toBe(true);
    await page.goBack();
    await expect.poll(() => status(page).textContent()).toMatch(/^\d+ resultaten voor “taal”\.$/);
    expect(await page.isChecked('#f-domein-levensbeschouwing')).toBe(false);
    await settled(page);
    expect(await topResults(page, 10)).toEqual(taal);
    await page.goBack();
    await expect.poll(() => status(page).textContent()).toMatch(/Typ een zoekterm/);
    expect(new URL(page.url()).pathname).toBe('/zoeken/');
    await page.goForward();
    await expect.poll(() => status(page).textContent()).toMatch(/voor “taal”/);
    expect(w.problems).toEqual([]);
  });

  test('a "meer resultaten" batch that arrives after a newer search started is dropped', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await openSearch(w, '?q=taal');
    expect(await page.locator('#meer-resultaten').isVisible()).toBe(true);
    // Hold the fragments of the next batch until a newer search has started.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let held = 0;
    await page.route('**/pagefind/fragment/**', async (route: Route) => {
      held++;
      await gate;
      await route.continue();
    });
    await page.click('#meer-resultaten');
    await expect.poll(() => held).toBeGreaterThan(0);
    await page.fill('#zoekterm', 'Genk');
    await page.press('#zoekterm', 'Enter');
    await page.waitForTimeout(300);
    release();
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/voor “Genk”/);
    await page.waitForTimeout(500);
    const shown = await resultUrls(page);

    const fresh = await watchedPage(browser);
    await openSearch(fresh, '?q=Genk');
    expect(shown).toEqual(await resultUrls(fresh.page));
    expect(w.problems).toEqual([]);
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
    expect(await w.page.locator('#zoekformulier').getAttribute('data-status')).toBe('error');
    expect(await w.page.locator('#zoekfout a[href="/thema/"]').count()).toBe(1);
  });

  test('when WebAssembly is blocked, the page says so', async () => {
    const w = await watchedPage(browser);
    // Serve every response with a policy that forbids WebAssembly.
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

describe('search on a phone (390 × 844)', () => {
  test('the result count and the first result are in the first screen; filters fold away and show how many are active', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-BE' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(url('/zoeken/?q=taal&provincie=limburg'));
    await settled(page);
    const box = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().bottom);
    expect(await box('#zoekstatus')).toBeLessThan(844);
    expect(await box('#zoekresultaten > li')).toBeLessThanOrEqual(844);
    expect(await page.locator('#filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#filters > summary').textContent()).toMatch(/^Filters \(1 actief\)$/);
    // One search box on the page: the header's form is left out on /zoeken/.
    expect(await page.locator('input[type=search]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('bad input gets a clear message, no console error and no script execution', () => {
  async function bad(query: string) {
    const w = await watchedPage(browser);
    const dialogs: string[] = [];
    w.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await w.page.goto(url(`/zoeken/${query}`));
    await settled(w.page);
    return { w, dialogs, status: (await status(w.page).textContent()) ?? '', notice: (await w.page.locator('#zoekmelding').textContent()) ?? '' };
  }

  test('an empty query asks for words or a filter', async () => {
    const { w, status: said } = await bad('?q=++');
    expect(said).toBe('Typ een zoekterm of kies een filter.');
    expect(w.problems).toEqual([]);
  });

  test('a 10,000-character query is cut, said so, and not read out whole', async () => {
    const { w, status: said, notice } = await bad(`?q=${'taal '.repeat(2000)}`);
    expect(notice).toContain('te lang');
    expect(said.length).toBeLessThan(100);
    expect((await w.page.inputValue('#zoekterm')).length).toBeLessThanOrEqual(200);
    expect(w.problems).toEqual([]);
  });

  test('unknown filter names and values are named, ignored and dropped from the URL', async () => {
    const { w, status: said, notice } = await bad('?q=taal&kleur=blauw&domein=bestaat-niet&domein=taal');
    expect(notice).toContain('kleur=blauw');
    expect(notice).toContain('domein=bestaat-niet');
    expect(said).toMatch(/^\d+ resultaten voor “taal” met 1 filter\.$/);
    expect(new URL(w.page.url()).search).toBe('?q=taal&domein=taal');
    expect(w.problems).toEqual([]);
  });

  test('broken % encodings are reported, and what can be read is searched', async () => {
    const { w, status: said, notice } = await bad('?q=taal%E0%A4%A&domein=%ZZ');
    expect(notice).toContain('onleesbaar');
    expect(said).toMatch(/resulta/);
    expect(w.problems).toEqual([]);
  });

  test('markup in a query stays text and never runs', async () => {
    const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const { w, dialogs, status: said } = await bad(`?q=${encodeURIComponent(attack)}`);
    expect(dialogs).toEqual([]);
    expect(await w.page.locator('main img, main script:not([src])').count()).toBe(0);
    // The query is shown back as typed, as text: in the box and in the live region.
    expect(await w.page.inputValue('#zoekterm')).toBe(attack);
    expect(said).toMatch(/^(\d+ resultat(en)?|Geen resultaten) voor “.+”\.$/);
    expect(w.problems).toEqual([]);
  });
});

describe('the engine’s rewriting, as the page shows it', () => {
  test('a corrected query says so and offers the words as typed, which search exactly and make a history entry', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    await openSearch(w, '?q=intergratie');
    const correction = page.locator('#zoekcorrectie');
    expect(await correction.textContent()).toBe('Resultaten voor integratie. Zoek in plaats daarvan op intergratie.');
    expect(await correction.locator('em').textContent()).toBe('integratie');
    const link = correction.locator('a');
    expect(await link.getAttribute('href')).toBe('/zoeken/?q=intergratie&exact=1');
    expect(await status(page).textContent()).toMatch(/^\d+ resultaten voor “integratie”\.$/);
    const before = await page.evaluate(() => history.length);
    await link.click();
    await expect.poll(() => page.url()).toContain('exact=1');
    await settled(page);
    expect(await correction.isVisible()).toBe(false);
    expect(await status(page).textContent()).toMatch(/voor “intergratie”\.$/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect.poll(() => correction.isVisible()).toBe(true);
    expect(w.problems).toEqual([]);
  });

  test('a word typed with a straight apostrophe finds the record that prints it with ’', async () => {
    const w = await watchedPage(browser);
    for (const [q, href, title] of [
      ["boekbaby's", '/praktijken/boekbabys/', 'Boekbaby’s'],
      ['boekbaby’s', '/praktijken/boekbabys/', 'Boekbaby’s'],
      ["Roma 't werkt", '/praktijken/roma-t-werkt/', 'Roma ’t werkt'],
    ]) {
      await openSearch(w, `?q=${encodeURIComponent(q)}`);
      expect(await topResults(w.page, 3), q).toContain(href);
      expect((await w.page.locator(`#zoekresultaten a[data-result-url="${href}"]`).first().textContent())?.trim()).toBe(title);
      // Found as typed, not through the typo corrector.
      expect(await w.page.locator('#zoekcorrectie').isHidden(), q).toBe(true);
    }
    expect(w.problems).toEqual([]);
  });

  test('a query of only stop words says what to type instead', async () => {
    const w = await watchedPage(browser);
    await openSearch(w, '?q=hoe+de+het');
    expect(await w.page.locator('#zoekmelding').textContent()).toContain('alleen veelgebruikte woorden');
    expect(await w.page.locator('#zoekresultaten > li').count()).toBe(0);
    expect(await status(w.page).textContent()).toBe('Geen zoekwoorden gevonden.');
    expect(w.problems).toEqual([]);
  });
});
