import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch } from './browser';
import { byKind, countingProxy, firstSearchBytes } from '../../scripts/search-measure.mjs';
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

  test('pages other than search and the self-assessment load at most 2 KB of JavaScript (gzip); search 10 KB, the self-assessment 8 KB', () => {
    const over: string[] = [];
    for (const p of sitemapPaths()) {
      const scripts = assets(fs.readFileSync(htmlOf(p), 'utf8'), /<script[^>]+src="([^"]+)"/g);
      const bytes = scripts.reduce((s, f) => s + gz(f), 0);
      // The search page's script holds the engine (query rewriting, typo correction) and
      // the results view; what a search costs in all is the first-search budget below.
      // The contribution form carries the build's zod schemas and place data (about 40 KB gzip).
      const limit = p === '/bijdragen/' ? 64 * KB : p === '/zoeken/' ? 10 * KB : p === '/zelfevaluatie/' ? 8 * KB : 2 * KB;
      if (bytes > limit) over.push(`${p}: ${(bytes / KB).toFixed(1)} KB`);
    }
    expect(over).toEqual([]);
  });
});

describe('search transfer budget, counted over every request of the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the byte counter sees what a Web Worker fetches', async () => {
    // Pagefind's default mode loads its WebAssembly and index inside a Web Worker,
    // which a page-level CDP session never sees. The counting proxy sees every request.
    const proxy = await countingProxy(inject('baseUrl'));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${proxy.url}/over/`);
      proxy.reset();
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        await pf.init();
        await pf.search('taal');
      })()`);
      await proxy.settled();
      expect(workers.some((u) => u.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
      const wasm = proxy.log.find((e) => /\/pagefind\/wasm\.[a-z]+\.pagefind$/.test(e.url));
      expect(wasm?.bytes).toBeGreaterThan(40 * KB);
    } finally {
      await context.close();
      await proxy.close();
    }
  });

  test('a cold first search for “taal” receives at most 125 KB: page, CSS, scripts, Pagefind, index and the results shown', async () => {
    const { total, requests, shown } = await firstSearchBytes(browser, inject('baseUrl'), 'taal');
    const of = (pattern: RegExp) => requests.filter((e) => pattern.test(e.url));
    console.log(
      `first search for “taal”: ${(total / KB).toFixed(1)} KB in ${requests.length} responses (${shown} results shown)\n` +
        requests.map((e) => `  ${(e.bytes / KB).toFixed(1).padStart(6)} KB  ${e.url}`).join('\n') +
        '\nby kind:\n' +
        byKind(requests).map(([kind, bytes]) => `  ${(bytes / KB).toFixed(1).padStart(6)} KB  ${kind}`).join('\n'),
    );
    // Everything is counted, the WebAssembly and the index chunk included …
    expect(of(/^\/zoeken\/$/)).toHaveLength(1);
    expect(of(/\/pagefind\/wasm\.[a-z]+\.pagefind$/)[0]?.bytes).toBeGreaterThan(40 * KB);
    expect(of(/\/pagefind\/index\//).length).toBeGreaterThan(0);
    // … nothing is loaded before it is needed: no filter chunks, fragments only for results shown …
    expect(of(/\/pagefind\/filter\//)).toEqual([]);
    expect(of(/\/pagefind\/fragment\//).length).toBeLessThanOrEqual(shown);
    // … and the whole stays within budget.
    expect(total).toBeLessThanOrEqual(125 * KB);
  });
});
