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
  /** Position in the list of profiles. */
  n: number;
  kind: string;
  domains: Set<string>;
  mainDomain: string;
  /** Domains and target groups as bit sets, so that scoring counts bits instead of looking up strings. */
  domainBits: Uint32Array;
  groupBits: Uint32Array;
  /** Members in title order. */
  members: RelatedInput[];
}

/** The number of values both bit sets hold. */
function shared(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    let v = a[i] & b[i];
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** A bit set of `values`, each value numbered on first sight in `numbers`. */
function bitsOf(values: Iterable<string>, numbers: Map<string, number>, words: number): Uint32Array {
  const bits = new Uint32Array(words);
  for (const v of values) {
    const i = numbers.get(v)!;
    bits[i >>> 5] |= 1 << (i & 31);
  }
  return bits;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const byTitle = (a: RelatedInput, b: RelatedInput) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The score of practice B for practice A: 3 per shared domain, 2 when the main (first)
 * domain is the same, 2 per shared target group, 1 for the same kind. A shared domain
 * is required.
 */
function score(a: Profile, b: Profile): number {
  const domains = shared(a.domainBits, b.domainBits);
  if (domains === 0) return 0;
  return domains * 3 + (a.mainDomain === b.mainDomain ? 2 : 0) + shared(a.groupBits, b.groupBits) * 2 + (a.kind === b.kind ? 1 : 0);
}

/**
 * For every practice id: the practices it names or that name it (by title), then the
 * best-scoring others (ties by title), `limit` in all.
 */
export function relatedIndex(practices: RelatedInput[], limit = 5): Map<string, string[]> {
  const byId = new Map(practices.map((p) => [p.id, p]));
  const explicit = new Map<string, Set<string>>(practices.map((p) => [p.id, new Set(p.related)]));
  for (const p of practices) for (const r of p.related) explicit.get(r)?.add(p.id);

  const numbers = (values: Iterable<string>) => new Map([...new Set(values)].map((v, i) => [v, i]));
  const domainNumbers = numbers(practices.flatMap((p) => p.domains));
  const groupNumbers = numbers(practices.flatMap((p) => p.targetGroups));
  const words = (numbered: Map<string, number>) => Math.max(1, Math.ceil(numbered.size / 32));
  const profiles = new Map<string, Profile>();
  for (const p of practices) {
    const key = `${p.kind}|${p.domains.join(',')}|${[...p.targetGroups].sort().join(',')}`;
    let profile = profiles.get(key);
    if (!profile) {
      profile = {
        n: profiles.size,
        kind: p.kind,
        domains: new Set(p.domains),
        mainDomain: p.domains[0],
        domainBits: bitsOf(p.domains, domainNumbers, words(domainNumbers)),
        groupBits: bitsOf(p.targetGroups, groupNumbers, words(groupNumbers)),
        members: [],
      };
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
   * The profiles that share a domain with `a`, grouped by score, best first, down to the
   * first score at which the groups hold `enough` members: a member's walk below never
   * needs more. Scores are small whole numbers, so they are counted and bucketed rather
   * than sorted. Built for one profile at a time and dropped after its members are
   * ranked: kept for every profile, full lists take memory in the square of the number of
   * profiles (1.5 GB at 10,000 records).
   */
  const seenBy = new Int32Array(profiles.size).fill(-1);
  const scoreOf = new Uint8Array(profiles.size);
  const touched: Profile[] = [];
  function levels(a: Profile, enough: number): Profile[][] {
    const members: number[] = [];
    touched.length = 0;
    for (const d of a.domains) {
      for (const b of byDomain.get(d) ?? []) {
        if (seenBy[b.n] === a.n) continue;
        seenBy[b.n] = a.n;
        const s = score(a, b);
        scoreOf[b.n] = s;
        members[s] = (members[s] ?? 0) + b.members.length;
        touched.push(b);
      }
    }
    let lowest = members.length - 1;
    for (let total = 0; lowest > 0; lowest--) {
      total += members[lowest] ?? 0;
      if (total >= enough) break;
    }
    const buckets: Profile[][] = [];
    for (const b of touched) if (scoreOf[b.n] >= lowest) (buckets[scoreOf[b.n]] ??= []).push(b);
    return buckets.filter(Boolean).reverse();
  }

  const resultOf = new Map<string, string[]>();
  for (const profile of profiles.values()) {
    // A member's own practice and those it names are skipped, the rest fill `limit` places.
    const skipped = Math.max(...profile.members.map((p) => explicit.get(p.id)!.size + 1));
    const ranked = levels(profile, limit + skipped);
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
