/**
 * Dutch compounds, derived from the corpus vocabulary at build time: a word is a
 * compound when it is a known word (the head, optionally with a linking "s", "e",
 * "en" or "er") followed by another known word (the tail). Nothing is hand-listed.
 *   migrantenverenigingen → migranten + verenigingen
 *   diversiteitsbeleid    → diversiteit(s) + beleid
 *   kinderarmoede         → kind(er) + armoede
 */
import { isStopWord } from './stopwords';

const LINKERS = ['', 's', 'e', 'en', 'er'];
const MIN_HEAD = 4;
const MIN_TAIL = 4;

/** The best split of a word into two known words, or undefined. Prefers balanced splits. */
export function splitCompound(word: string, known: (w: string) => boolean): [string, string] | undefined {
  if (word.length < MIN_HEAD + MIN_TAIL) return undefined;
  let best: [string, string] | undefined;
  let bestBalance = 0;
  for (let i = MIN_HEAD; i <= word.length - MIN_TAIL; i++) {
    const tail = word.slice(i);
    if (!usable(tail, known)) continue;
    const left = word.slice(0, i);
    for (const link of LINKERS) {
      if (link && !left.endsWith(link)) continue;
      const head = left.slice(0, left.length - link.length);
      if (head.length < MIN_HEAD || !usable(head, known)) continue;
      const balance = Math.min(head.length, tail.length);
      if (balance > bestBalance) {
        best = [head, tail];
        bestBalance = balance;
      }
      break;
    }
  }
  return best;
}

function usable(w: string, known: (w: string) => boolean) {
  return known(w) && !isStopWord(w) && !/\d/.test(w);
}

/** All parts of a compound, splitting parts again (two levels are enough for Dutch policy words). */
export function compoundParts(word: string, known: (w: string) => boolean, depth = 2): string[] {
  const split = splitCompound(word, known);
  if (!split || depth === 0) return [];
  return split.flatMap((p) => [p, ...compoundParts(p, known, depth - 1)]);
}
