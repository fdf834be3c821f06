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

/** The `_headers` file format read by Netlify, Cloudflare Pages and our own server (scripts/serve.mjs). */
export function headersFile(headers = securityHeaders): string {
  return `/*\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
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
