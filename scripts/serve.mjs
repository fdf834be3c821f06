#!/usr/bin/env node
// A small static server for dist/ that applies the `_headers` file, so the site runs
// locally (and in the browser tests) under the same security policy as when hosted.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.csv': 'text/csv; charset=utf-8',
  '.atom': 'application/atom+xml',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

const compressible = /^(text\/|application\/(json|ld\+json|xml|atom\+xml|wasm)|image\/svg)/;

/** Parse the `/*` block of a `_headers` file into a header map. */
export function readHeaders(dir) {
  const file = path.join(dir, '_headers');
  if (!fs.existsSync(file)) return {};
  const headers = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) headers[m[1]] = m[2].trim();
  }
  return headers;
}

export function startServer(dir, port = 4321, host = '127.0.0.1') {
  const root = path.resolve(dir);
  const headers = readHeaders(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    let file = path.join(root, rel);
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      res.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    // Compress text and WebAssembly like any static host does; Pagefind's index files are gzipped already.
    const gzip = compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      ...headers,
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') return res.end();
    const stream = fs.createReadStream(file);
    (gzip ? stream.pipe(zlib.createGzip()) : stream).pipe(res);
  });
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
