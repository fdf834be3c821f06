import { chromium } from 'playwright-core';
import { startServer } from '/work/search-engine/scripts/serve.mjs';
const server = await startServer('/work/search-engine/dist', 0);
const port = server.address().port;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto(`http://127.0.0.1:${port}/zoeken/`);
const qs = process.argv.slice(2);
const r = await p.evaluate(`(async () => {
  const pf = await import('/pagefind/pagefind.js'); await pf.options({ranking:{termFrequency:1,pageLength:0.5,termSaturation:1.4,termSimilarity:1}}); await pf.init();
  const out = {};
  for (const q of ${JSON.stringify(qs)}) { const s = await pf.search(q); const d = await Promise.all(s.results.slice(0,3).map(r=>r.data())); out[q] = [s.results.length, s.unfilteredResultCount, s.results.slice(0,3).map(r=>r.score.toFixed(3)+' '+JSON.stringify(r.words.slice(0,5))), d.map(x=>x.url)]; }
  return out; })()`);
console.log(JSON.stringify(r, null, 1));
await b.close(); server.close();
