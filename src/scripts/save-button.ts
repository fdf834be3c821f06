import { markSaved, readSaved, toggleSaved } from '../lib/saved-list';

/** Turns the "Bewaar" button of a record into a toggle for the saved list (localStorage, opt-in). */
export function startSaveButtons() {
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.getItem('x');
  } catch {
    return; // No storage (blocked): the button stays hidden rather than pretend to save.
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-bewaar]')) {
    const key = button.dataset.bewaar!;
    const link = button.parentElement?.querySelector<HTMLElement>('[data-bewaar-link]');
    const show = (saved: boolean) => {
      markSaved(button, saved);
      if (link) link.hidden = readSaved(storage).length === 0;
    };
    button.addEventListener('click', () => show(toggleSaved(storage, key)));
    button.hidden = false;
    show(readSaved(storage).includes(key));
  }
}
