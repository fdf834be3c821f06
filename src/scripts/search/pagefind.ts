/**
 * The Pagefind adapter: loads Pagefind only when a search runs and asks the engine
 * (src/search/engine.ts) for ranked results. Filter counts (filter-counts.ts) load and
 * run only when someone opens or uses the filters, so a first search downloads neither
 * their code nor Pagefind's filter chunks.
 */
import { searchRecords, type EngineResult, type PagefindApi } from '../../search/engine';
import { toPagefindFilters, type State } from './state';

export interface SearchOutcome extends EngineResult {
  /** No query but filters: every record that passes them, in browse order. */
  browse: boolean;
}

export class PagefindAdapter {
  private pagefind?: Promise<PagefindApi>;

  /** `values`: the values of each filter, as the page lists them (for the counts). */
  constructor(readonly values: Record<string, readonly string[]>) {}

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
}
