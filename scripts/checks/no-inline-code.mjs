// The Content-Security-Policy allows no inline script or style: find any before a browser does.
import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './walk.mjs';

export const name = 'no inline script or style';

export function check(dir) {
  const problems = [];
  for (const file of htmlFiles(dir)) {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
      // JSON and JSON-LD (schema.org on record pages) are data the browser never executes, so the
      // CSP does not apply to them and they need no hash: allowed inline.
      const isData = /type="application\/(ld\+)?json"/.test(tag);
      if (!/\ssrc=/.test(tag) && !isData) problems.push(`${file}: inline <script>`);
    }
    if (/<style\b/.test(html)) problems.push(`${file}: inline <style>`);
    if (/\sstyle="/.test(html)) problems.push(`${file}: style="" attribute`);
    if (/\son[a-z]+="/.test(html)) problems.push(`${file}: inline event handler`);
  }
  return problems;
}
