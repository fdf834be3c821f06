/**
 * Search page enhancement on Pagefind's JS API. Pagefind's own UIs combine values
 * within one filter with AND; here values within a filter combine with OR (`any`)
 * and filters combine with AND. Query and filters live in the URL so a search can be
 * shared and restored. Counts per value show how many results that value would give
 * with the other filters as they are (disjunctive facets).
 */
import { searchFilterKeys } from '../lib/search-keys';
import { searchRecords, type PagefindApi, type RankedResult } from '../search/engine';

type FilterState = Record<string, string[]>;
interface State { q: string; filters: FilterState }
interface PagefindResult { id: string; data: () => Promise<PagefindData> }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string> }
interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: { filters?: object }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;

export function readState(search: string): State {
  const params = new URLSearchParams(search);
  const filters: FilterState = {};
  for (const key of searchFilterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function writeState(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of searchFilterKeys) for (const v of state.filters[key] ?? []) params.append(key, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind filter object: OR within a filter, AND across filters; `except` leaves one filter out. */
export function toPagefindFilters(filters: FilterState, except?: string): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters)) {
    if (key !== except && values.length) out[key] = { any: values };
  }
  return out;
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export function startSearch() {
  const form = document.getElementById('zoekformulier') as HTMLFormElement;
  const input = document.getElementById('zoekterm') as HTMLInputElement;
  const status = document.getElementById('zoekstatus')!;
  const list = document.getElementById('zoekresultaten')!;
  const more = document.getElementById('meer-resultaten') as HTMLButtonElement;
  const failure = document.getElementById('zoekfout')!;
  const clear = document.getElementById('filters-wissen') as HTMLAnchorElement;
  document.getElementById('zoek-zonder-js')!.hidden = true;

  let pagefind: Pagefind | undefined;
  let results: RankedResult[] = [];
  let shown = 0;
  let generation = 0;

  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('fieldset[data-filter] input[type=checkbox]')];

  function stateFromForm(): State {
    const filters: FilterState = {};
    for (const box of boxes()) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return { q: input.value.trim(), filters };
  }

  function applyToForm(state: State) {
    input.value = state.q;
    for (const box of boxes()) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    // Open a collapsed filter group that has a selection, so the restored state is visible.
    for (const key of Object.keys(state.filters)) {
      form.querySelector(`fieldset[data-filter="${key}"]`)?.closest('details')?.setAttribute('open', '');
    }
  }

  async function load(): Promise<Pagefind> {
    if (pagefind) return pagefind;
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    // Pagefind counts filter values only once its filter index is loaded; without this,
    // a search restored from a shared URL would show every count as 0.
    await pf.filters();
    pagefind = pf;
    return pf;
  }

  function showFailure(error: unknown) {
    console.error('Kapstok search failed to load', error);
    failure.hidden = false;
    status.textContent = 'Zoeken kan nu niet laden.';
    form.dataset.status = 'error';
    list.replaceChildren();
    more.hidden = true;
  }

  async function renderMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    for (const d of data) list.append(renderResult(d));
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  function renderResult(d: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'card';
    const h = document.createElement('h2');
    h.className = 'text-lg m-0';
    const a = document.createElement('a');
    a.href = d.url;
    a.dataset.resultUrl = d.url;
    a.textContent = d.meta.title ?? d.url;
    h.append(a);
    const summary = document.createElement('p');
    summary.className = 'mb-1';
    summary.textContent = d.meta.samenvatting ?? '';
    const meta = document.createElement('p');
    meta.className = 'meta m-0';
    meta.textContent = [d.meta.soort, d.meta.plaats, d.meta.jaar && `bron uit ${d.meta.jaar}`].filter(Boolean).join(' · ');
    li.append(h, summary, meta);
    return li;
  }

  function setCounts(key: string, counts: Record<string, number>) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`fieldset[data-filter="${key}"] input`)) {
      const label = form.querySelector(`label[for="${box.id}"] [data-count]`);
      if (label) label.textContent = `(${counts[box.value] ?? 0})`;
    }
  }

  async function run(state: State) {
    const mine = ++generation;
    form.dataset.status = 'busy';
    let pf: Pagefind;
    try {
      pf = await load();
    } catch (e) {
      showFailure(e);
      return;
    }
    const active = Object.keys(state.filters).length > 0;
    try {
      if (!state.q && !active) {
        const totals = await pf.filters();
        if (mine !== generation) return;
        for (const key of searchFilterKeys) setCounts(key, totals[key] ?? {});
        results = [];
        list.replaceChildren();
        more.hidden = true;
        status.textContent = 'Typ een zoekterm of kies een filter.';
        form.dataset.status = 'done';
        return;
      }
      const main = await pf.search(state.q || null, { filters: toPagefindFilters(state.filters) });
      const ranked = await searchRecords(pf as unknown as PagefindApi, state.q, toPagefindFilters(state.filters));
      // Counts per filter: the search with every other filter applied, but not this one.
      const perKey = await Promise.all(
        searchFilterKeys.map((key) =>
          state.filters[key] ? pf.search(state.q || null, { filters: toPagefindFilters(state.filters, key) }) : main,
        ),
      );
      if (mine !== generation || !main) return;
      searchFilterKeys.forEach((key, i) => setCounts(key, perKey[i]?.filters[key] ?? {}));
      results = ranked.results;
      shown = 0;
      list.replaceChildren();
      await renderMore();
      if (mine !== generation) return;
      const n = results.length;
      const filterCount = Object.values(state.filters).reduce((s, v) => s + v.length, 0);
      status.textContent =
        (n === 0 ? 'Geen resultaten' : plural(n, 'resultaat', 'resultaten')) +
        (state.q ? ` voor “${state.q}”` : '') +
        (filterCount ? ` met ${plural(filterCount, 'filter', 'filters')}` : '') +
        '.';
      form.dataset.status = 'done';
    } catch (e) {
      showFailure(e);
    }
  }

  let timer: number | undefined;
  function update({ immediate = false } = {}) {
    const state = stateFromForm();
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    window.clearTimeout(timer);
    if (immediate) void run(state);
    else timer = window.setTimeout(() => void run(state), 200);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update({ immediate: true });
  });
  input.addEventListener('input', () => update());
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type=checkbox]')) update({ immediate: true });
  });
  more.addEventListener('click', () => void renderMore());
  clear.addEventListener('click', (e) => {
    e.preventDefault();
    applyToForm({ q: input.value.trim(), filters: {} });
    update({ immediate: true });
  });

  const initial = readState(location.search);
  applyToForm(initial);
  void run(initial);
}
