/**
 * The search state in the URL (`/zoeken/?q=…&domein=…&exact=1`), so a search can be
 * shared, bookmarked and restored by Back. Reading a URL never throws: whatever a link
 * holds (unknown filters, broken `%` encodings, a huge query) becomes a valid state plus
 * a list of what was dropped, which the page tells the reader.
 */
import { searchFilterKeys } from '../../lib/search-keys';

export type FilterKey = (typeof searchFilterKeys)[number];
export type FilterState = Partial<Record<FilterKey, string[]>>;
export interface State {
  q: string;
  filters: FilterState;
  /** Search exactly what was typed, without typo correction. */
  exact: boolean;
}
/** What a URL held that the state could not keep. */
export interface StateProblems {
  /** Filter names or values that do not exist (as `name=value`, shortened). */
  unknownFilters: string[];
  /** The query was longer than MAX_QUERY and was cut. */
  truncated: boolean;
  /** Some `%` escapes could not be decoded. */
  badEncoding: boolean;
}

/** Longer queries are cut: nobody types more, and Pagefind's work grows with every word. */
export const MAX_QUERY = 200;

/** The allowed values per filter, as the page lists them. */
export type KnownValues = Record<string, ReadonlySet<string>>;

const isKey = (k: string): k is FilterKey => (searchFilterKeys as readonly string[]).includes(k);
const BAD_ESCAPE = /%(?![0-9a-fA-F]{2})/;
const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Decode one raw URL component; a broken escape keeps its raw text instead of failing. */
function decode(raw: string): { text: string; ok: boolean } {
  const plus = raw.replace(/\+/g, ' ');
  try {
    return { text: decodeURIComponent(plus), ok: true };
  } catch {
    // Decode what can be decoded, run by run; drop the runs that are not valid UTF-8.
    const text = plus
      .replace(/%[0-9a-fA-F]?(?![0-9a-fA-F])/g, '')
      .replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
        try {
          return decodeURIComponent(run);
        } catch {
          return '';
        }
      });
    return { text, ok: false };
  }
}

/** Read the state from `location.search`. `known` limits filters to values the page offers. */
export function readState(search: string, known?: KnownValues): { state: State; problems: StateProblems } {
  const problems: StateProblems = { unknownFilters: [], truncated: false, badEncoding: false };
  const filters: FilterState = {};
  let q = '';
  let exact = false;
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (!name.ok || !value.ok || BAD_ESCAPE.test(pair)) problems.badEncoding = true;
    const key = name.text;
    const v = value.text.replace(/\uFFFD/g, '').trim();
    if (key === 'q') q = v;
    else if (key === 'exact') exact = v === '1';
    else if (isKey(key)) {
      if (!v) continue;
      if (known && !known[key]?.has(v)) problems.unknownFilters.push(short(`${key}=${v}`));
      else if (!filters[key]?.includes(v)) (filters[key] ??= []).push(v);
    } else if (v || key) {
      problems.unknownFilters.push(short(v ? `${key}=${v}` : key));
    }
  }
  q = q.replace(/\s+/g, ' ');
  if (q.length > MAX_QUERY) {
    q = q.slice(0, MAX_QUERY).trim();
    problems.truncated = true;
  }
  return { state: { q, filters, exact: exact && q !== '' }, problems };
}

/** The query string for a state, filters in a fixed order; empty state is ''. */
export function writeState(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of searchFilterKeys) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.exact && state.q) params.set('exact', '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind filter object: OR within a filter, AND across filters; `except` leaves one filter out. */
export function toPagefindFilters(filters: FilterState, except?: string): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of searchFilterKeys) {
    const values = filters[key];
    if (key !== except && values?.length) out[key] = { any: values };
  }
  return out;
}

export const activeFilterCount = (filters: FilterState) =>
  Object.values(filters).reduce((n, values) => n + (values?.length ?? 0), 0);

export const sameState = (a: State, b: State) => writeState(a) === writeState(b);

/** A query as the live region and headings quote it: short, so a long query is not read out whole. */
export const quoteQuery = (q: string) => `“${short(q)}”`;
