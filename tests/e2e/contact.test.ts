import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, url, watchedPage } from './browser';
import { sitemapPaths } from './sitemap';
import { isRecordPage } from '../../src/lib/record-sections.mjs';
import { contactAddress } from '../../src/lib/contact.mjs';

const html = (p: string) => fs.readFileSync(path.join(inject('siteDir'), p, 'index.html'), 'utf8');
/** Undo the HTML escaping of an attribute value (Astro writes & as &#38;). */
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&').replace(/&quot;/g, '"');

describe('reporting an error', () => {
  test('every record page has a "Fout gezien?" mail link to the contact address with its own URL', () => {
    const records = sitemapPaths().filter(isRecordPage);
    expect(records.length).toBeGreaterThan(300);
    const address = contactAddress();
    const problems: string[] = [];
    for (const p of records) {
      const page = html(p);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
      const href = /<a href="(mailto:[^"]+)" data-report/.exec(page)?.[1];
      if (!canonical || !href || !page.includes('Fout gezien?')) {
        problems.push(`${p}: no canonical URL or no "Fout gezien?" link`);
        continue;
      }
      const mail = new URL(decode(href));
      if (mail.pathname !== address) problems.push(`${p}: mails ${mail.pathname}, not ${address}`);
      if (!/^Fout gezien op Kapstok: /.test(mail.searchParams.get('subject') ?? '')) problems.push(`${p}: subject missing`);
      if (!(mail.searchParams.get('body') ?? '').includes(canonical)) problems.push(`${p}: body lacks ${canonical}`);
    }
    expect(problems).toEqual([]);
  });

  test('the footer of every page links to the accessibility statement, and /over/ does too', () => {
    const missing = sitemapPaths().filter((p) => !html(p).includes('<a href="/toegankelijkheid/">'));
    expect(missing).toEqual([]);
    expect(html('/over/')).toMatch(/href="\/toegankelijkheid\/"[^>]*>toegankelijkheidsverklaring/);
    expect(html('/over/')).toContain(`mailto:${contactAddress()}?subject=`);
  });

  describe('in the browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('/toegankelijkheid/ states status, method, exceptions, date, a contact and the right to complain', async () => {
      const w = await watchedPage(browser);
      const response = await w.page.goto(url('/toegankelijkheid/'));
      expect(response?.status()).toBe(200);
      await expect(w.page.locator('h1').textContent()).resolves.toBe('Toegankelijkheidsverklaring');
      const text = (await w.page.locator('main').textContent()) ?? '';
      expect(text).toMatch(/gedeeltelijk conform/);
      expect(text).toMatch(/WCAG\) 2\.2, niveau AA/);
      expect(text).toMatch(/axe/);
      expect(text).toMatch(/320 pixels/);
      expect(text).toMatch(/html-validate/);
      expect(text).toMatch(/Niet-toegankelijke inhoud/);
      expect(text).toMatch(/opgesteld op \d{1,2} [a-z]+ \d{4}/);
      expect(text).toMatch(/Vlaamse Ombudsdienst/);
      const report = await w.page.locator('main a[href^="mailto:"]', { hasText: 'Mail naar' }).getAttribute('href');
      expect(report).toContain(`mailto:${contactAddress()}?subject=`);
      const results = await new AxeBuilder({ page: w.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      expect(w.problems).toEqual([]);
      await w.page.context().close();
    });

    test('the "Fout gezien?" link on a record page is a plain mailto: link that the site does not send itself', async () => {
      const w = await watchedPage(browser);
      await w.page.goto(url('/praktijken/buurthuis-ruisbroek/'));
      const link = w.page.locator('a[data-report]');
      await expect(link.count()).resolves.toBe(1);
      await expect(link.getAttribute('href')).resolves.toMatch(/^mailto:[^?]+\?subject=Fout%20gezien%20op%20Kapstok/);
      await expect(link.locator('xpath=..').textContent()).resolves.toContain('Fout gezien?');
      await expect(w.page.locator('form[action^="mailto:"], form[method="post"]').count()).resolves.toBe(0);
      expect(w.problems).toEqual([]);
      await w.page.context().close();
    });
  });
});
