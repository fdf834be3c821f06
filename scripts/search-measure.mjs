// Measure search in a real browser: the bytes a cold first search receives, and how
// long a warm query takes from typed to rendered. Used by `npm run bench` (printed)
// and tests/e2e/budgets.test.ts (the byte budget).
//
// Bytes are counted by a small proxy in front of the site: it sees every request the
// browser makes — the page, its scripts, and Pagefind's WebAssembly and index chunks,
// whether fetched by the page or by a Web Worker — and adds up the response bodies as
// sent over the wire (gzip where the server compresses).
import http from 'node:http';

/** A counting proxy in front of `upstream` (http://host:port). */
export async function countingProxy(upstream) {
  const target = new URL(upstream);
  const log = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const server = http.createServer((req, res) => {
    inFlight++;
    const entry = { url: req.url, bytes: 0 };
    log.push(entry);
    const up = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.on('data', (chunk) => {
          entry.bytes += chunk.length;
          res.write(chunk);
        });
        upRes.on('end', () => {
          res.end();
          inFlight--;
          lastActivity = Date.now();
        });
      },
    );
    up.on('error', () => {
      res.destroy();
      inFlight--;
    });
    req.pipe(up);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    reset: () => log.splice(0),
    total: () => log.reduce((s, e) => s + e.bytes, 0),
    /** Resolves once no request has been open for `quietMs`. */
    async settled(quietMs = 400) {
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) await new Promise((r) => setTimeout(r, 50));
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Submit a query on /zoeken/ and resolve with the milliseconds until the results are rendered. */
export function timedQuery(page, query) {
  return page.evaluate(async (q) => {
    const form = document.getElementById('zoekformulier');
    const input = document.getElementById('zoekterm');
    input.value = q;
    const t0 = performance.now();
    const done = new Promise((resolve) => {
      const seen = new MutationObserver(() => {
        if (form.dataset.status === 'done' || form.dataset.status === 'error') {
          seen.disconnect();
          resolve(performance.now() - t0);
        }
      });
      seen.observe(form, { attributes: true, attributeFilter: ['data-status'] });
    });
    form.requestSubmit();
    return done;
  }, query);
}

/**
 * A cold first search in a fresh browser context: open /zoeken/, type `query`, press
 * Enter, wait until results are shown and the network is quiet. Returns the total
 * bytes and every request with its bytes.
 */
export async function firstSearchBytes(browser, baseUrl, query = 'taal') {
  const proxy = await countingProxy(baseUrl);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${proxy.url}/zoeken/`);
    await page.locator('#zoekformulier[data-status]').waitFor({ state: 'attached' });
    await page.fill('#zoekterm', query);
    await page.press('#zoekterm', 'Enter');
    await page.locator('#zoekformulier[data-status="done"] #zoekresultaten li').first().waitFor({ timeout: 30_000 });
    await proxy.settled();
    const shown = await page.locator('#zoekresultaten [data-result-url]').count();
    return { total: proxy.total(), requests: [...proxy.log], shown };
  } finally {
    await context.close();
    await proxy.close();
  }
}

/** What a response is, for the breakdown of a first search: page, CSS, our script, or which part of Pagefind. */
export function responseKind(url) {
  const p = url.replace(/\?.*$/, '');
  if (p.endsWith('.css')) return 'CSS';
  if (p.startsWith('/_astro/') && p.endsWith('.js')) return 'our scripts';
  if (p === '/pagefind/pagefind.js') return 'pagefind.js';
  if (/^\/pagefind\/wasm\./.test(p)) return 'Pagefind WebAssembly';
  if (p.endsWith('.pf_meta')) return 'Pagefind metadata';
  if (p.endsWith('.pf_index')) return 'index chunks';
  if (p.endsWith('.pf_filter')) return 'filter chunks';
  if (p.endsWith('.pf_fragment')) return 'fragments (results shown)';
  if (p.startsWith('/pagefind/kapstok-words')) return 'word lists';
  if (p.startsWith('/pagefind/')) return 'other Pagefind files';
  if (p.endsWith('/')) return 'HTML';
  return 'other';
}

/** Bytes per response kind, largest first: [[kind, bytes, responses], …]. */
export function byKind(requests) {
  const sums = new Map();
  for (const { url, bytes } of requests) {
    const k = responseKind(url);
    const [b, n] = sums.get(k) ?? [0, 0];
    sums.set(k, [b + bytes, n + 1]);
  }
  return [...sums].map(([k, [b, n]]) => [k, b, n]).sort((a, b) => b[1] - a[1]);
}

/** Median typed → rendered time over `queries`, after one warm-up search. */
export async function warmLatency(browser, baseUrl, queries) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zoeken/`);
    await timedQuery(page, queries[0]);
    const times = [];
    for (const q of queries) times.push(await timedQuery(page, q));
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], max: times.at(-1), n: times.length };
  } finally {
    await context.close();
  }
}
