// The search index exists and covers every record page.
import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './walk.mjs';
import { isRecordPage } from '../../src/lib/record-sections.mjs';

export const name = 'search index';

export function check(dir) {
  const problems = [];
  if (!fs.existsSync(path.join(dir, 'pagefind', 'pagefind.js'))) return ['pagefind/pagefind.js is missing'];
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  const records = htmlFiles(dir).filter(isRecordPage);
  for (const f of records) {
    if (!fs.readFileSync(path.join(dir, f), 'utf8').includes('data-pagefind-body')) problems.push(`${f}: not marked for search`);
  }
  if (indexed !== records.length) problems.push(`search index holds ${indexed} pages, the site has ${records.length} record pages`);
  if (!entry.languages.nl) problems.push('search index has no Dutch (nl) language: check <html lang>');
  return problems;
}
