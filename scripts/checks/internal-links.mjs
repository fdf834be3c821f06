// Every link, script and stylesheet on our own site must lead to a file that was built.
import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './walk.mjs';

export const name = 'internal links';

export function check(dir) {
  const problems = [];
  for (const file of htmlFiles(dir)) {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (!raw.startsWith('/') || raw.startsWith('//')) continue;
      const target = decodeURIComponent(raw.split(/[?#]/)[0]);
      const candidates = target.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')];
      if (!candidates.some((c) => fs.existsSync(path.join(dir, c)))) {
        problems.push(`${file}: ${attr}="${raw}" leads nowhere`);
      }
    }
  }
  return problems;
}
