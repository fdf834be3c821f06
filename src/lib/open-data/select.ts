/**
 * Which records of the open data a hub or list page holds, stated so that the browser
 * can pick them from the published data files (/data/*.json) when a reader downloads the
 * page as CSV: the record types, and optionally the fields of an exported record one of
 * which must hold a value ("domains" holds "huisvesting"). A page states its selection
 * in data attributes instead of listing ids, so its HTML stays small however many
 * records it holds. The build checks every page's selection against the records the
 * page itself derives (ExportButton.astro), so the two can never drift apart.
 *
 * Browser-safe: no Node imports.
 */
import { recordSections } from '../record-sections.mjs';

export type Collection = keyof typeof recordSections;
export const collections = Object.keys(recordSections) as Collection[];

export interface Selection {
  /** The record types the set is drawn from, in file order. */
  types: Collection[];
  /** With `value`: a record is in the set when one of these fields holds the value. A dotted path reads into objects and lists ("sources.source"). */
  fields?: string[];
  value?: string;
}

/** Every value found at a dotted path of an exported record, lists flattened. */
export function valuesAt(record: unknown, path: string): unknown[] {
  let found: unknown[] = [record];
  for (const key of path.split('.')) {
    found = found
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
      .map((v) => v[key]);
  }
  return found.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== undefined && v !== null);
}

export function selects(selection: Selection, record: unknown): boolean {
  const { fields, value } = selection;
  if (!fields?.length || value === undefined) return true;
  return fields.some((f) => valuesAt(record, f).some((v) => String(v) === value));
}

/** The records of the selection, per type in the order of the data files. */
export function selectRecords<T>(records: Partial<Record<Collection, T[]>>, selection: Selection): T[] {
  return selection.types.flatMap((type) => (records[type] ?? []).filter((r) => selects(selection, r)));
}

/**
 * What is wrong when a page's selection does not pick exactly the records the page
 * lists (given as URL paths), or undefined when it does.
 */
export function selectionMismatch(page: string, selection: Selection, picked: Set<string>, paths: string[]): string | undefined {
  const own = new Set(paths);
  const missing = [...own].filter((p) => !picked.has(p));
  const extra = [...picked].filter((p) => !own.has(p));
  if (!missing.length && !extra.length) return undefined;
  return (
    `CSV download on ${page}: its selection ${JSON.stringify(selection)} does not pick the records the page lists` +
    (missing.length ? `; ${missing.length} missing, e.g. ${missing.slice(0, 3).join(', ')}` : '') +
    (extra.length ? `; ${extra.length} not on the page, e.g. ${extra.slice(0, 3).join(', ')}` : '')
  );
}

/** URL paths of the exported records a selection picks. */
export const pickedPaths = (records: Partial<Record<Collection, { url: string }[]>>, selection: Selection) =>
  new Set(selectRecords(records, selection).map((r) => new URL(r.url).pathname));

/** The selection as data attributes of the export control (values without spaces, so lists are space-separated). */
export function selectionAttributes(selection: Selection): Record<string, string> {
  const out: Record<string, string> = { 'data-export-types': selection.types.join(' ') };
  if (selection.fields?.length && selection.value !== undefined) {
    out['data-export-fields'] = selection.fields.join(' ');
    out['data-export-value'] = selection.value;
  }
  return out;
}

/** Read a selection back from an element's dataset; unknown types are an error, not an empty file. */
export function selectionOf(dataset: DOMStringMap): Selection {
  const types = (dataset.exportTypes ?? '').split(' ').filter(Boolean);
  const unknown = types.filter((t) => !(collections as string[]).includes(t));
  if (!types.length || unknown.length) throw new Error(`export control names no or unknown record types: "${dataset.exportTypes ?? ''}"`);
  const fields = (dataset.exportFields ?? '').split(' ').filter(Boolean);
  const value = dataset.exportValue;
  return fields.length && value !== undefined ? { types: types as Collection[], fields, value } : { types: types as Collection[] };
}

/** The data file of a record type, e.g. /data/praktijken.json. */
export const dataFile = (type: Collection, ext: 'json' | 'schema.json') => `/data/${recordSections[type]}.${ext}`;

/** The record type of a record page path ("/praktijken/x/" → "practices"). */
export function typeOfPath(path: string): Collection | undefined {
  const section = path.split('/')[1];
  return collections.find((c) => recordSections[c] === section);
}

const slugPart = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Longer names are cut at a word: a file name that says what it holds, not the whole query. */
const MAX_NAME = 80;

function fileName(parts: string[]): string {
  let name = ['kapstok', ...parts.map(slugPart).filter(Boolean)].join('-');
  if (name.length > MAX_NAME) name = name.slice(0, MAX_NAME).replace(/-[^-]*$/, '');
  return `${name}.csv`;
}

/** File name for a page's CSV, from its path: "/thema/huisvesting/" → "kapstok-thema-huisvesting.csv"; later pages of a list name the list. */
export function pageFileName(path: string): string {
  return fileName(path.replace(/\/pagina\/\d+\/?$/, '/').split('/'));
}

/** File name for a search's CSV: "kapstok-zoeken-taal-provincie-limburg.csv". */
export function searchFileName(query: string, filters: [string, string][]): string {
  return fileName(['zoeken', query, ...filters.flat()]);
}

/** Written by the Pagefind integration: Pagefind page id → record URL path, for the CSV of a search. */
export const SEARCH_URL_MAP = '/pagefind/kapstok-urls.json';
