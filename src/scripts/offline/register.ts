/**
 * Start the service worker (/sw.js, see src/offline/) once the page has loaded, so it
 * never competes with the page itself. Not on /zoeken/: a first search there loads only
 * what the search needs. Browsers without service workers, or that refuse one (private
 * windows), simply stay online-only.
 */
export function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  const start = async () => {
    const sw = navigator.serviceWorker;
    const controlled = Boolean(sw.controller);
    await sw.register('/sw.js');
    if (controlled) return;
    // This page came before the worker did: ask it to keep the page and its files now.
    const { active } = await sw.ready;
    const files = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(location.origin));
    active?.postMessage({ type: 'keep', page: location.href, files });
  };
  const run = () => void start().catch(() => {});
  if (document.readyState === 'complete') run();
  else addEventListener('load', run, { once: true });
}
