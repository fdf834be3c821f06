// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';
import offline from './src/integrations/offline';
import { recordMarkdown } from './src/lib/record-body';

// A sitemap index with files of at most this many URLs, so no file grows with the corpus.
export const SITEMAP_ENTRY_LIMIT = 2000;
import { fileURLToPath } from 'node:url';

/**
 * The contribution form (/bijdragen/) runs the build's own zod schemas in the browser.
 * Those look other records up in the registry, which scans folders; client bundles get
 * a browser registry instead (src/lib/registry.browser.ts). Server code is untouched.
 */
const browserRegistry = {
  name: 'kapstok:browser-registry',
  enforce: /** @type {const} */ ('pre'),
  resolveId(source, _importer, options) {
    if (!options?.ssr && /\/lib\/registry(\.ts)?$/.test(source)) return fileURLToPath(new URL('./src/lib/registry.browser.ts', import.meta.url));
  },
};

export default defineConfig({
  // Absolute URLs (canonical links, sitemap) need a site; set KAPSTOK_SITE when deploying.
  site: process.env.KAPSTOK_SITE ?? 'https://kapstok.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Records are content, not code: the rules of `npm run check` also stop `astro build` and
  // `astro dev`. Record bodies are rendered as Markdown when their page renders, with these
  // settings (src/lib/record-body.ts); MDX inherits them.
  markdown: recordMarkdown,
  integrations: [
    mdx(),
    // /geen-verbinding/ is what the service worker shows offline in place of another page.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/geen-verbinding/'), entryLimit: SITEMAP_ENTRY_LIMIT }),
    pagefind(),
    securityHeaders(),
    // Last: the service worker's identity is a hash of everything built before it.
    offline(),
  ],
  vite: {
    plugins: [tailwindcss(), browserRegistry],
    // Never inline scripts or assets: the Content-Security-Policy forbids inline script.
    build: { assetsInlineLimit: 0 },
  },
});
