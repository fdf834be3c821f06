import type { AstroIntegration } from 'astro';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Security headers for every page (Mozilla HTTP Observatory A+). The policy starts
 * from `default-src 'none'` and allows each kind of resource from the site itself
 * only. No inline script or style anywhere; the one exception is 'wasm-unsafe-eval',
 * which Pagefind's WebAssembly search needs. Workers, the manifest and fetch() are
 * allowed from the site for the search worker, offline support and the data files.
 * HSTS only takes effect over HTTPS; the host must also redirect http:// to https://.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Headers of single paths, on top of those of every path. The service worker must be
 * checked with the server on every update check, or a new build may go unseen for a day.
 */
export const pathHeaders: Record<string, Record<string, string>> = {
  '/sw.js': { 'Cache-Control': 'no-cache' },
};

/** The `_headers` file format read by Netlify, Cloudflare Pages and our own server (scripts/serve.mjs). */
export function headersFile(headers = securityHeaders, paths = pathHeaders): string {
  const block = (pattern: string, h: Record<string, string>) => `${pattern}\n${Object.entries(h).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
  return [block('/*', headers), ...Object.entries(paths).map(([p, h]) => block(p, h))].join('');
}

export default function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'kapstok:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await fs.writeFile(path.join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
