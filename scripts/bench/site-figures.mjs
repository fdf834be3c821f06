// Figures about a built site: pages, bytes on disk, the search index, and the heaviest
// page of each template (gzip), so a page that grows with the corpus stands out.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { htmlFiles, walk } from '../checks/walk.mjs';

const size = (dir, f) => fs.statSync(path.join(dir, f)).size;

/**
 * The template of a built page: the second path segment is a slug (unless it starts a
 * page number) and page numbers are folded together, so "organisaties/odice/praktijken/
 * pagina/3/" counts as "/organisaties/[slug]/praktijken/pagina/N/" (written with a star).
 */
export function templateOf(file) {
  if (!file.endsWith('index.html')) return `/${file}`;
  const parts = file.split('/').slice(0, -1);
  const shape = parts.map((p, i) => (/^\d+$/.test(p) ? '*' : i === 1 && p !== 'pagina' ? '[slug]' : p));
  return `/${shape.map((p) => `${p}/`).join('')}`;
}

export function siteFigures(dir) {
  const files = walk(dir);
  const pages = htmlFiles(dir);
  const index = files.filter((f) => f.startsWith('pagefind/'));
  const largest = new Map();
  for (const f of pages) {
    const key = templateOf(f);
    const bytes = zlib.gzipSync(fs.readFileSync(path.join(dir, f))).length;
    if (!largest.has(key) || largest.get(key).bytes < bytes) largest.set(key, { file: f, bytes });
  }
  return {
    pages: pages.length,
    siteBytes: files.reduce((s, f) => s + size(dir, f), 0),
    indexFiles: index.length,
    indexBytes: index.reduce((s, f) => s + size(dir, f), 0),
    sitemaps: files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).length,
    largest: [...largest.entries()].sort((a, b) => b[1].bytes - a[1].bytes),
  };
}
