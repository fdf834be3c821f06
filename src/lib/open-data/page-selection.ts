import { openData } from './export';
import { pickedPaths, selectionMismatch, type Selection } from './select';

/** URL paths each selection picks from the open data; list pages repeat their selection on every page. */
const picked = new Map<string, Promise<Set<string>>>();

/**
 * Check at build time that a page's selection picks from the open data exactly the
 * records the page lists: the CSV a reader downloads is then the page's set, whichever
 * way each is derived. Throws with the page and the differences, which stops the build.
 */
export async function checkSelection(site: URL, page: string, selection: Selection, paths: string[]): Promise<void> {
  const key = JSON.stringify(selection);
  let chosen = picked.get(key);
  if (!chosen) {
    chosen = openData(site).then((data) => pickedPaths(data.records, selection));
    picked.set(key, chosen);
  }
  const problem = selectionMismatch(page, selection, await chosen, paths);
  if (problem) throw new Error(problem);
}
