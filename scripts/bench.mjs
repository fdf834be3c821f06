#!/usr/bin/env node
// Print figures about a fresh build: time, pages, weights and search index size.
// Measures only; budgets that must hold are tests (tests/e2e/budgets.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { htmlFiles, walk } from './checks/walk.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { byKind, firstSearchBytes, warmLatency } from './search-measure.mjs';
import { isRecordPage } from '../src/lib/record-sections.mjs';
import { buildForBench, parseArgs } from './bench/build-figures.mjs';
import { scaleRows } from './bench/rows.mjs';

// `npm run bench -- --records 10000` builds a synthetic corpus instead of the real content.
const built = await buildForBench(parseArgs(process.argv.slice(2)));
const { out } = built;

const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(out, f))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pages = htmlFiles(out);
const records = pages.filter(isRecordPage);
const recordSizes = records.map(gz).sort((a, b) => a - b);
const css = walk(out).filter((f) => f.startsWith('_astro/') && f.endsWith('.css'));
const js = walk(out).filter((f) => f.startsWith('_astro/') && f.endsWith('.js'));
const index = walk(out).filter((f) => f.startsWith('pagefind/'));
const indexBytes = index.reduce((s, f) => s + fs.statSync(path.join(out, f)).size, 0);
const total = walk(out).reduce((s, f) => s + fs.statSync(path.join(out, f)).size, 0);

const rows = [
  ...(await scaleRows(built)),
  ['record pages', String(records.length)],
  ['record page HTML, gzip: median', kb(recordSizes[Math.floor(recordSizes.length / 2)])],
  ['record page HTML, gzip: largest', kb(recordSizes.at(-1))],
  ['CSS, gzip', css.map((f) => `${path.basename(f)} ${kb(gz(f))}`).join(', ')],
  ['JavaScript bundles, gzip', js.map((f) => kb(gz(f))).join(', ')],
  ['search index files', `${index.length} files, ${kb(indexBytes)} on disk`],
  ['whole site on disk', kb(total)],
];
rows.push(...(await searchFigures(out)));
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
built.cleanup();

/**
 * Search in headless Chromium against the built site: bytes of a cold first search
 * (every response body, Web Workers included) and query latency, typed → rendered.
 */
async function searchFigures(site) {
  const server = await startServer(site, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const base = `http://127.0.0.1:${server.address().port}`;
    const first = await firstSearchBytes(browser, base, 'taal');
    const queries = ['taal', 'wonen', 'Genk', 'buurtwerk', 'moskee bouwen', 'OCMW', 'cursus', 'armoede', 'woonwagen', 'jongeren'];
    const warm = await warmLatency(browser, base, queries);
    return [
      ['first search “taal”, all response bodies', `${kb(first.total)} in ${first.requests.length} responses, ${first.shown} results shown`],
      ...byKind(first.requests).map(([kind, bytes, n]) => [`  ${kind}`, `${kb(bytes)}${n > 1 ? ` (${n} responses)` : ''}`]),
      ['query typed → rendered, warm (median, max)', `${warm.median.toFixed(0)} ms, ${warm.max.toFixed(0)} ms over ${warm.n} queries`],
    ];
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
