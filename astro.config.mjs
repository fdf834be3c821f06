// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';
import { remarkRecordRules } from './src/check/mdx-rules';
import { rehypeHeadingIds } from './src/integrations/heading-ids';

export default defineConfig({
  // Absolute URLs (canonical links, sitemap) need a site; set KAPSTOK_SITE when deploying.
  site: process.env.KAPSTOK_SITE ?? 'https://kapstok.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Records are content, not code: the rules of `npm run check` also stop `astro build` and `astro dev`.
    mdx({ remarkPlugins: [remarkRecordRules], rehypePlugins: [rehypeHeadingIds] }),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefind(),
    securityHeaders(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets: the Content-Security-Policy forbids inline script.
    build: { assetsInlineLimit: 0 },
  },
});
