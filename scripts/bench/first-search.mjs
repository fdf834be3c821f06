// Bytes a reader receives for a first search, from opening /zoeken/ in a fresh browser
// context to the first results, counted at the context level so that requests made by
// workers are included, not only those of the page.
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

/** Response body bytes as sent (compressed), falling back to the header or the body for responses Chromium does not size (worker scripts). */
async function bodyBytes(request) {
  const sizes = await request.sizes();
  if (sizes.responseBodySize > 0) return sizes.responseBodySize;
  const response = await request.response();
  const length = Number(response?.headers()['content-length']);
  if (length > 0) return length;
  try {
    return (await response.body()).length;
  } catch {
    return 0;
  }
}

export async function firstSearch(siteDir, query = 'taalcafé') {
  const server = await startServer(siteDir, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await browser.newContext();
    const pending = [];
    context.on('requestfinished', (r) => pending.push(bodyBytes(r).then((bytes) => ({ url: r.url(), bytes }))));
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${server.address().port}/zoeken/`);
    await page.waitForLoadState('networkidle');
    await page.fill('#zoekterm', query);
    await page.press('#zoekterm', 'Enter');
    await page.waitForFunction(() => /resulta/.test(document.querySelector('#zoekstatus')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const ms = Date.now() - started;
    const responses = await Promise.all(pending);
    const sum = (list) => list.reduce((s, r) => s + r.bytes, 0);
    return {
      query,
      ms,
      requests: responses.length,
      bytes: sum(responses),
      pagefindBytes: sum(responses.filter((r) => r.url.includes('/pagefind/'))),
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
