// How the service worker treats each request. Plain functions without imports: the
// build copies this file into the generated worker (src/integrations/offline.ts), and
// the unit tests import it as it is.

/** Every cache of this site starts with this; the rest of the name is the build's identity. */
export const CACHE_PREFIX = 'kapstok-';

/** The page shown for a page that was never visited, when there is no connection. */
export const OFFLINE_PAGE = '/geen-verbinding/';

/** What the build lists for "Zoeken zonder internet"; also the mark that the list was saved. */
export const SEARCH_MANIFEST = '/zoeken/zonder-internet.json';

/**
 * File names that carry a hash of their content: Vite's assets (`/_astro/name.HASH.js`)
 * and Pagefind's chunks (`/pagefind/index/nl_49e59bd.pf_index`, `pagefind.nl_a5be6a1490.pf_meta`).
 * A new content gets a new name, so a cached copy can never be stale.
 */
const HASHED = /^\/(?:_astro\/.+\.[\w-]{8}\.[a-z0-9]+|pagefind\/(?:(?:index|fragment|filter)\/)?[^/]*_[0-9a-f]{7,}\.pf_[a-z]+)$/;

/**
 * The strategy for one request:
 * - `page`: a navigation. Network first, so a reader online always gets the page as it
 *   is now; the copy kept is served only when the network fails.
 * - `hashed`: a file whose name changes with its content. Cache first.
 * - `asset`: any other file of the site (pagefind.js, the word lists, data files).
 *   Network first, like pages: these names stay the same from build to build.
 * - `none`: not ours to handle (another site, not GET, the worker, the search list).
 */
export function strategyFor(request, origin) {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin) return 'none';
  if (request.mode === 'navigate') return 'page';
  if (request.headers && request.headers.has && request.headers.has('range')) return 'none';
  if (url.pathname === '/sw.js' || url.pathname === SEARCH_MANIFEST) return 'none';
  if (HASHED.test(url.pathname)) return 'hashed';
  return 'asset';
}

/**
 * Everything is kept by its path. `/zoeken/?q=taal` is the page `/zoeken/`, filled in by
 * script; Pagefind asks for `pagefind-entry.json?ts=<now>` to pass HTTP caches, and that
 * must still be found offline. No file of this site differs by its query.
 */
export function cacheKey(url) {
  const u = new URL(url);
  return u.origin + u.pathname;
}

/** A response worth keeping: complete, from our own site, and not marked as private. */
export function storable(response) {
  return response.ok && response.status === 200 && response.type === 'basic' && !/no-store/.test(response.headers.get('Cache-Control') || '');
}

/** Caches of this site that belong to another build than `current`. */
export function isOldCache(name, current) {
  return name.startsWith(CACHE_PREFIX) && name !== current;
}

/**
 * A kept page as served without a connection: a note at the top of the main content
 * says so and when the copy was made (the server's Date header), because a kept page
 * may be older than the site.
 */
export function withOfflineNote(html, savedOn) {
  const when = savedOn && !Number.isNaN(savedOn.getTime())
    ? ` van ${savedOn.toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' })}`
    : '';
  const note = `<div class="notice" id="offline-melding"><p class="m-0"><strong>Geen verbinding.</strong> U ziet de versie${when} die op dit toestel bewaard is. Ze kan intussen veranderd zijn.</p></div>`;
  return html.replace(/<main\b[^>]*>/, (open) => open + note);
}
