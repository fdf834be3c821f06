import type { AstroIntegration } from 'astro';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { OFFLINE_PAGE, SEARCH_MANIFEST } from '../offline/routing.mjs';
import { walk } from '../../scripts/checks/walk.mjs';

/**
 * The service worker (/sw.js) for reading Kapstok without a connection, written after
 * the pages and the search index: it carries the identity of this build, so that every
 * new build is a new worker with a new cache, and the old cache is dropped.
 * Next to it, the list of files "Zoeken zonder internet" saves (SEARCH_MANIFEST).
 */
export const WORKER_FILE = 'sw.js';
const SOURCES = ['../offline/routing.mjs', '../offline/worker.js'].map((f) => fileURLToPath(new URL(f, import.meta.url)));

/** Site-relative paths of every file under `dir`, sorted, so the identity does not depend on the file system's order. */
const filesUnder = (dir: string): string[] => walk(dir).sort();

/**
 * The build's identity: a hash of every file of the site and of the worker's own code.
 * Two builds of the same content are one identity (SOURCE_DATE_EPOCH makes builds
 * reproducible), any change gives another. Files are read one at a time.
 */
export function siteIdentity(dir: string, skip: readonly string[] = [WORKER_FILE, SEARCH_MANIFEST.slice(1)]): string {
  const hash = crypto.createHash('sha256');
  for (const source of SOURCES) hash.update(fs.readFileSync(source));
  for (const file of filesUnder(dir)) {
    if (skip.includes(file)) continue;
    hash.update(`\0${file}\0`);
    hash.update(fs.readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const fileOf = (dir: string, url: string) => path.join(dir, url.endsWith('/') ? `${url}index.html` : url);

/**
 * A page with everything it loads from the site: its stylesheets, scripts and icon, the
 * lists its filters fetch (`data-values`), and the script chunks and files those import,
 * followed through the built files.
 */
export function pageWithFiles(dir: string, pageUrl: string): string[] {
  const html = fs.readFileSync(fileOf(dir, pageUrl), 'utf8');
  const found = new Set<string>([pageUrl]);
  const queue: string[] = [];
  const add = (url: string) => {
    if (!found.has(url) && fs.existsSync(fileOf(dir, url))) {
      found.add(url);
      queue.push(url);
    }
  };
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (/^<link/.test(tag) && !/\srel="(?:stylesheet|modulepreload|icon)"/.test(tag)) continue;
    const url = /\s(?:src|href)="(\/[^"/][^"]*)"/.exec(tag)?.[1];
    if (url) add(url);
  }
  for (const [, url] of html.matchAll(/\sdata-values="(\/[^"]+)"/g)) add(url);
  while (queue.length) {
    const url = queue.shift()!;
    if (!/\.(?:js|css)$/.test(url)) continue;
    const text = fs.readFileSync(fileOf(dir, url), 'utf8');
    // Vite writes imports as "./name.HASH.js" (beside the importer) or "/_astro/name.HASH.js".
    for (const [, name] of text.matchAll(/["'`(](?:\.\/|\/?_astro\/)([\w.-]+\.(?:js|css|woff2?|svg|png|webp|avif|jpe?g))/g)) add(`/_astro/${name}`);
  }
  return [...found];
}

/**
 * The Pagefind files this site's search can ask for. Not the UI bundles Pagefind writes
 * for other sites, not its Web Worker (the search runs with `noWorker`, see
 * src/scripts/search/pagefind.ts), and only the WebAssembly of the languages indexed.
 */
export function pagefindFiles(dir: string): string[] {
  const root = path.join(dir, 'pagefind');
  const entry = JSON.parse(fs.readFileSync(path.join(root, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
  const wasm = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  return filesUnder(root)
    .filter((f) => !/^pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\.(?:js|css)$/.test(f))
    .filter((f) => !/^wasm\..+\.pagefind$/.test(f) || wasm.has(f))
    .map((f) => `/pagefind/${f}`);
}

/** What a file costs to download: gzip for text a host compresses, the bytes as they are otherwise. */
function transferBytes(file: string): number {
  const raw = fs.readFileSync(file);
  return /\.(?:html|js|css|json|txt|svg)$/.test(file) ? Math.min(raw.length, zlib.gzipSync(raw).length) : raw.length;
}

export interface SearchManifest {
  build: string;
  /** Estimated download size of all files, in bytes. */
  bytes: number;
  files: string[];
}

/** Everything "Zoeken zonder internet" saves: the search page with its scripts, and the whole index. */
export function searchManifest(dir: string, build: string): SearchManifest {
  const files = [...pageWithFiles(dir, '/zoeken/'), ...pagefindFiles(dir)];
  return { build, bytes: files.reduce((s, f) => s + transferBytes(fileOf(dir, f)), 0), files };
}

/**
 * The worker's source: the build's constants, the routing functions (routing.mjs
 * without its `export` keywords) and the worker body. A classic script, which every
 * browser with service workers runs (module workers are not everywhere yet).
 */
export function workerSource(build: string, precache: readonly string[]): string {
  const [routing, body] = SOURCES.map((f) => fs.readFileSync(f, 'utf8'));
  const functions = routing.replace(/^export (?=(?:async )?function |const )/gm, '');
  if (/^\s*(?:import|export)\b/m.test(functions + body)) throw new Error('src/offline: the worker sources may not import or export anything but routing.mjs’s declarations');
  return [
    `// Kapstok's service worker, build ${build}. Generated by src/integrations/offline.ts; edit src/offline/.`,
    `const BUILD = ${JSON.stringify(build)};`,
    `const PRECACHE = ${JSON.stringify(precache)};`,
    functions,
    body,
  ].join('\n');
}

/** Write /sw.js and the search file list into a built site; returns the build identity. */
export function writeOfflineFiles(dir: string): { build: string; manifest: SearchManifest } {
  if (!fs.existsSync(fileOf(dir, OFFLINE_PAGE))) throw new Error(`The offline page ${OFFLINE_PAGE} was not built (src/pages/geen-verbinding.astro)`);
  const build = siteIdentity(dir);
  const manifest = searchManifest(dir, build);
  fs.writeFileSync(path.join(dir, WORKER_FILE), workerSource(build, pageWithFiles(dir, OFFLINE_PAGE)));
  fs.writeFileSync(fileOf(dir, SEARCH_MANIFEST), JSON.stringify(manifest));
  return { build, manifest };
}

export default function offlineIntegration(): AstroIntegration {
  return {
    name: 'kapstok:offline',
    hooks: {
      // After the search index and _headers, which are part of the build's identity.
      'astro:build:done': async ({ dir, logger }) => {
        const { build, manifest } = writeOfflineFiles(fileURLToPath(dir));
        logger.info(`Service worker for build ${build}; offline search: ${manifest.files.length} files, ${Math.round(manifest.bytes / 1024)} KB`);
      },
    },
  };
}
