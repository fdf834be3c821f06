// The body of the service worker. The build puts BUILD, PRECACHE and the functions of
// routing.mjs in front of it and writes the whole as /sw.js (src/integrations/offline.ts).
/* global BUILD, PRECACHE, CACHE_PREFIX, OFFLINE_PAGE, SEARCH_MANIFEST, strategyFor, cacheKey, storable, isOldCache, withOfflineNote */

const CACHE = CACHE_PREFIX + BUILD;
/** Files fetched at once while saving the search index: enough to be quick, few enough for a phone. */
const PARALLEL = 6;

self.addEventListener('install', (event) => {
  // Only the offline page and what it needs: the site itself is kept as the reader visits it.
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((u) => new Request(u, { cache: 'no-cache' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // A new build replaces the copies of the old one: its hashed files are gone from the site.
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => isOldCache(n, CACHE)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const how = strategyFor(event.request, self.location.origin);
  if (how === 'page') event.respondWith(page(event));
  else if (how === 'hashed') event.respondWith(cacheFirst(event));
  else if (how === 'asset') event.respondWith(networkFirst(event));
});

function keep(event, key, response) {
  if (storable(response)) {
    // Cloned now: once returned, the browser starts reading the body.
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((c) => c.put(key, copy)));
  }
  return response;
}

// No time-out on the network: a slow connection still gets the page as it is now.
async function page(event) {
  const key = cacheKey(event.request.url);
  let response;
  try {
    response = keep(event, key, await fetch(event.request));
  } catch {
    const cache = await caches.open(CACHE);
    const saved = await cache.match(key);
    if (!saved) return (await cache.match(OFFLINE_PAGE)) || Response.error();
    const date = saved.headers.get('Date');
    return rewritten(saved, (html) => withOfflineNote(html, date ? new Date(date) : undefined));
  }
  return response;
}

/** A page with its HTML changed; kept copies stay as the server sent them. */
async function rewritten(response, change) {
  if (!/^text\/html/.test(response.headers.get('Content-Type') || '')) return response;
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(change(await response.text()), { status: response.status, statusText: response.statusText, headers });
}

async function cacheFirst(event) {
  const key = cacheKey(event.request.url);
  const hit = await caches.match(key);
  if (hit) return hit;
  try {
    return keep(event, key, await fetch(event.request));
  } catch {
    return Response.error();
  }
}

async function networkFirst(event) {
  const key = cacheKey(event.request.url);
  try {
    return keep(event, key, await fetch(event.request));
  } catch {
    return (await caches.match(key)) || Response.error();
  }
}

/** Fetch one URL and keep it as the fetch handler would have. */
async function save(cache, url) {
  const request = new Request(url, { cache: 'no-cache' });
  const response = await fetch(request);
  if (!storable(response)) throw new Error(`${url}: HTTP ${response.status}`);
  await cache.put(cacheKey(request.url), response);
}

const ours = (u) => {
  try {
    return strategyFor({ url: new URL(u, self.location.origin).href, method: 'GET', mode: 'no-cors' }, self.location.origin) !== 'none';
  } catch {
    return false;
  }
};

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const client = event.source;
  const reply = (message) => client && client.postMessage(message);
  if (data.type === 'keep') {
    // The first page of a visit was loaded before this worker ran: keep it and its files now.
    // They come from the browser's HTTP cache, so this costs (almost) no transfer.
    const files = (data.files || []).filter(ours);
    event.waitUntil(
      caches.open(CACHE).then((cache) =>
        Promise.all([
          ours(data.page) ? save(cache, data.page).catch(() => {}) : undefined,
          ...files.map((u) => save(cache, u).catch(() => {})),
        ]),
      ),
    );
  } else if (data.type === 'save-search') {
    event.waitUntil(saveSearch(reply));
  } else if (data.type === 'clear') {
    // The reader wipes what is kept; the offline page comes back at once (if online).
    event.waitUntil(
      caches.keys()
        .then((names) => Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX)).map((n) => caches.delete(n))))
        .then(() => caches.open(CACHE))
        .then((cache) => cache.addAll(PRECACHE.map((u) => new Request(u, { cache: 'no-cache' }))))
        .catch(() => {})
        .then(() => reply({ type: 'cleared' })),
    );
  }
});

/**
 * "Zoeken zonder internet": fetch every file the search of this build can ask for, as
 * listed by the build. The list itself is kept last, as the mark that all is there.
 */
async function saveSearch(reply) {
  try {
    const response = await fetch(SEARCH_MANIFEST, { cache: 'no-cache' });
    const manifest = await response.json();
    if (manifest.build !== BUILD) return reply({ type: 'search-saved', ok: false, reason: 'outdated' });
    const cache = await caches.open(CACHE);
    const files = manifest.files;
    let next = 0;
    let done = 0;
    let failed = 0;
    const worker = async () => {
      while (next < files.length) {
        const url = files[next++];
        await save(cache, url).catch(() => failed++);
        done++;
        if (done % 25 === 0 || done === files.length) reply({ type: 'search-progress', done, total: files.length });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (failed) return reply({ type: 'search-saved', ok: false, reason: 'failed', failed });
    await cache.put(SEARCH_MANIFEST, new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
    reply({ type: 'search-saved', ok: true });
  } catch {
    reply({ type: 'search-saved', ok: false, reason: 'network' });
  }
}
