#!/usr/bin/env node
// `npm run eval:search`: run the judged query set through the built site's search page
// in Chromium and print recall@10, MRR and zero-result rate, overall and per kind, for
// the tuning half and the held-out half. Builds nothing: run `npm run build` first.
//   --half tuning|held-out   only one half
//   --misses                 list the queries that miss an expected record or rank it below first
//   --reload                 open /zoeken/?q=… for every query instead of typing into the page
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { loadQueries, runQueries, summarise } from './measure.mjs';

const args = process.argv.slice(2);
const onlyHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
const showMisses = args.includes('--misses');
const reload = args.includes('--reload');
const dir = path.resolve(process.env.KAPSTOK_OUT ?? 'dist');
if (!fs.existsSync(path.join(dir, 'zoeken/index.html')) || !fs.existsSync(path.join(dir, 'pagefind'))) {
  console.error(`No built site with a search index in ${path.relative(process.cwd(), dir) || dir}/. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = await startServer(dir, 0);
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await (await browser.newContext({ locale: 'nl-BE' })).newPage();
  const queries = loadQueries().filter((q) => !onlyHalf || q.half === onlyHalf);
  const scored = await runQueries(page, `http://127.0.0.1:${port}`, queries, { reload });
  const pct = (x) => `${(x * 100).toFixed(1)} %`.padStart(8);
  const line = (label, s) =>
    `${label.padEnd(14)} ${String(s.queries).padStart(4)}  recall@10 ${pct(s.recall)}  MRR ${s.mrr.toFixed(3)}  zero results ${pct(s.zeroRate)}`;
  for (const half of ['tuning', 'held-out']) {
    const mine = scored.filter((q) => q.half === half);
    if (!mine.length) continue;
    console.log(`\n${half} half`);
    console.log(line('all', summarise(mine)));
    for (const kind of [...new Set(mine.map((q) => q.kind))].sort()) console.log(line(`  ${kind}`, summarise(mine.filter((q) => q.kind === kind))));
  }
  if (showMisses) {
    console.log('\nmisses');
    for (const q of scored.filter((s) => s.recall < 1 || s.rr < 1)) {
      const missing = q.expect.filter((u) => !q.results.includes(u));
      const what = missing.length ? `missing ${missing.join(' ')}` : `first expected record at rank ${Math.round(1 / q.rr)}`;
      console.log(`[${q.half}] ${q.kind}: “${q.query}” ${what}\n    got ${q.results.join(' ') || '(nothing)'}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
