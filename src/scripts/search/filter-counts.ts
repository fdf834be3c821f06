/**
 * Filter counts: how many results each filter value would give with the other filters
 * as they are (disjunctive facets), for exactly the records the engine returns. Loaded
 * when someone turns to the filters (element.ts), never with a first search.
 */
import { searchFilterKeys } from '../../lib/search-keys';
import type { PagefindAdapter, SearchOutcome } from './pagefind';
import type { FilterState, State } from './state';

export type Counts = Record<string, Record<string, number>>;

/** Page ids per filter value; independent of the query, so computed once per filter. */
const valueIds = new Map<string, Promise<Record<string, Set<string>>>>();

/** The engine's ids for the query intersected with the ids of each value. */
export async function countFilters(adapter: PagefindAdapter, state: State, current: SearchOutcome): Promise<Counts> {
  const out: Counts = {};
  for (const key of searchFilterKeys) {
    if (!adapter.values[key]?.length) continue; // A list not fetched yet has nothing to count.
    const byValue = await idsOf(adapter, key);
    const selected = state.filters[key]?.length;
    const others: FilterState = { ...state.filters, [key]: [] };
    const base = selected ? await adapter.search({ ...state, filters: others }) : current;
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

function idsOf(adapter: PagefindAdapter, key: string) {
  let ids = valueIds.get(key);
  if (!ids) {
    ids = (async () => {
      const pf = await adapter.load();
      const out: Record<string, Set<string>> = {};
      for (const value of adapter.values[key] ?? []) {
        const found = await pf.search(null, { filters: { [key]: { any: [value] } } });
        out[value] = new Set((found?.results ?? []).map((r) => r.id));
      }
      return out;
    })();
    valueIds.set(key, ids);
    ids.catch(() => valueIds.delete(key));
  }
  return ids;
}
