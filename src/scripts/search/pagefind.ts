/**
 * The Pagefind adapter: loads Pagefind only when a search runs, asks the engine
 * (src/search/engine.ts) for ranked results, and computes filter counts only when
 * someone opens or uses the filters, so a first search downloads no filter chunks.
 */
import { searchFilterKeys } from '../../lib/search-keys';
import { searchRecords, type EngineResult, type PagefindApi } from '../../search/engine';
import { toPagefindFilters, type FilterState, type State } from './state';

export type Counts = Record<string, Record<string, number>>;

export interface SearchOutcome extends EngineResult {
  /** No query but filters: every record that passes them, in browse order. */
  browse: boolean;
}

export class PagefindAdapter {
  private pagefind?: Promise<PagefindApi>;
  /** Page ids per filter value; independent of the query, so computed once per filter. */
  private valueIds = new Map<string, Promise<Record<string, Set<string>>>>();

  constructor(private readonly values: Record<string, readonly string[]>) {}

  load(): Promise<PagefindApi> {
    this.pagefind ??= (async () => {
      const url = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // No Web Worker: the worker script repeats what pagefind.js already holds (12 KB
      // gzip more on a first search), and this index is small enough for the main thread.
      await pf.options({ excerptLength: 24, noWorker: true });
      await pf.init();
      return pf;
    })();
    // A failed load may be retried by the next search (the network may be back).
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  /**
   * Start loading Pagefind on the first key typed, so the search after the pause is
   * quicker. Index chunks are not preloaded: the typed words may be stop words the
   * engine drops, and each chunk costs about 26 KB.
   */
  warmUp() {
    this.load().catch(() => {}); // The search itself reports a failure.
  }

  async search(state: State): Promise<SearchOutcome> {
    const pf = await this.load();
    const filters = toPagefindFilters(state.filters);
    if (!state.q && Object.keys(filters).length) {
      // Pagefind lists results without words in page order, which the index made the browse
      // order (by type, then title: src/integrations/pagefind.ts), so no sort is asked for.
      const found = await pf.search(null, { filters });
      const results = (found?.results ?? []).map((r, i) => ({ id: r.id, score: -i, data: r.data }));
      return { results, terms: [], browse: true };
    }
    return { ...(await searchRecords(pf, state.q, filters, { exact: state.exact })), browse: false };
  }

  /**
   * How many results each filter value would give with the other filters as they are
   * (disjunctive facets), for exactly the records the engine returns: the engine's ids
   * for the query intersected with the ids of each value.
   */
  async counts(state: State, current: SearchOutcome): Promise<Counts> {
    const out: Counts = {};
    for (const key of searchFilterKeys) {
      if (!this.values[key]?.length) continue; // A list not fetched yet has nothing to count.
      const byValue = await this.idsOf(key);
      const selected = state.filters[key]?.length;
      const others: FilterState = { ...state.filters, [key]: [] };
      const base = selected ? await this.search({ ...state, filters: others }) : current;
      const ids = new Set(base.results.map((r) => r.id));
      const noConstraint = !state.q && !Object.values(others).some((v) => v?.length);
      out[key] = {};
      for (const [value, members] of Object.entries(byValue)) {
        let n = 0;
        if (noConstraint) n = members.size;
        else for (const id of members) if (ids.has(id)) n++;
        out[key][value] = n;
      }
    }
    return out;
  }

  private idsOf(key: string) {
    let ids = this.valueIds.get(key);
    if (!ids) {
      ids = (async () => {
        const pf = await this.load();
        const out: Record<string, Set<string>> = {};
        for (const value of this.values[key] ?? []) {
          const found = await pf.search(null, { filters: { [key]: { any: [value] } } });
          out[value] = new Set((found?.results ?? []).map((r) => r.id));
        }
        return out;
      })();
      this.valueIds.set(key, ids);
      ids.catch(() => this.valueIds.delete(key));
    }
    return ids;
  }
}
