/**
 * The index vocabulary as the build writes it next to the Pagefind index:
 * - `kapstok-words.txt`: every word, most frequent first, for typo correction; the
 *   browser loads it only when a query word is unknown (about 20 KB gzip);
 * - `kapstok-words/<prefix>.txt`: the same words split by their first two letters,
 *   alphabetical, so that checking a query word costs one small request (a few hundred
 *   bytes; by first letter it was about 1 KB of every first search).
 * Pagefind matches a word it does not know to unrelated words that share its first
 * letters (`kinderarmode` finds every page with "kinderen"), so the engine must know
 * for itself which words the index holds.
 */
export const WORD_LIST_FILE = 'kapstok-words.txt';
export const WORD_SHARD_DIR = 'kapstok-words';
const BASE = '/pagefind/';

/**
 * The shard a folded word belongs to: its first two letters, its one letter, or "0" for
 * anything else. A query word shorter than two letters is a stop word (rewrite.ts), so
 * the prefix check below never needs words from another shard.
 */
export const shardOf = (w: string) => (/^[a-z]{2}/.test(w) ? w.slice(0, 2) : /^[a-z]/.test(w) ? w[0] : '0');

function lowerBound(sortedWords: readonly string[], w: string): number {
  let lo = 0;
  let hi = sortedWords.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedWords[mid] < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a word is known, or is the beginning of a known word (Pagefind matches prefixes). */
export function knownOrPrefix(sortedWords: readonly string[], w: string): boolean {
  const i = lowerBound(sortedWords, w);
  return i < sortedWords.length && sortedWords[i].startsWith(w);
}

/**
 * Whether a known word differs from this one only in its last letters ("brugfiguur" and
 * "brugfiguren"): then it is a form Pagefind's stemming can match, not a typo.
 */
export function hasInflectedForm(sortedWords: readonly string[], w: string): boolean {
  const need = Math.max(5, w.length - 2);
  if (w.length < 6) return false;
  const i = lowerBound(sortedWords, w.slice(0, need));
  return i < sortedWords.length && sortedWords[i].startsWith(w.slice(0, need)) && sortedWords[i].length <= w.length + 3;
}

const cache = new Map<string, Promise<string[]>>();
function fetchWords(file: string): Promise<string[]> {
  let p = cache.get(file);
  if (!p) {
    p = fetch(BASE + file)
      .then((r) => {
        if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
        return r.text();
      })
      .then((t) => t.split('\n').filter(Boolean));
    p.catch(() => cache.delete(file));
    cache.set(file, p);
  }
  return p;
}

/** The alphabetical shard for a word. */
export const shardFor = (w: string) => fetchWords(`${WORD_SHARD_DIR}/${shardOf(w)}.txt`);
/** Every word, most frequent first. */
export const fullWordList = () => fetchWords(WORD_LIST_FILE);
