#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `npm run bench -- --cpu-prof DIR`): self time per
// package or project folder, and the functions with the most self and total time.
// Usage: node scripts/bench/profile-summary.mjs FILE.cpuprofile [rows]
import fs from 'node:fs';

const [file, rowsArg = '25'] = process.argv.slice(2);
const { nodes, samples, timeDeltas } = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

function area(url) {
  if (!url) return '(native / GC / idle)';
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const own = /\/(src|scripts)\/.*/.exec(url);
  if (own) return own[0].replace(/\?.*$/, '').split('/').slice(0, 3).join('/');
  if (url.startsWith('node:')) return 'node';
  return url.split('/').slice(-2).join('/');
}
const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${area(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const areas = new Map();
const selfFn = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  areas.set(area(n.callFrame.url), (areas.get(area(n.callFrame.url)) ?? 0) + t);
  selfFn.set(label(n), (selfFn.get(label(n)) ?? 0) + t);
}
// Total time: each sample counts once for every distinct function on its stack.
const totalFn = new Map();
for (const [id, t] of self) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur));
    if (seen.has(l)) continue;
    seen.add(l);
    totalFn.set(l, (totalFn.get(l) ?? 0) + t);
  }
}
const rows = Number(rowsArg);
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${(t / 1e6).toFixed(1).padStart(8)} s ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
show('self time by package or folder', areas);
show('self time by function', selfFn);
show('total time by function', totalFn);
