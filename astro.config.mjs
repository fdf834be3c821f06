// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';

export default defineConfig({
  // Absolute URLs (canonical links, sitemap) need a site; set KAPSTOK_SITE when deploying.
  site: process.env.KAPSTOK_SITE ?? 'https://kapstok.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind(), securityHeaders()],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets: the Content-Security-Policy forbids inline script.
    build: { assetsInlineLimit: 0 },
  },
});
