import { keysFromUrl, readSaved, shareUrl, writeSaved } from '../lib/saved-list';
import { toCsv } from '../lib/open-data/csv';

interface Entry { key: string; title: string; type: string; year: number }

const $ = (id: string) => document.getElementById(id)!;

/**
 * The /bewaarlijst/ page: the saved records grouped by type, or the ones in a shared
 * link (which the reader can then keep), with print, share, CSV export and clear.
 */
export async function startSavedListPage() {
  $('bewaarlijst-zonder-js').hidden = true;
  $('bewaarlijst').hidden = false;
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
    storage.getItem('x');
  } catch {
    storage = undefined;
  }
  const shared = keysFromUrl(location.search);
  const fromLink = new URLSearchParams(location.search).has('fiches');
  let keys = fromLink ? shared.keys : storage ? readSaved(storage) : [];
  const index: Entry[] = await (await fetch('/bewaarlijst/fiches.json')).json();
  const byKey = new Map(index.map((e) => [e.key, e]));
  const unknown = [...shared.garbage, ...keys.filter((k) => !byKey.has(k))];
  keys = keys.filter((k) => byKey.has(k));
  const messages: string[] = [];
  if (unknown.length) messages.push(`${unknown.length === 1 ? 'Eén fiche bestaat' : `${unknown.length} fiches bestaan`} niet (meer) en ${unknown.length === 1 ? 'staat' : 'staan'} niet in de lijst: ${unknown.join(', ')}.`);
  if (fromLink) messages.push('U bekijkt een gedeelde lijst.');
  if (!storage) messages.push('Deze browser laat niet toe iets te bewaren; u kunt de lijst wel afdrukken, delen en downloaden.');
  const note = $('bewaarlijst-melding');
  note.textContent = messages.join(' ');
  note.hidden = messages.length === 0;
  $('bewaarlijst-datum').textContent = new Date().toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });

  const render = () => {
    const entries = keys.map((k) => byKey.get(k)!);
    const groups = new Map<string, Entry[]>();
    for (const e of entries) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
    const content = $('bewaarlijst-inhoud');
    content.replaceChildren();
    for (const [type, list] of groups) {
      const h2 = document.createElement('h2');
      h2.textContent = `${type} (${list.length})`;
      const ul = document.createElement('ul');
      ul.className = 'list-disc pl-6';
      for (const e of list) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `/${e.key}/`;
        a.textContent = e.title;
        const meta = document.createElement('span');
        meta.className = 'meta break-all';
        meta.textContent = ` – informatie uit ${e.year} – ${location.origin}/${e.key}/`;
        li.append(a, meta);
        ul.append(li);
      }
      content.append(h2, ul);
    }
    $('bewaarlijst-leeg').hidden = entries.length > 0;
    $('bewaarlijst-acties').hidden = entries.length === 0;
    $('bewaarlijst-overnemen').hidden = !(fromLink && storage && entries.length);
    $('bewaarlijst-deellink').textContent = entries.length ? `Link naar deze lijst: ${shareUrl(location.origin, keys)}` : '';
  };
  render();

  $('bewaarlijst-afdrukken').addEventListener('click', () => window.print());
  $('bewaarlijst-delen').addEventListener('click', async () => {
    const link = shareUrl(location.origin, keys);
    try {
      await navigator.clipboard.writeText(link);
      note.textContent = 'De link is gekopieerd.';
    } catch {
      note.textContent = `Kopieer deze link: ${link}`;
    }
    note.hidden = false;
  });
  $('bewaarlijst-csv').addEventListener('click', () => {
    const rows = keys.map((k) => byKey.get(k)!).map((e) => [e.type, e.title, `${location.origin}/${e.key}/`, String(e.year)]);
    const blob = new Blob([toCsv(['soort', 'titel', 'url', 'jaar'], rows)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'kapstok-bewaarlijst.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  $('bewaarlijst-wissen').addEventListener('click', () => {
    keys = [];
    if (storage && !fromLink) writeSaved(storage, []);
    note.textContent = 'De lijst is gewist.';
    note.hidden = false;
    render();
  });
  $('bewaarlijst-overnemen').addEventListener('click', () => {
    if (!storage) return;
    writeSaved(storage, [...new Set([...readSaved(storage), ...keys])]);
    note.textContent = 'De lijst staat nu ook in uw eigen bewaarlijst.';
    note.hidden = false;
    $('bewaarlijst-overnemen').hidden = true;
  });
}
