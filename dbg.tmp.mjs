import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const server = await startServer('/work/main/tests/.output/site', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(base + process.argv[2]);
await page.waitForTimeout(1500);
if (process.argv[3]) { await page.click(process.argv[3]); await page.waitForTimeout(1500); }
await browser.close(); server.close();
