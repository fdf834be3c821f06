/**
 * The search engine behind /zoeken/: turns what a person typed into Pagefind queries
 * and one ranked list. This is the contract between the engine (query rewriting,
 * stop words, compounds, synonyms, typo correction) and the view (the search page
 * component). The view only calls `searchRecords`; the engine never touches the DOM.
 */

/** What Pagefind's JS API gives per result (the subset we use). */
export interface PagefindResult {
  id: string;
  score?: number;
  words?: number[];
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  content?: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount?: number;
  filters: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}
/** The loaded `/pagefind/pagefind.js` module. */
export interface PagefindApi {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: { filters?: object; sort?: object }) => Promise<PagefindSearch | null>;
  preload?: (q: string, o?: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Pagefind filters: OR within a filter (`any`), AND across filters. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface RankedResult {
  /** Pagefind's result id. */
  id: string;
  /** Merged score; higher is better. */
  score: number;
  data: () => Promise<PagefindData>;
}

export interface EngineResult {
  /** Results in rank order. */
  results: RankedResult[];
  /** The words searched for after rewriting; the view highlights them. */
  terms: string[];
  /** Set when the engine searched a corrected query instead of what was typed. */
  correctedQuery?: string;
  /** Set when nothing was searched: an empty query, or only stop words. */
  nothingToSearch?: 'empty' | 'stopwords';
}

export interface SearchOptions {
  /** Search exactly what was typed: no typo correction ("Zoek in plaats daarvan op …"). */
  exact?: boolean;
}

/**
 * Search the records. With an empty query and filters, returns every record that
 * passes the filters (browse mode).
 */
export async function searchRecords(
  pf: PagefindApi,
  query: string,
  filters: PagefindFilters,
  _options: SearchOptions = {},
): Promise<EngineResult> {
  const q = query.trim();
  const hasFilters = Object.keys(filters).length > 0;
  if (!q && !hasFilters) return { results: [], terms: [], nothingToSearch: 'empty' };
  const found = await pf.search(q || null, { filters });
  const results = (found?.results ?? []).map((r, i) => ({ id: r.id, score: r.score ?? -i, data: r.data }));
  return { results, terms: q ? q.toLowerCase().split(/\s+/) : [] };
}
