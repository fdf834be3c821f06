/**
 * Where a page's index-only words end. The build puts every word a record is indexed
 * under but does not show (its keywords, compound parts, synonyms) at the start of the
 * text Pagefind indexes, followed by an empty element with this id. Pagefind lists that
 * element among the page's anchors with its word position, counted as Pagefind counts,
 * so the results view can tell an excerpt of shown text from one of the hidden words.
 */
export const VISIBLE_FROM = 'zichtbaar';

export interface PagefindAnchor {
  id: string;
  location: number;
}

/**
 * Whether an excerpt (plain text) comes from the text the page shows: Pagefind cuts it
 * from its content split at white space, so it lies after the marker exactly when the
 * words from the marker on contain it.
 */
export function inVisibleText(excerpt: string, content: string, anchors: readonly PagefindAnchor[] = []): boolean {
  const from = anchors.find((a) => a.id === VISIBLE_FROM)?.location ?? 0;
  const text = excerpt.trim();
  return text !== '' && content.split(/\s+/).slice(from).join(' ').includes(text);
}
