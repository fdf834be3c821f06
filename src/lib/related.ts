/**
 * Related practices, computed for all practices at once. Practices with the same
 * kind, domains and target groups score the same against every other practice, so
 * they are grouped into "profiles" and scored profile against profile: the cost grows
 * with the number of distinct profiles, not with the square of the number of records.
 */

/** What the scoring reads from a practice. */
export interface RelatedInput {
  id: string;
  title: string;
  kind: string;
  domains: string[];
  targetGroups: string[];
  /** Practices the record itself names as related. */
  related: string[];
}

interface Profile {
  key: string;
  kind: string;
  domains: Set<string>;
  mainDomain: string;
  targetGroups: Set<string>;
  /** Members in title order. */
  members: RelatedInput[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const byTitle = (a: RelatedInput, b: RelatedInput) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The score of practice B for practice A: 3 per shared domain, 2 when the main (first)
 * domain is the same, 2 per shared target group, 1 for the same kind. A shared domain
 * is required.
 */
function score(a: Profile, b: Profile): number {
  let domains = 0;
  for (const d of b.domains) if (a.domains.has(d)) domains++;
  if (domains === 0) return 0;
  let groups = 0;
  for (const g of b.targetGroups) if (a.targetGroups.has(g)) groups++;
  return domains * 3 + (a.mainDomain === b.mainDomain ? 2 : 0) + groups * 2 + (a.kind === b.kind ? 1 : 0);
}

/**
 * For every practice id: the practices it names or that name it (by title), then the
 * best-scoring others (ties by title), `limit` in all.
 */
export function relatedIndex(practices: RelatedInput[], limit = 5): Map<string, string[]> {
  const byId = new Map(practices.map((p) => [p.id, p]));
  const explicit = new Map<string, Set<string>>(practices.map((p) => [p.id, new Set(p.related)]));
  for (const p of practices) for (const r of p.related) explicit.get(r)?.add(p.id);

  const profiles = new Map<string, Profile>();
  for (const p of practices) {
    const key = `${p.kind}|${p.domains.join(',')}|${[...p.targetGroups].sort().join(',')}`;
    let profile = profiles.get(key);
    if (!profile) {
      profile = { key, kind: p.kind, domains: new Set(p.domains), mainDomain: p.domains[0], targetGroups: new Set(p.targetGroups), members: [] };
      profiles.set(key, profile);
    }
    profile.members.push(p);
  }
  for (const profile of profiles.values()) profile.members.sort(byTitle);
  // Profiles per domain, so a profile is only scored against profiles it shares a domain with.
  const byDomain = new Map<string, Profile[]>();
  for (const profile of profiles.values()) {
    for (const d of profile.domains) {
      const list = byDomain.get(d);
      if (list) list.push(profile);
      else byDomain.set(d, [profile]);
    }
  }

  /**
   * The profiles that share a domain with `a`, grouped by score, best first. Scores are
   * small whole numbers, so they are bucketed rather than sorted. Built for one profile
   * at a time and dropped after its members are ranked: kept for every profile, these
   * lists grow with the square of the number of profiles (1.5 GB at 10,000 records).
   */
  function levels(a: Profile): Profile[][] {
    const buckets: Profile[][] = [];
    const seen = new Set<Profile>();
    for (const d of a.domains) {
      for (const b of byDomain.get(d) ?? []) {
        if (seen.has(b)) continue;
        seen.add(b);
        (buckets[score(a, b)] ??= []).push(b);
      }
    }
    return buckets.filter(Boolean).reverse();
  }

  const resultOf = new Map<string, string[]>();
  for (const profile of profiles.values()) {
    const ranked = levels(profile);
    for (const p of profile.members) {
      const named = explicit.get(p.id)!;
      named.delete(p.id);
      const result = [...named].filter((id) => byId.has(id)).map((id) => byId.get(id)!).sort(byTitle);
      // Walk the scores from the best down; within one score, members merge by title.
      for (let i = 0; result.length < limit && i < ranked.length; i++) {
        const need = limit - result.length;
        const tied: RelatedInput[] = [];
        for (const b of ranked[i]) {
          // Members are in title order, so each profile contributes at most `need` candidates.
          let taken = 0;
          for (const m of b.members) {
            if (taken >= need) break;
            if (m.id !== p.id && !named.has(m.id)) { tied.push(m); taken++; }
          }
        }
        tied.sort(byTitle);
        for (const m of tied) {
          if (result.length >= limit) break;
          result.push(m);
        }
      }
      resultOf.set(p.id, result.map((r) => r.id));
    }
  }
  // In the practices' own order, as before.
  const index = new Map<string, string[]>();
  for (const p of practices) index.set(p.id, resultOf.get(p.id)!);
  return index;
}
