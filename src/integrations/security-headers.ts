import type { AstroIntegration } from 'astro';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Security headers for every page. No inline script or style anywhere; the only
 * exception is 'wasm-unsafe-eval', which Pagefind's WebAssembly search needs.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
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
