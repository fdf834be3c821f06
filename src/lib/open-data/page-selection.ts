import { openData } from './export';
import { selectRecords, type Selection } from './select';

/** URL paths each selection picks from the open data; list pages repeat their selection on every page. */
const picked = new Map<string, Promise<Set<string>>>();

/**
 * Check at build time that a page's selection picks from the open data exactly the
 * records the page lists (given as URL paths): the CSV a reader downloads is then the
 * page's set, whichever way each is derived. Throws with the page and the differences.
 */
export async function checkSelection(site: URL, page: string, selection: Selection, paths: string[]): Promise<void> {
  const key = JSON.stringify(selection);
  let chosen = picked.get(key);
  if (!chosen) {
    chosen = openData(site).then((data) => new Set(selectRecords(data.records, selection).map((r) => new URL(r.url).pathname)));
    picked.set(key, chosen);
  }
  const set = await chosen;
  const own = new Set(paths);
  const missing = [...own].filter((p) => !set.has(p));
  const extra = [...set].filter((p) => !own.has(p));
  if (missing.length || extra.length) {
    throw new Error(
      `CSV download on ${page}: its selection ${key} does not pick the records the page lists` +
        (missing.length ? `; ${missing.length} missing, e.g. ${missing.slice(0, 3).join(', ')}` : '') +
        (extra.length ? `; ${extra.length} not on the page, e.g. ${extra.slice(0, 3).join(', ')}` : ''),
    );
  }
}
