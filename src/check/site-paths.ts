import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordCollections } from '../lib/content-root';
import type { Ids } from '../lib/registry';
import { recordSections } from '../lib/record-sections.mjs';

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../pages');

/**
 * Whether a site path ("/praktijken/x/") will be built, known before the build: record
 * pages from the registry, fixed pages from src/pages. Under another dynamic route
 * (/thema/[slug]/) any one segment is accepted here; the post-build link check
 * (scripts/checks/internal-links.mjs) then proves it exists.
 */
export function sitePaths(ids: Ids): (sitePath: string) => boolean {
  const fixed = new Set<string>();
  const dynamic = new Set<string>();
  for (const entry of fs.readdirSync(pagesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const rel = path.relative(pagesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const route = `/${rel.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/')}`;
    if (/\[/.test(route)) dynamic.add(route.replace(/\[[^\]]+\]\/$/, ''));
    else fixed.add(route);
  }
  const records = new Set(recordCollections.flatMap((c) => [...ids[c].keys()].map((id) => `/${recordSections[c]}/${id}/`)));
  const sections = new Set(recordCollections.map((c) => `/${recordSections[c]}/`));
  return (sitePath) => {
    if (fixed.has(sitePath) || records.has(sitePath)) return true;
    const parent = sitePath.replace(/[^/]+\/$/, '');
    return dynamic.has(parent) && !sections.has(parent);
  };
}
