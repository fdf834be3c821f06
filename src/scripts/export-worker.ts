/**
 * Builds the CSV of a hub, a list or a search from the published open data:
 * /data/<type>.json for the records and /data/<type>.schema.json for the columns,
 * through the same column and cell code as the build's /data/ CSV files
 * (lib/open-data/csv.ts). No server is asked anything.
 *
 * A Web Worker, started by a download button (export-button.ts) on its click: the page
 * loads none of this before, and reading large data files never blocks the page. It
 * answers with messages for the reader's status line, the last one with the file.
 */
import { csvColumnsOf, csvTable } from '../lib/open-data/csv';
import { collections, dataFile, SEARCH_URL_MAP, searchFileName, selectRecords, typeOfPath, type Collection, type Selection } from '../lib/open-data/select';

/** What a page asks for: its own selection, or the results of a search (Pagefind page ids, in rank order). */
export type ExportRequest = { selection: Selection; name: string } | { ids: string[]; query: string; search: string };

/** A message for the page: status text, and with `done` the end (with the file when it worked). */
export interface ExportMessage {
  text: string;
  done?: boolean;
  file?: { blob: Blob; name: string };
}

interface Exported { url: string }

/** A failure the reader can act on; its message says what and what to do. */
class ReaderError extends Error {}

async function getJson<T>(file: string): Promise<T> {
  try {
    const r = await fetch(file);
    if (r.ok) return (await r.json()) as T;
  } catch {
    // Reported below, as for a failed answer.
  }
  throw new ReaderError(`Het gegevensbestand ${file} kon niet geladen worden, dus er is geen CSV gemaakt. Controleer uw verbinding en probeer het opnieuw.`);
}

/** Records and JSON Schema of each type. */
async function load(types: Collection[]) {
  const entries = await Promise.all(
    types.map(async (t) => {
      const [schema, records] = await Promise.all([getJson<Record<string, unknown>>(dataFile(t, 'schema.json')), getJson<Exported[]>(dataFile(t, 'json'))]);
      return [t, { schema, records }] as const;
    }),
  );
  return new Map(entries);
}

const pathOf = (r: Exported) => new URL(r.url).pathname;

/** The CSV of records of several types: the columns of the types present, in the order of the data files. */
function table(rows: Exported[], data: Awaited<ReturnType<typeof load>>): string {
  const present = new Set(rows.map((r) => typeOfPath(pathOf(r))));
  return csvTable(csvColumnsOf(collections.filter((c) => present.has(c) && data.has(c)).map((c) => data.get(c)!.schema)), rows);
}

/** The CSV of a hub or list page: the records its selection picks. */
async function pageCsv(selection: Selection) {
  const data = await load(selection.types);
  const rows = selectRecords<Exported>(Object.fromEntries([...data].map(([t, d]) => [t, d.records])), selection);
  return { csv: table(rows, data), n: rows.length };
}

/**
 * The CSV of a search: every result, in rank order. Result ids are Pagefind page ids;
 * one file written by the build (SEARCH_URL_MAP) maps them to record URLs, so no
 * Pagefind fragment is loaded per result.
 */
async function searchCsv(ids: string[]) {
  const urls = await getJson<Record<string, string>>(SEARCH_URL_MAP);
  const paths = ids.map((id) => urls[id]);
  const data = await load(collections.filter((c) => paths.some((p) => p && typeOfPath(p) === c)));
  const byPath = new Map([...data.values()].flatMap((d) => d.records.map((r) => [pathOf(r), r] as const)));
  const rows = paths.map((p) => (p ? byPath.get(p) : undefined));
  if (rows.some((r) => !r)) {
    throw new ReaderError('De zoekresultaten horen bij een andere versie van Kapstok dan de gegevensbestanden. Laad de pagina opnieuw en probeer het nog eens.');
  }
  return { csv: table(rows as Exported[], data), n: rows.length };
}

/** The file name of a search: its query and the filters in its URL. */
function searchName(query: string, search: string): string {
  return searchFileName(query, [...new URLSearchParams(search)].filter(([k]) => k !== 'q' && k !== 'exact'));
}

async function answer(request: ExportRequest): Promise<ExportMessage> {
  try {
    const { csv, n } = 'ids' in request ? await searchCsv(request.ids) : await pageCsv(request.selection);
    const name = 'ids' in request ? searchName(request.query, request.search) : request.name;
    return { text: `Klaar: ${n === 1 ? '1 fiche' : `${n} fiches`} in ${name}.`, done: true, file: { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), name } };
  } catch (e) {
    if (e instanceof ReaderError) return { text: e.message, done: true };
    console.warn('Kapstok could not make the CSV', e);
    return { text: 'Er ging iets mis bij het maken van de CSV. Probeer het opnieuw, of gebruik de volledige bestanden op de pagina Open data.', done: true };
  }
}

const post = (m: ExportMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async ({ data }: MessageEvent<ExportRequest>) => {
  post({ text: 'De CSV wordt gemaakt …' });
  post(await answer(data));
};
