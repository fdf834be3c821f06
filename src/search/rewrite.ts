/**
 * Query rewriting without a browser: what a person typed → the words to search.
 */
import { isStopWord } from './stopwords';
import { synonymGroups } from './synonyms';
import { words } from './text';

/** Longer queries are cut: a question has its meaning in its first words. */
export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 10;

export interface Rewritten {
  /** Meaningful words, folded, without duplicates, in the order typed. */
  terms: string[];
  /** Set when the query had words but all of them were stop words. */
  onlyStopWords: boolean;
}

export function rewrite(query: string): Rewritten {
  // Cut at a word boundary, so the last word is not searched half-typed.
  const cut = query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS).replace(/\S*$/, '') : query;
  const all = words(cut);
  const terms = [...new Set(all.filter((w) => !isStopWord(w)))].slice(0, MAX_TERMS);
  return { terms, onlyStopWords: all.length > 0 && terms.length === 0 };
}

const groupsByWord = new Map<string, string[]>();
for (const group of synonymGroups) {
  const members = group.flatMap((t) => words(t)).filter((w) => !isStopWord(w));
  for (const t of group) {
    const ws = words(t);
    if (ws.length === 1) groupsByWord.set(ws[0], [...new Set([...(groupsByWord.get(ws[0]) ?? []), ...members])]);
  }
}

/** The words to highlight for the searched terms: the terms and their one-word synonyms. */
export function highlightTerms(terms: string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    out.add(t);
    for (const s of groupsByWord.get(t) ?? []) if (s.length > 2) out.add(s);
  }
  return [...out];
}
