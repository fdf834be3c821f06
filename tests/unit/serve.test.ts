import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';

/** A raw GET: fetch() would normalise the malformed and traversing paths before sending them. */
function get(port: number, rawPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-serve-'));
const site = path.join(parent, 'dist');
let server: Server;
let port: number;

beforeAll(async () => {
  const files: Record<string, string> = {
    'dist/index.html': '<!doctype html><title>home</title>' + 'x'.repeat(2000),
    'dist/404.html': '<!doctype html><title>niet gevonden</title>',
    'dist/praktijken/a/index.html': '<!doctype html><title>a</title>',
    'dist/_headers': '/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src \'none\'\n/pagefind/*\n  X-Extra: yes\n',
    'dist/pagefind/x.js': 'export {}',
    // A sibling whose name starts with the site folder's name: the old server served it.
    'dist-secret/x.txt': 'secret',
  };
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(parent, f)), { recursive: true });
    fs.writeFileSync(path.join(parent, f), text);
  }
  server = await startServer(site, 0);
  port = (server.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the local server', () => {
  test('serves pages under the headers of _headers, gzipped when asked', async () => {
    const home = await get(port, '/', { 'Accept-Encoding': 'gzip' });
    expect(home.status).toBe(200);
    expect(home.headers['content-security-policy']).toBe("default-src 'none'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['content-encoding']).toBe('gzip');
    const js = await get(port, '/pagefind/x.js');
    expect(js.headers['x-extra']).toBe('yes');
    expect((await get(port, '/praktijken/a/')).body).toContain('<title>a</title>');
  });

  test('adds the slash to a folder URL', async () => {
    const res = await get(port, '/praktijken/a?q=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/praktijken/a/?q=1');
  });

  test('answers an unknown page with the 404 page and its headers', async () => {
    const res = await get(port, '/bestaat-niet/');
    expect(res.status).toBe(404);
    expect(res.body).toContain('niet gevonden');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'");
    expect((await get(port, '/_headers')).status).toBe(404);
  });

  test.each(['/%E0%A4%A', '/%', '/%ZZ/', '/praktijken/%E0%A4%A/'])('a malformed URL %s gets 400 and the server keeps running', async (url) => {
    expect((await get(port, url)).status).toBe(400);
    expect((await get(port, '/')).status).toBe(200);
  });

  test.each(['/..%2fdist-secret/x.txt', '/../dist-secret/x.txt', '/%2e%2e/dist-secret/x.txt', '/..%5cdist-secret/x.txt', '//etc/passwd', '/praktijken/../../dist-secret/x.txt'])(
    'a path outside the folder (%s) is not served',
    async (url) => {
      const res = await get(port, url);
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain('secret');
    },
  );
});
