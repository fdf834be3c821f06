import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, url } from './browser';
import { sitemapPaths } from './sitemap';
import { isRecordPage } from '../../src/lib/record-sections.mjs';

const KB = 1024;
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;
const htmlOf = (p: string) => path.join(inject('siteDir'), p, 'index.html');
const assets = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => path.join(inject('siteDir'), m[1]));

describe('byte budgets', () => {
  test('a record page’s HTML plus CSS stays under 14 KB gzip', () => {
    const detail = sitemapPaths().filter(isRecordPage);
    expect(detail.length).toBeGreaterThan(100);
    const over: string[] = [];
    let largest = 0;
    for (const p of detail) {
      const file = htmlOf(p);
      const css = assets(fs.readFileSync(file, 'utf8'), /<link rel="stylesheet" href="([^"]+)"/g);
      const bytes = gz(file) + css.reduce((s, f) => s + gz(f), 0);
      largest = Math.max(largest, bytes);
      if (bytes >= 14 * KB) over.push(`${p}: ${(bytes / KB).toFixed(1)} KB`);
    }
    console.log(`largest record page, HTML + CSS gzip: ${(largest / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  test('pages other than search and the self-assessment load at most 2 KB of JavaScript (gzip)', () => {
    const over: string[] = [];
    for (const p of sitemapPaths()) {
      const scripts = assets(fs.readFileSync(htmlOf(p), 'utf8'), /<script[^>]+src="([^"]+)"/g);
      const bytes = scripts.reduce((s, f) => s + gz(f), 0);
      // The contribution form carries the build's zod schemas and place data (about 40 KB gzip).
      const limit = p === '/bijdragen/' ? 64 * KB : p === '/zoeken/' || p === '/zelfevaluatie/' ? 8 * KB : 2 * KB;
      if (bytes > limit) over.push(`${p}: ${(bytes / KB).toFixed(1)} KB`);
    }
    expect(over).toEqual([]);
  });
});

describe('search transfer budget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a first search transfers under 100 KB', async () => {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const sizes = new Map<string, number>();
    const urls = new Map<string, string>();
    cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
    await page.goto(url('/zoeken/'));
    await page.waitForLoadState('networkidle');
    const before = new Set(sizes.keys());
    await page.fill('#zoekterm', 'taalcafé');
    await page.press('#zoekterm', 'Enter');
    await expect.poll(() => page.locator('#zoekstatus').textContent(), { timeout: 15_000 }).toMatch(/resulta/);
    await page.waitForLoadState('networkidle');
    let total = 0;
    for (const [id, bytes] of sizes) {
      if (before.has(id) && !urls.get(id)?.includes('/pagefind/')) continue;
      total += bytes;
    }
    console.log(`first search transferred ${(total / KB).toFixed(1)} KB (Pagefind runtime, WebAssembly, index and results)`);
    expect(total).toBeGreaterThan(10 * KB);
    expect(total).toBeLessThan(100 * KB);
  });
});
