/**
 * Dutch typography for text written with a plain keyboard: the apostrophe in
 * "OCMW's", "zo'n", "'s avonds" and "'s-Gravenwezel" becomes ’, 'single quotes'
 * become ‘…’ and "double quotes" “…”.
 *
 * Applied where texts are loaded, not to finished pages, so that every output of the
 * build (pages, /data/ files, feeds, JSON-LD, Open Graph, the search index) carries
 * the same text: record frontmatter (`typographic`, in src/content.config.ts), record
 * bodies (src/lib/typography-markdown.ts) and the reference and survey data that pages
 * print. The files on disk stay as their authors typed them.
 *
 * Every replacement swaps one quote character for another, so a text keeps its length
 * (typography-markdown.ts relies on that to map changes back to the Markdown source).
 */
export function dutchQuotes(text: string): string {
  if (!text.includes("'") && !text.includes('"')) return text;
  return (
    text
      // "double quotes" first, so that 'single quotes' inside them find their “ and ”.
      .replace(/(?<=^|[\s(\[‘-])"([^"\s][^"]*?)"(?=$|[\s.,;:!?)\]’-])/gu, '“$1”')
      // An apostrophe inside a word: OCMW's, zo'n, B's, do's.
      .replace(/(?<=[\p{L}\d])'(?=\p{L})/gu, '’')
      // Elided 's, 't and 'n at the start of a word: 's avonds, 't Lo, 's-Gravenwezel, Sint-Job-in-'t-Goor.
      .replace(/(?<=^|[\s(\[“-])'(?=[stn](?:$|[\s-]))/gu, '’')
      .replace(/(?<=^|[\s(\[“-])'([^'\s][^']*?)'(?=$|[\s.,;:!?)\]”-])/gu, '‘$1’')
  );
}

/**
 * Keys whose strings are facts to be copied exactly, never typeset: an apostrophe in an
 * e-mail address, a web address or a file name is part of it.
 */
const VERBATIM_KEYS = new Set(['url', 'email', 'phone', 'href', 'file']);

/**
 * `dutchQuotes` on every string of a loaded value (a record's frontmatter, a data file),
 * except under the keys in VERBATIM_KEYS. Returns a new value; the input is left alone.
 */
export function typographic<T>(value: T, key?: string): T {
  if (typeof value === 'string') return (key !== undefined && VERBATIM_KEYS.has(key) ? value : dutchQuotes(value)) as T;
  if (Array.isArray(value)) return value.map((v) => typographic(v, key)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typographic(v, k)])) as T;
  }
  return value;
}
