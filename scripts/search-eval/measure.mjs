// Run judged queries through the site's own search page and score the results.
// Shared by `npm run eval:search` and the e2e regression test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { halfOf } from './split.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const queriesFile = path.resolve(here, '../../tests/search-eval/queries.json');

/** @returns {{ kind: string, query: string, expect: string[], half: string }[]} */
export function loadQueries() {
  const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
  return queries.map((q) => ({ ...q, half: halfOf(q.query) }));
}

/**
 * The result URLs of a search on the site's own search page, in rank order as the page
 * shows them: every `[data-result-url]` in document order, each URL counted once, after
 * "Toon meer resultaten" until ten are shown. The
 * first search opens `/zoeken/?q=…`; later ones type into the page's own search box and
 * submit it, as a person would (much faster than reloading Pagefind for every query).
 * With `reload`, every search opens `/zoeken/?q=…`.
 */
export async function resultsFor(page, baseUrl, query, { reload = false } = {}) {
  const typed =
    !reload &&
    (await page.evaluate((q) => {
      const form = document.getElementById('zoekformulier');
      const input = form?.querySelector('input[name="q"]');
      if (!(form instanceof HTMLFormElement) || !input || form.dataset.status !== 'done') return false;
      form.dataset.status = 'stale';
      input.value = q;
      form.requestSubmit();
      return true;
    }, query).catch(() => false));
  if (!typed) await page.goto(`${baseUrl}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#zoekformulier[data-status="done"], #zoekformulier[data-status="error"]', { timeout: 30_000 });
  if ((await page.getAttribute('#zoekformulier', 'data-status')) === 'error') throw new Error(`search failed for “${query}”`);
  // The page shows a first batch smaller than ten; ask for more, as a person would, until
  // ten records are on the page or there are no more.
  const shown = () => page.$$eval('[data-result-url]', (els) => new Set(els.map((e) => e.getAttribute('data-result-url'))).size);
  for (let n = await shown(); n < 10 && (await page.isVisible('#meer-resultaten')); n = await shown()) {
    await page.click('#meer-resultaten');
    await page.waitForFunction(
      (before) =>
        new Set([...document.querySelectorAll('[data-result-url]')].map((e) => e.getAttribute('data-result-url'))).size > before ||
        document.getElementById('meer-resultaten')?.hidden,
      n,
      { timeout: 10_000 },
    );
  }
  const urls = await page.$$eval('[data-result-url]', (els) => els.map((e) => e.getAttribute('data-result-url')));
  return [...new Set(urls)];
}

/** Score one query: recall of the expected records in the first ten, reciprocal rank of the first hit. */
export function score(expected, results) {
  const top = results.slice(0, 10);
  const found = expected.filter((u) => top.includes(u)).length;
  const first = top.findIndex((u) => expected.includes(u));
  return { recall: found / expected.length, rr: first < 0 ? 0 : 1 / (first + 1), zero: results.length === 0 };
}

/** Mean recall@10, MRR and zero-result rate over scored queries. */
export function summarise(scored) {
  const n = scored.length || 1;
  return {
    queries: scored.length,
    recall: scored.reduce((s, q) => s + q.recall, 0) / n,
    mrr: scored.reduce((s, q) => s + q.rr, 0) / n,
    zeroRate: scored.filter((q) => q.zero).length / n,
  };
}

/** Run queries one after another on one page; returns each with its score and first results. */
export async function runQueries(page, baseUrl, queries, { reload = false, onEach = () => {} } = {}) {
  const scored = [];
  for (const q of queries) {
    const results = await resultsFor(page, baseUrl, q.query, { reload });
    const s = { ...q, ...score(q.expect, results), results: results.slice(0, 10) };
    scored.push(s);
    onEach(s);
  }
  return scored;
}
