/**
 * Words of the CSV download buttons, rendered into the pages at build time, so the
 * search page's script carries none of them (see export-button.ts).
 */

/** "Download deze 37 fiches als CSV"; `{n}` in `many` stands for the number, for the search page's script. */
export function exportLabel(n: number | '{n}', one = 'fiche', many = 'fiches'): string {
  return n === 1 ? `Download deze ${one} als CSV` : `Download deze ${typeof n === 'number' ? new Intl.NumberFormat('nl-BE').format(n) : n} ${many} als CSV`;
}
