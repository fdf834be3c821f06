// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';

// A sitemap index with files of at most this many URLs, so no file grows with the corpus.
export const SITEMAP_ENTRY_LIMIT = 2000;

export default defineConfig({
  // Absolute URLs (canonical links, sitemap) need a site; set KAPSTOK_SITE when deploying.
  site: process.env.KAPSTOK_SITE ?? 'https://kapstok.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/'), entryLimit: SITEMAP_ENTRY_LIMIT }), pagefind(), securityHeaders()],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets: the Content-Security-Policy forbids inline script.
    build: { assetsInlineLimit: 0 },
  },
});
