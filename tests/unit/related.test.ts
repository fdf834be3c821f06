import { describe, expect, test } from 'vitest';
import { relatedIndex, type RelatedInput } from '../../src/lib/related';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The former per-page scan, kept as the reference the index must agree with. */
function naive(all: RelatedInput[], p: RelatedInput, limit = 5): string[] {
  const explicit = new Set(p.related);
  for (const q of all) if (q.related.includes(p.id)) explicit.add(q.id);
  explicit.delete(p.id);
  const byTitle = (a: RelatedInput, b: RelatedInput) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1);
  const scored = all
    .filter((q) => q.id !== p.id && !explicit.has(q.id))
    .map((q) => {
      const domains = q.domains.filter((d) => p.domains.includes(d)).length;
      const groups = q.targetGroups.filter((g) => p.targetGroups.includes(g)).length;
      return { q, domains, score: domains * 3 + (q.domains[0] === p.domains[0] ? 2 : 0) + groups * 2 + (q.kind === p.kind ? 1 : 0) };
    })
    .filter((x) => x.domains > 0)
    .sort((a, b) => b.score - a.score || byTitle(a.q, b.q));
  const result = [...explicit].map((id) => all.find((q) => q.id === id)!).sort(byTitle);
  for (const { q } of scored) {
    if (result.length >= limit) break;
    result.push(q);
  }
  return result.map((r) => r.id);
}

function corpus(n: number, seed = 7): RelatedInput[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (list: string[], k: number) => [...new Set(Array.from({ length: k }, () => list[Math.floor(rand() * list.length)]))];
  const domains = ['taal', 'werk', 'wonen', 'onderwijs', 'zorg', 'vrije-tijd'];
  const groups = ['jongeren', 'vrouwen', 'ouderen', 'nieuwkomers'];
  const items = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    title: `Praktijk ${Math.floor(rand() * n)}`,
    kind: rand() < 0.8 ? 'praktijk' : 'publicatie',
    domains: pick(domains, 1 + Math.floor(rand() * 3)),
    targetGroups: pick(groups, Math.floor(rand() * 3)),
    related: [] as string[],
  }));
  for (let i = 0; i < n / 10; i++) items[i].related.push(`p${(i * 7 + 3) % n}`);
  return items;
}

describe('related practices index', () => {
  test('agrees with scoring every practice against every other', () => {
    const all = corpus(300);
    const index = relatedIndex(all);
    const mismatches = all.filter((p) => JSON.stringify(index.get(p.id)) !== JSON.stringify(naive(all, p)));
    expect(mismatches.map((p) => p.id)).toEqual([]);
  }, 60_000);

  test('agrees with the scan when most practices have a profile of their own', () => {
    // Many distinct profiles: only the best score levels of each are kept, which must not change the result.
    const all = corpus(400, 11).map((p, i) => ({ ...p, targetGroups: i % 3 ? p.targetGroups : [], related: i % 5 ? p.related : [`p${(i * 13) % 400}`, `p${(i * 17) % 400}`] }));
    const index = relatedIndex(all);
    expect(all.filter((p) => JSON.stringify(index.get(p.id)) !== JSON.stringify(naive(all, p))).map((p) => p.id)).toEqual([]);
  }, 60_000);

  test('names explicit links both ways', () => {
    const all = corpus(50);
    const index = relatedIndex(all);
    const [a, b] = [all[0], all.find((q) => q.id === all[0].related[0])!];
    expect(index.get(a.id)).toContain(b.id);
    expect(index.get(b.id)).toContain(a.id);
  });
});
