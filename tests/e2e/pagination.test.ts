import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { sitemapPaths } from './sitemap';
import { isRecordPage } from '../../src/lib/record-sections.mjs';
import { SITEMAP_ENTRY_LIMIT } from '../../astro.config.mjs';

const KB = 1024;
const read = (p: string) => fs.readFileSync(path.join(inject('siteDir'), p, 'index.html'), 'utf8');
/** Links of the record cards in a page's main content. */
const cardLinks = (html: string) => [...html.matchAll(/<li class="card">\s*<h[2-4]><a href="([^"]+)"/g)].map((m) => m[1]);
const relLink = (html: string, rel: 'prev' | 'next') => new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html)?.[1];

/** Pages whose length grows with the corpus: lists, their later pages, and hubs. */
const LIST_PAGES = [
  /^\/(praktijken|aanbevelingen|organisaties|subsidies)\/(pagina\/\d+\/)?$/,
  /^\/(organisaties|subsidies|aanbevelingen)\/[^/]+\/praktijken\/(pagina\/\d+\/)?$/,
  /^\/bronnen\/[^/]+\/(fiches\/(pagina\/\d+\/)?)?$/,
  /^\/(thema|doelgroepen|provincies|grootte)\/[^/]+\/$/,
];

/** Follow rel="next" from a list's first page; return the pages in order. */
function pagesOf(list: string): { path: string; html: string }[] {
  const pages = [];
  for (let p: string | undefined = list; p; ) {
    const html = read(p);
    pages.push({ path: p, html });
    p = relLink(html, 'next');
    if (pages.length > 1000) throw new Error(`${list}: rel="next" never ends`);
  }
  return pages;
}

describe('list pages stay light', () => {
  test('every list and hub page stays under 30 KB of gzipped HTML', () => {
    const lists = sitemapPaths().filter((p) => LIST_PAGES.some((re) => re.test(p)));
    expect(lists.length).toBeGreaterThan(40);
    const over: string[] = [];
    for (const p of lists) {
      const bytes = zlib.gzipSync(read(p)).length;
      if (bytes > 30 * KB) over.push(`${p}: ${(bytes / KB).toFixed(1)} KB`);
    }
    expect(over).toEqual([]);
  });

  test('the practice list is cut into pages linked with rel prev/next, and lists every practice once', () => {
    const pages = pagesOf('/praktijken/');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach(({ path: p, html }, i) => {
      expect(p).toBe(i === 0 ? '/praktijken/' : `/praktijken/pagina/${i + 1}/`);
      expect(relLink(html, 'prev')).toBe(i === 0 ? undefined : pages[i - 1].path);
      expect(html).toContain('<nav aria-label="Paginering"');
      expect(html).toMatch(new RegExp(`<a href="${p}" aria-label="Pagina ${i + 1}" aria-current="page"`));
      expect(cardLinks(html).length).toBeLessThanOrEqual(50);
    });
    const listed = pages.flatMap(({ html }) => cardLinks(html));
    const practices = sitemapPaths().filter((p) => isRecordPage(p) && p.startsWith('/praktijken/'));
    expect(listed.length).toBe(new Set(listed).size);
    expect(new Set(listed)).toEqual(new Set(practices));
  });

  test('the jump links of a list lead to the page where each group starts', () => {
    const first = read('/praktijken/');
    const jumps = [...first.matchAll(/<a href="(\/praktijken\/(?:pagina\/\d+\/)?)#([a-z0-9-]+)">/g)];
    expect(jumps.length).toBeGreaterThan(5);
    for (const [, page, id] of jumps) expect(read(page)).toContain(`<h2 id="${id}">`);
  });

  test('an organisation with many practices shows the first ones and links to all of them, paginated', () => {
    const owners = sitemapPaths().filter((p) => /^\/organisaties\/[^/]+\/praktijken\/$/.test(p));
    expect(owners.length).toBeGreaterThan(0);
    for (const list of owners) {
      const record = read(list.replace(/praktijken\/$/, ''));
      const total = Number(/Praktijken waaraan deze organisatie meewerkte\s*<span class="meta font-normal">\((\d+)[^)]*\)/.exec(record)?.[1]);
      expect(record).toContain(`<a href="${list}">Alle ${total} praktijken van deze organisatie</a>`);
      const listed = pagesOf(list).flatMap(({ html }) => cardLinks(html));
      expect(listed.length).toBe(total);
      expect(listed.filter((h) => !h.startsWith('/praktijken/'))).toEqual([]);
    }
  });
});

describe('sitemap', () => {
  test('is an index of files of at most a few thousand URLs that together list every page', () => {
    const dir = inject('siteDir');
    const index = fs.readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(1));
    expect(files.sort()).toEqual(fs.readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).sort());
    for (const f of files) {
      const urls = fs.readFileSync(path.join(dir, f), 'utf8').match(/<loc>/g) ?? [];
      expect(urls.length).toBeLessThanOrEqual(SITEMAP_ENTRY_LIMIT);
    }
    expect(sitemapPaths()).toContain('/praktijken/pagina/2/');
  });
});
