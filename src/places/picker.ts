/**
 * The municipality picker's name list and resolution, shared by the build (the list
 * page, tests) and the small browser script. An entry is [name, municipality slug,
 * kind, year]: kind "g" a municipality of 2025, "f" a former municipality (year of
 * the merger), "d" deelgemeente, "k" district, "w" woonkern, "a" another place name
 * the sources use.
 */
import { normalise } from '../lib/slug';

export type PickKind = 'g' | 'f' | 'd' | 'k' | 'w' | 'a';
export type PickEntry = [name: string, slug: string, kind: PickKind, year?: number];

export type Resolution =
  | { type: 'municipality'; entry: PickEntry; also: PickEntry[] }
  | { type: 'place'; entry: PickEntry }
  | { type: 'ambiguous'; entries: PickEntry[] }
  | { type: 'none'; suggestions: PickEntry[] };

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** Suggestions while typing: names that start with the query, then names that contain it. */
export function suggest(query: string, entries: PickEntry[], limit = 8): PickEntry[] {
  const q = normalise(query);
  if (!q) return [];
  const scored: [number, PickEntry][] = [];
  for (const e of entries) {
    const n = normalise(e[0]);
    const at = n.indexOf(q);
    if (at === -1) continue;
    // Start of the name first, then start of a word, then municipalities before parts, then shorter names.
    scored.push([(at === 0 ? 0 : n[at - 1] === ' ' ? 1 : 2) * 1000 + (e[2] === 'g' ? 0 : 100) + n.length, e]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1][0].localeCompare(b[1][0], 'nl')).slice(0, limit).map((x) => x[1]);
}

/** What a submitted name stands for. A municipality wins over homonymous parts elsewhere. */
export function resolve(query: string, entries: PickEntry[]): Resolution {
  const q = normalise(query);
  const matches = q ? entries.filter((e) => normalise(e[0]) === q) : [];
  const own = matches.find((e) => e[2] === 'g');
  if (own) return { type: 'municipality', entry: own, also: matches.filter((e) => e[1] !== own[1]) };
  const bySlug = [...new Map(matches.map((e) => [e[1], e])).values()];
  if (bySlug.length === 1) return { type: 'place', entry: bySlug[0] };
  if (bySlug.length > 1) return { type: 'ambiguous', entries: bySlug };
  const close = entries
    .map((e): [number, PickEntry] => [distance(q, normalise(e[0])), e])
    .filter(([d]) => d <= Math.max(2, Math.floor(q.length / 3)))
    .sort((a, b) => a[0] - b[0] || a[1][0].localeCompare(b[1][0], 'nl'));
  const starts = q.length >= 3 ? suggest(query, entries, 5) : [];
  const seen = new Set<string>();
  const suggestions = [...starts, ...close.map((x) => x[1])].filter((e) => {
    const key = `${e[0]}|${e[1]}`;
    return !seen.has(key) && seen.add(key);
  });
  return { type: 'none', suggestions: suggestions.slice(0, 5) };
}

/** "hoort sinds 2025 bij", "is een deelgemeente van": how a place relates to its municipality. */
export function relation(e: PickEntry): string {
  switch (e[2]) {
    case 'f': return `hoort sinds ${e[3]} bij`;
    case 'd': return 'is een deelgemeente van';
    case 'k': return 'is een district van';
    case 'w': return 'is een woonkern in';
    case 'a': return 'ligt in';
    default: return 'is';
  }
}
