import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as internalLinks from '../../scripts/checks/internal-links.mjs';
import * as noInlineCode from '../../scripts/checks/no-inline-code.mjs';
import * as thirdParty from '../../scripts/checks/third-party.mjs';
import * as headers from '../../scripts/checks/headers.mjs';
import { headersFile } from '../../src/integrations/security-headers';
import { isRecordPage } from '../../src/lib/record-sections.mjs';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-site-'));
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

describe('record pages', () => {
  test('are told apart from hubs and lists, as URL paths and as built files', () => {
    expect(isRecordPage('/praktijken/fietsvriendin/')).toBe(true);
    expect(isRecordPage('organisaties/prisma/index.html')).toBe(true);
    expect(isRecordPage('/praktijken/')).toBe(false);
    expect(isRecordPage('/thema/taal/')).toBe(false);
    expect(isRecordPage('praktijken/index.html')).toBe(false);
  });
});

describe('post-build checks', () => {
  test('internal links: a link to a page that was not built is reported', () => {
    const dir = site({
      'index.html': '<a href="/a/">a</a> <a href="/b/">b</a> <a href="https://elders.be/">x</a> <a href="/a/#top">t</a> <script src="/x.js"></script>',
      'a/index.html': '',
    });
    expect(internalLinks.check(dir)).toEqual(['index.html: href="/b/" leads nowhere', 'index.html: src="/x.js" leads nowhere']);
  });

  test('no inline code: inline script, style and handlers are reported, JSON data is not', () => {
    const dir = site({
      'a.html': '<script>alert(1)</script><script type="module" src="/m.js"></script><script type="application/json">{}</script>',
      'b.html': '<p style="color:red" onclick="x()"></p><style>p{}</style>',
    });
    expect(noInlineCode.check(dir).sort()).toEqual([
      'a.html: inline <script>',
      'b.html: inline <style>',
      'b.html: inline event handler',
      'b.html: style="" attribute',
    ]);
  });

  test('third party: resources from other hosts are reported, links to them are not', () => {
    const dir = site({ 'a.html': '<a href="https://www.vvsg.be">VVSG</a><img src="https://cdn.example/x.png"><link rel="canonical" href="https://kapstok.example/a/">' });
    expect(thirdParty.check(dir)).toEqual(['a.html: loads https://cdn.example/x.png']);
  });

  test('headers: our _headers passes, a weakened policy does not', () => {
    expect(headers.check(site({ _headers: headersFile() }))).toEqual([]);
    const weak = headersFile({ 'Content-Security-Policy': "script-src 'self' 'unsafe-inline'" });
    expect(headers.check(site({ _headers: weak }))).toEqual([
      'CSP allows unsafe-inline or unsafe-eval',
      "CSP lacks frame-ancestors 'none'",
      "CSP lacks default-src 'none'",
      'no Strict-Transport-Security of at least one year with includeSubDomains',
      'no Cross-Origin-Resource-Policy: same-origin',
      'no X-Content-Type-Options: nosniff',
      'no Referrer-Policy',
    ]);
  });

  test('headers: a short HSTS and the obsolete interest-cohort are reported', () => {
    const text = headersFile()
      .replace('max-age=31536000', 'max-age=600')
      .replace('geolocation=()', 'geolocation=(), interest-cohort=()');
    expect(headers.check(site({ _headers: text }))).toEqual([
      'no Strict-Transport-Security of at least one year with includeSubDomains',
      'Permissions-Policy lists the obsolete interest-cohort',
    ]);
  });

  test('the policy allows WebAssembly for search and nothing inline', () => {
    const csp = headersFile();
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
});
