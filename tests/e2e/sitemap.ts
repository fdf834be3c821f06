import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/** Every page path listed in the built sitemap. */
export function sitemapPaths(): string[] {
  const dir = inject('siteDir');
  const paths: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
    const xml = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc).pathname);
  }
  return paths.sort();
}

/**
 * One page per template: pages are grouped by their first path segment and depth
 * ("/praktijken/x/" and "/praktijken/y/" share a template), so a new template is
 * covered without editing the test.
 */
export function onePagePerTemplate(): string[] {
  const seen = new Map<string, string>();
  for (const p of sitemapPaths()) {
    const parts = p.split('/').filter(Boolean);
    const key = `${parts[0] ?? ''}:${parts.length}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}
