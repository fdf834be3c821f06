// Pages load nothing from other hosts: no fonts, scripts, images or styles from elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './walk.mjs';

export const name = 'no third-party resources';

export function check(dir) {
  const problems = [];
  for (const file of htmlFiles(dir)) {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [tag] of html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*>/g)) {
      if (/^<link\b/.test(tag) && /rel="canonical"/.test(tag)) continue;
      const m = /\s(?:src|href)="((?:https?:)?\/\/[^"]+)"/.exec(tag);
      if (m) problems.push(`${file}: loads ${m[1]}`);
    }
  }
  return problems;
}
