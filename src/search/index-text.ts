/**
 * Build-time helpers for the search index (used by src/integrations/pagefind.ts):
 * the text a record page is indexed under, the corpus vocabulary, and the extra words
 * (compound parts, joined compounds, synonyms) each page is also indexed under.
 */
import { compoundParts, splitCompound } from './compounds';
import { isStopWord } from './stopwords';
import { synonymGroups } from './synonyms';
import { words } from './text';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The text Pagefind indexes for a page: inside the `data-pagefind-body` element, minus
 * elements marked `data-pagefind-ignore` (and scripts, styles). Undefined when the page
 * is not searchable.
 */
export function indexedText(html: string): string | undefined {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/i);
  if (start < 0) return undefined;
  const tag = /<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>/g;
  tag.lastIndex = start;
  let depth = 0;
  let ignoreDepth = -1;
  let pos = start;
  let out = '';
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (ignoreDepth < 0 && depth > 0) out += html.slice(pos, m.index) + ' ';
    pos = m.index + m[0].length;
    const [, closing, name, attrs, selfClosing] = m;
    const lower = name.toLowerCase();
    if (VOID.has(lower) || selfClosing) continue;
    if (closing) {
      depth--;
      if (depth === ignoreDepth) ignoreDepth = -1;
      if (depth === 0) break;
    } else {
      if (ignoreDepth < 0 && (/\sdata-pagefind-ignore\b/.test(attrs) || lower === 'script' || lower === 'style')) ignoreDepth = depth;
      depth++;
    }
  }
  return decode(out).replace(/\s+/g, ' ').trim();
}

function decode(s: string) {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, x, n) => String.fromCodePoint(parseInt(n, x ? 16 : 10)));
}

/** How many pages each word occurs on. */
export function vocabulary(pages: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tokens of pages) for (const w of new Set(tokens)) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/** Words of a term with stop words left out, so "kind en gezin" matches "Kind&Gezin". */
const contentWords = (term: string) => words(term).filter((w) => !isStopWord(w));

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length - 1)) n++;
  return n;
}

export interface Expander {
  /** Extra words a page with these tokens is indexed under, repeated by how often their source words occur. */
  expand(tokens: string[]): string[];
}

/**
 * Prepare the expansions for a corpus. `known` is the corpus vocabulary. Two words that
 * stand within a few words of each other ("beleid rond diversiteit") also index the
 * compound the corpus writes elsewhere ("diversiteitsbeleid").
 */
export function makeExpander(known: ReadonlySet<string>): Expander {
  const isKnown = (w: string) => known.has(w);
  const joined = new Map<string, string[]>();
  for (const w of known) {
    const split = splitCompound(w, isKnown);
    if (!split) continue;
    for (const key of [`${split[0]} ${split[1]}`, `${split[1]} ${split[0]}`]) joined.set(key, [...(joined.get(key) ?? []), w]);
  }
  const groups = synonymGroups.map((g) => g.map(contentWords));
  const WINDOW = 3;
  const MAX_REPEAT = 5;

  return {
    expand(tokens) {
      const seq = tokens.filter((w) => !isStopWord(w));
      const count = new Map<string, number>();
      for (const w of seq) count.set(w, (count.get(w) ?? 0) + 1);
      // An extra word is repeated as often as the words it stands for occur on the page
      // (up to a cap), so a record that is about a topic outranks one that mentions it.
      const extra = new Map<string, number>();
      const add = (w: string, n: number) => extra.set(w, Math.min(MAX_REPEAT, (extra.get(w) ?? 0) + n));
      // Pagefind already finds a compound by its first part (prefix search); the other
      // parts are what it cannot reach.
      for (const [w, n] of count) for (const p of compoundParts(w, isKnown)) if (!w.startsWith(p)) add(p, n);
      for (let i = 0; i < seq.length; i++) {
        for (let j = i + 1; j <= i + WINDOW && j < seq.length; j++) {
          for (const c of joined.get(`${seq[i]} ${seq[j]}`) ?? []) add(c, 1);
        }
      }
      const text = ` ${seq.join(' ')} `;
      for (const group of groups) {
        let n = 0;
        for (const t of group) if (t.length) n += occurrences(text, ` ${t.join(' ')} `);
        if (n) for (const t of group) for (const w of t) add(w, n);
      }
      for (const w of count.keys()) extra.delete(w);
      return [...extra].flatMap(([w, n]) => Array<string>(n).fill(w));
    },
  };
}
