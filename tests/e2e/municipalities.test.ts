import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, url, watchedPage } from './browser';
import { sitemapPaths } from './sitemap';

const KB = 1024;
const site = () => inject('siteDir');
const read = (p: string) => fs.readFileSync(path.join(site(), p, 'index.html'), 'utf8');
const gz = (data: string | Buffer) => zlib.gzipSync(data).length;
const unescape = (href: string) => href.replace(/&#38;|&amp;/g, '&');
const municipalityPages = () => sitemapPaths().filter((p) => /^\/gemeenten\/[^/]+\/$/.test(p) && !['/gemeenten/kaart/', '/gemeenten/zoek/', '/gemeenten/plaatsnamen/'].includes(p));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a page for every municipality', () => {
  test('304 municipality pages, each with peers, nearby, organisations, subsidies and advice in that order', () => {
    const pages = municipalityPages();
    expect(pages).toHaveLength(304);
    for (const p of pages) {
      const html = read(p);
      const order = ['id="hier"', 'id="zoals"', 'id="buurt"', 'id="breed"', 'id="wie"', 'id="geld"', 'id="advies"'].map((id) => html.indexOf(id));
      expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])), p).toBe(true);
      const peers = html.slice(html.indexOf('id="zoals"'), html.indexOf('<details'));
      expect((peers.match(/<li>/g) ?? []).length, p).toBe(10);
      expect(html, p).toContain('role="img" aria-label="Kaart: ligging van');
    }
  });

  test('each municipality page’s HTML plus CSS stays under 14 KB gzip, locator map included', () => {
    let largest = 0;
    const over: string[] = [];
    for (const p of municipalityPages()) {
      const html = read(p);
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fs.readFileSync(path.join(site(), m[1])));
      const bytes = gz(html) + css.reduce((s, c) => s + gz(c), 0);
      largest = Math.max(largest, bytes);
      if (bytes >= 14 * KB) over.push(`${p}: ${(bytes / KB).toFixed(1)} KB`);
    }
    console.log(`largest municipality page, HTML + CSS gzip: ${(largest / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  test('the full map stays under 40 KB gzip and links every municipality with an accessible name', () => {
    const html = read('/gemeenten/kaart/');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    console.log(`full map SVG: ${(gz(svg) / KB).toFixed(1)} KB gzip`);
    expect(gz(svg)).toBeLessThan(40 * KB);
    const links = [...svg.matchAll(/<a href="\/gemeenten\/([^/]+)\/" aria-label="([^"]+)"/g)];
    expect(links).toHaveLength(304);
    expect(links.map((l) => l[2])).toContain('Genk: ' + links.find((l) => l[1] === 'genk')![2].split(': ')[1]);
    // The table beside it has the same numbers.
    const table = html.slice(html.indexOf('id="tabel"'));
    expect((table.match(/<tr><th scope="row"/g) ?? []).length).toBe(304);
  });

  test('each province page has its map', () => {
    for (const p of ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel']) {
      expect(read(`/provincies/${p}/`)).toMatch(/role="group" aria-label="Kaart van/);
    }
  });
});

describe('in Chromium', () => {
  test('the blank-spots counts agree with the search they link to', async () => {
    const cells = [...read('/waar-ontbreken/').matchAll(/<td[^>]*><a href="\/zoeken\/\?([^"]+)"[^>]*>(\d+)<\/a><\/td>/g)].map((m) => ({
      query: unescape(m[1]),
      count: Number(m[2]),
    }));
    expect(cells.length).toBeGreaterThan(40);
    const w = await watchedPage(browser);
    await w.page.goto(url('/zoeken/'));
    // A string, so that Vite does not rewrite the browser-side dynamic import.
    const found: number[] = await w.page.evaluate(`(async (queries) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      await pf.filters();
      const out = [];
      for (const q of queries) {
        const filters = {};
        for (const [k, v] of new URLSearchParams(q)) (filters[k] ??= { any: [] }).any.push(v);
        out.push((await pf.search(null, { filters })).results.length);
      }
      return out;
    })(${JSON.stringify(cells.map((c) => c.query))})`);
    expect(found).toEqual(cells.map((c) => c.count));
    await w.page.context().close();
  });

  test('the “gemeenten zoals …” search finds as many practices as the page says', async () => {
    const html = read('/gemeenten/genk/');
    const [, href, n] = /<a href="(\/zoeken\/\?[^"]+)"[^>]*>Zoek alle (\d+) praktijken van gemeenten zoals Genk<\/a>/.exec(html)!;
    const w = await watchedPage(browser);
    await w.page.goto(url(unescape(href)));
    await expect.poll(() => w.page.locator('#zoekstatus').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${n} resultaten`));
    await w.page.context().close();
  });

  test.each([
    ['Kruibeke', 'Kruibeke hoort sinds 2025 bij Beveren-Kruibeke-Zwijndrecht.'],
    ['Winterslag', 'Winterslag is een woonkern in Genk.'],
    ['Borgerhout', 'Borgerhout is een district van Antwerpen.'],
    ['Borsbeek', 'Borsbeek hoort sinds 2025 bij Antwerpen.'],
  ])('the picker result page resolves %s', async (q, text) => {
    const w = await watchedPage(browser);
    await w.page.goto(url(`/gemeenten/zoek/?q=${encodeURIComponent(q)}`));
    await expect.poll(() => w.page.locator('#uitkomst').textContent()).toBe(text);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  test('an ambiguous name lists the candidates; an unknown one suggests close names; a municipality goes straight to its page', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/gemeenten/zoek/?q=Heusden'));
    await expect.poll(() => w.page.locator('#uitkomst li').allTextContents()).toEqual([
      'Heusden is een deelgemeente van Destelbergen.',
      'Heusden is een deelgemeente van Heusden-Zolder.',
    ]);
    await w.page.goto(url('/gemeenten/zoek/?q=Gnek'));
    await expect.poll(() => w.page.locator('#uitkomst').textContent()).toMatch(/geen gemeente of plaats met de naam “Gnek”.*Genk/);
    await w.page.goto(url('/gemeenten/zoek/?q=genk'));
    await w.page.waitForURL(/\/gemeenten\/genk\/$/);
    await w.page.context().close();
  });

  test('the picker is a keyboard combobox that announces its suggestions', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(url('/gemeenten/'));
    const input = w.page.getByRole('combobox', { name: 'Naam van uw gemeente' });
    await input.focus();
    await w.page.keyboard.type('Kruib');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    const options = w.page.getByRole('option');
    await expect.poll(() => options.first().textContent()).toBe('Kruibeke (hoort sinds 2025 bij Beveren-Kruibeke-Zwijndrecht)');
    await expect.poll(() => w.page.getByRole('status').filter({ hasText: 'suggestie' }).textContent()).toMatch(/^\d+ suggesties?\./);
    await w.page.keyboard.press('ArrowDown');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await w.page.keyboard.press('Enter');
    await w.page.waitForURL(/\/gemeenten\/beveren-kruibeke-zwijndrecht\/$/);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  test('without JavaScript the picker form lands on a page that leads to where every place belongs', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    await w.page.goto(url('/'));
    await w.page.fill('#home-gemeente', 'Winterslag');
    await w.page.press('#home-gemeente', 'Enter');
    await w.page.waitForURL(/\/gemeenten\/zoek\/\?q=Winterslag$/);
    await w.page.getByRole('link', { name: 'lijst van alle plaatsnamen van A tot Z' }).click();
    await w.page.waitForURL(/\/gemeenten\/plaatsnamen\/$/);
    await expect.poll(() => w.page.getByText('Winterslag is een woonkern in Genk', { exact: true }).count()).toBe(1);
    await w.page.context().close();
  });

  test('axe finds no WCAG 2.2 AA violations on the long A–Z list of place names', async () => {
    // Kept out of accessibility.test.ts's 60 s per page: 1,600 links take axe longer on a loaded machine.
    const w = await watchedPage(browser);
    await w.page.goto(url('/gemeenten/plaatsnamen/'));
    const results = await new AxeBuilder({ page: w.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await w.page.context().close();
  }, 300_000);
});
