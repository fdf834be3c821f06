/**
 * The search engine behind /zoeken/: turns what a person typed into Pagefind queries
 * and one ranked list. This is the contract between the engine (query rewriting,
 * stop words, compounds, synonyms, typo correction) and the view (the search page
 * component). The view only calls `searchRecords`; the engine never touches the DOM.
 *
 * How a query is searched:
 * 1. Rewrite: fold case and accents, drop stop and question words (rewrite.ts).
 * 2. Search every remaining word on its own and, when there are several, all of them
 *    together, in parallel. Compound parts and synonyms need no extra searches: the
 *    build indexed every record under them (src/integrations/pagefind.ts).
 * 3. A word the index does not know (checked against a small per-letter word list)
 *    is corrected with the full word list the build wrote, loaded only then.
 * 4. Merge: a record's score is the sum of its per-word scores (each relative to that
 *    word's best score and weighted by how few records have the word), scaled by the
 *    share of words it matches, plus a bonus when it matches all words together. So a question
 *    still finds the records that match most of its meaningful words.
 */
import { rewrite, highlightTerms } from './rewrite';
import type { PagefindAnchor } from './visible-text';
import { fullWordList, hasInflectedForm, knownOrPrefix, shardFor } from './word-list';

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
  /** Elements with an id, at their word position in `content` (see visible-text.ts). */
  anchors?: PagefindAnchor[];
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
 * Pagefind's ranking, tuned with `npm run eval:search` on the tuning half of the judged
 * queries (recall@10 and MRR; differences between nearby settings were small).
 * A high termSimilarity keeps records with the exact word ahead of records that only
 * share its stem or first letters; a low pageLength stops long records (recommendations
 * with many parts) from being pushed down for their length alone.
 */
export const RANKING = { termFrequency: 1.0, pageLength: 0.25, termSaturation: 1.4, termSimilarity: 4.0 };

/** Bonus factor for a record that matches all words of the query together. */
const ALL_WORDS_BONUS = 0.5;

const configured = new WeakSet<object>();

type Knowledge = 'known' | 'inflected' | 'unknown';
/**
 * Whether the index knows a word: as a word or the start of one ('known'), as another
 * form of a known word ('inflected': search it, but try a correction first), or not.
 * When the word list cannot be loaded, trust Pagefind.
 */
async function knowledgeOf(term: string): Promise<Knowledge> {
  try {
    const shard = await shardFor(term);
    return knownOrPrefix(shard, term) ? 'known' : hasInflectedForm(shard, term) ? 'inflected' : 'unknown';
  } catch {
    return 'known';
  }
}

/**
 * Search the records. With an empty query and filters, returns every record that
 * passes the filters (browse mode).
 */
export async function searchRecords(
  pf: PagefindApi,
  query: string,
  filters: PagefindFilters,
  options: SearchOptions = {},
): Promise<EngineResult> {
  if (!configured.has(pf)) {
    await pf.options({ ranking: RANKING });
    configured.add(pf);
  }
  const hasFilters = Object.keys(filters).length > 0;
  const { terms, onlyStopWords } = rewrite(query);
  if (!terms.length) {
    if (hasFilters) {
      const found = await pf.search(null, { filters });
      return { results: (found?.results ?? []).map((r, i) => ({ id: r.id, score: -i, data: r.data })), terms: [] };
    }
    return { results: [], terms: [], nothingToSearch: onlyStopWords ? 'stopwords' : 'empty' };
  }

  let searched = terms;
  let [perTerm, knowledge] = await Promise.all([
    Promise.all(terms.map((t) => pf.search(t, { filters }))),
    Promise.all(terms.map(knowledgeOf)),
  ]);
  let correctedQuery: string | undefined;
  if (knowledge.some((k) => k !== 'known') && !options.exact) {
    // The corrector and the full word list load only now: most searches never need them.
    const list = await Promise.all([fullWordList(), import('./typos')])
      .then(([ws, { WordList }]) => new WordList(ws))
      .catch(() => undefined);
    const fixed = terms.map((t, i) => (knowledge[i] === 'known' || !list ? t : (list.correct(t) ?? t)));
    if (fixed.some((t, i) => t !== terms[i])) {
      searched = [...new Set(fixed.flatMap((t) => t.split(' ')))];
      correctedQuery = fixed.join(' ');
      [perTerm, knowledge] = await Promise.all([
        Promise.all(searched.map((t) => pf.search(t, { filters }))),
        Promise.all(searched.map(knowledgeOf)),
      ]);
    }
  }
  // A word the index does not know matches nothing: Pagefind's guesses for it
  // (unrelated words that share its first letters) must not fill the results.
  const usable = searched.map((_, i) => (knowledge[i] !== 'unknown' ? perTerm[i] : null));
  const knownTerms = searched.filter((_, i) => knowledge[i] !== 'unknown');
  const together = knownTerms.length > 1 ? await pf.search(knownTerms.join(' '), { filters }) : null;

  // Each word counts by its own best score (so Pagefind's scales per word do not matter)
  // and by how specific it is: a word on few records says more than one on hundreds.
  const weightOf = (s: PagefindSearch | null) => 1 / Math.log(Math.E + (s?.unfilteredResultCount ?? s?.results.length ?? 0));
  const normalised = (s: PagefindSearch | null) => {
    const max = Math.max(...(s?.results ?? []).map((r) => r.score ?? 0), 1e-9);
    return (s?.results ?? []).map((r) => ({ r, share: (r.score ?? 0) / max }));
  };
  const merged = new Map<string, { score: number; matched: number; data: () => Promise<PagefindData> }>();
  let totalWeight = 0;
  for (const s of usable) {
    if (!s) continue;
    const w = weightOf(s);
    totalWeight += w;
    for (const { r, share } of normalised(s)) {
      const m = merged.get(r.id) ?? { score: 0, matched: 0, data: r.data };
      m.score += w * share;
      m.matched++;
      merged.set(r.id, m);
    }
  }
  const n = searched.length;
  const bonus = new Map(normalised(together).map(({ r, share }) => [r.id, (share * ALL_WORDS_BONUS * totalWeight) / n]));
  const results = [...merged].map(([id, m]) => ({
    id,
    score: (m.score * m.matched) / n + (bonus.get(id) ?? 0),
    data: m.data,
  }));
  results.sort((a, b) => b.score - a.score);
  return { results, terms: highlightTerms(searched), correctedQuery };
}
