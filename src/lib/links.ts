import type { Base, Organisation, Practice, Recommendation, Subsidy } from './load';
import { byTitle } from './load';
import { perBuild } from './per-build';
import { relatedIndex } from './related';

/**
 * Links both ways, derived at build time: every reverse link (who names this record?)
 * is collected in one pass over the records, once per build, and looked up per page.
 */
interface LinkIndex {
  practicesOfOrganisation: Map<string, Practice[]>;
  recommendationsOfOrganisation: Map<string, Recommendation[]>;
  subsidiesOfOrganisation: Map<string, Subsidy[]>;
  branches: Map<string, Organisation[]>;
  practicesOfSubsidy: Map<string, Practice[]>;
  subsidyReferrers: Map<string, Subsidy[]>;
  recommendationsOfPractice: Map<string, Recommendation[]>;
  children: Map<string, Recommendation[]>;
  referrers: Map<string, Recommendation[]>;
  related: Map<string, string[]>;
}

function push<T>(map: Map<string, T[]>, key: string | undefined, value: T) {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

const linkIndex = perBuild((base: Base): LinkIndex => {
  const ix: LinkIndex = {
    practicesOfOrganisation: new Map(),
    recommendationsOfOrganisation: new Map(),
    subsidiesOfOrganisation: new Map(),
    branches: new Map(),
    practicesOfSubsidy: new Map(),
    subsidyReferrers: new Map(),
    recommendationsOfPractice: new Map(),
    children: new Map(),
    referrers: new Map(),
    related: new Map(),
  };
  // The base lists are sorted already, so every list below keeps that order.
  for (const p of base.practices) {
    for (const o of p.data.organisations) push(ix.practicesOfOrganisation, o, p);
    push(ix.practicesOfOrganisation, p.data.publisher, p);
    for (const s of p.data.subsidies) push(ix.practicesOfSubsidy, s, p);
  }
  for (const r of base.recommendations) {
    push(ix.recommendationsOfOrganisation, r.data.issuer, r);
    for (const p of r.data.practices) push(ix.recommendationsOfPractice, p, r);
    push(ix.children, r.data.parent, r);
    for (const s of r.data.seeAlso) push(ix.referrers, s, r);
  }
  for (const o of base.organisations) push(ix.branches, o.data.parent, o);
  for (const s of base.subsidies) {
    push(ix.subsidiesOfOrganisation, s.data.providerOrganisation, s);
    for (const r of s.data.related) push(ix.subsidyReferrers, r, s);
  }
  ix.related = relatedIndex(
    base.practices.map((p) => ({
      id: p.id,
      title: p.data.title,
      kind: p.data.kind,
      domains: p.data.domains,
      targetGroups: p.data.targetGroups,
      related: p.data.related,
    })),
  );
  return ix;
});

/** Practices that name this organisation as partner or publisher. */
export function practicesOfOrganisation(base: Base, id: string): Practice[] {
  return linkIndex(base).practicesOfOrganisation.get(id) ?? [];
}

/** Recommendations issued by this organisation. */
export function recommendationsOfOrganisation(base: Base, id: string): Recommendation[] {
  return linkIndex(base).recommendationsOfOrganisation.get(id) ?? [];
}

/** Subsidy lines this organisation provides. */
export function subsidiesOfOrganisation(base: Base, id: string): Subsidy[] {
  return linkIndex(base).subsidiesOfOrganisation.get(id) ?? [];
}

/** Branches whose parent is this organisation. */
export function branchesOf(base: Base, id: string): Organisation[] {
  return linkIndex(base).branches.get(id) ?? [];
}

/** Practices funded by this subsidy line. */
export function practicesOfSubsidy(base: Base, id: string): Practice[] {
  return linkIndex(base).practicesOfSubsidy.get(id) ?? [];
}

/** Subsidy records that point to this one, plus those it points to. */
export function relatedSubsidies(base: Base, subsidy: Subsidy): Subsidy[] {
  const ids = new Set(subsidy.data.related);
  for (const s of linkIndex(base).subsidyReferrers.get(subsidy.id) ?? []) ids.add(s.id);
  ids.delete(subsidy.id);
  return [...ids].map((id) => base.subsidy.get(id)!).sort(byTitle);
}

/** Recommendations that this practice puts into practice. */
export function recommendationsOfPractice(base: Base, id: string): Recommendation[] {
  return linkIndex(base).recommendationsOfPractice.get(id) ?? [];
}

/** Sub-sections of a recommendation. */
export function childrenOf(base: Base, id: string): Recommendation[] {
  return linkIndex(base).children.get(id) ?? [];
}

/** Recommendations that refer to this one with seeAlso. */
export function referrersOf(base: Base, id: string): Recommendation[] {
  return linkIndex(base).referrers.get(id) ?? [];
}

/**
 * Related practices: those the record names or that name it, then the practices
 * that share the most domains and target groups (same kind first). Derived, so a new
 * record shows up next to its neighbours without anyone editing the old ones.
 * Computed for all practices once per build (src/lib/related.ts).
 */
export function relatedPractices(base: Base, practice: Practice, limit = 5): Practice[] {
  return (linkIndex(base).related.get(practice.id) ?? []).slice(0, limit).map((id) => base.practice.get(id)!);
}
