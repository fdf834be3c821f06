import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM } from '../../scripts/chromium.mjs';

/** Debian's Chromium, headless, without the background traffic this closed network refuses. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const url = (p: string) => `${inject('baseUrl')}${p}`;

export interface Watched {
  page: Page;
  /** Console errors, Content-Security-Policy violations and third-party requests seen so far. */
  problems: string[];
}

/** A page that records CSP violations and console errors, so tests can assert there were none. */
export async function watchedPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, locale: 'nl-BE' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  // The site makes no third-party requests: anything that leaves our own host is a problem.
  const own = new URL(inject('baseUrl')).host;
  page.on('request', (r) => {
    const target = new URL(r.url());
    if (/^https?:$/.test(target.protocol) && target.host !== own) problems.push(`third-party request: ${r.url()}`);
  });
  return { page, problems };
}
