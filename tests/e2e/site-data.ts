import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { recordSections } from '../../src/lib/record-sections.mjs';

/** Filter values per record page, read from the built HTML: an oracle independent of Pagefind. */
export function filtersByPage(): Map<string, Record<string, string[]>> {
  const dir = inject('siteDir');
  const pages = new Map<string, Record<string, string[]>>();
  for (const type of Object.values(recordSections)) {
    for (const slug of fs.readdirSync(path.join(dir, type), { withFileTypes: true })) {
      // Record pages only: list pages (/praktijken/pagina/2/) have no index.html at this level.
      const file = path.join(dir, type, slug.name, 'index.html');
      if (!slug.isDirectory() || !fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      const filters: Record<string, string[]> = {};
      for (const [, key, value] of html.matchAll(/data-pagefind-filter="([a-z]+):([^"]+)"/g)) (filters[key] ??= []).push(value);
      pages.set(`/${type}/${slug.name}/`, filters);
    }
  }
  return pages;
}

/** Pages whose filters satisfy: for every key, at least one of the wanted values (OR within, AND across). */
export function expectedPages(wanted: Record<string, string[]>): string[] {
  return [...filtersByPage()]
    .filter(([, f]) => Object.entries(wanted).every(([k, values]) => values.some((v) => f[k]?.includes(v))))
    .map(([url]) => url)
    .sort();
}
