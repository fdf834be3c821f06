import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Build the Pagefind index right after Astro writes the pages, so that an index is
 * never older than the pages it points to. A build that indexes nothing fails.
 */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind indexed no pages: no page carries data-pagefind-body');
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kapstok:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search`);
      },
    },
  };
}
