/**
 * The saved list (bewaarlijst): record keys ("praktijken/buurthuis-ruisbroek", the
 * record's URL path) kept in this browser's localStorage only after the reader presses
 * "Bewaar" (opt-in), and shareable as /bewaarlijst/?fiches=key,key. Nothing is sent.
 */
export const STORAGE_KEY = 'kapstok:bewaarlijst:v1';
/** Label of a "Bewaar" button, not saved and saved (record pages, search results). */
export const SAVE_LABEL = 'Bewaar';
export const SAVED_LABEL = 'Bewaard (klik om te verwijderen)';
export const KEY_PATTERN = /^(praktijken|aanbevelingen|organisaties|subsidies)\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** The key of a record page path: "/praktijken/x/" → "praktijken/x". */
export const keyOfPath = (path: string) => path.replace(/^\/|\/$/g, '');

export function readSaved(storage: Storage): string[] {
  try {
    const list = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string' && KEY_PATTERN.test(k)) : [];
  } catch {
    return [];
  }
}

export function writeSaved(storage: Storage, keys: string[]): void {
  if (keys.length) storage.setItem(STORAGE_KEY, JSON.stringify([...new Set(keys)]));
  else storage.removeItem(STORAGE_KEY);
}

/** Keys from a shared URL's ?fiches= parameter, split into well-formed and garbage. */
export function keysFromUrl(search: string): { keys: string[]; garbage: string[] } {
  const raw = new URLSearchParams(search).get('fiches');
  if (raw === null) return { keys: [], garbage: [] };
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return { keys: [...new Set(parts.filter((p) => KEY_PATTERN.test(p)))], garbage: parts.filter((p) => !KEY_PATTERN.test(p)) };
}

/** Puts a record on the saved list, or takes it off; returns whether it is saved now. */
export function toggleSaved(storage: Storage, key: string): boolean {
  const list = readSaved(storage);
  const saved = !list.includes(key);
  writeSaved(storage, saved ? [...list, key] : list.filter((k) => k !== key));
  return saved;
}

/**
 * Shows on a "Bewaar" button whether its record is saved: `aria-pressed` and the label.
 * (Record pages and search results; the search page sets the first state of its
 * buttons itself, from the same words rendered into the page, and loads this module on
 * the first click.)
 */
export function markSaved(button: HTMLElement, saved: boolean): void {
  button.setAttribute('aria-pressed', String(saved));
  button.textContent = saved ? SAVED_LABEL : SAVE_LABEL;
}

export function shareUrl(origin: string, keys: string[]): string {
  return `${origin}/bewaarlijst/?fiches=${keys.join(',')}`;
}
