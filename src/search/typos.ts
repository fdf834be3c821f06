/**
 * Typo correction against the index vocabulary. The build writes the vocabulary as a
 * plain word list, most frequent first (`/pagefind/kapstok-words.txt`); the browser
 * loads it only when a query word is unknown to the index.
 */
import { splitCompound } from './compounds';

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), capped at `max` + 1. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/** How many edits a word of this length may need: short words allow one, longer two. */
export const allowedEdits = (word: string) => (word.length <= 4 ? 1 : 2);

export class WordList {
  private readonly words: string[];
  private readonly rank: Map<string, number>;
  constructor(list: string[]) {
    this.words = list;
    this.rank = new Map(list.map((w, i) => [w, i]));
  }
  static parse(text: string) {
    return new WordList(text.split('\n').filter(Boolean));
  }
  has(word: string) {
    return this.rank.has(word);
  }
  /**
   * What to search instead of an unknown word: the closest known word one edit away,
   * else its two parts when it is a compound of known words ("moskeebezoek" → "moskee
   * bezoek"), else the closest known word two edits away (most frequent on a tie), else
   * undefined.
   */
  correct(word: string): string | undefined {
    if (this.has(word)) return word;
    const near = this.closest(word, 1);
    if (near) return near;
    const split = splitCompound(word, (w) => this.has(w));
    if (split) return split.join(' ');
    return allowedEdits(word) > 1 ? this.closest(word, 2) : undefined;
  }

  private closest(word: string, max: number): string | undefined {
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const w of this.words) {
      if (Math.abs(w.length - word.length) >= bestDistance) continue;
      const d = editDistance(word, w, bestDistance - 1);
      if (d < bestDistance) {
        best = w;
        bestDistance = d;
        if (d === 1) break;
      }
    }
    return best;
  }
}
