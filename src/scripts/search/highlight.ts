/**
 * Highlighting without innerHTML. Pagefind's excerpt is HTML text with `<mark>` around
 * the words it matched; we read it as plain text plus marked ranges (any other tag is
 * dropped, entities are decoded), then also mark every place a searched term occurs
 * (inside compounds too, ignoring case and accents). The view turns the segments into
 * text nodes and `<mark>` elements.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Plain text and the ranges Pagefind marked, from an excerpt. */
export function parseExcerpt(html: string): { text: string; marks: [number, number][] } {
  let text = '';
  const marks: [number, number][] = [];
  let open = -1;
  for (const part of html.split(/(<[^>]*>)/)) {
    if (part.startsWith('<') && part.endsWith('>')) {
      const tag = part.toLowerCase();
      if (tag === '<mark>') open = text.length;
      else if (tag === '</mark>' && open >= 0) {
        if (text.length > open) marks.push([open, text.length]);
        open = -1;
      }
      continue;
    }
    text += decodeEntities(part);
  }
  return { text, marks };
}

/** Lower case without accents, one output character per input character so offsets stay valid. */
export function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    // Keep offsets aligned: a character that folds to several (rare) or to nothing keeps its own length.
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** Ranges where any term occurs in the text (terms of two letters or more). */
export function termRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const term of new Set(terms.map((t) => fold(t.trim())).filter((t) => t.length >= 2))) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + term.length)) {
      ranges.push([i, i + term.length]);
    }
  }
  return ranges;
}

/** Split text into marked and unmarked segments; overlapping ranges merge. */
export function segments(text: string, ranges: [number, number][]): Segment[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** Segments for a Pagefind excerpt: Pagefind's own marks plus every searched term. */
export function highlightExcerpt(html: string, terms: readonly string[]): Segment[] {
  const { text, marks } = parseExcerpt(html);
  return segments(text, [...marks, ...termRanges(text, terms)]);
}

/** Segments for plain text (a title or summary). */
export const highlightText = (text: string, terms: readonly string[]) => segments(text, termRanges(text, terms));
