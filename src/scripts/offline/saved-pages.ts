/**
 * The pages kept on this device by the service worker, read from its cache, so the
 * offline page and /zonder-internet/ can link to what still works without a connection.
 */
import { CACHE_PREFIX, OFFLINE_PAGE } from '../../offline/routing.mjs';

export interface SavedPage {
  path: string;
  title: string;
}

/** Our caches' names: one per build, normally just the current one. */
export async function ownCaches(): Promise<string[]> {
  if (!('caches' in window)) return [];
  return (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX));
}

/** Every kept page with its title, alphabetical. */
export async function savedPages(): Promise<SavedPage[]> {
  const pages = new Map<string, string>();
  for (const name of await ownCaches()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (url.origin !== location.origin || !url.pathname.endsWith('/') || url.pathname === OFFLINE_PAGE || pages.has(url.pathname)) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
      // DOMParser decodes the entities of the title and runs nothing.
      const title = raw ? new DOMParser().parseFromString(`<title>${raw}</title>`, 'text/html').title.replace(/ – Kapstok$/, '') : url.pathname;
      pages.set(url.pathname, title);
    }
  }
  return [...pages].map(([path, title]) => ({ path, title })).sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

/** Fill `list` with links to the kept pages and show `box`; leaves both as they are when none is kept. */
export async function showSavedPages(box: HTMLElement, list: HTMLElement): Promise<number> {
  const pages = await savedPages();
  list.replaceChildren(
    ...pages.map((p) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = p.path;
      a.textContent = p.title;
      li.append(a);
      return li;
    }),
  );
  box.hidden = pages.length === 0;
  return pages.length;
}
