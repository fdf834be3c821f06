import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, test } from 'vitest';
import { CACHE_PREFIX, OFFLINE_PAGE, SEARCH_MANIFEST, isOldCache, cacheKey, storable, strategyFor, withOfflineNote } from '../../src/offline/routing.mjs';
import { pageWithFiles, pagefindFiles, searchManifest, siteIdentity, workerSource, writeOfflineFiles } from '../../src/integrations/offline';
import { headersFile } from '../../src/integrations/security-headers';
import { headersFor, parseHeadersFile } from '../../scripts/serve.mjs';

const origin = 'https://kapstok.example';
const get = (p: string, extra: { mode?: string; method?: string; headers?: Headers } = {}) =>
  strategyFor({ url: new URL(p, origin).href, method: 'GET', mode: 'cors', ...extra }, origin);

describe('which requests the service worker answers, and how', () => {
  test('pages are network first, whatever their query', () => {
    expect(get('/praktijken/taalcafe-genk/', { mode: 'navigate' })).toBe('page');
    expect(get('/zoeken/?q=taal', { mode: 'navigate' })).toBe('page');
    expect(cacheKey(`${origin}/zoeken/?q=taal#resultaten`)).toBe(`${origin}/zoeken/`);
    expect(cacheKey(`${origin}/pagefind/pagefind-entry.json?ts=1764612345678`)).toBe(`${origin}/pagefind/pagefind-entry.json`);
  });

  test('files whose name holds a content hash are cache first', () => {
    for (const p of [
      '/_astro/index.astro_astro_type_script_index_0_lang.D9gkidLP.js',
      '/_astro/zoek.astro_astro_type_script_index_0_lang._kCT61wd.js',
      '/_astro/_page_.S2JlVDiH.css',
      '/pagefind/index/nl_49e59bd.pf_index',
      '/pagefind/fragment/nl_00da31c.pf_fragment',
      '/pagefind/filter/nl_4f67a29.pf_filter',
      '/pagefind/pagefind.nl_a5be6a1490.pf_meta',
    ]) expect(get(p), p).toBe('hashed');
  });

  test('files that keep their name from build to build are network first', () => {
    for (const p of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.nl.pagefind', '/pagefind/kapstok-words.txt', '/pagefind/kapstok-words/ta.txt', '/zoeken/gemeenten.json', '/favicon.svg', '/data/praktijken.json'])
      expect(get(p), p).toBe('asset');
  });

  test('other sites, other methods, ranges, the worker and the search list are left to the browser', () => {
    expect(strategyFor({ url: 'https://www.vvsg.be/x.js', method: 'GET', mode: 'no-cors' }, origin)).toBe('none');
    expect(get('/zoeken/', { method: 'POST', mode: 'navigate' })).toBe('none');
    expect(get('/pagefind/wasm.nl.pagefind', { headers: new Headers({ Range: 'bytes=0-10' }) })).toBe('none');
    expect(get('/sw.js')).toBe('none');
    expect(get(SEARCH_MANIFEST)).toBe('none');
  });

  test('only complete answers of our own site are kept', () => {
    const answer = (status: number, type = 'basic', cacheControl = 'no-cache') => ({ ok: status >= 200 && status < 300, status, type, headers: new Headers({ 'Cache-Control': cacheControl }) });
    expect(storable(answer(200))).toBe(true);
    expect(storable(answer(404))).toBe(false);
    expect(storable(answer(206))).toBe(false);
    expect(storable(answer(0, 'opaqueredirect'))).toBe(false);
    expect(storable(answer(200, 'cors'))).toBe(false);
    expect(storable(answer(200, 'basic', 'private, no-store'))).toBe(false);
  });

  test('a new build drops the caches of older builds, and nobody else’s', () => {
    expect(isOldCache(`${CACHE_PREFIX}aaaa`, `${CACHE_PREFIX}bbbb`)).toBe(true);
    expect(isOldCache(`${CACHE_PREFIX}bbbb`, `${CACHE_PREFIX}bbbb`)).toBe(false);
    expect(isOldCache('other-app', `${CACHE_PREFIX}bbbb`)).toBe(false);
  });

  test('a kept page served offline says so, with the day it was kept', () => {
    const html = '<body><main id="inhoud" class="x"><h1>Taalcafé</h1></main></body>';
    const noted = withOfflineNote(html, new Date('2026-03-05T10:00:00Z'));
    expect(noted).toContain('<main id="inhoud" class="x"><div class="notice" id="offline-melding">');
    expect(noted).toContain('U ziet de versie van 5 maart 2026 die op dit toestel bewaard is.');
    expect(withOfflineNote(html, undefined)).toContain('U ziet de versie die op dit toestel bewaard is.');
  });
});

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A small built site: two pages, Vite chunks that import each other, a Pagefind index. */
function site(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapstok-offline-'));
  made.push(dir);
  const files: Record<string, string> = {
    'index.html': '<html><head><link rel="stylesheet" href="/_astro/page.AAAAAAAA.css"></head><body><main id="inhoud">Home</main></body></html>',
    'zoeken/index.html':
      '<link rel="stylesheet" href="/_astro/page.AAAAAAAA.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://kapstok.example/zoeken/"><link rel="alternate" href="/feeds/nieuw.atom"><a href="/thema/">x</a><fieldset data-values="/zoeken/gemeenten.json"></fieldset><script type="module" src="/_astro/search.BBBBBBBB.js"></script>',
    'zoeken/gemeenten.json': '[]',
    [`${OFFLINE_PAGE.slice(1)}index.html`]: '<link rel="stylesheet" href="/_astro/page.AAAAAAAA.css"><script type="module" src="/_astro/offline.CCCCCCCC.js"></script>',
    'favicon.svg': '<svg/>',
    'feeds/nieuw.atom': '<feed/>',
    '_astro/page.AAAAAAAA.css': 'body{}',
    '_astro/search.BBBBBBBB.js': 'import{a}from"./shared.DDDDDDDD.js";const t=()=>import("./typos.EEEEEEEE.js");',
    '_astro/shared.DDDDDDDD.js': 'export const a=1;',
    '_astro/typos.EEEEEEEE.js': 'export const b=2;',
    '_astro/offline.CCCCCCCC.js': 'import"./shared.DDDDDDDD.js";',
    '_astro/unused.FFFFFFFF.js': '',
    'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { nl: { hash: 'nl_a5be6a1490', wasm: 'nl', page_count: 2 } } }),
    'pagefind/pagefind.js': 'x',
    'pagefind/pagefind-worker.js': 'x',
    'pagefind/pagefind-ui.js': 'x',
    'pagefind/pagefind-ui.css': 'x',
    'pagefind/pagefind-highlight.js': 'x',
    'pagefind/wasm.nl.pagefind': 'x',
    'pagefind/wasm.unknown.pagefind': 'x',
    'pagefind/pagefind.nl_a5be6a1490.pf_meta': 'x',
    'pagefind/index/nl_49e59bd.pf_index': 'x',
    'pagefind/fragment/nl_00da31c.pf_fragment': 'x',
    'pagefind/kapstok-words.txt': 'taal\n',
    'pagefind/kapstok-words/ta.txt': 'taal\n',
  };
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

describe('the worker and the search list the build writes', () => {
  test('a page comes with what it loads: styles, scripts and the chunks they import, its icon and filter lists; not its links', () => {
    expect(pageWithFiles(site(), '/zoeken/').sort()).toEqual(
      ['/zoeken/', '/_astro/page.AAAAAAAA.css', '/favicon.svg', '/zoeken/gemeenten.json', '/_astro/search.BBBBBBBB.js', '/_astro/shared.DDDDDDDD.js', '/_astro/typos.EEEEEEEE.js'].sort(),
    );
  });

  test('the search list holds the index this site’s search uses, not Pagefind’s other bundles', () => {
    const dir = site();
    expect(pagefindFiles(dir)).toEqual([
      '/pagefind/fragment/nl_00da31c.pf_fragment',
      '/pagefind/index/nl_49e59bd.pf_index',
      '/pagefind/kapstok-words.txt',
      '/pagefind/kapstok-words/ta.txt',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.nl_a5be6a1490.pf_meta',
      '/pagefind/wasm.nl.pagefind',
    ]);
    const manifest = searchManifest(dir, 'b1');
    expect(manifest.files).toContain('/zoeken/');
    expect(manifest.files).toContain('/pagefind/wasm.nl.pagefind');
    expect(manifest.bytes).toBeGreaterThan(0);
  });

  test('the identity changes with any built file and with nothing else', () => {
    const dir = site();
    const first = siteIdentity(dir);
    expect(siteIdentity(dir)).toBe(first);
    fs.writeFileSync(path.join(dir, 'sw.js'), 'older worker');
    expect(siteIdentity(dir)).toBe(first);
    fs.writeFileSync(path.join(dir, 'index.html'), '<main id="inhoud">Home, changed</main>');
    expect(siteIdentity(dir)).not.toBe(first);
  });

  test('the written worker is one classic script with the build, its precache list and no imports', () => {
    const dir = site();
    const { build, manifest } = writeOfflineFiles(dir);
    const worker = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
    expect(() => new vm.Script(worker)).not.toThrow();
    expect(worker).not.toMatch(/^\s*(?:import|export)\b/m);
    expect(worker).toContain(`const BUILD = "${build}";`);
    expect(worker).toContain(`const PRECACHE = ["${OFFLINE_PAGE}","/_astro/page.AAAAAAAA.css","/_astro/offline.CCCCCCCC.js","/_astro/shared.DDDDDDDD.js"];`);
    expect(JSON.parse(fs.readFileSync(path.join(dir, SEARCH_MANIFEST), 'utf8'))).toEqual(manifest);
    expect(manifest.build).toBe(build);
    expect(workerSource('other', [])).toContain('const BUILD = "other";');
  });

  test('without the offline page the build stops with a message', () => {
    const dir = site();
    fs.rmSync(path.join(dir, OFFLINE_PAGE.slice(1)), { recursive: true });
    expect(() => writeOfflineFiles(dir)).toThrow(/offline page \/geen-verbinding\/ was not built/);
  });

  test('_headers makes every update check of the worker reach the server, under the same policy as every page', () => {
    const rules = parseHeadersFile(headersFile());
    const worker = headersFor(rules, '/sw.js');
    expect(worker['Cache-Control']).toBe('no-cache');
    expect(worker['Content-Security-Policy']).toContain("worker-src 'self'");
    expect(headersFor(rules, '/praktijken/')['Cache-Control']).toBeUndefined();
  });
});
