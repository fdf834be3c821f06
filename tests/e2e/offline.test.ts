import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch } from './browser';

/**
 * The site behind a switch: a proxy in front of the test server that can be stopped
 * (every connection refused, as when the network is gone) and started again on the
 * same port (the same origin, so the same service worker), and that can change a
 * file on its way, to stand in for a new build. Every path asked for is logged.
 */
class SwitchableSite {
  private server?: http.Server;
  private readonly sockets = new Set<Socket>();
  port = 0;
  readonly log: string[] = [];
  readonly changes = new Map<string, (body: string) => string>();

  constructor(private readonly upstream: URL) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    const server = http.createServer((req, res) => this.forward(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop() {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse) {
    const pathname = (req.url ?? '/').split('?')[0];
    this.log.push(pathname);
    const change = this.changes.get(pathname);
    const headers: http.OutgoingHttpHeaders = { ...req.headers, host: this.upstream.host };
    if (change) {
      // A whole, uncompressed body to change; no validators, or the browser keeps the old one.
      for (const h of ['accept-encoding', 'if-none-match', 'if-modified-since']) delete headers[h];
    }
    const up = http.request({ host: this.upstream.hostname, port: this.upstream.port, path: req.url, method: req.method, headers }, (upRes) => {
      if (!change) {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      upRes.on('data', (c: Buffer) => chunks.push(c));
      upRes.on('end', () => {
        const out = { ...upRes.headers };
        for (const h of ['content-length', 'etag', 'last-modified', 'content-encoding']) delete out[h];
        res.writeHead(upRes.statusCode ?? 502, out);
        res.end(change(Buffer.concat(chunks).toString('utf8')));
      });
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  }
}

const visited = '/praktijken/buurthuis-ruisbroek/';
const unvisited = '/organisaties/prisma/';

let browser: Browser;
let site: SwitchableSite;
beforeAll(async () => {
  browser = await launch();
  site = new SwitchableSite(new URL(inject('baseUrl')));
  await site.start();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** A context on the switchable site that records console errors (CSP violations among them) and requests to other hosts. */
async function open(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ locale: 'nl-BE', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => new URL(r.url()).port !== String(site.port) && problems.push(`elsewhere: ${r.url()}`));
  return { context, page, problems };
}

const kept = (page: Page, p: string) => page.evaluate(async (u) => Boolean(await caches.match(u)), site.url + p);
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

async function search(page: Page, q: string) {
  await page.fill('#zoekterm', q);
  await page.press('#zoekterm', 'Enter');
  await page.locator('#zoekformulier[data-status="done"], #zoekformulier[data-status="error"]').waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('#zoekstatus').textContent()).toContain(`“${q}”`);
  expect(await page.locator('#zoekformulier').getAttribute('data-status')).toBe('done');
  return page.locator('#zoekresultaten [data-result-url]').evaluateAll((as) => as.map((a) => a.getAttribute('data-result-url')));
}

describe('offline after the first visit, in Chromium with the network switched off', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let firstCache: string;

  beforeAll(async () => {
    ({ context, page, problems } = await open());
  });
  afterAll(async () => {
    await context?.close();
  });

  test('online: the first page visited is kept too, then every page opened; the search index only on request', async () => {
    await page.goto(site.url + visited);
    // The worker starts after this first page, and keeps it and its files.
    await expect.poll(() => kept(page, visited), { timeout: 20_000 }).toBe(true);
    [firstCache] = await cacheNames(page);
    expect(firstCache).toMatch(/^kapstok-[0-9a-f]{16}$/);

    await page.goto(`${site.url}/zoeken/`);
    expect(await search(page, 'taal')).not.toEqual([]);
    await expect.poll(() => kept(page, '/zoeken/')).toBe(true);
    // Visiting search does not save the whole index.
    expect(await kept(page, '/pagefind/kapstok-words/ge.txt')).toBe(false);

    // The search page links to the opt-in.
    await page.click('#zoeken-zonder-internet a');
    await page.waitForURL(`${site.url}/zonder-internet/#zoeken`);
    await expect.poll(() => page.locator('#zoeken-offline-grootte').textContent()).toMatch(/^Dat is ongeveer [\d.]+ kB \([\d.]+ bestanden\)\./);
    await page.click('#zoeken-offline-knop');
    await expect.poll(() => page.locator('#zoeken-offline-status').textContent(), { timeout: 60_000 }).toBe('Klaar. Zoeken werkt nu ook zonder internet op dit toestel.');
    expect(await kept(page, '/pagefind/kapstok-words/ge.txt')).toBe(true);
    await expect.poll(() => page.locator('#bewaarde-lijst a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(visited);
    expect(problems).toEqual([]);
  });

  test('offline: a visited page comes from the device with a note, an unvisited one gives the offline page', async () => {
    await site.stop();
    const visit = await page.goto(site.url + visited);
    expect(visit?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toContain('Buurthuis');
    expect(await page.locator('#offline-melding').textContent()).toMatch(/^Geen verbinding\. U ziet de versie van \d+ \w+ \d{4} die op dit toestel bewaard is\./);
    // Its stylesheet was kept too.
    expect(await page.locator('header').evaluate((h) => getComputedStyle(h).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

    await page.goto(site.url + unvisited);
    expect(await page.locator('h1').textContent()).toBe('Geen verbinding');
    await expect.poll(() => page.locator('#bewaarde-lijst a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining([visited, '/zoeken/', '/zonder-internet/']),
    );
    expect(problems).toEqual([]);
  });

  test('offline: after the opt-in, a search never typed before finds what it finds online', async () => {
    const online = await open();
    await online.page.goto(`${inject('baseUrl')}/zoeken/`);
    const expected = await search(online.page, 'Genk');
    await online.context.close();
    expect(expected.length).toBeGreaterThan(0);

    await page.goto(`${site.url}/zoeken/`);
    expect(await search(page, 'Genk')).toEqual(expected);
    expect(problems).toEqual([]);
  });

  test('online again: a changed page is served as it is now, not as it was kept', async () => {
    site.changes.set(visited, (html) => html.replace('</h1>', ' (bijgewerkt)</h1>'));
    await site.start();
    await page.goto(site.url + visited);
    expect(await page.locator('h1').textContent()).toContain('(bijgewerkt)');
    expect(await page.locator('#offline-melding').count()).toBe(0);
    site.changes.clear();
    expect(problems).toEqual([]);
  });

  test('a new build: its worker takes over and the cache of the old build is gone', async () => {
    site.changes.set('/sw.js', (js) => js.replace(/const BUILD = "[0-9a-f]+";/, 'const BUILD = "0000000000000000";'));
    await page.goto(`${site.url}/over/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual(['kapstok-0000000000000000']);
    // Only what the new worker keeps: its offline page, and pages from now on.
    expect(await kept(page, visited)).toBe(false);
    expect(await kept(page, '/geen-verbinding/')).toBe(true);
    await page.goto(site.url + visited);
    await expect.poll(() => kept(page, visited)).toBe(true);
    site.changes.clear();
    expect(problems).toEqual([]);
  });

  test('“Alles wissen” removes the kept pages and index, and keeps the offline page', async () => {
    await page.goto(`${site.url}/zonder-internet/`);
    await expect.poll(() => page.locator('#bewaarde-lijst a').count()).toBeGreaterThan(0);
    await page.click('#bewaard-wissen');
    await expect.poll(() => page.locator('#zoeken-offline-status').textContent()).toBe('Alles wat Kapstok op dit toestel bewaarde, is gewist.');
    expect(await page.locator('#bewaard-aantal').textContent()).toBe('Er zijn nog geen pagina’s bewaard op dit toestel.');
    expect(await kept(page, visited)).toBe(false);
    expect(await kept(page, '/geen-verbinding/')).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the worker is never in the way', () => {
  test('without JavaScript there is no worker, and the page is the same', async () => {
    const { context, page, problems } = await open({ javaScriptEnabled: false });
    site.log.splice(0);
    await page.goto(site.url + visited);
    expect(await page.locator('h1').textContent()).toContain('Buurthuis');
    expect(site.log).not.toContain('/sw.js');
    await context.close();
    expect(problems).toEqual([]);
  });

  test('a first search on /zoeken/ starts no worker, so it costs nothing extra', async () => {
    const { context, page, problems } = await open();
    site.log.splice(0);
    await page.goto(`${site.url}/zoeken/`);
    expect(await search(page, 'taal')).not.toEqual([]);
    await page.waitForTimeout(500);
    expect(site.log).not.toContain('/sw.js');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
    await context.close();
    expect(problems).toEqual([]);
  });
});
