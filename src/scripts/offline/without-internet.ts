/**
 * /zonder-internet/: save the whole search index on request ("Zoeken zonder internet"),
 * list the pages kept on this device, and wipe them. The service worker does the work
 * (src/offline/worker.js); this page asks and reports. Nothing is fetched before the
 * reader asks, apart from the small list of files and their size.
 */
import { SEARCH_MANIFEST } from '../../offline/routing.mjs';
import { showSavedPages } from './saved-pages';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const number = (n: number) => n.toLocaleString('nl-BE');

interface Manifest {
  build: string;
  bytes: number;
  files: string[];
}

type Reply =
  | { type: 'search-progress'; done: number; total: number }
  | { type: 'search-saved'; ok: boolean; reason?: 'outdated' | 'failed' | 'network'; failed?: number }
  | { type: 'cleared' };

export function startWithoutInternet() {
  const box = $('zoeken-offline');
  const noScript = $('zonder-internet-zonder-js');
  const size = $('zoeken-offline-grootte');
  const button = $<HTMLButtonElement>('zoeken-offline-knop');
  const status = $('zoeken-offline-status');
  // Progress is not announced file by file: the live status says when it starts and ends.
  const progress = $('zoeken-offline-voortgang');
  const onward = $('zoeken-offline-verder');
  const savedBox = $('bewaarde-paginas');
  const savedList = $('bewaarde-lijst');
  const savedCount = $('bewaard-aantal');
  const clear = $<HTMLButtonElement>('bewaard-wissen');
  noScript.hidden = true;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    $('zonder-internet-niet').hidden = false;
    return;
  }
  box.hidden = false;

  const refreshSaved = async () => {
    const n = await showSavedPages(savedBox, savedList).catch(() => 0);
    savedCount.textContent = n === 0 ? 'Er zijn nog geen pagina’s bewaard op dit toestel.' : n === 1 ? 'Eén pagina is bewaard op dit toestel.' : `${number(n)} pagina’s zijn bewaard op dit toestel.`;
    clear.hidden = n === 0;
  };

  const showSize = async () => {
    const kept = await caches.match(SEARCH_MANIFEST);
    onward.hidden = !kept;
    if (kept) {
      status.textContent = 'De zoekindex staat op dit toestel: zoeken werkt ook zonder internet.';
      size.hidden = true;
      button.hidden = true;
      return;
    }
    size.hidden = false;
    button.hidden = false;
    try {
      const response = await fetch(SEARCH_MANIFEST, { cache: 'no-cache' });
      const manifest = (await response.json()) as Manifest;
      size.textContent = `Dat is ongeveer ${number(Math.ceil(manifest.bytes / 1024))} kB (${number(manifest.files.length)} bestanden). Gebruik liefst wifi.`;
    } catch {
      size.textContent = 'Zonder verbinding kan de zoekindex niet bewaard worden.';
    }
  };

  // Registered by every page already (register.ts); again here in case this page was the first.
  const worker = async () => {
    await navigator.serviceWorker.register('/sw.js');
    return (await navigator.serviceWorker.ready).active;
  };

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const reply = event.data;
    if (reply.type === 'search-progress') {
      progress.textContent = `${number(reply.done)} van ${number(reply.total)} bestanden bewaard.`;
    } else if (reply.type === 'search-saved') {
      button.disabled = false;
      progress.textContent = '';
      if (reply.ok) {
        status.textContent = 'Klaar. Zoeken werkt nu ook zonder internet op dit toestel.';
        onward.hidden = false;
        button.hidden = true;
        size.hidden = true;
      } else if (reply.reason === 'outdated') {
        status.textContent = 'Er is intussen een nieuwe versie van Kapstok. Laad deze pagina opnieuw en probeer het nog eens.';
      } else if (reply.reason === 'failed') {
        status.textContent = `${number(reply.failed ?? 0)} bestanden konden niet geladen worden. Probeer het opnieuw.`;
      } else {
        status.textContent = 'Dat lukte niet. Hebt u verbinding? Probeer het later opnieuw.';
      }
      void refreshSaved();
    } else if (reply.type === 'cleared') {
      clear.disabled = false;
      status.textContent = 'Alles wat Kapstok op dit toestel bewaarde, is gewist.';
      void refreshSaved();
      void showSize();
    }
  });
  navigator.serviceWorker.startMessages();

  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Bezig met bewaren …';
    try {
      (await worker())?.postMessage({ type: 'save-search' });
    } catch {
      button.disabled = false;
      status.textContent = 'Uw browser laat niet toe dat Kapstok iets bewaart (bijvoorbeeld in een privévenster).';
    }
  });
  clear.addEventListener('click', async () => {
    clear.disabled = true;
    try {
      (await worker())?.postMessage({ type: 'clear' });
    } catch {
      clear.disabled = false;
    }
  });

  void showSize();
  void refreshSaved();
}
