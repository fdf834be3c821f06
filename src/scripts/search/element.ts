/**
 * `<kapstok-search>`: enhances the plain search form on /zoeken/. It wires the URL
 * state (state.ts), the Pagefind adapter (pagefind.ts) and the results view (view.ts).
 *
 * History: a new query is a new history entry, so Back returns to the previous search;
 * typing refines the entry it started, and filter changes replace the current entry.
 * Every asynchronous step checks a generation number, so an answer (or a "meer
 * resultaten" batch) that belongs to an older search is dropped instead of shown.
 */
import type { PagefindData } from '../../search/engine';
import { PagefindAdapter, type SearchOutcome } from './pagefind';
import type { Counts } from './filter-counts';
import { activeFilterCount, MAX_QUERY, quoteQuery, readState, writeState, type KnownValues, type State, type StateProblems } from './state';
import { plural, ResultsView } from './view';

/**
 * Results in the first batch: a first search downloads one fragment (about 0.9 KB) per
 * result shown, and five keep a cold first search within its 125 KB budget. Each
 * "meer resultaten" adds PAGE_SIZE more.
 */
const FIRST_BATCH = 5;
const PAGE_SIZE = 10;
const TYPING_DELAY = 250;
/** Fewer rank positions than this after the first batch (groups fold results) loads another batch. */
const MIN_POSITIONS = 5;

const $ = <T extends HTMLElement>(root: ParentNode, selector: string) => root.querySelector(selector) as T;

class KapstokSearch extends HTMLElement {
  private started = false;

  connectedCallback() {
    if (this.started) return;
    this.started = true;
    start(this);
  }
}

function start(root: HTMLElement) {
  const form = $<HTMLFormElement>(root, '#zoekformulier');
  const input = $<HTMLInputElement>(root, '#zoekterm');
  const status = $<HTMLElement>(root, '#zoekstatus');
  const notice = $<HTMLElement>(root, '#zoekmelding');
  const correction = $<HTMLElement>(root, '#zoekcorrectie');
  const failure = $<HTMLElement>(root, '#zoekfout');
  const list = $<HTMLOListElement>(root, '#zoekresultaten');
  const more = $<HTMLButtonElement>(root, '#meer-resultaten');
  const panel = $<HTMLDetailsElement>(root, '#filters');
  const activeLabel = $<HTMLElement>(root, '#filters-actief');
  const clear = $<HTMLAnchorElement>(root, '#filters-wissen');
  const exportBox = $<HTMLElement>(root, '#zoekexport');
  const exportButton = exportBox.firstElementChild as HTMLButtonElement;
  const exportStatus = exportBox.lastElementChild as HTMLElement;
  const exportMany = exportButton.textContent!;
  document.getElementById('zoek-zonder-js')?.setAttribute('hidden', '');

  // Filter values: the checkboxes in the page, plus one long list (municipalities) fetched when needed.
  let boxes: HTMLInputElement[] = [];
  const values: Record<string, string[]> = {};
  const known: Record<string, Set<string>> = {};
  function readBoxes() {
    boxes = [...form.querySelectorAll<HTMLInputElement>('fieldset[data-filter] input[type=checkbox]')];
    for (const key of Object.keys(values)) values[key] = [];
    for (const box of boxes) (values[box.name] ??= []).push(box.value);
    for (const [key, list] of Object.entries(values)) known[key] = new Set(list);
  }
  readBoxes();
  const lazy = form.querySelector<HTMLFieldSetElement>('fieldset[data-values]');
  let lazyLoad: Promise<void> | undefined;
  function loadLazyValues(): Promise<void> {
    if (!lazy || lazy.querySelector('input')) return Promise.resolve();
    lazyLoad ??= fetch(lazy.dataset.values!)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((pairs: [string, string][]) => {
        const key = lazy.dataset.filter!;
        for (const [slug, name] of pairs) {
          const id = `f-${key}-${slug}`;
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', className: 'mt-1 size-4', name: key, value: slug, id });
          const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: `${name} ` });
          label.append(Object.assign(document.createElement('span'), { className: 'meta' }));
          label.lastElementChild!.setAttribute('data-count', '');
          const row = Object.assign(document.createElement('div'), { className: 'flex items-start gap-2 py-0.5' });
          row.append(box, label);
          lazy.append(row);
        }
        readBoxes();
      });
    lazyLoad.catch(() => (lazyLoad = undefined));
    return lazyLoad;
  }
  /** Read the URL, first fetching the long value list when the URL uses it. */
  async function stateFromUrl() {
    if (lazy && new URLSearchParams(location.search).has(lazy.dataset.filter!)) await loadLazyValues().catch(() => {});
    return readState(location.search, known as KnownValues);
  }

  const adapter = new PagefindAdapter(values);
  const view = new ResultsView(list);
  let generation = 0;
  let current: { state: State; outcome?: SearchOutcome; shown: number } = { state: { q: '', filters: {}, exact: false }, shown: 0 };
  let pendingMore: Promise<unknown> | undefined;
  let countsWanted = false;

  // Wide screens show the filters beside the results; phones keep them folded.
  if (matchMedia('(min-width: 48rem)').matches) panel.open = true;

  function stateFromForm(): State {
    const filters: State['filters'] = {};
    for (const box of boxes) if (box.checked) (filters[box.name as keyof State['filters']] ??= []).push(box.value);
    const q = input.value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
    // "exact" belongs to the query it was chosen for.
    return { q, filters, exact: current.state.exact && q === current.state.q };
  }

  function applyToForm(state: State) {
    input.value = state.q;
    for (const box of boxes) box.checked = state.filters[box.name as keyof State['filters']]?.includes(box.value) ?? false;
    showActive(state);
  }

  function showActive(state: State) {
    const n = activeFilterCount(state.filters);
    activeLabel.textContent = n ? `(${n} actief)` : '';
    // A group with a selection opens, so a restored search shows what is ticked.
    for (const key of Object.keys(state.filters)) {
      form.querySelector(`fieldset[data-filter="${key}"]`)?.closest('details')?.setAttribute('open', '');
    }
  }

  function say(text: string, state: 'done' | 'error' = 'done') {
    status.textContent = text;
    form.dataset.status = state;
  }

  function showNotice(problems: StateProblems | undefined, extra: string[] = []) {
    const lines = [...extra];
    if (problems?.truncated) lines.push(`Uw zoekterm was te lang. We zoeken op de eerste ${MAX_QUERY} tekens.`);
    if (problems?.badEncoding) lines.push('Een deel van de link was onleesbaar (een fout met %-tekens). We zoeken op wat wel leesbaar was.');
    if (problems?.unknownFilters.length) {
      lines.push(`Deze filters uit de link bestaan niet en tellen niet mee: ${problems.unknownFilters.slice(0, 5).join(', ')}${problems.unknownFilters.length > 5 ? ', …' : ''}.`);
    }
    notice.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { className: 'm-0', textContent: line })));
    notice.hidden = lines.length === 0;
  }

  function showCorrection(state: State, outcome: SearchOutcome) {
    correction.replaceChildren();
    correction.hidden = !outcome.correctedQuery;
    if (!outcome.correctedQuery) return;
    const em = document.createElement('em');
    em.textContent = outcome.correctedQuery;
    const link = document.createElement('a');
    const exact: State = { ...state, exact: true };
    link.href = `${location.pathname}${writeState(exact)}`;
    link.textContent = state.q;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      go(exact, 'push');
      input.focus();
    });
    correction.append('Resultaten voor ', em, '. Zoek in plaats daarvan op ', link, '.');
  }

  /**
   * The CSV download of all results (not only those shown). Its words come with the
   * page ("… {n} fiches …"); the code that makes the file loads on click (../export-button.ts).
   */
  function offerExport(n: number) {
    exportBox.hidden = !n;
    exportButton.textContent = n === 1 ? exportButton.dataset.one! : exportMany.replace('{n}', n.toLocaleString('nl-BE'));
  }

  function fail(error: unknown) {
    // A warning, not an error: the page handles this and says so.
    console.warn('Kapstok search could not load', error);
    offerExport(0);
    failure.hidden = false;
    list.replaceChildren();
    more.hidden = true;
    correction.hidden = true;
    say('Zoeken kan nu niet laden.', 'error');
  }

  function summary(state: State, n: number, outcome: SearchOutcome) {
    const filters = activeFilterCount(state.filters);
    const shownQuery = outcome.correctedQuery ?? state.q;
    return (
      (n === 0 ? 'Geen resultaten' : plural(n, 'resultaat', 'resultaten')) +
      (shownQuery ? ` voor ${quoteQuery(shownQuery)}` : '') +
      (filters ? ` met ${plural(filters, 'filter', 'filters')}` : '') +
      '.'
    );
  }

  async function run(state: State, problems?: StateProblems) {
    const mine = ++generation;
    current = { state, shown: 0 };
    pendingMore = undefined;
    // Busy is shown to scripts and tests only: the live region speaks once, when done.
    form.dataset.status = 'busy';
    failure.hidden = true;
    offerExport(0);
    if (!state.q && !activeFilterCount(state.filters)) {
      view.clear([]);
      more.hidden = true;
      correction.hidden = true;
      showNotice(problems);
      say('Typ een zoekterm of kies een filter.');
      if (countsWanted) void updateCounts(mine);
      return;
    }
    let outcome: SearchOutcome;
    try {
      outcome = await adapter.search(state);
    } catch (e) {
      if (mine === generation) fail(e);
      return;
    }
    if (mine !== generation) return;
    current.outcome = outcome;
    view.clear(outcome.terms);
    if (outcome.nothingToSearch === 'stopwords') {
      more.hidden = true;
      correction.hidden = true;
      showNotice(problems, [`${quoteQuery(state.q)} bevat alleen veelgebruikte woorden zoals “de” of “hoe”. Typ een onderwerp, een plaats of een naam.`]);
      say('Geen zoekwoorden gevonden.');
      return;
    }
    showNotice(problems);
    try {
      await renderMore(mine);
      // Groups fold many results into one: fill the first screen with a few more batches.
      for (let extra = 0; extra < 2 && mine === generation && view.positions < MIN_POSITIONS && !more.hidden; extra++) {
        await renderMore(mine);
      }
    } catch (e) {
      if (mine === generation) fail(e);
      return;
    }
    if (mine !== generation) return;
    showCorrection(state, outcome);
    say(summary(state, outcome.results.length, outcome));
    offerExport(outcome.results.length);
    if (countsWanted) void updateCounts(mine);
  }

  /** Render the next batch, unless a newer search started while its fragments loaded. */
  async function renderMore(mine: number) {
    const results = current.outcome?.results ?? [];
    const batch = results.slice(current.shown, current.shown + (current.shown ? PAGE_SIZE : FIRST_BATCH));
    const data: PagefindData[] = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    const before = list.children.length;
    view.append(data);
    current.shown += batch.length;
    more.hidden = current.shown >= results.length;
    return before;
  }

  async function updateCounts(mine: number) {
    let counts: Counts;
    try {
      const outcome = current.outcome ?? { results: [], terms: [], browse: false };
      // The counting code loads here, when someone turns to the filters (../filter-counts.ts).
      counts = await (await import('./filter-counts')).countFilters(adapter, current.state, outcome);
    } catch {
      return; // Counts are a help, not essential: the filters still work without them.
    }
    if (mine !== generation) return;
    for (const box of boxes) {
      const label = form.querySelector(`label[for="${box.id}"] [data-count]`);
      if (label) label.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
    }
  }

  function wantCounts() {
    if (countsWanted) return;
    countsWanted = true;
    void updateCounts(generation);
  }

  // History: `typing` is true while the current entry belongs to a query being typed.
  let typing = false;
  function go(state: State, mode: 'push' | 'replace', problems?: StateProblems) {
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    showActive(state);
    void run(state, problems);
  }
  const queryChanged = (state: State) => state.q !== readState(location.search).state.q;

  let timer: number | undefined;
  input.addEventListener('input', () => {
    adapter.warmUp();
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const state = stateFromForm();
      if (!queryChanged(state)) return;
      go(state, typing ? 'replace' : 'push');
      typing = true;
    }, TYPING_DELAY);
  });
  input.addEventListener('blur', () => (typing = false));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    const state = stateFromForm();
    go(state, queryChanged(state) && !typing ? 'push' : 'replace');
    typing = false;
  });
  form.addEventListener('change', (e) => {
    if (!(e.target as HTMLElement).matches('fieldset[data-filter] input')) return;
    typing = false;
    wantCounts();
    go(stateFromForm(), 'replace');
  });
  // Counts need Pagefind's filter chunks: load them when someone turns to the filters.
  panel.querySelector('summary')!.addEventListener('click', wantCounts);
  panel.addEventListener('focusin', wantCounts);
  panel.addEventListener('pointerenter', wantCounts);
  more.addEventListener('click', () => {
    if (pendingMore) return;
    const mine = generation;
    pendingMore = renderMore(mine)
      .then((before) => {
        // Move focus to the first new result, so keyboard users continue where they were.
        if (before !== undefined) list.children[before]?.querySelector<HTMLElement>('a[data-result-url], a')?.focus();
      })
      .catch((e) => mine === generation && fail(e))
      .finally(() => {
        if (mine === generation) pendingMore = undefined;
      });
  });
  exportButton.addEventListener('click', () => {
    const { state, outcome } = current;
    if (outcome) {
      const request = { ids: outcome.results.map((r) => r.id), query: outcome.correctedQuery ?? state.q, search: location.search };
      import('../export-button').then((m) => m.runExport(exportStatus, request), () => (exportStatus.textContent = 'Downloaden lukt nu niet.'));
    }
  });
  clear.addEventListener('click', (e) => {
    e.preventDefault();
    for (const box of boxes) box.checked = false;
    go(stateFromForm(), 'replace');
  });
  window.addEventListener('popstate', async () => {
    typing = false;
    window.clearTimeout(timer);
    const { state, problems } = await stateFromUrl();
    applyToForm(state);
    void run(state, problems);
  });
  // Opening the municipality group fetches its values, then shows what is ticked and counted.
  lazy?.closest('details')?.addEventListener('toggle', () => {
    const before = boxes.length;
    void loadLazyValues().then(() => {
      if (boxes.length === before) return;
      for (const box of lazy.querySelectorAll('input')) box.checked = current.state.filters[box.name as keyof State['filters']]?.includes(box.value) ?? false;
      if (countsWanted) void updateCounts(generation);
    }, () => {});
  });

  void (async () => {
    const { state, problems } = await stateFromUrl();
    applyToForm(state);
    // Show the link as it is searched: without what was dropped.
    const clean = `${location.pathname}${writeState(state)}`;
    if (clean !== `${location.pathname}${location.search}`) history.replaceState(null, '', clean);
    void run(state, problems);
  })();
}

customElements.define('kapstok-search', KapstokSearch);
