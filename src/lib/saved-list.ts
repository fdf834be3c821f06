/**
 * The saved list (bewaarlijst): record keys ("praktijken/buurthuis-ruisbroek", the
 * record's URL path) kept in this browser's localStorage only after the reader presses
 * "Bewaar" (opt-in), and shareable as /bewaarlijst/?fiches=key,key. Nothing is sent.
 */
export const STORAGE_KEY = 'kapstok:bewaarlijst:v1';
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

export function shareUrl(origin: string, keys: string[]): string {
  return `${origin}/bewaarlijst/?fiches=${keys.join(',')}`;
}
