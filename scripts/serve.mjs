#!/usr/bin/env node
// Serve dist/ locally (and in the browser tests) under the headers of its `_headers`
// file, so the site runs under the same security policy as on a host that reads it.
// The file serving is sirv, the static server inside Vite's own preview server: it
// indexes the folder at start-up and only answers for files in that index, so no URL
// can reach outside the folder. Compression is expressjs/compression, as any host gzips.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Parse a `_headers` file (Netlify / Cloudflare Pages format): a path pattern on its
 * own line, then indented `Name: value` lines. `*` matches any rest of the path.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!header) {
      const pattern = line.trim();
      const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, re, headers: {} });
    } else if (rules.length) rules.at(-1).headers[header[1]] = header[2].trim();
  }
  return rules;
}

/** The headers `_headers` in `dir` sets for one URL path. */
export function headersFor(rules, pathname) {
  return Object.assign({}, ...rules.filter((r) => r.re.test(pathname)).map((r) => r.headers));
}

/** @returns {Promise<http.Server>} listening on `port` (0: any free port). */
export function startServer(dir, port = 4321, host = '127.0.0.1') {
  const root = path.resolve(dir);
  const headersPath = path.join(root, '_headers');
  const rules = fs.existsSync(headersPath) ? parseHeadersFile(fs.readFileSync(headersPath, 'utf8')) : [];
  const notFound = path.join(root, '404.html');
  const apply = (res, pathname) => {
    for (const [k, v] of Object.entries(headersFor(rules, pathname))) res.setHeader(k, v);
  };
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', 'no-cache');
      apply(res, pathname);
    },
    onNoMatch: notFoundPage,
  });
  function notFoundPage(req, res) {
    res.statusCode = 404;
    apply(res, '/404.html');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (req.method === 'HEAD' || !fs.existsSync(notFound)) return res.end();
    fs.createReadStream(notFound).pipe(res);
  }
  const gzip = compression();

  const server = http.createServer((req, res) => {
    const raw = (req.url ?? '/').split(/[?#]/)[0];
    let pathname;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Bad Request: malformed URL\n');
    }
    // The header rules are for the server, not for visitors (hosts do not serve them either).
    if (pathname === '/_headers') return gzip(req, res, () => notFoundPage(req, res));
    // Like a static host, add the slash to a folder URL (the site's links always have it).
    if (!pathname.endsWith('/') && !path.extname(pathname)) {
      const target = path.join(root, pathname);
      if (target.startsWith(root + path.sep) && fs.existsSync(path.join(target, 'index.html'))) {
        apply(res, pathname);
        res.writeHead(301, { Location: `${raw}/${req.url.slice(raw.length)}` });
        return res.end();
      }
    }
    gzip(req, res, () => files(req, res));
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}/index.html not found: build first (npm run build).`);
    process.exit(1);
  }
  await startServer(dir, port);
  console.log(`Kapstok is served at http://localhost:${port}/ (Ctrl+C stops it)`);
}
